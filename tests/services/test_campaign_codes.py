"""Campaign codes: one series a year for the whole agency, whoever creates the campaign
and whatever they may see (the server's row-level security is tested as two people in
tests/server/test_campaign_codes_on_server.py), and in number order past 9999."""

from __future__ import annotations

from datetime import date

from campaign_world import Cast, build_cast
from sqlalchemy import update

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Campaign
from agencia.domain.enums import CampaignKind
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.campaigns.queries import get_campaign


def _code(cast: Cast, who: str, account_id: int, year: int = 2026) -> str:
    new = create_campaign(
        cast.db,
        cast.actor(who),
        CampaignInput(
            account_id=account_id,
            name=f"Campaña de {who}",
            kind=CampaignKind.LAUNCH,
            budget="1000",
            start_date=date(year, 2, 1),
        ),
    ).id
    return get_campaign(cast.db, SYSTEM, new).row.code


def test_two_groups_share_one_series(db: Database) -> None:
    cast = build_cast(db)
    assert _code(cast, "executive", cast.account_id) == "C2026-0001"
    assert _code(cast, "executive_b", cast.other_account_id) == "C2026-0002"
    assert _code(cast, "executive", cast.account_id) == "C2026-0003"
    assert _code(cast, "executive_b", cast.other_account_id, 2027) == "C2027-0001"


def test_the_ten_thousandth_code_follows_the_9999th(db: Database) -> None:
    cast = build_cast(db)
    first = _code(cast, "executive", cast.account_id)
    with unit_of_work(db, SYSTEM) as uow:  # as if the year had had 9,999 campaigns
        uow.session.execute(
            update(Campaign).where(Campaign.code == first).values(code="C2026-9999")
        )
    assert _code(cast, "executive_b", cast.other_account_id) == "C2026-10000"
    assert _code(cast, "executive", cast.account_id) == "C2026-10001"
