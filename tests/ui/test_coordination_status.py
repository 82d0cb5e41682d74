"""A task's status moved from the coordination page: the bar chosen on the timeline, the
"Estado" menu (enabled only for whom the role table lets move it, the reason in its
tooltip otherwise), the move on the window's undo stack with redo, and a task someone
else changed meanwhile refused without overwriting their work."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from campaign_world import Cast, build_cast, new_campaign
from coordination_support import open_coordination, open_timeline
from gui_support import Recorder, until
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.coordination_enums import TaskStatus
from agencia.services.coordination import queries, tasks
from agencia.services.coordination.tasks import TaskInput
from agencia.ui.coordination.area import CoordinationArea
from agencia.ui.widgets.undo import undo_history

TODAY = date.today()


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def _plan(cast: Cast, assignee: str | None = None) -> tuple[int, int]:
    campaign = new_campaign(cast)
    start = TODAY + timedelta(days=7 - TODAY.weekday())
    whom = None if assignee is None else cast.staff[assignee]
    task = tasks.add_task(
        cast.db, cast.actor("executive"), campaign,
        TaskInput("Guion", start, start + timedelta(days=2), assignee_id=whom),
    ).id  # fmt: skip
    return campaign, task


def _status(cast: Cast, campaign: int, task: int) -> TaskStatus:
    rows = queries.timeline(cast.db, cast.actor("executive"), campaign).tasks
    return next(r.status for r in rows if r.id == task)


def _choose(button: QPushButton, status: str) -> None:
    """The status menu's entry `status` («Hecha», «En espera»…) chosen."""
    next(a for a in button.menu().actions() if a.text() == status).trigger()


def _done_undone_redone(
    qtbot: QtBot, cast: Cast, area: CoordinationArea, recorder: Recorder, button: QPushButton,
    campaign: int, task: int,
) -> None:  # fmt: skip
    """«Hecha» from `button` saves the task done, a step of the window's undo stack that
    undoes to «Por hacer» and redoes."""
    _choose(button, "Hecha")
    qtbot.waitUntil(until(lambda: _status(cast, campaign, task) is TaskStatus.DONE))
    history = undo_history(area.controller.ctx)
    assert history.stack.undoText() == "Marcar «Guion» como hecha"
    history.undo()
    qtbot.waitUntil(until(lambda: _status(cast, campaign, task) is TaskStatus.TODO))
    history.redo()
    qtbot.waitUntil(until(lambda: _status(cast, campaign, task) is TaskStatus.DONE))
    assert recorder.toasts[-1] == "Rehecho: Marcar «Guion» como hecha"


def _refused_after_another_move(
    qtbot: QtBot, cast: Cast, area: CoordinationArea, button: QPushButton, campaign: int,
    task: int,
) -> None:  # fmt: skip
    """The supervisor puts the task on hold meanwhile: «Hecha» from `button` is refused,
    saves nothing, and leaves no step to undo."""
    controller = area.controller
    tasks.set_status(cast.db, cast.actor("supervisor"), task, TaskStatus.WAITING)
    _choose(button, "Hecha")
    qtbot.waitUntil(until(lambda: bool(controller.last_message)))
    assert "Otra persona" in controller.last_message
    assert _status(cast, campaign, task) is TaskStatus.WAITING
    assert undo_history(controller.ctx).stack.count() == 0


def test_a_task_set_done_from_the_page_is_undone_and_redone(qtbot: QtBot, cast: Cast) -> None:
    campaign, task = _plan(cast)
    area, recorder = open_timeline(qtbot, cast)
    page = area.controller.page
    button = page.status_button
    assert not button.isEnabled()  # no task chosen yet
    page.gantt.choose(task)
    assert button.isEnabled()
    _done_undone_redone(qtbot, cast, area, recorder, button, campaign, task)


