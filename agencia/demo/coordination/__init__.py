"""The demo's coordination: the internal teams' people (with their capacity and an
absence), the agency's suppliers, and the work of the first open campaigns — tasks,
dependencies, vendor jobs, approvals and ratings — made through the real services by
the campaigns' own people, days counted from the demo's today. Some tasks come out
overdue, some at risk, and one campaign over its budget."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.demo.coordination.scale import fill_at_scale
from agencia.demo.data import agency as agency_data
from agencia.demo.data import coordination as data
from agencia.demo.run import DemoRun
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Campaign
from agencia.domain.coordination_enums import TaskStatus
from agencia.domain.coordination_models import Absence, StaffCapacity
from agencia.domain.enums import CampaignStatus, Department, Role, TitleGender
from agencia.domain.models import Account, AccountGroup, Staff, User
from agencia.domain.text import sort_key, words
from agencia.services import auth
from agencia.services.coordination import jobs, tasks, vendors
from agencia.services.coordination.milestones import add_milestones
from agencia.services.coordination.tasks import TaskInput


def fill_coordination(demo: DemoRun) -> None:
    db = demo.services()
    today = demo.now.date()
    people = _people(db, today)
    demo.staff_count += len(people)  # the summary counts them with the agency's own
    demo.users += len(people)
    director = auth.actor_for(db, agency_data.DEMO_LOGIN)
    vendor_ids = [_vendor(db, director, v) for v in data.VENDORS]
    for plan, jobs_of, campaign in zip(data.PLANS, data.JOBS, _campaigns(db), strict=False):
        owner = _owner(db, campaign)
        keys: dict[str, int] = {}
        for step in plan:
            keys[step[0]] = _task(db, owner, campaign, step, people, vendor_ids, today, keys)
        for step in plan:
            if step[7] != "todo":
                tasks.set_status(db, owner, keys[step[0]], TaskStatus(step[7]))
        for job in jobs_of:
            _job(db, owner, campaign, job, vendor_ids, today)
    for campaign in _campaigns(db)[:2]:
        add_milestones(db, _owner(db, campaign), campaign)
    if demo.size == "large":
        fill_at_scale(demo.connection, today, demo.seed, mine=director.staff_id)


def _people(db: Database, today: date) -> list[int]:
    """The internal teams' people, with a sign-in each (the demo's password)."""
    ids: list[int] = []
    with unit_of_work(db, SYSTEM) as uow:
        # everyone's sign-in shares the demo's one hash; the teams sit in the first group,
        # under its director (their place in the reporting line, not an account role)
        password_hash = uow.session.scalar(select(User.password_hash).limit(1))
        group_id, director_id = uow.session.execute(
            select(AccountGroup.id, AccountGroup.director_id).order_by(AccountGroup.id).limit(1)
        ).one()
        for name, female, department, title, hours in data.PEOPLE:
            person = Staff(
                full_name=name,
                name_key=sort_key(name),
                role=Role.ASSISTANT,  # not on the account ladder: they plan no campaign
                title=title,
                title_gender=TitleGender.FEMININE if female else TitleGender.MASCULINE,
                department=Department(department),
                group_id=group_id,
                reports_to_id=director_id,
                email=".".join(words(name)[:2]) + "@atlantica-comunicacion.es",
                active=True,
            )
            uow.session.add(person)
            uow.session.flush()
            ids.append(person.id)
            first, last = words(name)[:2]
            n, login = 1, first + last[:1]
            while uow.session.scalar(select(User.id).where(User.login == login)) is not None:
                n += 1
                login = first + last[:n]  # as the agency's part names its people
            uow.session.add(User(login=login, password_hash=password_hash, staff_id=person.id))
            uow.session.flush()
            uow.session.add(StaffCapacity(staff_id=person.id, weekly_hours=Decimal(hours)))
        for index, first_day, last_day, why in data.ABSENCES:
            uow.session.add(
                Absence(
                    staff_id=ids[index],
                    starts_on=today + timedelta(first_day),
                    ends_on=today + timedelta(last_day),
                    note=why,
                )
            )
    return ids


def _vendor(db: Database, actor: Actor, row: tuple[object, ...]) -> int:
    name, category, contact, email, phone, tax_id, rates = row
    data_in = vendors.VendorInput(
        name=str(name),
        category=category,  # type: ignore[arg-type]
        contact_name=str(contact),
        email=str(email),
        phone=str(phone),
        tax_id=str(tax_id),
        rates=str(rates),
    )
    return vendors.add_vendor(db, actor, data_in).id


def _campaigns(db: Database) -> list[int]:
    """The campaigns still in the making (not yet live) with a deadline, the earliest
    created first."""
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return list(
            uow.session.scalars(
                select(Campaign.id)
                .where(
                    Campaign.status.not_in((*CLOSED, CampaignStatus.LIVE)),
                    Campaign.deadline.is_not(None),
                )
                .order_by(Campaign.id)
                .limit(len(data.PLANS))
            )
        )


def _login_of(db: Database, staff_id: int) -> str:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        login = uow.session.scalar(select(User.login).where(User.staff_id == staff_id))
    assert login is not None
    return login


def _owner(db: Database, campaign_id: int) -> Actor:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        owner = uow.session.scalar(select(Campaign.owner_id).where(Campaign.id == campaign_id))
    assert owner is not None
    return auth.actor_for(db, _login_of(db, owner))


def _approver(db: Database, campaign_id: int, owner: Actor) -> Actor:
    """The campaign's group director; another director when the owner directs it."""
    with unit_of_work(db, SYSTEM, write=False) as uow:
        group_director = uow.session.scalar(
            select(AccountGroup.director_id)
            .join(Account, Account.group_id == AccountGroup.id)
            .join(Campaign, Campaign.account_id == Account.id)
            .where(Campaign.id == campaign_id)
        )
        other = uow.session.scalar(
            select(Staff.id)
            .where(Staff.role == Role.ACCOUNT_DIRECTOR, Staff.id != owner.staff_id)
            .order_by(Staff.id)
            .limit(1)
        )
    chosen = group_director if group_director not in (None, owner.staff_id) else other
    assert chosen is not None
    return auth.actor_for(db, _login_of(db, chosen))


