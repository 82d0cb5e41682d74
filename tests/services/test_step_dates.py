"""The days a person types for a step of the campaign's life stay within what the step
follows: the approval trail is append-only, so a typo (1900, or 2016 for 2026) entered
there could never be put right."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from campaign_world import (
    PROPOSAL_PDF,
    Cast,
    add_proposal,
    build_cast,
    move,
    new_campaign,
    ready_for_development,
)
from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Approval
from agencia.domain.enums import ApprovalStage, CampaignStatus, Channel
from agencia.domain.errors import ValidationError
from agencia.domain.messages import render
from agencia.services.campaigns import flow
from agencia.services.campaigns.documents import DocumentInput

S = CampaignStatus
START = date(2026, 1, 10)  # new_campaign's start date


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _ready_for_client(cast: Cast) -> int:
    cid = new_campaign(cast)
    ready_for_development(cast, cid)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    add_proposal(cast, cid)
    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    return cid


def _presentation(day: date) -> flow.PresentationStep:
    return flow.PresentationStep(
        upload=DocumentInput("presentacion.pdf", PROPOSAL_PDF), presented_on=day
    )


def _client_decisions(cast: Cast, cid: int) -> int:
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        return uow.session.execute(
            select(func.count())
            .select_from(Approval)
            .where(Approval.campaign_id == cid, Approval.stage == ApprovalStage.CLIENT)
        ).scalar_one()


def test_a_presentation_is_not_dated_before_the_campaign_began(cast: Cast) -> None:
    cid = _ready_for_client(cast)
    earliest = min(date.today(), START)  # created today, started on START
    for typo in (date(1900, 1, 1), earliest - timedelta(days=1)):
        with pytest.raises(ValidationError) as refused:
            move(cast, "executive", cid, S.PRESENTED, _presentation(typo))
        code, params = refused.value.field_errors["presented_on"]
        assert code == "campaign.presented_before_start"
        assert params == {"date": earliest.isoformat()}
    said = render(code, params, "es")
    assert f"del {earliest.isoformat()} en adelante" in said
    assert f"from {earliest.isoformat()} on" in render(code, params, "en")
    move(cast, "executive", cid, S.PRESENTED, _presentation(earliest))


def test_a_client_decision_is_not_dated_before_the_presentation(cast: Cast) -> None:
    """The tester's case: presented today, decided «1 Jan 1900» — refused, and nothing
    enters the trail; the day of the presentation itself is fine."""
    cid = _ready_for_client(cast)
    presented = date.today()
    move(cast, "executive", cid, S.PRESENTED, _presentation(presented))
    for typo in (date(1900, 1, 1), presented - timedelta(days=1)):
        step = flow.ClientDecisionStep(cast.contact_id, typo, Channel.EMAIL, "De acuerdo")
        with pytest.raises(ValidationError) as refused:
            move(cast, "executive", cid, S.APPROVED, step)
        code, params = refused.value.field_errors["decided_on"]
        assert (code, params) == (
            "approval.decided_before_presented",
            {"date": presented.isoformat()},
        )
    assert f"del {presented.isoformat()} en adelante" in render(code, params, "es")
    assert f"from {presented.isoformat()} on" in render(code, params, "en")
    assert _client_decisions(cast, cid) == 0
    step = flow.ClientDecisionStep(cast.contact_id, presented, Channel.EMAIL, "De acuerdo")
    move(cast, "executive", cid, S.APPROVED, step)
    assert _client_decisions(cast, cid) == 1


def test_a_decision_on_a_presentation_of_the_past_goes_back_to_its_day(cast: Cast) -> None:
    """Recorded afterwards: presented on the campaign's start, decided a day later."""
    cid = _ready_for_client(cast)
    earliest = min(date.today() - timedelta(days=1), START)
    move(cast, "executive", cid, S.PRESENTED, _presentation(earliest))
    step = flow.ClientDecisionStep(cast.contact_id, earliest, Channel.PHONE, "Sí")
    move(cast, "executive", cid, S.APPROVED, step)
