"""The coordination page's widgets: four tabs — Mis tareas, Cronograma (the campaign's
Gantt with its summary, zoom, milestones and print), Carga de trabajo (hours per person
and team per week, over-capacity weeks marked in colour and with a sign) and Proveedores
(the directory, with a supplier's jobs, costs and ratings beside it). Views lay out;
the controller wires them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QHideEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.labels import label
from agencia.domain.text import fill
from agencia.services.coordination.queries import TaskRow, Timeline
from agencia.services.coordination.vendors import JobLine, VendorDetail, VendorRow
from agencia.services.coordination.workload import Load, Workload
from agencia.ui.coordination.gantt import GanttView
from agencia.ui.coordination.status_moves import status_button
from agencia.ui.coordination.words import alert_text
from agencia.ui.formatting import date_text, money, number
from agencia.ui.style import grid
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.doc_widgets import Notice
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.record_table import RecordTable
from agencia.ui.widgets.table_model import Column, RowsModel

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
OVER = QColor("#FEE4E2")


def task_columns(locale: QLocale) -> list[Column]:
    """Mis tareas: what, whether it needs looking at, by when, where (the person is the
    assignee of every row: no column for them)."""
    return [
        Column(
            translate("Coordination", "Tarea"), lambda r: ("◆ " if r.milestone else "") + r.title
        ),
        Column(translate("Coordination", "Alerta"), _alert),
        Column(
            translate("Coordination", "Inicio"), lambda r: date_text(r.start, locale, short=True)
        ),
        Column(translate("Coordination", "Fin"), lambda r: date_text(r.due, locale, short=True)),
        Column(translate("Coordination", "Estado"), lambda r: label(r.status)),
        Column(translate("Coordination", "Campaña"), lambda r: f"{r.campaign} · {r.account}"),
    ]


def job_columns(locale: QLocale) -> list[Column]:
    """A supplier's jobs: where, what, the quote, the purchase order, the invoice, the
    rating."""

    def order(job: JobLine) -> str:
        if not job.po_number:
            return translate("Coordination", "Sin aprobar")
        if job.delivered_on is not None:
            # the status as every status reads: a capital, as the labels' catalogue
            return translate("Coordination", "%1 · Entregado").replace("%1", job.po_number)
        return job.po_number

    def invoiced(job: JobLine) -> str:
        if job.invoiced_amount is None:
            return "—"
        return money(job.invoiced_amount, job.currency, locale)

    return [
        Column(translate("Coordination", "Campaña"), lambda j: j.campaign),
        Column(translate("Coordination", "Trabajo"), lambda j: j.description),
        Column(
            translate("Coordination", "Presupuesto"), lambda j: money(j.quote, j.currency, locale)
        ),
        Column(translate("Coordination", "Orden de compra"), order),
        Column(translate("Coordination", "Facturado"), invoiced),
        Column(
            translate("Coordination", "Valoración"),
            lambda j: "—" if j.rating is None else stars(j.rating, locale),
        ),
    ]


MONEY_COLUMNS = (2, 4)  # of `job_columns`: Presupuesto, Facturado


def stars(score: Decimal | int, locale: QLocale) -> str:
    """A rating as the directory and the jobs both show it: «2,0 ★» (one decimal, the
    locale's separator), so a job's own score reads like the supplier's average."""
    return f"{number(score, locale, 1)} ★"


class JobsModel(RowsModel):
    """The supplier's jobs: amounts right-aligned, as every table's numbers are."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


def _alert(row: TaskRow) -> str:
    return ("⚠ " + alert_text(row)) if alert_text(row) else ""


class WorkloadModel(QAbstractTableModel):
    """Teams first, then people; a column per week: "hours / capacity", over-capacity
    cells tinted and marked with ⚠ (colour and sign, never colour alone)."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loc = locale
        self.workload: Workload | None = None
        self._rows: list[tuple[str, bool, Load]] = []

    def set_workload(self, workload: Workload) -> None:
        self.beginResetModel()
        self.workload = workload
        teams = [(f"{label(t.department)} ({t.people})", True, t.load) for t in workload.teams]
        people = [(p.name, False, p.load) for p in workload.people]
        self._rows = teams + people
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.workload is None:
            return 0
        return 1 + len(self.workload.weeks)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return translate("Coordination", "Equipo / persona")
        assert self.workload is not None
        monday = self.workload.weeks[section - 1]
        return self.loc.toString(QDate(monday.year, monday.month, monday.day), "d MMM")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, team, load = self._rows[index.row()]
        column = index.column()
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return name
            if role == Qt.ItemDataRole.FontRole and team:
                font = QFont()
                font.setBold(True)
                return font
            return None
        hours, cap = load.hours[column - 1], load.capacity[column - 1]
        over = load.over[column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{number(hours, self.loc, 0)} / {number(cap, self.loc, 0)} h"
            return ("⚠ " + text) if over else text
        if role == Qt.ItemDataRole.BackgroundRole and over:
            return QBrush(OVER)
        if role == Qt.ItemDataRole.ForegroundRole and over:
            return QBrush(QColor("#912018"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and over:
            return translate("Coordination", "Por encima de la capacidad de la semana")
        return None


class ElidedComboBox(QComboBox):
    """A combo box whose long choice ends in an ellipsis instead of being clipped: the
    account and the start of the campaign's name stay (cut in the middle, the campaign
    was lost: «Viña Ibáñez ·…z (10 tareas)»); the whole text is its tooltip."""

    def shown_text(self) -> str:
        """The current choice as painted: whole, or elided at the right to the room."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, room.width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        whole = option.currentText
        option.currentText = self.shown_text()
        self.setToolTip(whole if option.currentText != whole else "")
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class CoordinationPage(QWidget):
    """The page; the controller fills it and reacts to it. Signals: `visibility_changed`
    when the page is shown or hidden."""

    visibility_changed = Signal(bool)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit(False)

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordinationPage")
        self.loc = locale
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(2), grid(2), grid(2), grid(1))
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._my_tasks(), translate("Coordination", "Mis tareas"))
        self.tabs.addTab(self._timeline(), translate("Coordination", "Cronograma"))
        self.tabs.addTab(self._workload(), translate("Coordination", "Carga de trabajo"))
        self.tabs.addTab(self._vendors(), translate("Coordination", "Proveedores"))

    # -- Mis tareas -----------------------------------------------------------------------
    def _my_tasks(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, grid(1), 0, 0)
        self.my_model = RowsModel(task_columns(self.loc), page)
        self.my_table = RecordTable(page)
        self.my_table.setObjectName("myTasks")
        self.my_table.setModel(self.my_model)
        _widths(self.my_table, (230, 210, 80, 80, 90))
        self.my_empty = EmptyState(
            translate("Coordination", "No tiene tareas abiertas"),
            translate(
                "Coordination",
                "Cuando le asignen una tarea de una campaña aparecerá aquí, con su fecha y "
                "si va con retraso.",
            ),
            # the first thing to do instead: a director's work is the campaigns' plans
            action=translate("Coordination", "Ver el cronograma"),
            icon_name="calendar",
            parent=page,
        )
        self.my_empty.action_clicked.connect(lambda: self.tabs.setCurrentIndex(1))
        # the selected row's status: its Estado menu here, on a right click and on the
        # row's context-menu key (StatusMoves wires them)
        self.my_status_button = status_button(page)
        self.my_status_button.setObjectName("myTaskStatus")
        self.my_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.my_status_button)
        layout.addLayout(bar)
        layout.addWidget(self.my_table)
        layout.addWidget(self.my_empty)
        self.my_empty.hide()
        return page

    def set_my_tasks(self, rows: list[TaskRow]) -> None:
        """The list again, the row that was selected still selected if it is listed."""
        kept = self.chosen_my_task()
        self.my_model.set_rows(rows)
        self.my_table.setVisible(bool(rows))
        self.my_empty.setVisible(not rows)
        self.my_status_button.setVisible(bool(rows))
        again = next((n for n, r in enumerate(rows) if kept and r.id == kept.id), -1)
        self.my_table.select_row(again)

    def chosen_my_task(self) -> TaskRow | None:
        """The row selected in Mis tareas, as the list read it."""
        if not self.my_table.selectionModel().hasSelection():
            return None
        row: TaskRow | None = self.my_model.row(self.my_table.currentIndex().row())
        return row

    # -- Cronograma -------------------------------------------------------------------------
    def _timeline(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, grid(1), 0, 0)
        bar = QHBoxLayout()
        self.campaign_box = ElidedComboBox(page)
        self.campaign_box.setObjectName("campaignBox")
        self.campaign_box.setMinimumContentsLength(14)  # elided, whole in its tooltip
        self.campaign_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.zoom_box = QComboBox(page)
        self.zoom_box.addItem(translate("Coordination", "Por semanas"), "week")
        self.zoom_box.addItem(translate("Coordination", "Por meses"), "month")
        self.new_task_button = QPushButton(translate("Coordination", "Nueva tarea…"), page)
        self.new_task_button.setObjectName("newTask")
        self.new_task_button.setToolTip(
            translate("Coordination", "Doble clic en una barra para editar su tarea")
        )
        self.status_button = status_button(page)
        self.gantt = GanttView(self.loc, page)
        self.gantt.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.gantt.addActions(self.status_button.menu().actions())  # right click on a bar
        self.milestones_button = QPushButton(translate("Coordination", "Añadir hitos"), page)
        self.print_button = QPushButton(translate("Coordination", "Imprimir a PDF…"), page)
        bar.addWidget(QLabel(translate("Coordination", "Campaña:"), page))
        bar.addWidget(self.campaign_box, 1)
        bar.addWidget(self.zoom_box)
        bar.addWidget(self.new_task_button)
        bar.addWidget(self.status_button)
        bar.addWidget(self.milestones_button)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        self.summary = QLabel(page)
        self.summary.setObjectName("timelineSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.cycle_notice = Notice(page)  # a stored dependency cycle, named (`show_cycle`)
        layout.addWidget(self.cycle_notice)
        layout.addWidget(self.gantt, 1)
        self.legend = QLabel(
            translate(
                "Coordination",
                "Azul: tarea · Rojo: ruta crítica · Gris: hecha · Borde naranja y ⚠: vencida "
                "o en riesgo · ◆ hito. Arrastre una barra para reprogramarla.",
            ),
            page,
        )
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        return page

    def set_summary(self, html: str) -> None:
        self.summary.setText(html)

    def show_cycle(self, timeline: Timeline) -> None:
        """A dependency cycle stored before cycles were refused (an old database, a file
        edited by hand) named over the Gantt, as `agencia tasks list` names it: nothing
        else on the chart says why the expected dates leave a link out."""
        if not timeline.cycle:
            self.cycle_notice.clear()
            return
        titles = {row.id: row.title for row in timeline.tasks}
        path = " → ".join(titles.get(task_id, str(task_id)) for task_id in timeline.cycle)
        words = translate(
            "Coordination",
            "⚠ Las dependencias de la campaña forman un ciclo (%1); las fechas previstas no "
            "cuentan el vínculo que lo cierra. Quítelo en la ficha de una de esas tareas.",
        )
        self.cycle_notice.show_notice(fill(words, path), "warning")

    # -- Carga de trabajo -----------------------------------------------------------------
    def _workload(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, grid(1), 0, 0)
        self.workload_model = WorkloadModel(self.loc, page)
        self.workload_table = RecordTable(page)
        self.workload_table.setObjectName("workloadTable")
        self.workload_table.setModel(self.workload_model)
        self.workload_table.setAlternatingRowColors(False)
        self.workload_table.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.workload_table)
        return page

    def set_workload(self, workload: Workload) -> None:
        self.workload_model.set_workload(workload)
        header = self.workload_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.workload_table.setColumnWidth(0, 210)
        for column in range(1, self.workload_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    # -- Proveedores ------------------------------------------------------------------------
    def _vendors(self) -> QWidget:
        """The directory beside the supplier's card above; its jobs across the whole width
        below (six columns need it), with what can be done to a job."""
        page = QSplitter(Qt.Orientation.Vertical)
        page.setObjectName("vendorsPage")
        top = QSplitter(Qt.Orientation.Horizontal, page)
        top.setObjectName("vendorsSplitter")
        columns = [
            Column(translate("Coordination", "Proveedor"), lambda r: r.name),
            Column(translate("Coordination", "Categoría"), lambda r: label(r.category)),
            Column(translate("Coordination", "Contacto"), lambda r: r.contact_name),
            Column(translate("Coordination", "Trabajos"), lambda r: str(r.jobs), centered=True),
            Column(translate("Coordination", "Valoración"), self._stars, centered=True),
        ]
        left = QWidget(top)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.vendor_model = RowsModel(columns, left)
        self.vendor_table = RecordTable(left)
        self.vendor_table.setObjectName("vendorsTable")
        self.vendor_table.setModel(self.vendor_model)
        _widths(self.vendor_table, (170, 120, 110, 64))
        # names elide in a narrow window; the counts and the rating stay whole
        self.vendor_fit = ColumnFit(self.vendor_table, whole=(3, 4))
        self.new_vendor_button = QPushButton(translate("Coordination", "Nuevo proveedor…"), left)
        self.new_vendor_button.setObjectName("newVendor")
        self.edit_vendor_button = QPushButton(translate("Coordination", "Editar…"), left)
        self.edit_vendor_button.setObjectName("editVendor")
        column.addLayout(_row_of(self.new_vendor_button, self.edit_vendor_button))
        column.addWidget(self.vendor_table)
        self.vendor_detail = QTextBrowser(top)
        self.vendor_detail.setObjectName("vendorDetail")
        self.vendor_detail.setOpenLinks(False)
        top.addWidget(left)
        top.addWidget(self.vendor_detail)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        bottom = QWidget(page)
        side = QVBoxLayout(bottom)
        side.setContentsMargins(0, grid(1), 0, 0)
        self.job_model = JobsModel(job_columns(self.loc), bottom)
        self.job_table = RecordTable(bottom)
        self.job_table.setObjectName("vendorJobs")
        self.job_table.setModel(self.job_model)
        _widths(self.job_table, (240, 220, 110, 180, 110))
        self.job_fit = ColumnFit(self.job_table, whole=(2, 4, 5))
        self.new_job_button = QPushButton(translate("Coordination", "Nuevo trabajo…"), bottom)
        self.new_job_button.setObjectName("newJob")
        self.approve_button = QPushButton(
            translate("Coordination", "Aprobar orden de compra…"), bottom
        )
        self.approve_button.setObjectName("approveJob")
        self.deliver_button = QPushButton(translate("Coordination", "Entrega y factura…"), bottom)
        self.deliver_button.setObjectName("deliverJob")
        self.rate_button = QPushButton(translate("Coordination", "Valorar…"), bottom)
        self.rate_button.setObjectName("rateJob")
        heading = QLabel(translate("Coordination", "<b>Trabajos y costes</b>"), bottom)
        buttons = (self.new_job_button, self.approve_button, self.deliver_button, self.rate_button)
        side.addLayout(_row_of(heading, *buttons))
        side.addWidget(self.job_table)
        page.addWidget(top)
        page.addWidget(bottom)
        page.setStretchFactor(0, 3)
        page.setStretchFactor(1, 2)
        return page

    def chosen_job(self) -> JobLine | None:
        """The job selected in the supplier's table, if any."""
        index = self.job_table.currentIndex()
        return self.job_model.row(index.row()) if index.isValid() else None

    def _stars(self, row: VendorRow) -> str:
        if row.average_rating is None:
            return "—"
        return f"{stars(row.average_rating, self.loc)} ({row.ratings})"

    def show_vendor(self, detail: VendorDetail | None) -> None:
        if detail is None:
            self.vendor_detail.setHtml("")
            self.job_model.set_rows([])
            return
        e = _escape
        parts = [f"<h3>{e(detail.name)}</h3>", f"<p>{e(label(detail.category))}</p>"]
        facts = [
            (translate("Coordination", "Contacto"), detail.contact_name),
            (translate("Coordination", "Correo"), detail.email),
            (translate("Coordination", "Teléfono"), detail.phone),
            (translate("Coordination", "NIF"), detail.tax_id),
            (translate("Coordination", "Tarifas"), detail.rates),
            (translate("Coordination", "Notas"), detail.notes),
        ]
        if detail.average_rating is not None:
            average = number(detail.average_rating, self.loc, 1)
            facts.append((translate("Coordination", "Valoración media"), f"{average} / 5"))
        parts.append("".join(f"<p><b>{e(k)}:</b> {e(v)}</p>" for k, v in facts if v))
        # never translate() inside an f-string's braces: lupdate does not read them
        if not detail.jobs:
            parts.append("<p>" + e(translate("Coordination", "Aún no hay trabajos.")) + "</p>")
        self.job_model.set_rows(list(detail.jobs))
        if detail.ratings:
            parts.append("<h4>" + e(translate("Coordination", "Valoraciones")) + "</h4>")
            for r in detail.ratings:
                text = f"{r.score}/5 · {r.rated_by} · {date_text(r.rated_at, self.loc)}"
                parts.append(f"<p>{e(text)}<br/><i>{e(r.comment)}</i></p>")
        self.vendor_detail.setHtml("".join(parts))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _row_of(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side, the rest of the line empty."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def _widths(table: RecordTable, widths: tuple[int, ...]) -> None:
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
