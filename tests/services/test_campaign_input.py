"""A campaign read and saved back unchanged through `input_from_detail` changes nothing:
the one mapping the form, its conflict view and the server benchmark start an edit from."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from campaign_world import build_cast
from factories import audit_events

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import CampaignKind
from agencia.services.accounts.brands import add_product
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign, update_campaign
from agencia.services.campaigns.campaign_input import input_from_detail
from agencia.services.campaigns.queries import get_campaign


def test_a_campaign_saved_back_unchanged_changes_nothing(db: Database) -> None:
    cast = build_cast(db)
    executive = cast.actor("executive")
    products = tuple(
        add_product(db, SYSTEM, cast.brand_id, name).id for name in ("Limón", "Naranja")
    )
    campaign = create_campaign(
        db,
        executive,
        CampaignInput(
            account_id=cast.account_id,
            name="Lanzamiento de verano",
            brand_id=cast.brand_id,
            product_ids=products,
            kind=CampaignKind.LAUNCH,
            owner_id=cast.staff["executive"],
            budget="40000.50",
            currency="USD",
            start_date=date(2026, 1, 10),
            deadline=date(2026, 12, 20),
            may_be_shown=True,
        ),
    ).id
    before = get_campaign(db, executive, campaign)
    data = input_from_detail(before)
    # every field away from its default, so a field the mapping forgot would be saved as
    # its default and change the campaign
    defaults = CampaignInput(account_id=0, name="")
    same = [f.name for f in fields(data) if getattr(data, f.name) == getattr(defaults, f.name)]
    assert same == []
    trail = len(audit_events(db))

    result = update_campaign(db, executive, campaign, data, before.version)

    assert result.version == before.version
    assert len(audit_events(db)) == trail
    assert get_campaign(db, executive, campaign) == before
