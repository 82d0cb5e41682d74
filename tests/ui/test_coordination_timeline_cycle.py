"""A dependency cycle already stored (an old database, a SQLite file edited by hand) is
named on the campaign's timeline, above the Gantt, as the command line names it: the
planner sees which tasks to untie. The page draws every bar and does not hang (the
schedule leaves the closing link out); a campaign without a cycle shows no warning."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from campaign_world import Cast, build_cast, new_campaign
from coordination_support import open_timeline
from gui_support import until
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from agencia.db.database import Database
from agencia.services.coordination import tasks
from agencia.services.coordination.tasks import TaskInput

MONDAY = date.today() + timedelta(days=7 - date.today().weekday())


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def _chain(cast: Cast) -> tuple[int, list[int]]:
    """Guion → Bocetos → Rodaje, each after the one before, as the services write them."""
    campaign = new_campaign(cast)
    ids: list[int] = []
    for n, title in enumerate(("Guion", "Bocetos", "Rodaje")):
        start = MONDAY + timedelta(days=3 * n)
        after = {ids[-1]: 0} if ids else {}
        task = TaskInput(title, start, start + timedelta(days=1), depends_on=after)
        ids.append(tasks.add_task(cast.db, cast.actor("executive"), campaign, task).id)
    return campaign, ids


def test_a_stored_cycle_is_named_above_the_timeline(qtbot: QtBot, cast: Cast) -> None:
    campaign, (guion, _bocetos, rodaje) = _chain(cast)
    with cast.db.writer.begin() as conn:  # Guion after Rodaje: no service would write it
        conn.execute(
            text(
                "INSERT INTO task_dependencies (task_id, depends_on_id, lag_days)"
                " VALUES (:t, :d, 0)"
            ),
            {"t": guion, "d": rodaje},
        )
    area, _ = open_timeline(qtbot, cast)
    controller = area.controller
    controller.show_campaign(campaign)
    qtbot.waitUntil(until(lambda: controller.timeline.campaign_id == campaign))  # type: ignore[union-attr]
    page = controller.page
    warning = page.cycle_notice.text()
    assert page.cycle_notice.isVisible() and page.cycle_notice.kind == "warning"
    assert "forman un ciclo" in warning, warning
    named = warning.split("(")[1].split(")")[0].split(" → ")
    assert sorted(named[:-1]) == ["Bocetos", "Guion", "Rodaje"] and named[0] == named[-1]
    assert len(page.gantt.bars) == 3  # every task drawn


def test_no_cycle_no_warning(qtbot: QtBot, cast: Cast) -> None:
    campaign, _ids = _chain(cast)
    area, _ = open_timeline(qtbot, cast)
    controller = area.controller
    controller.show_campaign(campaign)
    qtbot.waitUntil(until(lambda: controller.timeline.campaign_id == campaign))  # type: ignore[union-attr]
    assert not controller.page.cycle_notice.isVisible()
    assert controller.page.cycle_notice.text() == ""
