"""Whom the campaigns list shows to someone who sees a whole group (a director): the
group's campaigns and those of the accounts outside it that they lead or are on the team
of — tested against a set of account IDs, not each joined account (access.listed_clause)
— and «Mis campañas» only the led, team and owned ones; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from campaign_world import Cast, build_cast, new_campaign
from factories import add_account, assign

from agencia.db.database import Database
from agencia.domain.enums import CampaignKind
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.campaigns.queries import (
    SORTS,
    CampaignQuery,
    list_campaigns,
    search_campaign_ids,
)


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _campaign(cast: Cast, who: str, account_id: int, name: str, deadline: date | None) -> int:
    data = CampaignInput(
        account_id=account_id, name=name, kind=CampaignKind.LAUNCH, budget="1000", deadline=deadline
    )
    return create_campaign(cast.db, cast.actor(who), data).id


def test_a_director_lists_her_group_and_the_accounts_she_is_on(cast: Cast) -> None:
    director = cast.actor("director")
    ours = new_campaign(cast, name="Verano")  # group A, deadline 20 Dec
    theirs = _campaign(
        cast, "director_b", cast.other_account_id, "Banco sin fecha", None
    )  # group B
    led = add_account(cast.db, "Seguros Norte", group_id=None, lead_id=cast.staff["director"])
    hers = _campaign(cast, "director", led, "Seguros en marzo", date(2026, 3, 1))
    assert search_campaign_ids(cast.db, director, CampaignQuery()) == [hers, ours]
    assert search_campaign_ids(cast.db, director, CampaignQuery(mine=True)) == [hers]
    assert search_campaign_ids(cast.db, cast.actor("director_b"), CampaignQuery()) == [theirs]

    assign(cast.db, cast.other_account_id, cast.staff["director"])  # now on its team
    everything = search_campaign_ids(cast.db, director, CampaignQuery())
    assert everything == [hers, ours, theirs]  # no deadline: last
    assert search_campaign_ids(cast.db, director, CampaignQuery(mine=True)) == [hers, theirs]
    for sort in SORTS:
        for descending in (False, True):
            query = CampaignQuery(sort=sort, descending=descending, mine=sort == "owner")
            rows = list_campaigns(cast.db, director, query)
            assert search_campaign_ids(cast.db, director, query) == [r.id for r in rows], query
    # whoever sees only their own accounts keeps the short path
    assert search_campaign_ids(cast.db, cast.actor("executive_b"), CampaignQuery()) == [theirs]
