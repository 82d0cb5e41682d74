"""A task's status moved from the timeline (the bar chosen, then the Estado menu beside
"Nueva tarea…", or the bar's right click) or from Mis tareas (the row selected, then its
Estado menu above the list, the row's right click or its context-menu key). Its
assignee may always move it, others only if they plan its campaign (the role table's
"plan tasks"): otherwise the menu is disabled and its tooltip says why. The move is
saved against the version the timeline or the list read — someone else's change
meanwhile is refused, never overwritten — and becomes a step of the window's undo
history (Editar ▸ Deshacer puts the status from before back)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from agencia.domain.coordination_enums import TaskStatus
from agencia.domain.labels import label
from agencia.domain.text import fill
from agencia.services.coordination import tasks
from agencia.services.coordination.queries import TaskRow
from agencia.services.results import SaveResult
from agencia.ui.widgets.undo import undo_history

if TYPE_CHECKING:
    from agencia.ui.coordination.controller import CoordinationController

translate = QCoreApplication.translate


def status_button(parent: QWidget) -> QPushButton:
    """ "Estado ▾": one entry per status (the catalogue's words), its status as data.
    A push button with a menu, like its neighbours: a tool button stood narrower and
    shorter than them, and its menu arrow (not in its size) overlapped the word."""
    button = QPushButton(translate("Coordination", "Estado"), parent)
    button.setObjectName("taskStatus")
    menu = QMenu(button)
    for status in TaskStatus:
        action = QAction(label(status), menu)
        action.setData(status.value)
        menu.addAction(action)
    button.setMenu(menu)
    # the style sheet's chevron in the right padding, clear of the word and the border
    # (with the house's 16 px and `right: -8px` it was drawn over the border)
    button.setStyleSheet(
        "QPushButton { padding-right: 32px; } QPushButton::menu-indicator { right: 10px; }"
    )
    button.setEnabled(False)
    return button


class StatusMoves(QObject):
    """Keeps the Estado menus' rule and turns a choice in one into a saved, undoable move.
    Two places ask: the timeline (the chosen bar) and Mis tareas (the selected row); each
    has its own button from `status_button`, the rule and the move are the same."""

    def __init__(self, controller: CoordinationController) -> None:
        super().__init__(controller)
        self.c = controller
        page = controller.page
        self.places: tuple[tuple[QPushButton, Callable[[], TaskRow | None], str], ...] = (
            (page.status_button, page.gantt.chosen_row,
             translate("Coordination", "Elija una tarea en el cronograma")),
            (page.my_status_button, page.chosen_my_task,
             translate("Coordination", "Elija una tarea de la lista")),
        )  # fmt: skip
        page.gantt.task_chosen.connect(lambda _id: self.update())
        table = page.my_table
        table.selectionModel().selectionChanged.connect(lambda *_: self.update())
        page.my_model.modelReset.connect(self.update)
        table.customContextMenuRequested.connect(self._row_menu)
        table.installEventFilter(self)
        for button, chosen, _ in self.places:
            for action in button.menu().actions():
                action.triggered.connect(
                    lambda _checked=False, a=action, f=chosen: self.move(
                        f(), TaskStatus(str(a.data()))
                    )
                )

    def _why_not(self, row: TaskRow | None, nothing: str) -> str:
        """Why the chosen task's status cannot be moved now ("" when it can)."""
        if row is None:
            return nothing
        timeline = self.c.timeline
        mine = row.assignee_id is not None and row.assignee_id == self.c.ctx.actor.staff_id
        plans = (
            timeline is not None and timeline.may_plan and timeline.campaign_id == row.campaign_id
        )
        if mine or plans:
            return ""
        return translate(
            "Coordination",
            "Usted no puede cambiar el estado de esta tarea: solo quien la tiene asignada "
            "o planifica su campaña",
        )

    def update(self) -> None:
        whole = translate("Coordination", "Cambiar el estado de la tarea elegida")
        for button, chosen, nothing in self.places:
            row = chosen()
            why = self._why_not(row, nothing)
            button.setEnabled(not why)
            for action in button.menu().actions():
                action.setEnabled(not why and row is not None and action.data() != row.status.value)
            button.setToolTip(whole if not why else f"{whole} — {why}")

    def _row_menu(self, where: QPoint) -> None:
        """A right click (or the context-menu key) on Mis tareas: the row under it becomes
        the selected one, and its Estado menu opens beside it."""
        table = self.c.page.my_table
        index = table.indexAt(where)
        if index.isValid():
            table.select_row(index.row())
        current = table.currentIndex()
        if self.c.page.chosen_my_task() is None or not current.isValid():
            return
        rect = table.visualRect(current)
        at = rect.bottomLeft() if not index.isValid() else where
        self.c.page.my_status_button.menu().popup(table.viewport().mapToGlobal(at))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The context-menu key (or Shift+F10) on Mis tareas opens the row's Estado menu."""
        if watched is self.c.page.my_table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            shift_f10 = (
                event.key() == Qt.Key.Key_F10
                and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
            )
            if event.key() == Qt.Key.Key_Menu or shift_f10:
                self._row_menu(QPoint(-1, -1))
                return True
        return False

    def move(self, row: TaskRow | None, status: TaskStatus) -> None:
        if row is None or self._why_not(row, "") or status is row.status:
            return
        text = fill(
            translate("Coordination", "Marcar «%1» como %2"), row.title, label(status).lower()
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
