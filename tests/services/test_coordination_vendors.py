"""Vendors, their jobs and ratings, a campaign's costs against its budget, the purchase
orders' approval ladder, the workload and the .ics export — on both databases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import icalendar
import pytest
from campaign_world import Cast, build_cast, new_campaign
from factories import audit_events

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.coordination_enums import MilestoneKind, TaskStatus, VendorCategory
from agencia.domain.errors import PermissionDenied, ValidationError
from agencia.domain.models import Agency
from agencia.services.coordination import calendar, capacity, jobs, tasks, vendors, workload
from agencia.services.coordination.jobs import JobInput
from agencia.services.coordination.tasks import TaskInput
from agencia.services.coordination.vendors import VendorInput

D = date


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _vendor(cast: Cast, name: str = "Imprenta Sánchez", who: str = "executive") -> int:
    data = VendorInput(
        name=name,
        category=VendorCategory.PRINTER,
        contact_name="Rosa Sánchez",
        email="rosa@imprenta.es",
        phone="+34 911 222 333",
        rates="Lona 3x2: 180 €",
    )
    return vendors.add_vendor(cast.db, cast.actor(who), data).id


def test_vendors_are_rated_on_an_odd_scale_with_history_and_average(cast: Cast) -> None:
    vendor = _vendor(cast)
    me = cast.actor("executive")
    with pytest.raises(ValidationError) as refused:
        vendors.rate_vendor(cast.db, me, vendor, 6)
    assert refused.value.field_errors["score"][0] == "vendor.score"
    with pytest.raises(ValidationError) as refused:
        vendors.rate_vendor(cast.db, me, vendor, 2)
    assert refused.value.field_errors["comment"][0] == "vendor.low_score_comment"
    # a rating belongs to a delivered job (test_vendor_rating_per_job)
    campaign = new_campaign(cast)
    for score, comment in ((5, "Impecable"), (2, "Entregó tarde"), (4, "Bien")):
        job = jobs.add_job(cast.db, me, campaign, JobInput(vendor, comment, "100")).id
        jobs.approve_job(cast.db, cast.actor("supervisor"), job, f"OC-{score}")
        jobs.record_delivery(cast.db, me, job, D(2026, 3, 1), "100")
        vendors.rate_vendor(cast.db, me, vendor, score, comment, job_id=job)
    [row] = vendors.list_vendors(cast.db, me, "sanchez")
    assert (row.id, row.average_rating, row.ratings) == (vendor, Decimal("3.7"), 3)
    detail = vendors.get_vendor(cast.db, me, vendor)
    assert [r.score for r in detail.ratings] == [4, 2, 5]
    assert vendors.list_vendors(cast.db, me, "otra cosa") == []
    assert vendors.list_vendors(cast.db, me, "%") == []  # nothing searchable finds nothing
    with pytest.raises(PermissionDenied):
        _vendor(cast, "No", who="assistant")
    with pytest.raises(ValidationError):
        vendors.add_vendor(cast.db, me, VendorInput(name="Mal", email="no-es-correo"))


def test_a_job_is_rated_once_delivered_and_only_once(cast: Cast) -> None:
    campaign, vendor = new_campaign(cast), _vendor(cast)
    me = cast.actor("executive")
    job = jobs.add_job(cast.db, me, campaign, JobInput(vendor, "Lonas", "1000")).id
    with pytest.raises(ValidationError) as refused:
        vendors.rate_vendor(cast.db, me, vendor, 4, job_id=job)
    assert refused.value.field_errors["job_id"][0] == "vendor.rate_undelivered"
    jobs.approve_job(cast.db, cast.actor("supervisor"), job, "OC-1")
    jobs.record_delivery(cast.db, me, job, D(2026, 3, 1), "1050")
    vendors.rate_vendor(cast.db, me, vendor, 4, job_id=job)
    with pytest.raises(ValidationError):
        vendors.rate_vendor(cast.db, me, vendor, 3, job_id=job)
    [line] = vendors.get_vendor(cast.db, me, vendor).jobs
    assert (line.po_number, line.invoiced_amount, line.rating) == ("OC-1", Decimal("1050.00"), 4)
    assert line.approved_by == "Sara Supervisora" and line.requested_by == "Elena Ejecutiva"


def test_costs_against_the_budget_warn_when_committed_passes_it(cast: Cast) -> None:
    campaign, vendor = new_campaign(cast, budget="40000"), _vendor(cast)
    me = cast.actor("executive")
    first = jobs.add_job(cast.db, me, campaign, JobInput(vendor, "Rodaje", "30000"))
    assert first.warnings == ()
    second = jobs.add_job(cast.db, me, campaign, JobInput(vendor, "Posproducción", "15000"))
    assert second.warnings == (("job.quotes_over_budget", {"over": "5000.00", "currency": "EUR"}),)
    jobs.approve_job(cast.db, cast.actor("supervisor"), first.id, "OC-1")
    costs = jobs.campaign_costs(cast.db, me, campaign)
    assert (costs.committed, costs.quoted, costs.actual) == (
        Decimal(30000),
        Decimal(15000),
        Decimal(0),
    )
    assert not costs.over_budget and costs.remaining == Decimal(10000)
    approved = jobs.approve_job(cast.db, cast.actor("supervisor"), second.id, "OC-2")
    assert approved.warnings == (("job.over_budget", {"over": "5000.00", "currency": "EUR"}),)
    jobs.record_delivery(cast.db, me, first.id, D(2026, 4, 1), "29500")
    costs = jobs.campaign_costs(cast.db, me, campaign)
    assert costs.over_budget and costs.actual == Decimal("29500.00")
    assert [j.description for j in costs.jobs] == ["Posproducción", "Rodaje"]


def test_a_purchase_order_climbs_the_campaigns_approval_ladder(cast: Cast) -> None:
    campaign, vendor = new_campaign(cast, budget="200000"), _vendor(cast)
    me = cast.actor("executive")
    big = jobs.add_job(cast.db, me, campaign, JobInput(vendor, "Spot TV", "60000")).id
    before = len(audit_events(cast.db, "vendor_job"))
    with pytest.raises(PermissionDenied) as refused:  # over the supervisor's threshold
        jobs.approve_job(cast.db, cast.actor("supervisor"), big, "OC-9")
    assert refused.value.code == "approval.over_threshold"
    assert refused.value.params == {"role": "account_manager"}
    with pytest.raises(PermissionDenied) as refused:  # nobody approves their own request
        jobs.approve_job(cast.db, me, big, "OC-9")
    assert refused.value.code == "approval.own_work"
    with pytest.raises(PermissionDenied):  # another group's director
        jobs.approve_job(cast.db, cast.actor("director_b"), big, "OC-9")
    assert len(audit_events(cast.db, "vendor_job")) == before
    jobs.approve_job(cast.db, cast.actor("manager"), big, "OC-9")
    huge = jobs.add_job(cast.db, me, campaign, JobInput(vendor, "Exterior", "160000")).id
    with pytest.raises(PermissionDenied):
        jobs.approve_job(cast.db, cast.actor("manager"), huge, "OC-10")
    jobs.approve_job(cast.db, cast.actor("director"), huge, "OC-10")
    with pytest.raises(ValidationError):
        jobs.approve_job(cast.db, cast.actor("director"), huge, "OC-11")


def test_workload_by_person_and_team_with_over_capacity_weeks(cast: Cast) -> None:
    campaign = new_campaign(cast)
    me = cast.actor("executive")
    junior = cast.staff["junior"]
    capacity.set_weekly_hours(cast.db, cast.admin, junior, "20")
    for title, hours in (("Banners", "16"), ("Mailing", "10")):
        data = TaskInput(
            title, D(2026, 3, 2), D(2026, 3, 6), assignee_id=junior, estimated_hours=hours
        )
        tasks.add_task(cast.db, me, campaign, data)
    seen = workload.workload(cast.db, cast.actor("director"), D(2026, 3, 4), weeks=2)
    assert seen.weeks == (D(2026, 3, 2), D(2026, 3, 9))
    row = next(p for p in seen.people if p.staff_id == junior)
    assert row.load.hours == (Decimal("26.0"), Decimal(0))
    assert row.load.capacity == (Decimal("20.0"), Decimal("20.0"))
    assert row.load.over == (True, False)
    assert {p.staff_id for p in seen.people} >= {cast.staff["manager"], junior}
    team = next(t for t in seen.teams if t.department.value == "accounts")
    assert team.load.hours[0] == Decimal("26.0")
    other = workload.workload(cast.db, cast.actor("executive_b"), D(2026, 3, 4), weeks=2)
    assert junior not in {p.staff_id for p in other.people}  # another group's


def test_the_ics_export_is_read_back_field_by_field(cast: Cast, tmp_path: Path) -> None:
    with unit_of_work(cast.db, SYSTEM) as uow:
        agency = uow.session.query(Agency).one()
        agency.time_zone = "Europe/Madrid"
    campaign = new_campaign(cast)
    me = cast.actor("executive")
    junior = cast.staff["junior"]
    task = tasks.add_task(
        cast.db,
        me,
        campaign,
        TaskInput("Rodaje, día 1; exteriores", D(2026, 3, 2), D(2026, 3, 4), assignee_id=junior),
    ).id
    review = tasks.add_task(
        cast.db,
        me,
        campaign,
        TaskInput(
            "Presentación",
            D(2026, 3, 10),
            D(2026, 3, 10),
            milestone=MilestoneKind.PRESENTATION,
            depends_on={task: 0},
        ),
    ).id
    out = calendar.export_calendar(cast.db, me, tmp_path / "c.ics", campaign_id=campaign)
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert cal["VERSION"] == "2.0" and "PRODID" in cal
    [zone] = cal.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Madrid"
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert len(events) == 2
    first = next(e for e in events.values() if str(e["SUMMARY"]).startswith("Rodaje"))
    assert str(first["SUMMARY"]) == "Rodaje, día 1; exteriores"
    assert first.decoded("DTSTART") == D(2026, 3, 2)
    assert first.decoded("DTEND") == D(2026, 3, 5)  # exclusive
    assert "Julio Junior" in str(first["DESCRIPTION"])
    assert first.decoded("SEQUENCE") == 1 and str(first["STATUS"]) == "CONFIRMED"
    milestone = next(e for e in events.values() if str(e["SUMMARY"]) == "Presentación")
    begin = milestone.decoded("DTSTART")
    assert (begin.hour, str(begin.tzinfo), begin.date()) == (10, "Europe/Madrid", D(2026, 3, 10))
    assert milestone["DTSTART"].params["TZID"] == "Europe/Madrid"
    # a second export after a change keeps the UIDs and raises the sequence
    tasks.set_status(cast.db, me, task, TaskStatus.CANCELLED)
    again = icalendar.Calendar.from_ical(calendar.calendar_for_campaign(cast.db, me, campaign))
    second = {str(e["UID"]): e for e in again.walk("VEVENT")}
    assert set(second) == set(events)
    changed = second[str(first["UID"])]
    assert changed.decoded("SEQUENCE") == 2 and str(changed["STATUS"]) == "CANCELLED"
    mine = icalendar.Calendar.from_ical(calendar.calendar_for_staff(cast.db, me, junior))
    assert [str(e["UID"]) for e in mine.walk("VEVENT")] == [str(first["UID"])]
    assert review != task
    with pytest.raises(ValidationError):
        calendar.export_calendar(cast.db, me, tmp_path / "x.ics")