def test_the_status_menu_is_disabled_for_whom_may_not_move_the_task(
    qtbot: QtBot, cast: Cast
) -> None:
    campaign, task = _plan(cast)
    area, _ = open_timeline(qtbot, cast, "assistant")
    controller = area.controller
    page = controller.page
    page.gantt.choose(task)
    assert not page.status_button.isEnabled()
    assert "no puede" in page.status_button.toolTip()
    assert _status(cast, campaign, task) is TaskStatus.TODO


def test_a_task_changed_meanwhile_refuses_the_move(qtbot: QtBot, cast: Cast) -> None:
    campaign, task = _plan(cast)
    area, _ = open_timeline(qtbot, cast)
    page = area.controller.page
    page.gantt.choose(task)
    _refused_after_another_move(qtbot, cast, area, page.status_button, campaign, task)
    # the refusal shows the task as it is now, still the one chosen
    qtbot.waitUntil(
        until(lambda: getattr(page.gantt.chosen_row(), "status", None) is TaskStatus.WAITING)
    )


def _mine(qtbot: QtBot, cast: Cast, who: str) -> tuple[CoordinationArea, Recorder]:
    """The area on its «Mis tareas» tab, the list read."""
    area, recorder = open_coordination(qtbot, cast, who)
    page = area.controller.page
    page.tabs.setCurrentIndex(0)
    qtbot.waitUntil(until(lambda: page.my_model.rowCount() > 0))
    return area, recorder


def _my_row(page: object, task: int) -> int:
    model = page.my_model  # type: ignore[attr-defined]
    return next(n for n in range(model.rowCount()) if model.row(n).id == task)


def test_a_row_of_my_tasks_set_done_is_saved_undone_and_redone(qtbot: QtBot, cast: Cast) -> None:
    campaign, task = _plan(cast, "executive")
    area, recorder = _mine(qtbot, cast, "executive")
    page = area.controller.page
    button = page.my_status_button
    assert not button.isEnabled()  # no row selected yet
    assert "Elija una tarea" in button.toolTip()
    page.my_table.select_row(_my_row(page, task))
    assert button.isEnabled()
    _done_undone_redone(qtbot, cast, area, recorder, button, campaign, task)


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_the_context_menu_key_on_a_row_of_my_tasks_opens_the_status_menu(
    qtbot: QtBot, cast: Cast
) -> None:
    campaign, task = _plan(cast, "executive")
    area, _ = _mine(qtbot, cast, "executive")
    page = area.controller.page
    page.my_table.select_row(_my_row(page, task))
    page.my_table.setFocus()
    qtbot.keyClick(page.my_table, Qt.Key.Key_Menu)
    menu = page.my_status_button.menu()
    qtbot.waitUntil(until(menu.isVisible))
    waiting = next(a for a in menu.actions() if a.text() == "En espera")
    menu.setActiveAction(waiting)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(until(lambda: _status(cast, campaign, task) is TaskStatus.WAITING))


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_a_right_click_on_a_row_of_my_tasks_chooses_it_and_opens_the_status_menu(
    qtbot: QtBot, cast: Cast
) -> None:
    _campaign, task = _plan(cast, "executive")
    area, _ = _mine(qtbot, cast, "executive")
    page = area.controller.page
    table = page.my_table
    n = _my_row(page, task)
    place = table.visualRect(page.my_model.index(n, 0)).center()
    table.customContextMenuRequested.emit(place)  # what a right click there sends
    assert table.currentIndex().row() == n
    assert page.my_status_button.menu().isVisible()
    page.my_status_button.menu().close()


def test_my_tasks_status_refuses_a_row_changed_meanwhile(qtbot: QtBot, cast: Cast) -> None:
    campaign, task = _plan(cast, "executive")
    area, _ = _mine(qtbot, cast, "executive")
    page = area.controller.page
    page.my_table.select_row(_my_row(page, task))
    _refused_after_another_move(qtbot, cast, area, page.my_status_button, campaign, task)
