"""A tester's findings on tasks and suppliers, through the real services: a task assigned
to someone who cannot see its campaign (or to the administrator), a task moved to start
before what it waits for ends, tasks added to closed campaigns, a milestone done at once
while what it waits for is open, and a supplier's jobs counted (and a rating's comment
shown) from a campaign the person cannot see."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from campaign_world import Cast, build_cast, move, new_campaign, ready_for_development
from factories import add_staff

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.coordination_enums import MilestoneKind, TaskStatus
from agencia.domain.enums import CampaignStatus, Department, Role
from agencia.domain.errors import DomainError, ValidationError
from agencia.domain.models import Staff
from agencia.services.campaigns import flow
from agencia.services.coordination import forms, jobs, queries, tasks, vendors
from agencia.services.coordination.jobs import JobInput
from agencia.services.coordination.tasks import TaskInput
from agencia.services.coordination.vendors import VendorInput

D = date


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _data(title: str, start: date, due: date, **more: object) -> TaskInput:
    return TaskInput(title=title, start_on=start, due_on=due, **more)  # type: ignore[arg-type]


def _add(cast: Cast, campaign: int, title: str, start: date, due: date, **more: object) -> int:
    return tasks.add_task(
        cast.db, cast.actor("executive"), campaign, _data(title, start, due, **more)
    ).id


def _person(cast: Cast, name: str, role: Role, department: Department) -> int:
    staff_id = add_staff(cast.db, name, role)
    with unit_of_work(cast.db, SYSTEM) as uow:
        person = uow.session.get(Staff, staff_id)
        assert person is not None
        person.department = department
    return staff_id


# -- 1. who may be a task's assignee ------------------------------------------------------------


def test_an_assignee_must_be_able_to_work_on_the_campaigns_account(cast: Cast) -> None:
    campaign = new_campaign(cast)
    admin = _person(cast, "Rosa Administradora", Role.ADMINISTRATOR, Department.ADMINISTRATION)
    refused = {
        cast.staff["executive_b"]: "task.assignee_not_on_team",  # the other group's
        cast.staff["director_b"]: "task.assignee_outside_group",
        admin: "task.assignee_role",  # sets up the agency, works on no account
    }
    for staff_id, code in refused.items():
        with pytest.raises(ValidationError) as why:
            _add(cast, campaign, "Ajena", D(2026, 12, 14), D(2026, 12, 16), assignee_id=staff_id)
        assert why.value.field_errors["assignee_id"][0] == code
    creative = _person(cast, "Nuria Creativa", Role.ASSISTANT, Department.CREATIVE)
    for ok in (cast.staff["assistant"], cast.staff["director"], creative):
        _add(cast, campaign, "Propia", D(2026, 12, 14), D(2026, 12, 16), assignee_id=ok)


def test_a_trainee_off_the_accounts_team_is_refused_and_on_reassigning_too(cast: Cast) -> None:
    campaign = new_campaign(cast)
    trainee = add_staff(cast.db, "Tomás Trainee", Role.TRAINEE, group_id=None)
    task = _add(cast, campaign, "Bocetos", D(2026, 12, 14), D(2026, 12, 16))
    with pytest.raises(ValidationError) as why:
        tasks.update_task(
            cast.db,
            cast.actor("executive"),
            task,
            _data("Bocetos", D(2026, 12, 14), D(2026, 12, 16), assignee_id=trainee),
        )
    assert why.value.field_errors["assignee_id"][0] == "task.assignee_not_on_team"


def test_the_task_form_offers_only_people_who_may_take_the_task(cast: Cast) -> None:
    campaign = new_campaign(cast)
    admin = _person(cast, "Rosa Administradora", Role.ADMINISTRATOR, Department.ADMINISTRATION)
    creative = _person(cast, "Nuria Creativa", Role.ASSISTANT, Department.CREATIVE)
    offered = {c.id for c in forms.task_form(cast.db, cast.actor("executive"), campaign).people}
    assert {cast.staff["assistant"], cast.staff["director"], creative} <= offered
    assert not {cast.staff["executive_b"], cast.staff["director_b"], admin} & offered


# -- 2. a task moved to start before what it waits for ends ------------------------------------


def test_moving_a_task_before_what_it_waits_for_is_refused_naming_it(cast: Cast) -> None:
    campaign = new_campaign(cast)
    a = _add(cast, campaign, "Rodaje", D(2026, 12, 14), D(2026, 12, 16))
    b = _add(cast, campaign, "Montaje", D(2026, 12, 17), D(2026, 12, 18), depends_on={a: 0})
    for alone in (True, False):
        with pytest.raises(ValidationError) as why:
            tasks.reschedule(
                cast.db, cast.actor("executive"), b, D(2026, 12, 1), with_dependents=not alone
            )
        code, params = why.value.field_errors["start_on"]
        assert code == "task.starts_before_predecessor"
        assert params["task"] == "Rodaje"
        assert params["first"] == "2026-12-17"
    # once what it waits for is done, it may start whenever
    tasks.set_status(cast.db, cast.actor("executive"), a, TaskStatus.DONE)
    tasks.reschedule(cast.db, cast.actor("executive"), b, D(2026, 12, 1), with_dependents=False)


# -- 3. closed campaigns take no new or moved tasks ---------------------------------------------


def test_a_closed_campaign_takes_no_new_task_nor_moves_but_its_work_may_be_closed(
    cast: Cast,
) -> None:
    campaign = new_campaign(cast)
    open_ = _add(cast, campaign, "Bocetos", D(2026, 12, 14), D(2026, 12, 16))
    move(cast, "director", campaign, CampaignStatus.CANCELLED, flow.ReasonStep("Congelada"))
    me = cast.actor("executive")
    refusals = (
        lambda: _add(cast, campaign, "Nueva", D(2026, 12, 14), D(2026, 12, 16)),
        lambda: tasks.update_task(
            cast.db, me, open_, _data("Bocetos 2", D(2026, 12, 14), D(2026, 12, 16))
        ),
        lambda: tasks.reschedule(cast.db, me, open_, D(2026, 12, 20)),
        lambda: tasks.set_status(cast.db, me, open_, TaskStatus.IN_PROGRESS),
        lambda: tasks.delete_task(cast.db, me, open_),
    )
    for refused in refusals:
        with pytest.raises(DomainError) as why:
            refused()
        assert why.value.code == "task.campaign_closed"
        assert why.value.params["status"] == CampaignStatus.CANCELLED.value
    tasks.set_status(cast.db, me, open_, TaskStatus.DONE)  # closing its record stays allowed


# -- 4. a milestone is done only once what it waits for is done ---------------------------------


def test_a_new_milestone_waits_for_its_open_task(cast: Cast) -> None:
    """Its own day does not hold it back: the campaign passing it is the fact
    (test_coordination_tasks: a campaign presented early has had its presentation)."""
    campaign = new_campaign(cast)
    ready_for_development(cast, campaign)
    move(cast, "executive", campaign, CampaignStatus.IN_DEVELOPMENT)  # past «Brief aprobado»
    today = date.today()
    pending = _add(cast, campaign, "Revisión del brief", today, today + timedelta(days=2))
    waiting = _add(
        cast,
        campaign,
        "Brief aprobado",
        today + timedelta(days=3),
        today + timedelta(days=3),
        milestone=MilestoneKind.BRIEF_APPROVED,
        depends_on={pending: 0},
    )
    me = cast.actor("executive")
    status = {r.id: r.status for r in queries.timeline(cast.db, me, campaign).tasks}
    assert status[waiting] is TaskStatus.TODO
    tasks.set_status(cast.db, me, pending, TaskStatus.DONE)
    tasks.reschedule(cast.db, me, waiting, today)
    status = {r.id: r.status for r in queries.timeline(cast.db, me, campaign).tasks}
    assert status[waiting] is TaskStatus.DONE


# -- 5. a supplier's jobs and comments as the person sees them ----------------------------------


def test_a_supplier_counts_only_jobs_one_sees_and_hides_their_comments(cast: Cast) -> None:
    me, other = cast.actor("executive"), cast.actor("executive_b")
    campaign = new_campaign(cast)
    vendor = vendors.add_vendor(cast.db, me, VendorInput(name="Gráficas Alcalá")).id
    job = jobs.add_job(cast.db, me, campaign, JobInput(vendor, "Lonas", "1000")).id
    jobs.approve_job(cast.db, cast.actor("supervisor"), job, "OC-1")
    jobs.record_delivery(cast.db, me, job, D(2026, 3, 1), "1000")
    vendors.rate_vendor(cast.db, me, vendor, 2, "Llegó tarde y mal cortado", job_id=job)
    [mine] = vendors.list_vendors(cast.db, me, "alcala")
    [theirs] = vendors.list_vendors(cast.db, other, "alcala")
    assert (mine.jobs, theirs.jobs) == (1, 0)
    assert theirs.average_rating == mine.average_rating  # the agency's rating of it
    seen = vendors.get_vendor(cast.db, other, vendor)
    assert seen.jobs == ()
    assert [(r.score, r.comment, r.job_id) for r in seen.ratings] == [(2, "", None)]
    assert vendors.get_vendor(cast.db, me, vendor).ratings[0].comment == "Llegó tarde y mal cortado"
