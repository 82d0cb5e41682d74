"""An amount is kept as typed or refused, never rounded: `campaign add --budget 0.001` was
kept as 0.00. One rule (`validation.money`) for every amount people type — budgets, the
brief's, media plan lines, vendor quotes and invoices — by the currency's decimals
(Babel's: CLP none, EUR two)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from campaign_world import BRIEF, Cast, build_cast, new_campaign, version

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import SYSTEM
from agencia.domain.coordination_enums import VendorCategory
from agencia.domain.enums import CampaignKind, MediaChannel
from agencia.domain.errors import ValidationError
from agencia.domain.messages import render
from agencia.domain.models import Account
from agencia.services.campaigns.briefs import save_brief
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.campaigns.media_plan import PlanLineInput, save_plan
from agencia.services.coordination import jobs, vendors
from agencia.services.coordination.jobs import JobInput
from agencia.services.coordination.vendors import VendorInput


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _create(cast: Cast, budget: str, currency: str = "") -> int:
    data = CampaignInput(
        account_id=cast.account_id,
        name=f"Lanzamiento {budget}",
        brand_id=cast.brand_id,
        kind=CampaignKind.LAUNCH,
        budget=budget,
        currency=currency,
        start_date=date(2026, 1, 10),
    )
    return create_campaign(cast.db, cast.actor("executive"), data).id


def _refused(call: object, *args: object) -> tuple[str, tuple[str, dict[str, object]]]:
    with pytest.raises(ValidationError) as refused:
        call(*args)  # type: ignore[operator]
    [(field, reason)] = refused.value.field_errors.items()
    return field, reason


@pytest.mark.parametrize(
    ("currency", "places"), [("EUR", 2), ("usd", 2), ("MXN", 2), ("CLP", 0), ("KWD", 2)]
)
def test_a_currency_has_the_decimals_babel_gives_it_at_most_the_columns(
    currency: str, places: int
) -> None:
    assert v.currency_places(currency) == places
    assert v.currency_places("") == 2


def test_a_budget_with_more_decimals_than_its_currency_is_refused(cast: Cast) -> None:
    field, (code, params) = _refused(_create, cast, "0.001", "EUR")
    assert (field, code) == ("budget", "field.amount_decimals")
    assert render(code, params, "es").startswith("Un importe en EUR lleva como máximo 2 decimales")
    assert "0.001" in render(code, params, "en")
    field, (code, _) = _refused(_create, cast, "1500.5", "CLP")
    assert (field, code) == ("budget", "field.amount_whole")
    _create(cast, "1500", "CLP")
    _create(cast, "1500.00", "CLP")  # written with zero cents: the same whole amount
    _create(cast, "48500.5", "EUR")  # kept as 48500.50


def test_the_accounts_currency_known_only_later_is_the_one_that_counts(cast: Cast) -> None:
    with unit_of_work(cast.db, SYSTEM) as uow:
        account = uow.session.get(Account, cast.account_id)
        assert account is not None
        account.currency = "CLP"
    field, (code, params) = _refused(_create, cast, "1500.5")
    assert (field, code, params["currency"]) == ("budget", "field.amount_whole", "CLP")


def test_the_briefs_budget_and_a_plan_line_follow_the_same_rule(cast: Cast) -> None:
    cid = new_campaign(cast)  # in EUR
    me = cast.actor("executive")
    brief = replace(BRIEF, budget="0.001")
    field, (code, _) = _refused(save_brief, cast.db, me, cid, brief, None)
    assert (field, code) == ("budget", "field.amount_places")  # read before the campaign
    line = PlanLineInput(MediaChannel.TV, "Spot 20″", "1200.005")
    field, (code, _) = _refused(save_plan, cast.db, me, cid, [line], version(cast, cid))
    assert (field, code) == ("lines.0.amount", "field.amount_places")
    chilean = _create(cast, "900000", "CLP")
    line = replace(line, amount="1200.5")
    field, (code, _) = _refused(save_plan, cast.db, me, chilean, [line], version(cast, chilean))
    assert (field, code) == ("lines.0.amount", "field.amount_whole")
    save_plan(cast.db, me, chilean, [replace(line, amount="1200")], version(cast, chilean))
    brief = replace(BRIEF, budget="900000.5")
    field, (code, _) = _refused(save_brief, cast.db, me, chilean, brief, None)
    assert (field, code) == ("budget", "field.amount_whole")


def test_a_vendors_quote_follows_the_same_rule(cast: Cast) -> None:
    me = cast.actor("executive")
    vendor = vendors.add_vendor(
        cast.db, me, VendorInput(name="Imprenta Sánchez", category=VendorCategory.PRINTER)
    ).id
    cid = new_campaign(cast)
    field, (code, _) = _refused(jobs.add_job, cast.db, me, cid, JobInput(vendor, "Lonas", "0,001"))
    assert (field, code) == ("quote", "field.amount_places")
    chilean = _create(cast, "900000", "CLP")
    job = JobInput(vendor, "Lonas", "150000,5")
    field, (code, _) = _refused(jobs.add_job, cast.db, me, chilean, job)
    assert (field, code) == ("quote", "field.amount_whole")
    assert jobs.validate_job(JobInput(vendor, "Lonas", "abc")) == {"quote": ("job.amount", {})}
    jobs.add_job(cast.db, me, chilean, replace(job, quote="150000"))
