"""The campaign page and its actions say why the person may only read it: outside their
group is not «su rol»."""

from __future__ import annotations

import pytest
from campaign_world import Cast, build_cast, new_campaign
from gui_support import make_context
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.campaigns.meetings import MeetingInput, save_meeting
from agencia.services.campaigns.queries import get_campaign
from agencia.ui.campaigns.brief_tab import BriefTab
from agencia.ui.campaigns.detail_view import CampaignDetailView
from agencia.ui.campaigns.meetings_tab import MeetingsTab


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def test_another_groups_director_reads_why_the_campaign_is_read_only(
    qtbot: QtBot, cast: Cast
) -> None:
    from datetime import date

    campaign = new_campaign(cast, owner="director", budget="900000")
    save_meeting(
        cast.db,
        cast.actor("director"),
        campaign,
        MeetingInput(held_on=date(2026, 3, 2), subject="Kick-off"),
    )
    ctx, _recorder = make_context(cast.db, cast.actor("director_b"))
    detail = get_campaign(cast.db, ctx.actor, campaign)
    view = CampaignDetailView(ctx)
    qtbot.addWidget(view)
    view.show_detail(detail)
    banner = view.read_only.text()
    assert "no es de su grupo" in banner and "su rol no le permite" not in banner

    brief = BriefTab(ctx)
    qtbot.addWidget(brief)
    brief.set_detail(detail)
    assert "no es de su grupo" in brief.read_only_reason()

    meetings = MeetingsTab(ctx)
    qtbot.addWidget(meetings)
    meetings.set_detail(detail)
    assert "no es de su grupo" in meetings.reason.text()
    assert "Su rol" not in meetings.reason.text()
