"""A closed campaign's timeline in the window: its tasks are read, not planned — no new
task or milestones, no bar dragged to a new date (the services refuse them too:
tests/services/test_coordination_tester_findings.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from campaign_world import Cast, build_cast, move, new_campaign
from coordination_support import open_coordination
from gui_support import until
from PySide6.QtWidgets import QGraphicsItem
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.enums import CampaignStatus
from agencia.services.campaigns import flow
from agencia.services.coordination import tasks
from agencia.services.coordination.tasks import TaskInput

TODAY = date.today()


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def test_a_closed_campaigns_timeline_offers_no_planning(qtbot: QtBot, cast: Cast) -> None:
    campaign = new_campaign(cast)
    start = TODAY + timedelta(days=7)
    task = tasks.add_task(
        cast.db, cast.actor("executive"), campaign, TaskInput("Guion", start, start)
    ).id
    move(cast, "director", campaign, CampaignStatus.CANCELLED, flow.ReasonStep("Congelada"))
    area, _ = open_coordination(qtbot, cast, "executive")
    controller = area.controller
    controller.page.tabs.setCurrentIndex(1)
    controller.show_campaign(campaign)
    qtbot.waitUntil(
        until(
            lambda: controller.timeline is not None and controller.timeline.campaign_id == campaign
        )
    )
    page = controller.page
    assert controller.timeline is not None and controller.timeline.may_plan
    assert not page.new_task_button.isEnabled()
    assert not page.milestones_button.isEnabled()
    bar = page.gantt.bars[task]
    assert not bar.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable
