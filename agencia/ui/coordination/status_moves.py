"""A task's status moved from the timeline: the bar chosen, then the Estado menu (beside
"Nueva tarea…", and on the bar's right click). Its assignee may always move it, others
only if they plan its campaign (the role table's "plan tasks"): otherwise the menu is
disabled and its tooltip says why. The move is saved against the version the timeline
read — someone else's change meanwhile is refused, never overwritten — and becomes a
step of the window's undo history (Editar ▸ Deshacer puts the status from before back)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from agencia.domain.coordination_enums import TaskStatus
from agencia.domain.labels import label
from agencia.services.coordination import tasks
from agencia.services.coordination.queries import TaskRow
from agencia.services.results import SaveResult
from agencia.ui.widgets.undo import undo_history

if TYPE_CHECKING:
    from agencia.ui.coordination.controller import CoordinationController

translate = QCoreApplication.translate


def status_button(parent: QWidget) -> QToolButton:
    """ "Estado ▾": one entry per status (the catalogue's words), its status as data."""
    button = QToolButton(parent)
    button.setObjectName("taskStatus")
    button.setText(translate("Coordination", "Estado"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for status in TaskStatus:
        action = QAction(label(status), menu)
        action.setData(status.value)
        menu.addAction(action)
    button.setMenu(menu)
    button.setEnabled(False)
    return button


class StatusMoves(QObject):
    """Keeps the Estado menu's rule and turns a choice in it into a saved, undoable move."""

    def __init__(self, controller: CoordinationController) -> None:
        super().__init__(controller)
        self.c = controller
        page = controller.page
        page.gantt.task_chosen.connect(lambda _id: self.update())
        for action in page.status_button.menu().actions():
            action.triggered.connect(
                lambda _checked=False, a=action: self.move(TaskStatus(str(a.data())))
            )

    def _why_not(self, row: TaskRow | None) -> str:
        """Why the chosen task's status cannot be moved now ("" when it can)."""
        if row is None:
            return translate("Coordination", "Elija una tarea en el cronograma")
        timeline = self.c.timeline
        mine = row.assignee_id is not None and row.assignee_id == self.c.ctx.actor.staff_id
        if mine or (timeline is not None and timeline.may_plan):
            return ""
        return translate(
            "Coordination",
            "Usted no puede cambiar el estado de esta tarea: solo quien la tiene asignada "
            "o planifica su campaña",
        )

    def update(self) -> None:
        button = self.c.page.status_button
        row = self.c.page.gantt.chosen_row()
        why = self._why_not(row)
        button.setEnabled(not why)
        for action in button.menu().actions():
            action.setEnabled(not why and row is not None and action.data() != row.status.value)
        whole = translate("Coordination", "Cambiar el estado de la tarea elegida")
        button.setToolTip(whole if not why else f"{whole} — {why}")

    def move(self, status: TaskStatus) -> None:
        row = self.c.page.gantt.chosen_row()
        if row is None or self._why_not(row) or status is row.status:
            return
        text = (
            translate("Coordination", "Marcar «%1» como %2")
            .replace("%1", row.title)
            .replace("%2", label(status).lower())
        )

        def done(result: SaveResult) -> None:
            undo_history(self.c.ctx).push_saved(
                text, ("task", row.id), tasks.put_status, (row.id, row.status), (row.id, status),
                result.version,
            )  # fmt: skip
            self.c.ctx.toast(translate("Coordination", "Cambios guardados (Ctrl+Z para deshacer)"))

        self.c.ops.write(tasks.set_status, row.id, status, row.version,
                         on_done=done, on_error=self._refused)  # fmt: skip

    def _refused(self, error: BaseException) -> None:
        """Say why (someone else changed the task meanwhile, a rule) and show the task as
        it is now, so the next choice starts from there."""
        self.c.report(error)
        self.c.refresh()
