"""Pendientes lists a bounded number of approvals: of each urgency group the `LISTED` most
urgent, and one «y N más» item per kind that counts the others exactly — checked against
every approval the person may give (`_approvals`), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from campaign_world import build_cast

from agencia.areas import count_pending, pending_for
from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.demo.campaigns import scale
from agencia.domain.areas import AreaId
from agencia.domain.messages import render
from agencia.services.campaigns.pending import LISTED, _approvals, bounded
from agencia.services.pending.items import PendingItem, urgency, weight

APPROVALS = ("approve_brief", "approve_proposal")
MORE = {"approve_brief_more": "approve_brief", "approve_proposal_more": "approve_proposal"}


def test_a_director_sees_the_most_urgent_approvals_and_how_many_more(db: Database) -> None:
    cast = build_cast(db)
    today = date.today()
    with db.writer.connect() as connection, connection.begin():
        scale.fill_at_scale(connection, today, total=1200)
    director = cast.actor("director")
    with unit_of_work(db, director, write=False) as uow:
        every = _approvals(uow, today)
    items = pending_for(db, director, today)
    listed = [i for i in items if i.kind in APPROVALS]
    more = [i for i in items if i.kind in MORE]
    assert more, "the agency at scale has more approvals than are listed"

    # each group: at most LISTED approvals listed, and the counts exact for every kind
    want = Counter((urgency(i, today), i.kind) for i in every)
    got = Counter((urgency(i, today), i.kind) for i in listed)
    for line in more:
        got[(urgency(line, today), MORE[line.kind])] += line.more
        assert line.more > 0 and line.campaign_id == 0 and line.area is AreaId.CAMPAIGNS
        code = "briefs" if line.kind == "approve_brief_more" else "proposals"
        assert line.title == render(f"pending.{code}_more", {"n": line.more})
    assert got == want
    per_group = Counter(urgency(i, today) for i in listed)
    assert max(per_group.values()) == LISTED
    assert len(more) <= 2 * len(per_group)  # one per kind and group at most

    # the listed ones are the most urgent of their group: none left out is more urgent
    left_out = set(every) - set(listed)
    for group in per_group:
        shown = [i for i in listed if urgency(i, today) == group]
        hidden = [i for i in left_out if urgency(i, today) == group]
        if hidden:
            latest = max(i.due or date.max for i in shown)
            assert all((i.due or date.max) >= latest for i in hidden), group

    # the rail's badge counts every approval, listed or not
    others = sum(1 for i in items if i.kind not in APPROVALS and i.kind not in MORE)
    assert count_pending(db, director, today) == len(every) + others
    assert sum(weight(i) for i in items) == len(every) + others


def _approval(n: int, due: date | None, kind: str = "approve_brief") -> PendingItem:
    today = date(2026, 12, 7)
    return PendingItem(
        AreaId.CAMPAIGNS, kind, n, f"C{n:03}", "A", "Brief v1", due, due is not None and due < today
    )


def test_the_more_line_stays_in_its_group_and_few_approvals_are_all_listed() -> None:
    monday = date(2026, 12, 7)
    late = [_approval(n, monday - timedelta(days=n + 1)) for n in range(5)]
    proposals = [
        _approval(10 + n, monday - timedelta(days=1), "approve_proposal") for n in range(4)
    ]
    undated = [_approval(20 + n, None) for n in range(3)]
    out = bounded([*late, *proposals, *undated], monday, listed=3)
    assert [i.campaign_id for i in out if i.kind == "approve_brief" and i.overdue] == [4, 3, 2]
    lines = {i.kind + ("-late" if i.overdue else "-later"): i for i in out if i.more}
    # overdue: 5 briefs and 4 proposals, the 3 most overdue listed; the rest, by kind
    assert set(lines) == {"approve_brief_more-late", "approve_proposal_more-late"}
    assert lines["approve_brief_more-late"].more == 2
    assert lines["approve_proposal_more-late"].more == 4
    assert urgency(lines["approve_brief_more-late"], monday) == "overdue"
    assert sum(weight(i) for i in out) == 12
    assert bounded(undated, monday, listed=3) == undated  # nothing beyond: no line added
