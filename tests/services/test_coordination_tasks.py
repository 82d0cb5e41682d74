"""Tasks of a campaign through the real services, on SQLite and PostgreSQL: dependencies
and cycles, done only after what a task waits for, rescheduling with dependents (one
write, undone as one), the timeline's critical path and expected end, at risk and
overdue, Pendientes, next steps made tasks, and who may do what."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from campaign_world import Cast, build_cast, new_campaign
from factories import audit_events
from sqlalchemy import select

from agencia import areas
from agencia.db.database import Database
from agencia.db.uow import recording, unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import NextStep
from agencia.domain.changes import ChangeKind
from agencia.domain.coordination_enums import MilestoneKind, TaskStatus
from agencia.domain.coordination_models import Task
from agencia.domain.enums import Department
from agencia.domain.errors import PermissionDenied, ValidationError
from agencia.services.campaigns.meetings import MeetingInput, NextStepInput, save_meeting
from agencia.services.coordination import capacity, queries, tasks
from agencia.services.coordination.milestones import add_milestones
from agencia.services.coordination.next_steps import task_from_next_step
from agencia.services.coordination.tasks import TaskInput

D = date
TODAY = D(2026, 3, 1)


def _task(
    cast: Cast,
    campaign: int,
    title: str,
    start: date,
    due: date,
    *,
    who: str = "executive",
    after: dict[int, int] | None = None,
    assignee: str | None = None,
    hours: str = "8",
) -> int:
    data = TaskInput(
        title=title,
        start_on=start,
        due_on=due,
        team=Department.CREATIVE,
        assignee_id=cast.staff[assignee] if assignee else None,
        estimated_hours=hours,
        depends_on=after or {},
    )
    return tasks.add_task(cast.db, cast.actor(who), campaign, data).id


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _net(cast: Cast) -> tuple[int, dict[str, int]]:
    """A (2–4 Mar) → B (5–6) ; A → C with two days' lag (7) ; B, C → D (8–9)."""
    campaign = new_campaign(cast)
    t: dict[str, int] = {}
    t["a"] = _task(cast, campaign, "Guion", D(2026, 3, 2), D(2026, 3, 4))
    t["b"] = _task(cast, campaign, "Bocetos", D(2026, 3, 5), D(2026, 3, 6), after={t["a"]: 0})
    t["c"] = _task(cast, campaign, "Casting", D(2026, 3, 7), D(2026, 3, 7), after={t["a"]: 2})
    t["d"] = _task(
        cast, campaign, "Rodaje", D(2026, 3, 8), D(2026, 3, 9), after={t["b"]: 0, t["c"]: 0}
    )
    return campaign, t


def test_a_dependency_cycle_is_refused_and_nothing_is_written(cast: Cast) -> None:
    campaign, t = _net(cast)
    before = len(audit_events(cast.db, "task"))
    with pytest.raises(ValidationError) as refused:
        tasks.add_dependency(cast.db, cast.actor("executive"), t["a"], t["d"])
    code, params = refused.value.field_errors["depends_on"]
    assert code == "task.cycle"
    assert params["path"].startswith("Guion") and "Rodaje" in params["path"]
    assert len(audit_events(cast.db, "task")) == before
    timeline = queries.timeline(cast.db, cast.actor("executive"), campaign, TODAY)
    assert {(d.task_id, d.depends_on_id) for d in timeline.dependencies} == {
        (t["b"], t["a"]),
        (t["c"], t["a"]),
        (t["d"], t["b"]),
        (t["d"], t["c"]),
    }


def test_a_task_of_another_campaign_cannot_be_a_predecessor(cast: Cast) -> None:
    _, t = _net(cast)
    other = new_campaign(cast, name="Otra")
    with pytest.raises(ValidationError) as refused:
        _task(cast, other, "Ajena", D(2026, 3, 1), D(2026, 3, 2), after={t["a"]: 0})
    assert refused.value.field_errors["depends_on"][0] == "task.other_campaign"


def test_done_only_after_what_it_depends_on(cast: Cast) -> None:
    _, t = _net(cast)
    me = cast.actor("executive")
    with pytest.raises(ValidationError) as refused:
        tasks.set_status(cast.db, me, t["b"], TaskStatus.DONE)
    assert refused.value.field_errors["status"] == ("task.predecessors_open", {"tasks": "Guion"})
    tasks.set_status(cast.db, me, t["a"], TaskStatus.DONE)
    tasks.set_status(cast.db, me, t["b"], TaskStatus.DONE)
    tasks.set_status(cast.db, me, t["c"], TaskStatus.CANCELLED)  # cancelled holds nothing up
    tasks.set_status(cast.db, me, t["d"], TaskStatus.DONE)
    moves = [e for e in audit_events(cast.db, "task") if e.action == "move"]
    assert [e.changes["status"] for e in moves][-1] == ["todo", "done"]


