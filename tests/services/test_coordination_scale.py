"""The large demo's tasks at scale (a thousand here: the same code as its 200,000) on
SQLite and PostgreSQL, and the schedules kept between reads: never one that a change
of the campaign's tasks or links has made stale."""

from __future__ import annotations

from datetime import date

import pytest
from campaign_world import Cast, build_cast, new_campaign
from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.demo.coordination import scale
from agencia.domain import schedule
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Campaign
from agencia.domain.coordination_enums import FINISHED
from agencia.domain.coordination_models import Task, TaskDependency
from agencia.domain.enums import Department
from agencia.services.coordination import queries, tasks
from agencia.services.coordination.tasks import TaskInput

D = date
TODAY = D(2026, 3, 1)


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def test_the_tasks_at_scale_are_bulk_inserted_with_their_links(cast: Cast) -> None:
    mine = cast.staff["junior"]
    with cast.db.writer.connect() as connection, connection.begin():
        scale.fill_at_scale(connection, TODAY, 0, mine=mine, count=1000)
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        count = uow.session.scalar(select(func.count(Task.id)))
        links = uow.session.execute(
            select(TaskDependency.task_id, TaskDependency.depends_on_id)
        ).all()
        made = uow.session.execute(select(Campaign.id, Campaign.status)).all()
    assert count == 1000 and len(made) == 2
    assert len(links) == 1000 - 2  # every task but each campaign's first waits for one
    graph: dict[int, list[int]] = {}
    for task_id, pred in links:
        graph.setdefault(task_id, []).append(pred)
    assert schedule.find_cycle(graph) is None
    mine_rows = queries.my_tasks(cast.db, cast.actor("junior"), TODAY)
    assert mine_rows and all(r.assignee_id == mine for r in mine_rows)
    assert all(r.status not in FINISHED for r in mine_rows)
    # the sequences moved past the rows written with their ids (PostgreSQL)
    campaign = new_campaign(cast)
    added = tasks.add_task(
        cast.db, cast.actor("executive"), campaign, TaskInput("Después", TODAY, TODAY)
    ).id
    assert added > max(t for t, _ in links)


def test_a_schedule_kept_between_reads_follows_every_change(cast: Cast) -> None:
    campaign = new_campaign(cast)
    me = cast.actor("executive")

    def add(title: str, start: date, due: date, after: dict[int, int] | None = None) -> int:
        data = TaskInput(title, start, due, team=Department.CREATIVE, depends_on=after or {})
        return tasks.add_task(cast.db, me, campaign, data).id

    def expected() -> dict[int, tuple[date, date]]:
        rows = queries.timeline(cast.db, me, campaign, TODAY).tasks
        return {r.id: (r.expected_start, r.expected_due) for r in rows}

    a = add("Guion", D(2026, 3, 2), D(2026, 3, 4))
    b = add("Bocetos", D(2026, 3, 3), D(2026, 3, 4))
    assert expected()[b] == (D(2026, 3, 3), D(2026, 3, 4))
    tasks.add_dependency(cast.db, me, b, a, 0)  # a link only: no task's field changes
    assert expected()[b] == (D(2026, 3, 5), D(2026, 3, 6))
    tasks.add_dependency(cast.db, me, b, a, 3)  # the same link, another lag
    assert expected()[b] == (D(2026, 3, 8), D(2026, 3, 9))
    tasks.reschedule(cast.db, me, a, D(2026, 3, 9), with_dependents=False)
    assert expected()[b] == (D(2026, 3, 15), D(2026, 3, 16))
    tasks.update_task(cast.db, me, b, TaskInput("Bocetos", D(2026, 3, 3), D(2026, 3, 4)))
    assert expected()[b] == (D(2026, 3, 3), D(2026, 3, 4))  # the link is gone
    tasks.delete_task(cast.db, me, b)
    c = add("Casting", D(2026, 3, 3), D(2026, 3, 4), {a: 0})  # may take b's id again
    assert expected() == {
        a: (D(2026, 3, 9), D(2026, 3, 11)),
        c: (D(2026, 3, 12), D(2026, 3, 13)),
    }
