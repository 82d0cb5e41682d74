"""Undoing a timeline drag through the real services, on SQLite and PostgreSQL: the undo
writes the old dates only while the tasks are as the drag (or the last undo or redo of
it) left them; another workstation's save of one of them meanwhile refuses the undo as a
conflict and keeps that save (`ui/widgets/undo.py`: it never overwrites their work)."""

from __future__ import annotations

from datetime import date, timedelta

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


def test_undoing_a_drag_after_someone_else_saved_new_dates_is_refused(cast: Cast) -> None:
    campaign, a, b = _net(cast)
    me = cast.actor("executive")
    moved = task_dates.reschedule_step(cast.db, me, a, D(2026, 3, 4))
    assert set(moved.before) == set(moved.after) == {a, b}
    # another workstation (the supervisor's) saves new dates for Rodaje: +20 days
    theirs = (D(2026, 3, 7) + timedelta(days=20), D(2026, 3, 8) + timedelta(days=20))
    tasks.update_task(
        cast.db, cast.actor("supervisor"), b,
        TaskInput("Rodaje", *theirs, depends_on={a: 0}),
    )  # fmt: skip
    with pytest.raises(Conflict) as refused:
        task_dates.put_dates(cast.db, me, (campaign, moved.before), moved.versions)
    assert refused.value.code == "record.stale"
    assert _dates(cast, campaign) == {a: (D(2026, 3, 4), D(2026, 3, 6)), b: theirs}


def test_an_undo_and_its_redo_go_through_while_nobody_else_saved(cast: Cast) -> None:
    campaign, a, _b = _net(cast)
    me = cast.actor("executive")
    original = _dates(cast, campaign)
    moved = task_dates.reschedule_step(cast.db, me, a, D(2026, 3, 4))
    undone = task_dates.put_dates(cast.db, me, (campaign, moved.before), moved.versions)
    assert _dates(cast, campaign) == original
    redone = task_dates.put_dates(cast.db, me, (campaign, moved.after), undone.versions)
    assert _dates(cast, campaign) == moved.after
    # the redo left the tasks at a version the undo before it no longer holds
    with pytest.raises(Conflict):
        task_dates.put_dates(cast.db, me, (campaign, moved.before), undone.versions)
    task_dates.put_dates(cast.db, me, (campaign, moved.before), redone.versions)
    assert _dates(cast, campaign) == original


def test_undoing_a_drag_of_a_task_deleted_meanwhile_is_refused(cast: Cast) -> None:
    campaign, a, b = _net(cast)
    me = cast.actor("executive")
    moved = task_dates.reschedule_step(cast.db, me, b, D(2026, 3, 9))
    tasks.delete_task(cast.db, cast.actor("supervisor"), b)
    with pytest.raises(Conflict):
        task_dates.put_dates(cast.db, me, (campaign, moved.before), moved.versions)
    assert _dates(cast, campaign) == {a: (D(2026, 3, 2), D(2026, 3, 4))}
