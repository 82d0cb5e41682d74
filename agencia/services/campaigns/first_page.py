"""The campaigns list's first page, read on its own ahead of the list's IDs.

A director's list holds 16,805 of the large demo's 50,000 campaigns: reading every ID
(the count, the scroll bar's range, where each row is) scans the covering index
`ix_campaigns_list` whole and tests each row against the set of her 33,334 accounts,
built first — some 60 ms before anything can be shown. The first page needs none of
that: read in the list's own order off the same index, stopped after a page (LIMIT),
each row's visibility probed on its own account (the list's one rule,
`campaigns.access.listed_clause`, in its per-row form), it answers in a few
milliseconds, and the window shows it while the IDs are still on their way
(`CampaignListModel`).

Only where the index gives the list's order and the rows are not narrowed by a filter
that could make SQLite walk most of the index before a page is found (a rare status,
a word typed): there the IDs' own read is as quick, and the page comes with them.
"""

from __future__ import annotations

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.services.campaigns.queries import CampaignQuery, _row, _rows_query
from agencia.services.campaigns.views import CampaignRow


def reads_ahead(query: CampaignQuery) -> bool:
    """Whether `query`'s first page is quicker read alone than with its IDs: the list in
    the index's order (by deadline), nothing narrowing it but «Mis campañas»."""
    return (
        query.sort == "deadline"
        and not query.text.strip()
        and query.status is None
        and not query.statuses
        and query.account_id is None
        and query.owner_id is None
        and not query.open_only
        and not query.awaiting
    )


def first_campaign_rows(
    db: Database, actor: Actor, query: CampaignQuery, limit: int
) -> list[CampaignRow]:
    """The first `limit` rows of the list `query` describes, in its order: the rows its
    IDs would start with (the same filters and order as `search_campaign_ids`)."""
    with unit_of_work(db, actor, write=False) as uow:
        stmt = _rows_query(uow, query, per_row=True).limit(limit)
        return [_row(*found) for found in uow.session.execute(stmt)]
