"""Undoing one's own timeline drags in the window (pytest-qt, the real services, SQLite
and PostgreSQL): a drag that moved Guion and what waits for it (Rodaje), then a drag of
Rodaje alone, undo one after the other — the later step moved Rodaje's version on, and
the earlier one must expect that version, not the one its own drag left (it was refused
as «someone else's save» when the step kept one version for both tasks)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from campaign_world import Cast, build_cast, new_campaign
from coordination_support import open_timeline
from gui_support import until
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.coordination import queries, tasks
from agencia.services.coordination.tasks import TaskInput
from agencia.ui.widgets.undo import undo_history

TODAY = date.today()
START = TODAY + timedelta(days=7 - TODAY.weekday())  # next Monday


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _dates(cast: Cast, campaign: int) -> dict[int, tuple[date, date]]:
    rows = queries.timeline(cast.db, cast.actor("executive"), campaign).tasks
    return {r.id: (r.start, r.due) for r in rows}


def test_undoing_a_drag_after_a_later_drag_of_one_of_its_tasks_goes_through(
    qtbot: QtBot, cast: Cast
) -> None:
    campaign = new_campaign(cast)
    me = cast.actor("executive")
    guion = tasks.add_task(
        cast.db, me, campaign, TaskInput("Guion", START, START + timedelta(days=2))
    ).id
    rodaje = tasks.add_task(
        cast.db, me, campaign,
        TaskInput("Rodaje", START + timedelta(days=3), START + timedelta(days=4),
                  depends_on={guion: 0}),
    ).id  # fmt: skip
    original = _dates(cast, campaign)
    area, _ = open_timeline(qtbot, cast)
    controller = area.controller
    history = undo_history(controller.ctx)
    refused: list[str] = []
    history.refused.connect(refused.append)

    controller.task_dragged(guion, 2)  # pushes Rodaje: «¿Desplazar también…?» — yes
    qtbot.waitUntil(until(lambda: isinstance(controller.dialog, QMessageBox)))
    box = controller.dialog
    assert isinstance(box, QMessageBox)
    shift = next(b for b in box.buttons() if b.text() == "Desplazar también")
    shift.click()
    qtbot.waitUntil(until(lambda: history.stack.count() == 1))
    both = _dates(cast, campaign)
    assert both[guion] != original[guion] and both[rodaje] != original[rodaje]
    qtbot.waitUntil(until(lambda: controller._row(rodaje) is not None
                          and controller._row(rodaje).start == both[rodaje][0]))  # fmt: skip

    controller.task_dragged(rodaje, 3)  # Rodaje alone, later still: nothing waits for it
    qtbot.waitUntil(until(lambda: history.stack.count() == 2))

    history.undo()
    qtbot.waitUntil(until(lambda: history.stack.index() == 1))
    assert _dates(cast, campaign) == both
    history.undo()
    qtbot.waitUntil(until(lambda: history.stack.index() == 0 or bool(refused)))
    assert refused == []
    assert _dates(cast, campaign) == original
    history.redo()
    qtbot.waitUntil(until(lambda: history.stack.index() == 1 or bool(refused)))
    history.redo()
    qtbot.waitUntil(until(lambda: history.stack.index() == 2 or bool(refused)))
    assert refused == []
    assert _dates(cast, campaign) != both and _dates(cast, campaign)[guion] == both[guion]
