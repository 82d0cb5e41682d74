"""A closed campaign's Actas tab reads like its header: «se puede consultar, no cambiar» —
no «Nueva acta…», no correcting or sending, and the reason said beside the button."""

from __future__ import annotations

from datetime import date

import pytest
from campaign_world import Cast, build_cast, move, new_campaign
from gui_support import make_context
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.enums import CampaignStatus
from agencia.services.campaigns import flow
from agencia.services.campaigns.meetings import MeetingInput, save_meeting
from agencia.services.campaigns.queries import get_campaign
from agencia.ui.campaigns.meetings_tab import MeetingsTab


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def test_a_cancelled_campaigns_actas_are_read_only_and_say_why(qtbot: QtBot, cast: Cast) -> None:
    campaign = new_campaign(cast)
    save_meeting(
        cast.db,
        cast.actor("executive"),
        campaign,
        MeetingInput(held_on=date(2026, 3, 2), subject="Kick-off"),
    )
    move(cast, "director", campaign, CampaignStatus.CANCELLED, flow.ReasonStep("Sin fondos"))
    ctx, _recorder = make_context(cast.db, cast.actor("executive"))
    tab = MeetingsTab(ctx)
    qtbot.addWidget(tab)
    tab.set_detail(get_campaign(cast.db, ctx.actor, campaign))
    assert not tab.new_button.isEnabled()
    assert "Cancelado" in tab.reason.text() and "Su rol" not in tab.reason.text()
    assert not tab.edit_button.isEnabled() and not tab.send_button.isEnabled()
    assert "Cancelado" in tab.edit_button.toolTip()
