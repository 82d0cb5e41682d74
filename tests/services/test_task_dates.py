"""Tasks put on new dates for the window's undo (`services/coordination/task_dates.py`),
on SQLite and PostgreSQL: each save expects every task at its own version — as the drag,
or the person's own later steps on one of them, left it — so a drag of several tasks
undoes after a later drag of one of them, and anyone else's save still refuses it."""

from __future__ import annotations

from datetime import date

import pytest
from campaign_world import Cast, build_cast, new_campaign

from agencia.db.database import Database
from agencia.domain.errors import Conflict
from agencia.services.coordination import queries, task_dates, tasks
from agencia.services.coordination.tasks import TaskInput

D = date
TODAY = D(2026, 3, 1)


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _dates(cast: Cast, campaign: int) -> dict[int, tuple[date, date]]:
    rows = queries.timeline(cast.db, cast.actor("executive"), campaign, TODAY).tasks
    return {r.id: (r.start, r.due) for r in rows}


def _net(cast: Cast) -> tuple[int, int, int]:
    """Guion (2–4 Mar) → Rodaje (5–6)."""
    campaign = new_campaign(cast)
    me = cast.actor("executive")
    a = tasks.add_task(cast.db, me, campaign, TaskInput("Guion", D(2026, 3, 2), D(2026, 3, 4)))
    b = tasks.add_task(
        cast.db, me, campaign,
        TaskInput("Rodaje", D(2026, 3, 5), D(2026, 3, 6), depends_on={a.id: 0}),
    )  # fmt: skip
    return campaign, a.id, b.id


def test_a_drag_undoes_after_a_later_drag_of_one_of_its_tasks(cast: Cast) -> None:
    campaign, a, b = _net(cast)
    me = cast.actor("executive")
    original = _dates(cast, campaign)
    both = task_dates.reschedule_step(cast.db, me, a, D(2026, 3, 4))
    assert set(both.versions) == {a, b}
    alone = task_dates.reschedule_step(cast.db, me, b, D(2026, 3, 12))
    assert set(alone.versions) == {b}
    undone = task_dates.put_dates(cast.db, me, (campaign, alone.before), alone.versions)
    assert _dates(cast, campaign) == both.after
    # Guion as the first drag left it, Rodaje as the undo just now left it
    expected = {**both.versions, **undone.versions}
    task_dates.put_dates(cast.db, me, (campaign, both.before), expected)
    assert _dates(cast, campaign) == original


def test_each_task_is_checked_on_its_own_version(cast: Cast) -> None:
    campaign, a, b = _net(cast)
    me = cast.actor("executive")
    both = task_dates.reschedule_step(cast.db, me, a, D(2026, 3, 4))
    # the sums agree (one more on Guion, one less on Rodaje): still someone else's save
    shifted = {a: both.versions[a] + 1, b: both.versions[b] - 1}
    with pytest.raises(Conflict) as refused:
        task_dates.put_dates(cast.db, me, (campaign, both.before), shifted)
    assert refused.value.code == "record.stale"
    assert _dates(cast, campaign) == both.after
