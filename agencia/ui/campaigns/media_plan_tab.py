"""The campaign's media plan: where it runs, what runs there, when, and at what cost.

A table of lines (channel, what, amount in the campaign's currency, starts, ends) the
person adds, edits in place, reorders and removes, with the total against the campaign's
budget underneath; «Guardar plan» saves it whole through media_plan.save_plan over the
campaign's version. Edits are kept across reloads of the same campaign (the page reloads
on every change) and set aside when another campaign is opened; if someone else saves the
plan meanwhile, nothing is overwritten: the person is told and chooses.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.enums import MediaChannel
from agencia.domain.errors import Conflict, ValidationError
from agencia.domain.text import fill
from agencia.services.campaigns.media_plan import MAX_LINES, PlanLineInput, save_plan
from agencia.services.campaigns.views import CampaignDetail
from agencia.services.results import SaveResult
from agencia.ui.area import AppContext
from agencia.ui.campaigns.document_tab import EditingTab
from agencia.ui.campaigns.media_plan_model import (
    AMOUNT,
    CHANNEL,
    ENDS,
    STARTS,
    PlanModel,
    PlanRow,
    plan_conflict_rows,
    same_plan,
)
from agencia.ui.campaigns.media_plan_table import plan_table
from agencia.ui.campaigns.undo_edits import push_plan_edit
from agencia.ui.formatting import money
from agencia.ui.resources import icon
from agencia.ui.style import tokens
from agencia.ui.widgets.conflict import ConflictRow
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.text import plain_label

Rows = tuple[PlanRow, ...]


class MediaPlanTab(EditingTab):
    saved = Signal(int)  # the campaign's version after the save
    SAVE_NEEDS_CHANGES = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "mediaPlanTab", parent)
        self._base: Rows = ()  # the stored plan the edits start from
        self._version: int | None = None  # the campaign's version to save over
        # kept aside while another campaign shows: id → (edits, base, version)
        self._drafts: dict[int, tuple[Rows, Rows, int | None]] = {}

        # -- the bar ---------------------------------------------------------------------
        self.add_button = QPushButton(icon("add"), self.tr("Añadir línea"), self)
        self.add_button.setObjectName("addPlanLine")
        self.add_button.setToolTip(self.tr("Añadir una línea debajo de la elegida"))
        self.add_button.clicked.connect(self.add_line)
        self.up_button = self._tool("chevron-up", self.tr("Subir la línea"))
        self.down_button = self._tool("chevron-down", self.tr("Bajar la línea"))
        self.remove_button = self._tool("delete", self.tr("Quitar la línea (Supr)"))
        self.up_button.clicked.connect(lambda: self.shift(-1))
        self.down_button.clicked.connect(lambda: self.shift(1))
        self.remove_button.clicked.connect(self.remove_line)
        self.make_bar(
            self.tr("Guardar plan"),
            self.tr("Guardar el plan de medios (Ctrl+S)"),
            "savePlan",
            "planState",
        )
        bar = QHBoxLayout()
        bar.setSpacing(8)
        for widget in (self.add_button, self.up_button, self.down_button, self.remove_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.save_button)

        # -- the table -------------------------------------------------------------------
        self.model = PlanModel(ctx.locale, self)
        self.table = plan_table(self.model, self)
        header = self.table.horizontalHeader()
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_state())
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_line)
        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.modelReset,
        ):
            signal.connect(lambda *_a: self._update_state())

        self.total_caption = plain_label(self.tr("Total"), self)
        self.total_caption.setProperty("role", "caption")
        self.total_value = plain_label("", self)
        self.total_value.setObjectName("planTotal")
        font = self.total_value.font()
        font.setBold(True)
        self.total_value.setFont(font)
        self.total_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.budget_label = plain_label("", self)
        self.budget_label.setObjectName("planBudget")
        self.budget_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.after_total = QWidget(self)  # as wide as the date columns: the total sits
        self.after_total.setFixedHeight(1)  # right under the amounts
        self.totals = totals = QHBoxLayout()
        totals.setContentsMargins(0, 0, 0, 0)
        totals.setSpacing(16)
        totals.addStretch(1)
        totals.addWidget(self.budget_label)
        totals.addWidget(self.total_caption)
        totals.addWidget(self.total_value)
        totals.addWidget(self.after_total)
        header.sectionResized.connect(lambda *_a: self._fit_table())
        table_page = QWidget(self)
        table_column = QVBoxLayout(table_page)
        table_column.setContentsMargins(0, 0, 0, 0)
        table_column.setSpacing(8)
        table_column.addWidget(self.table, 1)
        table_column.addLayout(totals)
        table_column.addStretch(0)

        self.empty = EmptyState(
            self.tr("Aún no hay plan de medios"),
            self.tr(
                "Dónde se verá la campaña, qué se hace en cada canal, cuándo y con qué "
                "importe. La presentación de la campaña lo muestra como tabla y gráfico."
            ),
            self.tr("Añadir línea"),
            icon_name="dashboard",
            parent=self,
        )
        self.empty.setObjectName("planEmpty")
        self.empty.action_clicked.connect(self.add_line)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(table_page)
        self.stack.addWidget(self.empty)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        column.addLayout(bar)
        column.addWidget(self.state_label)
        column.addWidget(self.notice)
        column.addWidget(self.stack, 1)
        self._update_state()

    def _tool(self, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(name))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    # -- what the page calls -----------------------------------------------------------------
    def set_detail(self, detail: CampaignDetail) -> None:
        """Show `detail`; the same campaign again keeps the edits and the selection."""
        another = self.keep_aside(detail)
        self.detail = detail
        self.model.currency = detail.row.currency
        stored = tuple(PlanRow.of(line) for line in detail.plan)
        if another:
            self.notice.clear()
            self._load(stored, detail.version)
            draft = self.take_draft(detail.id)
            if draft is not None:
                edits, base, version = draft
                self.model.set_rows(edits)
                self._adopt(detail, stored, base, version, recovered=True)
        elif not self.has_unsaved_changes():
            if not same_plan(self.model.rows, stored) or self._version != detail.version:
                row = self.table.currentIndex().row()
                self._load(stored, detail.version)
                self._select(min(row, len(stored) - 1))
                if self.notice.kind == "warning":
                    self.notice.clear()
        else:
            self._adopt(detail, stored, self._base, self._version)
        self.model.editable = detail.can_edit
        self._update_state()

    def _adopt(
        self,
        detail: CampaignDetail,
        stored: Rows,
        base: Rows,
        version: int | None,
        *,
        recovered: bool = False,
    ) -> None:
        """Unsaved edits meet the campaign as stored now: if its plan is still the one the
        edits started from, they simply go on over its new version; if not, say so."""
        if same_plan(base, stored):
            self._base, self._version = stored, detail.version
            if recovered:
                self.notice.show_notice(
                    self.tr("Se han recuperado sus cambios sin guardar en el plan de medios.")
                )
        else:
            self._base, self._version = base, version
            self._show_stale()

    def has_unsaved_changes(self) -> bool:
        return self.detail is not None and not same_plan(self.model.rows, self._base)

    def draft_state(self) -> tuple[Rows, Rows, int | None]:
        return self.rows(), self._base, self._version

    def unsaved_noun(self) -> str:
        return self.tr("el plan de medios")

    def leave_question(self) -> str:
        return self.tr("El plan de medios tiene cambios sin guardar. ¿Descartarlos?")

    def rows(self) -> Rows:
        return tuple(self.model.rows)

    # -- editing ---------------------------------------------------------------------------------
    def _load(self, stored: Rows, version: int) -> None:
        self.model.set_rows(stored)
        self._base = stored
        self._version = version

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, CHANNEL),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def add_line(self) -> None:
        """A new line below the chosen one (at the end when none is), with the campaign's
        dates and the first channel the plan does not use yet; its channel is edited first."""
        d = self.detail
        if d is None or not d.can_edit or self.model.rowCount() >= MAX_LINES:
            return
        used = {r.channel for r in self.model.rows}
        channel = next((c for c in MediaChannel if c not in used), MediaChannel.OTHER)
        starts: date | None = d.row.start_date
        ends: date | None = d.row.deadline
        if starts and ends and ends < starts:
            ends = None
        current = self.table.currentIndex().row()
        row = current + 1 if current >= 0 else self.model.rowCount()
        self.model.insert(row, PlanRow(channel, "", starts=starts, ends=ends))
        self.stack.setCurrentIndex(0)
        self._select(row)
        self.table.setFocus()
        if self.isVisible():
            self.table.edit(self.model.index(row, CHANNEL))

    def remove_line(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0 or self.detail is None or not self.detail.can_edit:
            return
        self.model.remove(row)
        self._select(min(row, self.model.rowCount() - 1))

    def shift(self, by: int) -> None:
        row = self.table.currentIndex().row()
        if self.detail is None or not self.detail.can_edit:
            return
        if self.model.shift(row, by):
            self._select(row + by)

    def discard(self) -> None:
        """Put the stored plan back (asks first), learning it afresh from the database."""
        if self.detail is None or not self.confirm_discard(
            self.tr("¿Descartar los cambios sin guardar del plan de medios? Se perderán.")
        ):
            return
        self.read_fresh(self._discarded)

    def _discarded(self, detail: CampaignDetail) -> None:
        if not self.shows(detail.id):
            return
        self.detail = detail
        self._load(tuple(PlanRow.of(line) for line in detail.plan), detail.version)
        self.notice.clear()
        self._update_state()

    keep_theirs = _discarded

    # -- saving ----------------------------------------------------------------------------------
    def save(self, over_version: int | None = None) -> None:
        """Save the lines over the campaign's version the edits started from (or, when the
        person chose to go over someone else's plan, over `over_version`)."""
        d = self.detail
        if d is None or not d.can_edit or self._saving:
            return
        self._commit_editing()
        errors = self.model.errors()
        if errors:
            self.notice.show_notice(self.tr("Revise las celdas marcadas en rojo."), "error")
            self._select(errors[0][0])
            return
        version = over_version if over_version is not None else self._version
        rows = self.rows()
        before = [r.as_input() for r in self._base] if over_version is None else None
        self.set_saving(True)
        self.ctx.ops.write(
            save_plan,
            d.id,
            [r.as_input() for r in rows],
            version,
            on_done=lambda result: self._saved(d.id, result, rows, before),
            on_error=lambda error: self._failed(d.id, rows, error),
        )

    def _commit_editing(self) -> None:
        """A cell still being edited (Ctrl+S from inside it) counts as typed."""
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None and self.table.state() == QAbstractItemView.State.EditingState:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _saved(
        self,
        campaign_id: int,
        result: SaveResult,
        rows: Rows,
        before: list[PlanLineInput] | None = None,
    ) -> None:
        self._saving = False
        if before is not None and self.detail is not None:  # Editar ▸ Deshacer: the old lines
            after = [r.as_input() for r in rows]
            name = self.detail.row.name
            push_plan_edit(self.ctx, campaign_id, name, before, after, result.version)
        if self.shows(campaign_id):
            self._base = rows  # whatever was typed while saving stays unsaved
            self._version = result.version
            self.notice.clear()
        self.ctx.toast(self.tr("Plan de medios guardado"))
        self.saved.emit(result.version)
        self._update_state()

    def _failed(self, campaign_id: int, rows: Rows, error: BaseException) -> None:
        if self.save_refused(campaign_id, error):
            return
        if isinstance(error, Conflict):
            # the campaign moved on: if its plan is still ours to change, go on over it
            self.read_fresh(lambda fresh: self._after_conflict(fresh, rows))
        elif isinstance(error, ValidationError):
            others = self.model.set_refusals(error.field_errors)
            self.notice.show_notice(
                " ".join([self.tr("Revise las celdas marcadas en rojo."), *others]), "error"
            )
        else:
            self.show_error(error)

    def _after_conflict(self, fresh: CampaignDetail, rows: Rows) -> None:
        if not self.shows(fresh.id):
            return
        stored = tuple(PlanRow.of(line) for line in fresh.plan)
        if same_plan(self._base, stored) and fresh.can_edit:
            self._version = fresh.version  # something else of the campaign changed
            self.save()
        else:
            self._show_stale()

    def _show_stale(self) -> None:
        self.show_stale(
            self.tr(
                "Otra persona guardó el plan de medios mientras usted lo editaba. Sus cambios "
                "siguen aquí: guárdelos encima o descártelos para ver lo guardado."
            ),
            [
                (self.tr("Comparar"), self.compare),
                (self.tr("Guardar los míos encima"), self._overwrite),
                (self.tr("Descartar los míos"), self.discard),
            ],
        )

    def conflict_rows(self, fresh: CampaignDetail) -> list[ConflictRow]:
        return plan_conflict_rows(self.model, self.rows(), fresh.plan)

    def _overwrite(self) -> None:
        """Go over what someone else saved: learn the campaign's version, then save on top."""
        self.read_fresh(self._overwrite_with)

    def _overwrite_with(self, fresh: CampaignDetail) -> None:
        self._base = tuple(PlanRow.of(line) for line in fresh.plan)
        self._version = fresh.version
        self.notice.clear()
        self.save()

    keep_mine = _overwrite_with

    # -- state -----------------------------------------------------------------------------------
    def role_refusal(self) -> str:
        return self.tr("Su rol no permite editar el plan de medios de esta campaña.")

    def _update_state(self) -> None:
        d = self.detail
        editable = d is not None and d.can_edit
        count = self.model.rowCount()
        row = self.table.currentIndex().row()
        dirty = self.has_unsaved_changes()
        for widget in (
            self.add_button,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.discard_button,
            self.save_button,
        ):
            widget.setVisible(editable)
        self.add_button.setEnabled(editable and count < MAX_LINES and not self._saving)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
        self.update_bar()
        self.empty.button.setVisible(editable)
        self.empty.set_texts(
            self.tr("Aún no hay plan de medios"),
            self.tr(
                "Dónde se verá la campaña, qué se hace en cada canal, cuándo y con qué "
                "importe. La presentación de la campaña lo muestra como tabla y gráfico."
            )
            if editable
            else self.read_only_reason(),
        )
        self.stack.setCurrentIndex(0 if count else 1)
        self._fit_table()
        self._show_totals()
        parts: list[str] = []
        if d is not None and count:  # an empty plan: the empty state says it all
            lines = self.tr("1 línea") if count == 1 else self.tr("%1 líneas")
            parts.append(lines.replace("%1", str(count)))
            if dirty:
                parts.append(self.tr("Cambios sin guardar"))
            reason = self.read_only_reason()
            if reason:
                parts.append(reason)
        elif dirty:
            parts.append(self.tr("Cambios sin guardar: el plan quedará vacío"))
        self.state_label.setText(" — ".join(parts))
        self.state_label.setVisible(bool(parts))

    def _fit_table(self) -> None:
        """The table as tall as its lines (the total right under them), at most the room
        there is; the total under the amounts column."""
        header = self.table.horizontalHeader()
        rows = self.model.rowCount()
        frame = 2 * self.table.frameWidth()
        height = header.height() + rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setMaximumHeight(height + frame + 2)
        self.total_value.setFixedWidth(header.sectionSize(AMOUNT) - 8)
        dates = header.sectionSize(STARTS) + header.sectionSize(ENDS) + self.table.frameWidth()
        self.after_total.setFixedWidth(max(dates + 4 - self.totals.spacing(), 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_table()

    def _show_totals(self) -> None:
        d = self.detail
        if d is None:
            return
        total = self.model.total()
        currency, locale = d.row.currency, self.ctx.locale
        self.total_value.setText(money(total, currency, locale))
        budget = d.row.budget
        if not budget:
            self.budget_label.setText("")
            return
        left = budget - total
        if left >= 0:
            text = self.tr("Presupuesto %1 · quedan %2")
            tone = tokens()["text_secondary"]
        else:
            text = self.tr("Presupuesto %1 · lo supera en %2")
            tone = tokens()["error"]
            left = -left
        self.budget_label.setText(
            fill(text, money(budget, currency, locale), money(left, currency, locale))
        )
        self.budget_label.setStyleSheet(f"color: {tone};")
