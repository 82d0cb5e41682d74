"""Review: a campaign saved back through `campaign_input.input_from_detail` (the form, its
conflict view) must not keep an internal approval that no longer covers it. The budget is
compared in the agency's currency at the rate in force on the campaign's start
(`approvals.rate_day`), so moving the start moves the level of approval it needs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from campaign_world import Cast, add_proposal, build_cast, move, ready_for_development

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import CampaignKind, CampaignStatus
from agencia.domain.errors import PermissionDenied
from agencia.services.agency import rates
from agencia.services.campaigns import flow
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign, update_campaign
from agencia.services.campaigns.campaign_input import input_from_detail
from agencia.services.campaigns.queries import get_campaign

S = CampaignStatus


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _approved_by_a_supervisor(cast: Cast) -> int:
    """1,000,000 MXN starting 2026-01-10, at 0.02 then: 20,000 EUR, a supervisor's."""
    rates.set_rate(cast.db, cast.admin, "MXN", "0.02", date(2026, 1, 1))
    rates.set_rate(cast.db, cast.admin, "MXN", "0.10", date(2026, 2, 1))  # 100,000 EUR
    cid = create_campaign(
        cast.db,
        cast.actor("executive"),
        CampaignInput(
            account_id=cast.account_id,
            name="Lanzamiento en pesos",
            brand_id=cast.brand_id,
            kind=CampaignKind.LAUNCH,
            budget="1000000",
            currency="MXN",
            start_date=date(2026, 1, 10),
            deadline=date(2026, 12, 20),
        ),
    ).id
    ready_for_development(cast, cid)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    add_proposal(cast, cid)
    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    return cid


@pytest.mark.parametrize(
    "start",
    [date(2026, 3, 1), date(2025, 6, 1)],
    ids=["rate-now-above-the-supervisor", "no-rate-in-force"],
)
def test_moving_the_start_after_approval_sends_it_back_to_review(cast: Cast, start: date) -> None:
    cid = _approved_by_a_supervisor(cast)
    d = get_campaign(cast.db, SYSTEM, cid)
    update_campaign(
        cast.db,
        cast.actor("executive"),
        cid,
        replace(input_from_detail(d), start_date=start),
        d.version,
    )
    after = get_campaign(cast.db, SYSTEM, cid)
    assert after.row.start_date == start
    # the supervisor's approval covers 20,000 EUR, not what the budget is worth now
    assert after.status is S.INTERNAL_REVIEW
    with pytest.raises(PermissionDenied):
        move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Otra"))
