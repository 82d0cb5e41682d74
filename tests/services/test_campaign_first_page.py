"""The campaigns list's first page read on its own, ahead of the IDs
(services/campaigns/first_page.py): the same rows, in the same order, as the first IDs of
the same query and their rows — for whoever asks (a director, another group's, an
executive, a junior, the administrator), «Mis campañas» or not, either direction; on
SQLite and PostgreSQL. And only for the queries it is meant for."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from campaign_world import Cast, build_cast, new_campaign
from factories import add_account, assign

from agencia.db.database import Database
from agencia.demo.campaigns import scale
from agencia.domain.enums import CampaignKind, CampaignStatus
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.campaigns.first_page import first_campaign_rows, reads_ahead
from agencia.services.campaigns.queries import CampaignQuery, campaign_rows, search_campaign_ids

WHO = ("director", "director_b", "executive", "executive_b", "junior", "admin")


@pytest.fixture
def cast(db: Database) -> Cast:
    cast = build_cast(db)
    new_campaign(cast)
    # an account outside the director's group that she leads, one whose team she is on,
    # and a campaign she owns there without deadline (listed last)
    led = add_account(db, "Seguros Norte", group_id=None, lead_id=cast.staff["director"])
    data = CampaignInput(account_id=led, name="Seguros", kind=CampaignKind.LAUNCH, budget="900")
    create_campaign(db, cast.actor("director"), data)
    banco = CampaignInput(
        account_id=cast.other_account_id,
        name="Banco",
        kind=CampaignKind.LAUNCH,
        budget="500",
        deadline=date(2026, 6, 1),
    )
    create_campaign(db, cast.actor("executive_b"), banco)
    assign(db, cast.other_account_id, cast.staff["director"])  # now on its team
    with db.writer.connect() as connection, connection.begin():
        scale.fill_at_scale(connection, date(2026, 3, 1), total=41)
    return cast


def test_the_first_page_is_the_lists_first_rows_for_everyone(cast: Cast) -> None:
    compared = 0
    for who in WHO:
        actor = cast.actor(who)
        for mine in (False, True):
            for descending in (False, True):
                query = CampaignQuery(mine=mine, descending=descending)
                assert reads_ahead(query)
                ids = search_campaign_ids(cast.db, actor, query)
                for limit in (1, 7, 200):
                    rows = first_campaign_rows(cast.db, actor, query, limit)
                    assert [r.id for r in rows] == ids[:limit], (who, query, limit)
                    assert rows == campaign_rows(cast.db, actor, ids[:limit])
                    compared += len(rows)
    assert compared > 200  # lists with rows, not only empty ones


def test_the_director_sees_her_group_and_the_accounts_she_is_on_first(cast: Cast) -> None:
    director = cast.actor("director")
    everything = CampaignQuery()
    ids = search_campaign_ids(cast.db, director, everything)
    assert len(ids) > 3
    rows = first_campaign_rows(cast.db, director, everything, len(ids) + 5)
    assert [r.id for r in rows] == ids  # a page longer than the list: the whole list
    assert rows[-1].name == "Seguros"  # no deadline: last
    assert {r.account for r in rows} >= {"Seguros Norte", "Banco Andino"}
    others = first_campaign_rows(cast.db, cast.actor("executive_b"), everything, 200)
    assert {r.account for r in others} == {"Banco Andino"}


def test_only_queries_in_the_index_order_without_a_narrowing_filter_read_ahead() -> None:
    plain = CampaignQuery(mine=True)
    assert reads_ahead(plain) and reads_ahead(replace(plain, descending=True))
    for narrowed in (
        replace(plain, text="verano"),
        replace(plain, status=CampaignStatus.BRIEF),
        replace(plain, statuses=(CampaignStatus.LIVE,)),
        replace(plain, account_id=1),
        replace(plain, owner_id=1),
        replace(plain, open_only=True),
        replace(plain, awaiting="brief"),
        replace(plain, sort="name"),
    ):
        assert not reads_ahead(narrowed), narrowed
