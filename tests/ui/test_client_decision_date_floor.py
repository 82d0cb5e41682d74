"""The client-decision dialog's date box offers no day before the presentation the client
decides on (the service refuses one: `flow._client_decision`) nor after today — as the
presentation dialog's box starts where the campaign began (test_presentation_date_floor)."""

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
from agencia.services.campaigns.queries import account_choices, get_campaign
from agencia.ui.campaigns.decision_dialogs import ClientDecisionDialog
from agencia.ui.ops import Operations

S = CampaignStatus
PRESENTED_ON = date(2026, 2, 3)  # after the campaign began (10 Jan 2026), before today


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def _presented(cast: Cast) -> int:
    cid = new_campaign(cast)
    ready_for_development(cast, cid)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    add_proposal(cast, cid)
    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    proposal = get_campaign(cast.db, SYSTEM, cid).latest_proposal
    assert proposal is not None
    step = flow.PresentationStep(document_id=proposal.documents[0].id, presented_on=PRESENTED_ON)
    move(cast, "executive", cid, S.PRESENTED, step)
    return cid


@pytest.mark.parametrize("target", [S.APPROVED, S.CHANGES_REQUESTED, S.REJECTED])
def test_the_decision_date_starts_at_the_presentation(
    qtbot: QtBot, cast: Cast, target: CampaignStatus
) -> None:
    cid = _presented(cast)
    detail = get_campaign(cast.db, SYSTEM, cid)
    ops = Operations(cast.db, cast.actor("executive"), synchronous=True)
    choices = account_choices(cast.db, SYSTEM, cast.account_id)
    today = date.today()
    dialog = ClientDecisionDialog(
        ops, detail, target, detail.version, choices, locale=QLocale("es_ES"), today=today
    )
    qtbot.addWidget(dialog)
    assert dialog.decided_on.minimumDate().toPython() == min(PRESENTED_ON, today)
    assert dialog.decided_on.maximumDate().toPython() == today
    ops.shutdown()


def test_a_day_the_box_offers_is_one_the_service_takes(qtbot: QtBot, cast: Cast) -> None:
    """The earliest day offered is accepted: the floor is the service's, not a guess."""
    cid = _presented(cast)
    detail = get_campaign(cast.db, SYSTEM, cid)
    ops = Operations(cast.db, cast.actor("executive"), synchronous=True)
    choices = account_choices(cast.db, SYSTEM, cast.account_id)
    dialog = ClientDecisionDialog(
        ops, detail, S.APPROVED, detail.version, choices, locale=QLocale("es_ES")
    )
    qtbot.addWidget(dialog)
    dialog.decided_on.setDate(dialog.decided_on.minimumDate())
    step = dialog.step()
    assert step.decided_on == PRESENTED_ON
    move(cast, "executive", cid, S.APPROVED, step)
    assert get_campaign(cast.db, SYSTEM, cid).status is S.APPROVED
    ops.shutdown()
