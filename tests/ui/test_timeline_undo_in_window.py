"""The timeline's undo in the window (pytest-qt, the real services on SQLite): a drag
undone after another workstation saved new dates for the task is refused with the app's
conflict message, and that workstation's dates stay; undone while nobody else saved, it
goes through."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from campaign_world import Cast, build_cast, new_campaign
from coordination_support import open_timeline
from gui_support import until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.coordination_enums import TaskStatus
from agencia.services.coordination import queries, tasks
from agencia.services.coordination.tasks import TaskInput
from agencia.ui.widgets.undo import undo_history

TODAY = date.today()
START = TODAY + timedelta(days=7 - TODAY.weekday())  # next Monday


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def _guion(cast: Cast) -> tuple[int, int]:
    campaign = new_campaign(cast)
    task = tasks.add_task(
        cast.db, cast.actor("executive"), campaign,
        TaskInput("Guion", START, START + timedelta(days=2)),
    )  # fmt: skip
    return campaign, task.id


def _dates(cast: Cast, campaign: int) -> dict[int, tuple[date, date]]:
    rows = queries.timeline(cast.db, cast.actor("executive"), campaign).tasks
    return {r.id: (r.start, r.due) for r in rows}


def test_undoing_a_drag_after_another_workstation_saved_is_refused(
    qtbot: QtBot, cast: Cast
) -> None:
    campaign, guion = _guion(cast)
    area, recorder = open_timeline(qtbot, cast)
    controller = area.controller
    controller.task_dragged(guion, 2)
    moved = {guion: (START + timedelta(days=2), START + timedelta(days=4))}
    qtbot.waitUntil(until(lambda: _dates(cast, campaign) == moved))
    history = undo_history(controller.ctx)
    qtbot.waitUntil(until(lambda: history.stack.undoText() == "Reprogramar «Guion»"))
    # another workstation (the supervisor's) saves new dates through the task's form
    theirs = (START + timedelta(days=22), START + timedelta(days=24))
    tasks.update_task(cast.db, cast.actor("supervisor"), guion, TaskInput("Guion", *theirs))
    refused: list[str] = []
    history.refused.connect(refused.append)
    history.undo()
    qtbot.waitUntil(until(lambda: bool(refused)))
    assert refused == [
        "No se puede deshacer «Reprogramar «Guion»»: Otra persona ha modificado este "
        "registro; recárguelo y vuelva a intentarlo."
    ]
    assert recorder.toasts[-1] == refused[0]
    assert _dates(cast, campaign) == {guion: theirs}
    assert not history.stack.canUndo()  # the refused step left the stack


def test_undoing_a_drag_nobody_else_touched_puts_the_dates_back(qtbot: QtBot, cast: Cast) -> None:
    campaign, guion = _guion(cast)
    area, _ = open_timeline(qtbot, cast)
    controller = area.controller
    original = _dates(cast, campaign)
    controller.task_dragged(guion, 2)
    qtbot.waitUntil(until(lambda: _dates(cast, campaign) != original))
    history = undo_history(controller.ctx)
    qtbot.waitUntil(until(lambda: history.stack.canUndo()))
    history.undo()
    qtbot.waitUntil(until(lambda: _dates(cast, campaign) == original))
    history.redo()
    qtbot.waitUntil(until(lambda: _dates(cast, campaign) != original))


def test_a_drag_and_a_status_move_of_one_task_undo_one_after_the_other(
    qtbot: QtBot, cast: Cast
) -> None:
    """Both steps are the task's own (its edits' key): each expects the version the other
    left it at, so undoing our own drag never refuses our own status move as someone
    else's."""
    campaign, guion = _guion(cast)
    area, _ = open_timeline(qtbot, cast)
    controller = area.controller
    history = undo_history(controller.ctx)
    assert controller.timeline is not None
    row = next(r for r in controller.timeline.tasks if r.id == guion)
    controller.status_moves.move(row, TaskStatus.IN_PROGRESS)
    qtbot.waitUntil(until(lambda: history.stack.count() == 1))
    controller.task_dragged(guion, 2)
    qtbot.waitUntil(until(lambda: history.stack.count() == 2))
    refused: list[str] = []
    history.refused.connect(refused.append)
    history.undo()
    qtbot.waitUntil(until(lambda: history.stack.index() == 1))
    history.undo()
    qtbot.waitUntil(until(lambda: history.stack.index() == 0))
    assert refused == []
    rows = queries.timeline(cast.db, cast.actor("executive"), campaign).tasks
    assert [(r.start, r.due, r.status) for r in rows] == [
        (START, START + timedelta(days=2), TaskStatus.TODO)
    ]