def test_the_timeline_has_its_critical_path_and_expected_end(cast: Cast) -> None:
    campaign, t = _net(cast)
    timeline = queries.timeline(cast.db, cast.actor("executive"), campaign, TODAY)
    assert timeline.critical_path == (t["a"], t["c"], t["d"])
    assert timeline.expected_end == D(2026, 3, 9)
    assert timeline.days_late == 0  # deadline 20 Dec
    assert timeline.may_plan
    rows = {r.id: r for r in timeline.tasks}
    assert [r.critical for r in (rows[t["a"]], rows[t["b"]])] == [True, False]
    assert not any(r.at_risk or r.overdue for r in rows.values())


def test_overdue_and_at_risk_follow_today(cast: Cast) -> None:
    campaign, t = _net(cast)
    me = cast.actor("executive")
    rows = {r.id: r for r in queries.timeline(cast.db, me, campaign, D(2026, 3, 6)).tasks}
    assert rows[t["a"]].overdue and not rows[t["a"]].at_risk
    assert rows[t["b"]].at_risk and rows[t["b"]].late_dependency  # A ends the 6th at best
    assert rows[t["b"]].expected_start == D(2026, 3, 7)
    late = queries.timeline(cast.db, me, campaign, D(2026, 3, 6))
    assert late.expected_end == D(2026, 3, 11)
    listed = queries.list_tasks(cast.db, me, queries.TaskQuery(overdue=True), D(2026, 3, 6))
    assert [r.id for r in listed] == [t["a"]]
    risky = queries.list_tasks(cast.db, me, queries.TaskQuery(at_risk=True), D(2026, 3, 6))
    assert {r.id for r in risky} == {t["b"], t["c"], t["d"]}


def test_rescheduling_moves_dependents_in_one_write_and_undoes_as_one(cast: Cast) -> None:
    campaign, t = _net(cast)
    me = cast.actor("executive")
    preview = tasks.preview_reschedule(cast.db, me, t["a"], D(2026, 3, 4))
    assert preview == {
        t["a"]: (D(2026, 3, 4), D(2026, 3, 6)),
        t["b"]: (D(2026, 3, 7), D(2026, 3, 8)),
        t["c"]: (D(2026, 3, 9), D(2026, 3, 9)),
        t["d"]: (D(2026, 3, 10), D(2026, 3, 11)),
    }
    with recording() as written:
        before = tasks.reschedule(cast.db, me, t["a"], D(2026, 3, 4))
    assert len(written) == 1 and written[0].ids_of(ChangeKind.TASK) == set(preview)
    assert before[t["d"]] == (D(2026, 3, 8), D(2026, 3, 9))
    rows = {r.id: r for r in queries.timeline(cast.db, me, campaign, TODAY).tasks}
    assert {k: (rows[k].start, rows[k].due) for k in preview} == preview
    tasks.set_dates(cast.db, me, campaign, before)  # the undo
    rows = {r.id: r for r in queries.timeline(cast.db, me, campaign, TODAY).tasks}
    assert (rows[t["d"]].start, rows[t["d"]].due) == (D(2026, 3, 8), D(2026, 3, 9))
    only = tasks.reschedule(cast.db, me, t["a"], D(2026, 3, 4), with_dependents=False)
    assert set(only) == {t["a"]}


def test_a_week_over_capacity_puts_its_tasks_at_risk_and_in_pendientes(cast: Cast) -> None:
    campaign = new_campaign(cast)
    junior = cast.staff["junior"]
    capacity.set_weekly_hours(cast.db, cast.admin, junior, "20")
    week = (D(2026, 3, 2), D(2026, 3, 6))
    first = _task(cast, campaign, "Banners", *week, assignee="junior", hours="12")
    second = _task(cast, campaign, "Mailing", *week, assignee="junior", hours="6")
    me = cast.actor("junior")
    rows = queries.my_tasks(cast.db, me, TODAY)
    assert [r.id for r in rows] == [first, second] and not any(r.at_risk for r in rows)
    capacity.add_absence(cast.db, me, junior, D(2026, 3, 5), D(2026, 3, 6), "Médico")
    rows = queries.my_tasks(cast.db, me, TODAY)
    assert all(r.at_risk and r.over_capacity for r in rows)  # 18 h against 12
    pending = [p for p in areas.pending_for(cast.db, me, TODAY) if p.kind == "task_at_risk"]
    assert {p.title for p in pending} == {"Banners", "Mailing"}
    overdue = areas.pending_for(cast.db, me, D(2026, 3, 9))
    assert {p.title for p in overdue if p.kind == "task_overdue"} == {"Banners", "Mailing"}
    assert all(p.overdue for p in overdue if p.kind == "task_overdue")


