"""The satisfaction page: four tabs — account health (with each account's weights and
reasons), results (dimensions, gaps and their charts), improvement actions, and the
survey templates — under one bar that says whose results are shown and what can be
done (record a response, propose an action, copy or edit a survey)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.labels import label
from agencia.domain.satisfaction_enums import ActionStatus
from agencia.domain.survey_scales import point_words
from agencia.domain.text import fill
from agencia.ui.formatting import number
from agencia.ui.satisfaction.charts import (
    Bar,
    GapChart,
    HealthTrendChart,
    ScoreChart,
    TrendChart,
    show_health_history,
)
from agencia.ui.satisfaction.tables import (
    ActionsModel,
    DimensionsModel,
    HealthModel,
    TemplatesModel,
    held_text,
    no_data_text,
    reasons_text,
    weights_text,
)
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.table_model import ROW_ROLE, RowsModel

NAME_FLOOR = 200  # the health list's account names elide no narrower (most are whole)


def _table(name: str, model: RowsModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


def _selected(table: QTableView) -> Any:
    index = table.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


class SatisfactionView(QWidget):
    """Signals what the person asks for; the controller answers."""

    scope_chosen = Signal(int)  # an account's id, 0 for the whole agency
    health_chosen = Signal(int)  # an account's id in the health list (its kept days)
    more_health_requested = Signal()  # the health list's next lines
    entry_requested = Signal()
    propose_requested = Signal(object)  # a DimensionResult
    close_requested = Signal(object)  # an ActionRow
    copy_requested = Signal(object)  # a TemplateView
    edit_requested = Signal(object)  # a TemplateView, None for a new one

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agency_locale = locale
        # what the person's post allows (`set_post`): the buttons say why not, the empty
        # lists what to do instead
        self.may_record = self.may_propose = True
        self.admin = False
        self.scope = QComboBox()
        self.scope.setObjectName("satisfaction-scope")
        self.scope.addItem(self.tr("Toda la agencia"), 0)
        self.scope.setMinimumContentsLength(24)
        self.scope.activated.connect(lambda _n: self.scope_chosen.emit(self.scope.currentData()))
        self.record = QPushButton(self.tr("Registrar respuesta…"))
        self.record.setObjectName("satisfaction-record")
        self.record.clicked.connect(self.entry_requested)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Resultados de:")))
        bar.addWidget(self.scope)
        bar.addStretch(1)
        bar.addWidget(self.record)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("satisfaction-tabs")
        self.tabs.addTab(self._health_tab(), self.tr("Salud de las cuentas"))
        self.tabs.addTab(self._results_tab(), self.tr("Resultados"))
        self.tabs.addTab(self._actions_tab(), self.tr("Acciones de mejora"))
        self.tabs.addTab(self._surveys_tab(), self.tr("Encuestas"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)

    # -- the tabs --------------------------------------------------------------------------
    def _health_tab(self) -> QWidget:
        self.health_model = HealthModel(self.agency_locale, self)
        self.health_table = _table("satisfaction-health", self.health_model)
        self.health_table.selectionModel().currentRowChanged.connect(self._health_chosen)
        # the figure and the band whole; a long account name elides (its tooltip says it
        # whole) down to its floor, the reasons first: kept whole, a 98-letter name
        # pushed the others out
        self.health_fit = ColumnFit(self.health_table, whole=(1, 2), floors={0: NAME_FLOOR})
        self.health_detail = QTextBrowser()
        self.health_detail.setObjectName("satisfaction-health-detail")
        self.health_trend = HealthTrendChart(
            self.tr("Evolución de la salud"), locale=self.agency_locale
        )
        self.health_trend.setObjectName("satisfaction-health-trend")
        self.health_trend.setVisible(False)
        self._history_of: int | None = None
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.health_detail, 3)
        column.addWidget(self.health_trend, 2)
        # the list holds the accounts in the worst health; the others on asking
        self.health_count = QLabel()
        self.health_count.setObjectName("satisfaction-health-count")
        self.health_more = QPushButton(self.tr("Mostrar más"))
        self.health_more.setObjectName("satisfaction-health-more")
        self.health_more.setVisible(False)
        self.health_more.clicked.connect(self.more_health_requested)
        listed = QWidget()
        rows = QVBoxLayout(listed)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.health_table)
        self.health_empty = EmptyState(self.tr("Ninguna cuenta que medir"), parent=listed)
        self.health_empty.setObjectName("satisfaction-health-empty")
        self.health_empty.hide()
        rows.addWidget(self.health_empty)
        line = QHBoxLayout()
        line.addWidget(self.health_count, 1)
        line.addWidget(self.health_more)
        rows.addLayout(line)
        split = QSplitter()
        split.addWidget(listed)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        return split

    def _results_tab(self) -> QWidget:
        self.summary = QLabel()
        self.summary.setObjectName("satisfaction-summary")
        self.summary.setWordWrap(True)
        self.dimensions_model = DimensionsModel(self.agency_locale, self)
        self.dimensions_table = _table("satisfaction-dimensions", self.dimensions_model)
        self.dimensions_fit = ColumnFit(self.dimensions_table, whole=(1, 2, 3, 4, 5))
        self.propose = QPushButton(self.tr("Proponer acción de mejora…"))
        self.propose.setObjectName("satisfaction-propose")
        self.propose.clicked.connect(self._propose)
        self.score_chart = ScoreChart(
            self.tr("Puntuación (azul) y expectativa (gris)"), locale=self.agency_locale
        )
        self.gap_chart = GapChart(
            self.tr("Brecha: percepción − expectativa"), locale=self.agency_locale
        )
        self.trend_chart = TrendChart(self.tr("Tendencia por trimestre"), locale=self.agency_locale)
        charts = QWidget()
        row = QHBoxLayout(charts)
        row.setContentsMargins(0, 0, 0, 0)
        for chart in (self.score_chart, self.gap_chart, self.trend_chart):
            row.addWidget(chart)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.summary, 1)
        line.addWidget(self.propose)
        column.addLayout(line)
        column.addWidget(self.dimensions_table)
        self.results_empty = EmptyState(self.tr("Aún no hay respuestas"), parent=top)
        self.results_empty.setObjectName("satisfaction-results-empty")
        self.results_empty.action_clicked.connect(self.entry_requested)
        self.results_empty.hide()
        column.addWidget(self.results_empty)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(charts)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        return split

    def _actions_tab(self) -> QWidget:
        self.actions_model = ActionsModel(self.agency_locale, self)
        self.actions_table = _table("satisfaction-actions", self.actions_model)
        # the dates, states and verdicts whole; the names and the action elide
        self.actions_fit = ColumnFit(self.actions_table, whole=(4, 5, 6, 7))
        self.close_action = QPushButton(self.tr("Cerrar la acción"))
        self.close_action.setObjectName("satisfaction-close-action")
        self.close_action.clicked.connect(self._close)
        self.actions_table.selectionModel().selectionChanged.connect(self._close_state)
        self.actions_model.modelReset.connect(self._close_state)
        self._close_state()
        page = QWidget()
        column = QVBoxLayout(page)
        line = QHBoxLayout()
        line.addWidget(
            QLabel(self.tr("Cada acción sigue su brecha: la siguiente encuesta dice si se cerró."))
        )
        line.addStretch(1)
        line.addWidget(self.close_action)
        column.addLayout(line)
        column.addWidget(self.actions_table)
        self.actions_empty = EmptyState(self.tr("No hay acciones de mejora"), parent=page)
        self.actions_empty.setObjectName("satisfaction-actions-empty")
        self.actions_empty.hide()
        column.addWidget(self.actions_empty)
        return page

    def _surveys_tab(self) -> QWidget:
        self.templates_model = TemplatesModel(self)
        self.templates_table = _table("satisfaction-templates", self.templates_model)
        self.templates_table.selectionModel().currentRowChanged.connect(self._template_chosen)
        # the figures stay whole; the name narrows and elides (its tooltip whole), refitted
        # on every resize so a scroll bar that comes late never pushes a column out of sight
        self.templates_fit = ColumnFit(self.templates_table, whole=(1, 2, 3, 4, 5))
        self.template_detail = QTextBrowser()
        self.template_detail.setObjectName("satisfaction-template")
        self.copy = QPushButton(self.tr("Copiar…"))
        self.copy.setObjectName("satisfaction-copy")
        self.copy.clicked.connect(lambda: self._emit_template(self.copy_requested))
        self.new = QPushButton(self.tr("Nueva…"))
        self.new.setObjectName("satisfaction-new-survey")
        self.new.clicked.connect(lambda: self.edit_requested.emit(None))
        self.edit = QPushButton(self.tr("Editar…"))
        self.edit.setObjectName("satisfaction-edit")
        self.edit.clicked.connect(lambda: self._emit_template(self.edit_requested))
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.new)
        line.addWidget(self.copy)
        line.addWidget(self.edit)
        column.addLayout(line)
        column.addWidget(self.templates_table)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.template_detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        return split

    # -- what the controller hands over ------------------------------------------------------
    def set_post(self, *, may_record: bool, may_propose: bool, admin: bool) -> None:
        """What the person's post allows: «Registrar respuesta…» and «Proponer acción de
        mejora…» disabled, saying why, where it does not (an administrator records no
        responses and proposes no actions: the accounts' teams do)."""
        self.may_record, self.may_propose, self.admin = may_record, may_propose, admin
        self.record.setEnabled(may_record)
        self.record.setToolTip(
            "" if may_record else self.tr("Su puesto no permite registrar respuestas de encuestas")
        )
        self.propose.setEnabled(False)  # until the results say which dimension is weak
        self.propose.setToolTip(
            "" if may_propose else self.tr("Su puesto no permite proponer acciones de mejora")
        )

    def _show_empty(self, table: QTableView, empty: EmptyState, rows: int) -> None:
        table.setVisible(rows > 0)
        empty.setVisible(rows == 0)

    def _empty_words(self) -> None:
        """Why each empty list is empty and what to do, for this person's post."""
        teams = self.tr("Las respuestas las registran los equipos de cada cuenta.")
        self.health_empty.set_texts(
            self.tr("Ninguna cuenta que medir"),
            self.tr("Cree las cuentas de la agencia en «Cuentas»: su salud aparecerá aquí.")
            if self.admin
            else self.tr("Aquí aparecerá la salud de las cuentas que usted puede ver, "
                         "cuando le asignen alguna."),
        )  # fmt: skip
        self.results_empty.set_texts(
            self.tr("Aún no hay respuestas"),
            self.tr("Registre la primera respuesta de un cliente: aquí aparecerán sus "
                    "resultados por dimensión.")
            if self.may_record
            else teams + " " + self.tr("Sus resultados aparecerán aquí."),
        )  # fmt: skip
        self.results_empty.set_action(self.tr("Registrar respuesta…") if self.may_record else "")
        self.actions_empty.set_texts(
            self.tr("No hay acciones de mejora"),
            self.tr("Propóngalas en «Resultados» sobre la dimensión más débil; la siguiente "
                    "encuesta dirá si la brecha se cerró.")
            if self.may_propose
            else self.tr("Las proponen los equipos de cada cuenta sobre sus resultados; "
                         "aparecerán aquí."),
        )  # fmt: skip

    def set_health(self, worst: Any) -> None:
        """The accounts in the worst health (a `WorstHealth`): the chosen one and the
        scroll kept when more lines come."""
        chosen = _selected(self.health_table)
        scrolled = self.health_table.verticalScrollBar().value()
        self.health_model.set_rows(worst.rows)
        self._empty_words()
        self._show_empty(self.health_table, self.health_empty, len(worst.rows))
        at = next(
            (n for n, r in enumerate(worst.rows) if chosen and r.account_id == chosen.account_id),
            0 if worst.rows else None,
        )
        if at is not None:
            self.health_table.selectRow(at)
        self.health_table.verticalScrollBar().setValue(scrolled)
        shown, total = len(worst.rows), worst.total
        self.health_count.setText(
            ""
            if shown >= total
            else fill(
                self.tr("%1 de %2 cuentas: las de peor salud."),
                number(shown, self.agency_locale),
                number(total, self.agency_locale),
            )
        )
        self.health_more.setVisible(shown < total)

    def set_page(self, page: Any, account_id: int | None) -> None:
        self._fill_scope(page.accounts, account_id)
        self._set_results(page.results)
        self.actions_model.set_rows(page.actions)
        self._empty_words()
        self._show_empty(self.actions_table, self.actions_empty, len(page.actions))
        self._show_empty(self.dimensions_table, self.results_empty, page.results.responses)
        self.templates_model.set_rows(page.templates)
        if page.templates and not self.templates_table.currentIndex().isValid():
            self.templates_table.selectRow(0)

    def _fill_scope(self, accounts: Sequence[Any], account_id: int | None) -> None:
        """The accounts (options, by name) whose results can be shown."""
        known = {self.scope.itemData(n) for n in range(self.scope.count())}
        for option in accounts:
            if option.id not in known:
                self.scope.addItem(option.label, option.id)
        found = self.scope.findData(account_id or 0)
        self.scope.setCurrentIndex(max(0, found))

    def _set_results(self, results: Any) -> None:
        def n(value: int) -> str:
            return number(value, self.agency_locale)

        responses = (
            self.tr("1 respuesta")
            if results.responses == 1
            else self.tr("%1 respuestas").replace("%1", n(results.responses))
        )
        accounts = (
            self.tr("de 1 cuenta")
            if results.accounts == 1
            else self.tr("de %1 cuentas").replace("%1", n(results.accounts))
        )
        text = fill(self.tr("%1 %2, en la escala 1–%3."), responses, accounts, str(results.points))
        if results.incomplete:
            text += " " + self.tr(
                "%1 incompletas: cuentan solo las preguntas contestadas."
            ).replace("%1", n(results.incomplete))
        self.summary.setText(text)
        self.dimensions_model.set_rows(results.dimensions)
        weakest = {w.dimension for w in results.weakest}
        self.propose.setEnabled(bool(weakest) and self.may_propose)
        self.score_chart.set_bars(
            [Bar(d.dimension, d.score, d.expectation) for d in results.dimensions], results.points
        )
        self.gap_chart.set_bars([Bar(d.dimension, d.gap) for d in results.dimensions])
        periods = sorted({p.period for p in results.trend})
        shown = [w.dimension for w in results.weakest[:3]]
        mean_name = self.tr("Media")
        lines: dict[str, list[float | None]] = {
            name: [None] * len(periods) for name in (mean_name, *shown)
        }
        sums: dict[int, list[float]] = {}
        for p in results.trend:
            at = periods.index(p.period)
            sums.setdefault(at, []).append(p.score)
            if p.dimension in lines:
                lines[p.dimension][at] = p.score
        for at, scores in sums.items():
            lines[mean_name][at] = sum(scores) / len(scores)
        self.trend_chart.set_lines(
            [  # «T4 26» in Spanish, «Q4 26» in English
                fill(self.tr("T%1 %2"), str((p.month - 1) // 3 + 1), f"{p.year % 100:02d}")
                for p in periods
            ],
            lines,
            results.points,
        )
        self._weakest = list(results.weakest)

    # -- choices -----------------------------------------------------------------------------
    def _health_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is None:
            self.health_detail.clear()
            self.health_trend.setVisible(False)
            return
        if row.account_id != self._history_of:
            self.health_trend.setVisible(False)
        self.health_chosen.emit(row.account_id)
        health = row.health
        parts = [f"<h3>{escape(row.account)}</h3>"]
        if health.score is not None:
            parts.append(
                f"<p><b>{health.score}</b> · {escape(label(health.band))}</p>"
                if health.band
                else f"<p><b>{health.score}</b></p>"
            )
        else:  # nothing measured: said, with no figure and no weights of nothing
            parts.append(f"<p><b>{escape(no_data_text())}</b></p>")
        if held := held_text(health, self.agency_locale):
            parts.append(f"<p>{escape(held)}</p>")
        if health.factors:
            weights = self.tr("Pesos")  # outside the f-string, where lupdate finds it
            parts.append(f"<p><b>{escape(weights)}</b></p><ul>")
            for f, share in weights_text(health, self.agency_locale):
                parts.append(
                    f"<li>{escape(label(f.factor))}: {share} · "
                    f"{number(f.part * 100, self.agency_locale)}/100</li>"
                )
            parts.append("</ul>")
        if health.reasons:
            why = self.tr("Motivos")
            parts.append(f"<p><b>{escape(why)}</b><br>")
            parts.append(escape(reasons_text(health, self.agency_locale)))
            parts.append("</p>")
        self.health_detail.setHtml("".join(parts))

    def show_history(self, account_id: int, history: Any) -> None:
        """The chosen account's health as kept day by day, under its reasons."""
        index = self.health_table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None and row.account_id == account_id:
            self._history_of = account_id
            live = (date.today(), row.health.score)  # the list's figure ends the line
            drawn = show_health_history(self.health_trend, history, self.agency_locale, live)
            self.health_trend.setVisible(drawn)

    def _template_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        view = current.data(ROW_ROLE) if current.isValid() else None
        if view is None:
            self.template_detail.clear()
            return
        lang = "en" if self.agency_locale.language() == QLocale.Language.English else "es"
        words = point_words(view.points, view.wording, lang)
        scale = " · ".join(f"{i + 1} {w or ''}".strip() for i, w in enumerate(words))
        # no bottom margin: Qt gives the list's to its last item's first line, which left
        # a blank line between the last dimension and its questions
        parts = [f'<h3>{escape(view.name)}</h3><p>{escape(scale)}</p><ol style="margin-bottom:0">']
        for dimension in view.dimensions:
            questions = "".join(f"<li>{escape(q)}</li>" for q in dimension.questions)
            parts.append(f"<li><b>{escape(dimension.name)}</b><ol>{questions}</ol></li>")
        parts.append("</ol>")
        self.template_detail.setHtml("".join(parts))

    def _propose(self) -> None:
        chosen = _selected(self.dimensions_table)
        weak = getattr(self, "_weakest", [])
        target = chosen if chosen is not None else (weak[0] if weak else None)
        if target is not None:
            self.propose_requested.emit(target)

    def _close_state(self) -> None:
        """«Cerrar la acción» only with an open action chosen; its tooltip says why not."""
        row = _selected(self.actions_table)
        is_open = row is not None and row.status is ActionStatus.OPEN
        self.close_action.setEnabled(is_open)
        self.close_action.setToolTip(
            "" if is_open else self.tr("Elija en la lista una acción abierta para cerrarla.")
        )

    def _close(self) -> None:
        row = _selected(self.actions_table)
        if row is not None:
            self.close_requested.emit(row)

    def _emit_template(self, signal: Any) -> None:
        view = _selected(self.templates_table)
        if view is not None:
            signal.emit(view)
