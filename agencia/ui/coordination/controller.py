"""The coordination page's controller: reads each tab off the GUI thread, refreshes on
the change kinds that concern it, and turns a dragged bar into a reschedule — asking
first whether what depends on the task moves with it — that Editar ▸ Deshacer undoes
as one change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind, Changes
from agencia.domain.text import fill
from agencia.services.coordination import queries, task_dates, tasks, vendors, workload
from agencia.services.coordination.jobs import campaign_costs
from agencia.services.coordination.milestones import add_milestones
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.area import AppContext
from agencia.ui.coordination.edits import CoordinationEdits
from agencia.ui.coordination.page import CoordinationPage
from agencia.ui.coordination.status_moves import StatusMoves
from agencia.ui.formatting import date_text, money
from agencia.ui.widgets.area_controller import AreaController
from agencia.ui.widgets.undo import UndoHistory, undo_history

K = ChangeKind


class CoordinationController(AreaController):
    CONCERNS = frozenset({K.TASK, K.VENDOR, K.VENDOR_JOB, K.CAPACITY, K.CAMPAIGN, K.STAFF})

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = CoordinationPage(ctx.locale)
        self.campaign_id: int | None = None
        self.timeline: queries.Timeline | None = None
        self.today = date.today()
        self.dialog: QMessageBox | None = None
        self.vendor_rows: list[vendors.VendorRow] = []
        self.vendor_id: int | None = None  # the supplier shown, kept across reloads
        self._register_actions()
        p = self.page
        p.campaign_box.currentIndexChanged.connect(self._campaign_chosen)
        p.zoom_box.currentIndexChanged.connect(
            lambda _i: p.gantt.set_zoom(str(p.zoom_box.currentData()))
        )
        self.edits = CoordinationEdits(self)
        e = self.edits
        self.status_moves = StatusMoves(self)
        p.new_task_button.clicked.connect(e.new_task)
        p.gantt.task_opened.connect(e.edit_task)
        p.new_vendor_button.clicked.connect(e.new_vendor)
        p.edit_vendor_button.clicked.connect(e.edit_vendor)
        p.new_job_button.clicked.connect(e.new_job)
        p.approve_button.clicked.connect(e.approve_job)
        p.deliver_button.clicked.connect(e.record_delivery)
        p.rate_button.clicked.connect(e.rate)
        p.job_table.doubleClicked.connect(lambda _i: e.approve_job())
        p.job_table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_actions()
        )
        p.milestones_button.clicked.connect(self.add_milestones)
        p.print_button.clicked.connect(self.print_timeline)
        p.gantt.task_dragged.connect(self.task_dragged)
        p.my_table.doubleClicked.connect(self._open_my_task)
        p.vendor_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._vendor_chosen(current.row())
        )
        p.visibility_changed.connect(self._visibility_changed)

    def _register_actions(self) -> None:
        spec = ActionSpec(
            ActionId.COORDINATION_REFRESH,
            self.tr("Actualizar coordinación"),
            "F5",
            "refresh",
            AreaId.COORDINATION,
            AreaId.COORDINATION,
        )
        action = self.ctx.actions.register(spec, self.refresh, self)
        self.page.addAction(action)
        self.actions[spec.id] = action
        new_task = ActionSpec(
            ActionId.COORDINATION_NEW_TASK,
            self.tr("Nueva tarea…"),
            QKeySequence.StandardKey.New,
            "add",
            AreaId.COORDINATION,
            AreaId.COORDINATION,
        )
        action = self.ctx.actions.register(new_task, lambda: self.edits.new_task(), self)
        self.actions[new_task.id] = action

    def title(self) -> str:
        return self.tr("Coordinación")

    def message_parent(self) -> QWidget:
        return self.page

    def _update_actions(self) -> None:
        self.rule(ActionId.COORDINATION_REFRESH, True)
        may_plan = self.timeline is not None and self.timeline.plannable
        self.page.milestones_button.setEnabled(may_plan)
        self.page.new_task_button.setEnabled(may_plan)
        closed = self.timeline is not None and self.timeline.may_plan and not may_plan
        self.rule(
            ActionId.COORDINATION_NEW_TASK,
            may_plan,
            self.tr("la campaña está cerrada: sus tareas se consultan")
            if closed
            else self.tr("elija una campaña que planifique"),
        )
        self.page.edit_vendor_button.setEnabled(self.edits.vendor is not None)
        job = self.page.chosen_job()
        self.page.approve_button.setEnabled(job is not None and not job.po_number)
        self.page.deliver_button.setEnabled(job is not None and bool(job.po_number))
        self.page.rate_button.setEnabled(
            self.edits.vendor is not None
            and any(j.delivered_on and j.rating is None for j in self.edits.vendor.jobs)
        )
        self.page.print_button.setEnabled(self.timeline is not None)
        self.status_moves.update()

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        ops = self.ops
        ops.read(queries.my_tasks, on_done=self.page.set_my_tasks, on_error=self.report,
                 key="coordination.mine")  # fmt: skip
        ops.read(queries.campaign_choices, on_done=self._choices, on_error=self.report,
                 key="coordination.choices")  # fmt: skip
        ops.read(workload.workload, on_done=self.page.set_workload, on_error=self.report,
                 key="coordination.workload")  # fmt: skip
        ops.read(vendors.list_vendors, on_done=self._vendors, on_error=self.report,
                 key="coordination.vendors")  # fmt: skip
        self._load_timeline()

    def _changed(self, changes: Changes) -> None:
        self.refresh()

    def _choices(self, choices: list[queries.CampaignChoice]) -> None:
        box = self.page.campaign_box
        box.blockSignals(True)
        box.clear()
        for c in choices:
            count = (
                self.tr("sin tareas")
                if not c.tasks
                else self.tr("%n tarea", "", c.tasks)
                if c.tasks == 1
                else self.tr("%n tareas", "", c.tasks)
            )  # Spanish is the source: each form whole, English's from its catalogue
            box.addItem(f"{c.name} · {c.account} ({count})", c.id)
            box.setItemData(box.count() - 1, box.itemText(box.count() - 1),
                            Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        wanted = self.campaign_id if self.campaign_id is not None else (
            choices[0].id if choices else None
        )  # fmt: skip
        index = box.findData(wanted) if wanted is not None else -1
        box.setCurrentIndex(index)
        box.blockSignals(False)
        if index >= 0 and wanted != self.campaign_id:
            self.show_campaign(int(wanted))  # type: ignore[arg-type]

    def _campaign_chosen(self, index: int) -> None:
        data = self.page.campaign_box.itemData(index)
        if data is not None:
            self.show_campaign(int(data))

    def show_campaign(self, campaign_id: int) -> None:
        """The campaign's timeline (the page opens on it from Pendientes or elsewhere)."""
        self.campaign_id = campaign_id
        box = self.page.campaign_box
        index = box.findData(campaign_id)
        if index >= 0 and box.currentIndex() != index:
            box.blockSignals(True)
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self._load_timeline()

    def _load_timeline(self) -> None:
        if self.campaign_id is None:
            return
        self.ops.read(queries.timeline, self.campaign_id, self.today, on_done=self._timeline,
                      on_error=self.report, key="coordination.timeline")  # fmt: skip

    def _timeline(self, timeline: queries.Timeline) -> None:
        self.timeline = timeline
        self.page.gantt.show_timeline(timeline, self.today)
        self.page.show_cycle(timeline)
        self._update_actions()
        self.ops.read(campaign_costs, timeline.campaign_id, on_done=self._summary,
                      on_error=self.report, key="coordination.costs")  # fmt: skip

    def _summary(self, costs: Any) -> None:
        t = self.timeline
        if t is None:
            return
        loc = self.ctx.locale
        parts = []
        if t.expected_end is not None:
            end = self.tr("Fin previsto: <b>%1</b>").replace("%1", date_text(t.expected_end, loc))
            parts.append(end)
        if t.deadline is not None:
            parts.append(self.tr("fecha límite: %1").replace("%1", date_text(t.deadline, loc)))
        if t.days_late:
            late = (
                self.tr("<b style='color:#B42318'>⚠ %n día de retraso</b>", "", t.days_late)
                if t.days_late == 1
                else self.tr("<b style='color:#B42318'>⚠ %n días de retraso</b>", "", t.days_late)
            )
            parts.append(late)
        elif t.expected_end is not None and t.deadline is not None:
            parts.append(self.tr("a tiempo"))
        on_path = len(t.critical_path)
        parts.append(
            self.tr("%n tarea en la ruta crítica", "", on_path)
            if on_path == 1
            else self.tr("%n tareas en la ruta crítica", "", on_path)
        )
        committed = money(costs.committed, costs.currency, loc)
        budget = money(costs.budget, costs.currency, loc)
        money_text = fill(self.tr("Comprometido con proveedores: %1 de %2"), committed, budget)
        if costs.over_budget:
            money_text = "<b style='color:#B42318'>⚠ " + money_text + " — " + self.tr(
                "supera el presupuesto"
            ) + "</b>"  # fmt: skip
        actual = self.tr("facturado: %1").replace("%1", money(costs.actual, costs.currency, loc))
        self.page.set_summary(" · ".join(parts) + "<br/>" + money_text + " · " + actual)

    def _vendors(self, rows: list[vendors.VendorRow]) -> None:
        self.vendor_rows = rows
        self.page.vendor_model.set_rows(rows)
        if rows:
            shown = self.vendor_id
            row = next((n for n, r in enumerate(rows) if r.id == shown), 0)
            self.page.vendor_table.select_row(row)
            self._vendor_chosen(row)

    def show_vendor(self, vendor_id: int) -> None:
        """The directory at `vendor_id` (global search opens it there)."""
        self.vendor_id = vendor_id
        self.ops.read(vendors.get_vendor, vendor_id, on_done=self._vendor_shown,
                      on_error=self.report, key="coordination.vendor")  # fmt: skip
        row = next((n for n, r in enumerate(self.vendor_rows) if r.id == vendor_id), -1)
        self.page.vendor_table.select_row(row)

    def _vendor_chosen(self, row: int) -> None:
        if 0 <= row < len(self.vendor_rows):
            self.vendor_id = self.vendor_rows[row].id
            self.ops.read(vendors.get_vendor, self.vendor_rows[row].id,
                          on_done=self._vendor_shown, on_error=self.report,
                          key="coordination.vendor")  # fmt: skip

    def _vendor_shown(self, detail: vendors.VendorDetail) -> None:
        self.edits.vendor = detail
        self.page.show_vendor(detail)
        self._update_actions()

    def _open_my_task(self, index: Any) -> None:
        row = self.page.my_model.row(index.row())
        if row is not None:
            self.page.tabs.setCurrentIndex(1)
            self.show_campaign(row.campaign_id)

    # -- rescheduling ---------------------------------------------------------------------------
    def task_dragged(self, task_id: int, days: int) -> None:
        """A bar was dragged: see what would move, and ask about the dependents."""
        row = self._row(task_id)
        if row is None:
            return
        start = row.start + timedelta(days=days)
        self.ops.read(tasks.preview_reschedule, task_id, start,
                      on_done=lambda moves: self._ask(row, start, moves),
                      on_error=self.report)  # fmt: skip

    def _row(self, task_id: int) -> queries.TaskRow | None:
        if self.timeline is None:
            return None
        return next((r for r in self.timeline.tasks if r.id == task_id), None)

    def _ask(self, row: queries.TaskRow, start: date, moves: dict[int, Any]) -> None:
        others = len(moves) - 1 if row.id in moves else len(moves)
        if others <= 0:
            self._reschedule(row, start, True)
            return
        box = QMessageBox(self.page)
        box.setObjectName("shiftDependents")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Reprogramar tarea"))
        box.setText(
            fill(
                self.tr("Mover «%1» al %2 retrasa %n tarea que depende de ella.", "", others)
                if others == 1
                else self.tr(
                    "Mover «%1» al %2 retrasa %n tareas que dependen de ella.", "", others
                ),
                row.title,
                date_text(start, self.ctx.locale),
            )
        )
        box.setInformativeText(self.tr("¿Desplazar también esas tareas?"))
        shift = box.addButton(self.tr("Desplazar también"), QMessageBox.ButtonRole.YesRole)
        alone = box.addButton(self.tr("Solo esta tarea"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(shift)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            self.dialog = None
            if clicked is shift or clicked is alone:
                self._reschedule(row, start, clicked is shift)

        box.finished.connect(answered)
        self.dialog = box
        box.open()

    def _reschedule(self, row: queries.TaskRow, start: date, with_dependents: bool) -> None:
        def done(put: task_dates.DatesPut) -> None:
            """One task's step is keyed as its edits and status moves are; several
            tasks' by all of them. Either way each task's version is kept under its own
            key, which the person's later steps on it move on (`dates_step`)."""
            text = self.tr("Reprogramar «%1»").replace("%1", row.title)
            moved = tuple(sorted(put.before))
            key = ("task", *moved) if len(moved) == 1 else ("timeline", put.campaign_id, moved)
            history = undo_history(self.ctx)
            history.versions.update({("task", i): v for i, v in put.versions.items()})
            history.push_saved(
                text, key, dates_step(history, moved), (put.campaign_id, put.before),
                (put.campaign_id, put.after), put.version,
            )  # fmt: skip
            self.ctx.toast(self.tr("Reprogramada: %1").replace("%1", row.title))

        move = partial(task_dates.reschedule_step, with_dependents=with_dependents)
        self.ops.write(move, row.id, start, on_done=done, on_error=self.report)

    # -- milestones and print -----------------------------------------------------------------
    def add_milestones(self) -> None:
        if self.campaign_id is not None:
            self.ops.write(add_milestones, self.campaign_id, on_error=self.report)

    def print_timeline(self) -> None:
        if self.timeline is None:
            return
        name = f"{self.timeline.campaign}.pdf".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self.page, self.tr("Imprimir cronograma"), name, self.tr("PDF (*.pdf)")
        )
        if path:
            self.print_to(Path(path))

    def print_to(self, path: Path) -> Path:
        """The timeline as shown, on a PDF page."""
        assert self.timeline is not None
        title = f"{self.timeline.campaign} · {self.timeline.account}"
        written = self.page.gantt.write_pdf(path, title)
        self.ctx.toast(self.tr("Cronograma impreso en %1").replace("%1", str(written)))
        return written


def dates_step(history: UndoHistory, ids: tuple[int, ...]) -> Callable[..., task_dates.DatesPut]:
    """The save of a drag's undo step: each task expected at the version the history
    keeps for it now — as this step, or the person's later steps on it (a drag, an edit,
    a status move), left it — and each kept at the version this save leaves it at. (It
    runs on the one writer thread; the window's own steps, which set those versions,
    are pushed only once their writes are done.)"""

    def save(db: Any, actor: Any, values: Any, _step_version: int | None) -> task_dates.DatesPut:
        expected = {
            i: history.versions[("task", i)] for i in ids if ("task", i) in history.versions
        }
        put = task_dates.put_dates(db, actor, values, expected)
        history.versions.update({("task", i): v for i, v in put.versions.items()})
        return put

    return save