def test_who_may_plan_and_who_may_move_a_status(cast: Cast) -> None:
    campaign = new_campaign(cast)
    with pytest.raises(PermissionDenied):  # an assistant does not plan (role table)
        _task(cast, campaign, "No", D(2026, 3, 2), D(2026, 3, 3), who="assistant")
    with pytest.raises(PermissionDenied):  # another group's executive neither
        _task(cast, campaign, "No", D(2026, 3, 2), D(2026, 3, 3), who="executive_b")
    # the assignee (on the account's team, who does not plan) moves their own task's status
    mine = _task(cast, campaign, "Fotos", D(2026, 3, 2), D(2026, 3, 3), assignee="assistant")
    tasks.set_status(cast.db, cast.actor("assistant"), mine, TaskStatus.IN_PROGRESS)
    rows = queries.my_tasks(cast.db, cast.actor("assistant"), TODAY)
    assert [(r.id, r.status) for r in rows] == [(mine, TaskStatus.IN_PROGRESS)]
    other = _task(cast, campaign, "Otra", D(2026, 3, 2), D(2026, 3, 3))
    with pytest.raises(PermissionDenied):
        tasks.set_status(cast.db, cast.actor("assistant"), other, TaskStatus.DONE)


def test_milestones_follow_the_campaigns_life(cast: Cast) -> None:
    campaign = new_campaign(cast)
    me = cast.actor("executive")
    made = add_milestones(cast.db, me, campaign)
    assert len(made) == 6 and add_milestones(cast.db, me, campaign) == []
    timeline = queries.timeline(cast.db, me, campaign, TODAY)
    kinds = [r.milestone for r in timeline.tasks]
    assert kinds == list(MilestoneKind)
    assert timeline.tasks[-1].due == D(2026, 12, 20)
    assert timeline.critical_path == (made[-1],)  # the others have room before the next
    with unit_of_work(cast.db, SYSTEM) as uow:  # the campaign moves on (its own service's work)
        from agencia.domain.campaign_models import Campaign

        row = uow.session.get(Campaign, campaign)
        assert row is not None
        row.status = row.status.__class__("presented")
    statuses = {r.milestone: r.status for r in queries.timeline(cast.db, me, campaign, TODAY).tasks}
    assert statuses[MilestoneKind.PRESENTATION] is TaskStatus.DONE
    assert statuses[MilestoneKind.CLIENT_APPROVAL] is TaskStatus.TODO
    # a milestone's date moving shifts what depends on it
    replaced = tasks.reschedule(cast.db, me, made[3], D(2026, 11, 1))
    assert set(replaced) == {made[3], made[4]}  # go-live follows; the end (20 Dec) has room
    now = {r.id: r.start for r in queries.timeline(cast.db, me, campaign, TODAY).tasks}
    assert now[made[4]] == D(2026, 11, 1)


def test_a_next_step_becomes_a_task_with_one_action(cast: Cast) -> None:
    campaign = new_campaign(cast)
    me = cast.actor("executive")
    save_meeting(
        cast.db,
        me,
        campaign,
        MeetingInput(
            held_on=D(2026, 2, 20),
            subject="Arranque",
            next_steps=(
                NextStepInput(
                    "Enviar referencias de casting", cast.staff["junior"], None, D(2026, 3, 3)
                ),
            ),
        ),
    )
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        step_id = uow.session.scalar(select(NextStep.id))
    assert step_id is not None
    task_id = task_from_next_step(cast.db, me, step_id, TODAY).id
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        task = uow.session.get(Task, task_id)
        assert task is not None
        assert (task.title, task.assignee_id, task.start_on, task.due_on) == (
            "Enviar referencias de casting",
            cast.staff["junior"],
            D(2026, 3, 1),
            D(2026, 3, 3),
        )
        assert task.estimated_hours == Decimal(0)
        meeting_id = uow.session.scalar(select(NextStep.meeting_id))
        assert task.description == f"Arranque (#{meeting_id}.1)"  # the acta and the step
    # the same step again is refused, naming the task it already is
    with pytest.raises(ValidationError) as refused:
        task_from_next_step(cast.db, me, step_id, TODAY)
    assert refused.value.field_errors["next_step"] == (
        "next_step.already_task",
        {"title": "Enviar referencias de casting"},
    )
    # the acta tab finds the service through the list of areas, not by importing it
    assert areas.step_to_task() is task_from_next_step


def test_field_rules_say_why(cast: Cast) -> None:
    campaign = new_campaign(cast)
    bad = TaskInput(
        title=" ",
        start_on=D(2026, 3, 5),
        due_on=D(2026, 3, 1),
        team=Department.MEDIA,
        vendor_id=1,
        estimated_hours="muchas",
    )
    errors = tasks.validate_task(bad)
    assert set(errors) == {"title", "due_on", "vendor_id", "estimated_hours"}
    with pytest.raises(ValidationError):
        tasks.add_task(cast.db, cast.actor("executive"), campaign, bad)