def _task(
    db: Database,
    owner: Actor,
    campaign: int,
    step: data.Step,
    people: list[int],
    vendor_ids: list[int],
    today: date,
    keys: dict[str, int],
) -> int:
    _, title, doer, person, first, last, hours, _, after = step
    task_data = TaskInput(
        title=title,
        start_on=today + timedelta(first),
        due_on=today + timedelta(last),
        team=doer if isinstance(doer, Department) else None,
        vendor_id=vendor_ids[doer] if isinstance(doer, int) else None,
        assignee_id=people[person] if person is not None else None,
        estimated_hours=Decimal(hours),
        depends_on={keys[k]: lag for k, lag in after},
    )
    return tasks.add_task(db, owner, campaign, task_data).id


def _job(
    db: Database,
    owner: Actor,
    campaign: int,
    job: tuple[int, str, str, bool, int | None, str | None, int | None, str],
    vendor_ids: list[int],
    today: date,
) -> None:
    vendor, what, share, approved, delivered, invoiced, rating, comment = job
    with unit_of_work(db, SYSTEM, write=False) as uow:
        budget = uow.session.scalar(select(Campaign.budget).where(Campaign.id == campaign))
    base = Decimal(budget or 10000)
    quote = (base * Decimal(share)).quantize(Decimal("0.01"))
    job_id = jobs.add_job(db, owner, campaign, jobs.JobInput(vendor_ids[vendor], what, quote)).id
    if not approved:
        return
    jobs.approve_job(db, _approver(db, campaign, owner), job_id, f"OC-2026-{job_id:04d}")
    if delivered is None:
        return
    amount = None if invoiced is None else (base * Decimal(invoiced)).quantize(Decimal("0.01"))
    jobs.record_delivery(db, owner, job_id, today + timedelta(delivered), amount)
    if rating is not None:
        vendors.rate_vendor(db, owner, vendor_ids[vendor], rating, comment, job_id)
