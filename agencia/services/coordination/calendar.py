"""A campaign's or a person's tasks and milestones as an iCalendar file (RFC 5545) that
calendar programs open.

Each task is an all-day event over its days; each milestone a one-hour event at ten in
the morning in the time zone of whoever it is for (the person's, else the account's,
else the agency's), whose VTIMEZONE travels in the file. UIDs are stable (the task's
id and the agency's database), and SEQUENCE is the task's version, so importing a
newer export updates the events instead of duplicating them.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import messages
from agencia.domain.actor import Actor
from agencia.domain.coordination_enums import TaskStatus
from agencia.domain.errors import NotFound, ValidationError
from agencia.domain.labels import label
from agencia.domain.models import Agency, Staff
from agencia.domain.zones import known_zone
from agencia.services.campaigns import access as campaign_access
from agencia.services.coordination.queries import TaskQuery, TaskRow, list_tasks
from agencia.services.files import write_atomically

MILESTONE_HOUR = time(10, 0)


def _zone_name(*names: str) -> str:
    return next((n for n in names if n and known_zone(n)), "UTC")


def calendar_for_campaign(db: Database, actor: Actor, campaign_id: int) -> bytes:
    """The campaign's tasks and milestones, finished ones included."""
    with unit_of_work(db, actor, write=False) as uow:
        campaign, account, _ = campaign_access.load(uow, campaign_id)
        agency = uow.session.scalar(select(Agency).limit(1))
        zone = _zone_name(account.time_zone, agency.time_zone if agency else "")
        name = f"{account.trade_name} · {campaign.name}"
        domain = _uid_domain(agency)
    rows = list_tasks(db, actor, TaskQuery(campaign_id=campaign_id, include_finished=True))
    return _calendar(name, rows, zone, domain)


def calendar_for_staff(db: Database, actor: Actor, staff_id: int) -> bytes:
    """A person's tasks (those the asker may see), finished ones included."""
    with unit_of_work(db, actor, write=False) as uow:
        person = uow.session.get(Staff, staff_id)
        if person is None:
            raise NotFound("staff.not_found", id=staff_id)
        agency = uow.session.scalar(select(Agency).limit(1))
        zone = _zone_name(person.time_zone, agency.time_zone if agency else "")
        name = person.full_name
        domain = _uid_domain(agency)
    rows = list_tasks(db, actor, TaskQuery(assignee_id=staff_id, include_finished=True))
    return _calendar(name, rows, zone, domain)


def export_calendar(
    db: Database,
    actor: Actor,
    out: Path,
    *,
    campaign_id: int | None = None,
    staff_id: int | None = None,
) -> Path:
    """Write the .ics whole (never half a file), for a campaign or a person."""
    if (campaign_id is None) == (staff_id is None):
        raise ValidationError({"campaign": ("calendar.one_of", {})})
    if campaign_id is not None:
        data = calendar_for_campaign(db, actor, campaign_id)
    else:
        assert staff_id is not None
        data = calendar_for_staff(db, actor, staff_id)
    return write_atomically(out, data)


def _uid_domain(agency: Agency | None) -> str:
    """What makes the UIDs this agency's: its database row's creation moment."""
    stamp = agency.created_at.strftime("%Y%m%d%H%M%S") if agency else "0"
    return f"agencia-{stamp}.invalid"


def _calendar(name: str, rows: list[TaskRow], zone: str, domain: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Agencia//Coordinación//ES")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", zone)
    tz = ZoneInfo(zone)
    now = datetime.now(UTC).replace(microsecond=0)
    for row in rows:
        cal.add_component(_event(row, tz, now, domain))
    if zone != "UTC":
        cal.add_missing_timezones()
    return bytes(cal.to_ical())


def _event(row: TaskRow, tz: ZoneInfo, now: datetime, domain: str) -> Event:
    event = Event()
    event.add("uid", f"task-{row.id}@{domain}")
    event.add("dtstamp", now)
    event.add("sequence", row.version)
    event.add("summary", row.title)
    if row.milestone is not None:
        begin = datetime.combine(row.due, MILESTONE_HOUR, tzinfo=tz)
        event.add("dtstart", begin)
        event.add("dtend", begin + timedelta(hours=1))
        event.add("categories", [label(row.milestone)])
    else:
        event.add("dtstart", row.start)
        event.add("dtend", row.due + timedelta(days=1))  # DTEND is exclusive (RFC 5545)
        event.add("transp", "TRANSPARENT")
    event.add("description", _description(row))
    event.add("status", "CANCELLED" if row.status is TaskStatus.CANCELLED else "CONFIRMED")
    return event


def _description(row: TaskRow) -> str:
    es = messages.language() != "en"
    lines = [
        f"{'Campaña' if es else 'Campaign'}: {row.campaign} ({row.account})",
        f"{'Estado' if es else 'Status'}: {label(row.status)}",
    ]
    if row.assignee:
        lines.append(f"{'Responsable' if es else 'Assignee'}: {row.assignee}")
    if row.vendor:
        lines.append(f"{'Proveedor' if es else 'Supplier'}: {row.vendor}")
    if row.description:
        lines.append(row.description)
    return "\n".join(lines)
