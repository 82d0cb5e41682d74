"""The presentation dialog's date box does not offer a day before the campaign began
(its creation or its start date, the earlier): the service refuses one."""

from __future__ import annotations

from datetime import date

import pytest
from campaign_world import Cast, add_proposal, build_cast, move, new_campaign, ready_for_development
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import CampaignStatus
from agencia.services.campaigns import flow
from agencia.services.campaigns.queries import get_campaign
from agencia.ui.campaigns.decision_dialogs import PresentationDialog
from agencia.ui.ops import Operations

S = CampaignStatus


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def test_the_presentation_date_starts_where_the_campaign_began(qtbot: QtBot, cast: Cast) -> None:
    cid = new_campaign(cast)  # started on 10 Jan 2026, created today
    ready_for_development(cast, cid)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    add_proposal(cast, cid)
    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    detail = get_campaign(cast.db, SYSTEM, cid)
    ops = Operations(cast.db, cast.actor("executive"), synchronous=True)
    today = date.today()
    dialog = PresentationDialog(
        ops, detail, S.PRESENTED, detail.version, locale=QLocale("es_ES"), today=today
    )
    qtbot.addWidget(dialog)
    earliest = min(date(2026, 1, 10), today)
    assert dialog.presented_on.minimumDate().toPython() == earliest
    assert dialog.presented_on.maximumDate().toPython() == today
    ops.shutdown()
