"""Approval thresholds in the agency's currency: dated exchange rates kept by the
administrator, and a budget in MXN compared through the rate in force on the campaign's
day — on both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from campaign_world import Cast, add_proposal, build_cast, move, ready_for_development
from factories import audit_events

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import messages
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Campaign
from agencia.domain.enums import CampaignKind, CampaignStatus, Role
from agencia.domain.errors import PermissionDenied, ValidationError
from agencia.services.agency import rates
from agencia.services.campaigns import approvals, flow
from agencia.services.campaigns.campaign_edit import (
    CampaignInput,
    create_campaign,
    update_campaign,
)
from agencia.services.campaigns.campaign_input import input_from_detail
from agencia.services.campaigns.queries import get_campaign

S = CampaignStatus
START = date(2026, 1, 10)  # the campaigns' start: the day whose rate converts the budget


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _campaign(cast: Cast, budget: str, currency: str = "MXN") -> int:
    return create_campaign(
        cast.db,
        cast.actor("executive"),
        CampaignInput(
            account_id=cast.account_id,
            name=f"Lanzamiento {currency} {budget}",
            brand_id=cast.brand_id,
            kind=CampaignKind.LAUNCH,
            budget=budget,
            currency=currency,
            start_date=START,
            deadline=date(2026, 12, 20),
        ),
    ).id


def _to_review(cast: Cast, cid: int) -> None:
    ready_for_development(cast, cid)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    add_proposal(cast, cid)
    move(cast, "executive", cid, S.INTERNAL_REVIEW)


def _level(cast: Cast, cid: int) -> Role:
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        campaign = uow.session.get(Campaign, cid)
        assert campaign is not None
        return approvals.required_role(uow, campaign)


def test_the_administrator_keeps_dated_rates_and_the_trail_says_so(cast: Cast) -> None:
    rates.set_rate(cast.db, cast.admin, "mxn", "0.05", date(2025, 1, 1))
    rates.set_rate(cast.db, cast.admin, "MXN", Decimal("0.048"), date(2026, 1, 1))
    rates.set_rate(cast.db, cast.admin, "ARS", "0,001", date(2026, 1, 1))
    again = rates.set_rate(cast.db, cast.admin, "MXN", "0.049", date(2026, 1, 1))  # replaces
    rows = rates.list_rates(cast.db, cast.actor("executive"))  # anyone may read them
    assert [(r.currency, r.rate, r.valid_from) for r in rows] == [
        ("ARS", Decimal("0.001"), date(2026, 1, 1)),
        ("MXN", Decimal("0.049"), date(2026, 1, 1)),
        ("MXN", Decimal("0.05"), date(2025, 1, 1)),
    ]
    assert rows[1].id == again.id and rows[1].agency_currency == "EUR"
    assert rows[1].as_json()["rate"] == "0.049"
    trail = [e for e in audit_events(cast.db, "agency") if "exchange_rate" in e.changes]
    assert [e.changes["exchange_rate"] for e in trail] == [
        [None, "0.05"],
        [None, "0.048"],
        [None, "0.001"],
        ["0.048", "0.049"],
    ]
    assert trail[-1].summary == "1 MXN = 0.049 EUR (2026-01-01)"


@pytest.mark.parametrize(
    ("currency", "rate", "field", "code"),
    [
        ("EUR", "1", "currency", "rate.currency_is_agency"),
        ("XYZ", "1", "currency", "field.currency"),
        ("", "1", "currency", "field.required"),
        ("MXN", "0", "rate", "rate.positive"),
        ("MXN", "-2", "rate", "rate.positive"),
        ("MXN", "abc", "rate", "field.amount"),
        ("MXN", "0.123456789", "rate", "rate.precision"),
        ("MXN", "1e12", "rate", "field.amount"),
    ],
)
def test_a_rate_that_makes_no_sense_is_refused_by_field(
    cast: Cast, currency: str, rate: str, field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        rates.set_rate(cast.db, cast.admin, currency, rate)
    assert info.value.field_errors[field][0] == code


@pytest.mark.parametrize("day", [date(1800, 1, 1), date(1899, 12, 31), date(2200, 1, 1)])
def test_a_rate_is_dated_within_the_years_every_date_keeps(cast: Cast, day: date) -> None:
    """`rates set MXN 0.05 --from 1800-01-01` is a typo that would rule every budget since."""
    with pytest.raises(ValidationError) as info:
        rates.set_rate(cast.db, cast.admin, "MXN", "0.05", day)
    assert info.value.field_errors["valid_from"] == (
        "field.date_range",
        {"first": 1900, "last": 2199},
    )
    assert rates.list_rates(cast.db, cast.admin) == []
    rates.set_rate(cast.db, cast.admin, "MXN", "0.05", date(1900, 1, 1))


@pytest.mark.parametrize("who", ["director", "manager", "executive"])
def test_only_the_administrator_sets_a_rate(cast: Cast, who: str) -> None:
    with pytest.raises(PermissionDenied):
        rates.set_rate(cast.db, cast.actor(who), "MXN", "0.05")
    assert rates.list_rates(cast.db, cast.admin) == []


def test_a_budget_is_compared_in_the_agencys_currency(cast: Cast) -> None:
    """2,400,000 MXN at 0.05 is 120,000 EUR: a manager's level, not a director's."""
    cid = _campaign(cast, "2400000")
    rates.set_rate(cast.db, cast.admin, "MXN", "0.05", date(2025, 6, 1))
    assert _level(cast, cid) is Role.ACCOUNT_MANAGER
    rates.set_rate(cast.db, cast.admin, "MXN", "0.02", date(2026, 1, 1))  # in force on START
    assert _level(cast, cid) is Role.ACCOUNT_SUPERVISOR
    rates.set_rate(cast.db, cast.admin, "MXN", "0.10", date(2026, 2, 1))  # after START
    assert _level(cast, cid) is Role.ACCOUNT_SUPERVISOR
    _to_review(cast, cid)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())
    detail = get_campaign(cast.db, SYSTEM, cid)
    assert detail.required_role is Role.ACCOUNT_SUPERVISOR
    assert detail.approvals[-1].required_role == Role.ACCOUNT_SUPERVISOR.value


def test_a_budget_in_the_agencys_currency_needs_no_rate(cast: Cast) -> None:
    cid = _campaign(cast, "40000", currency="EUR")
    assert _level(cast, cid) is Role.ACCOUNT_SUPERVISOR


def test_without_a_rate_only_a_director_approves_and_the_refusal_says_why(cast: Cast) -> None:
    cid = _campaign(cast, "10000")  # 10,000 MXN: a supervisor's, were there a rate
    rates.set_rate(cast.db, cast.admin, "MXN", "0.05", date(2026, 6, 1))  # not yet in force
    assert _level(cast, cid) is Role.ACCOUNT_DIRECTOR
    _to_review(cast, cid)
    for who in ("supervisor", "manager"):
        with pytest.raises(PermissionDenied) as info:
            move(cast, who, cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())
        assert info.value.code == "approval.no_rate"
        assert info.value.params == {"currency": "MXN", "date": "2026-01-10"}
    move(cast, "director", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())


def test_an_approval_stops_covering_a_budget_that_can_no_longer_be_compared(
    cast: Cast,
) -> None:
    """Approved by a supervisor in MXN; the budget moved to a currency without a rate: back
    to internal review, saying that there is no rate (not that the budget went up)."""
    rates.set_rate(cast.db, cast.admin, "MXN", "0.05", date(2025, 1, 1))
    cid = _campaign(cast, "10000")
    _to_review(cast, cid)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())
    d = get_campaign(cast.db, SYSTEM, cid)
    data = replace(input_from_detail(d), currency="COP")
    update_campaign(cast.db, cast.actor("executive"), cid, data, d.version)
    after = get_campaign(cast.db, SYSTEM, cid)
    assert after.status is S.INTERNAL_REVIEW
    why = messages.render("review.rate_missing", {"currency": "COP"})
    assert after.changes[-1].comment == messages.render("review.back_to_review", {"why": why})
