"""A reopened request (explore8 M3): it goes to someone who may still work it — its
assignee, or whom the routing sends it to once they have left (the person who took
over their accounts) — and its resolution clock starts afresh, on the client's
working hours, with the whole target of its priority."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from factories import audit_events
from service_world import Desk, service_desk

from agencia.db.database import Database
from agencia.domain.enums import Channel
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus
from agencia.services.people.handover import deactivate_staff
from agencia.services.service import queries, requests

MADRID = ZoneInfo("Europe/Madrid")
S = RequestStatus


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _resolved(desk: Desk) -> int:
    """Urgent (4 working hours), taken Monday 9 March 9:00 Madrid, resolved at 10:00."""
    data = requests.NewRequest(
        desk.accounts["madrid"],
        Channel.PHONE,
        RequestKind.COMPLAINT,
        Priority.URGENT,
        "Falta el arte final",
        received_at=datetime(2026, 3, 9, 9, tzinfo=MADRID),
    )
    who = desk.actor("exec")
    rid = requests.open_request(desk.db, who, data).id
    done = datetime(2026, 3, 9, 10, tzinfo=MADRID)
    requests.move_request(desk.db, who, rid, S.RESOLVED, "Enviado", now=done)
    return rid


def test_a_reopened_request_gets_a_fresh_deadline_on_working_hours(desk: Desk) -> None:
    rid = _resolved(desk)
    who = desk.actor("exec")
    # reopened Friday 13 March 17:00: one working hour left that day, three on Monday
    reopened = datetime(2026, 3, 13, 17, tzinfo=MADRID)
    requests.move_request(desk.db, who, rid, S.REOPENED, now=reopened)
    shown = queries.show_request(desk.db, who, rid, now=reopened)
    assert shown.row.status == "reopened"
    assert shown.row.assignee == "Álvaro Ejecutivo"  # still his: he still works it
    assert shown.row.due == datetime(2026, 3, 16, 12, tzinfo=MADRID).astimezone(UTC)
    assert not shown.row.breached
    late = datetime(2026, 3, 16, 11, tzinfo=MADRID)  # three of four hours used: a warning
    assert requests.escalate_due(desk.db, desk.admin, late) == [rid]
    assert not queries.show_request(desk.db, who, rid, now=late).row.breached


def test_a_leaver_s_reopened_request_goes_to_whoever_took_over(desk: Desk) -> None:
    rid = _resolved(desk)
    s = desk.staff
    deactivate_staff(desk.db, desk.admin, s["exec"], s["supervisor"])
    # his resolved request stays his: closed history
    assert queries.show_request(desk.db, desk.admin, rid).row.assignee == "Álvaro Ejecutivo"
    director = desk.actor("director")
    requests.move_request(desk.db, director, rid, S.REOPENED, now=datetime.now(UTC))
    shown = queries.show_request(desk.db, director, rid)
    assert (shown.row.status, shown.row.assignee) == ("reopened", "Sergio Supervisor")
    assert shown.row.due is not None and shown.row.due > datetime.now(UTC)
    trail = audit_events(desk.db, "service_request", rid)
    moves = [e for e in trail if e.action == "reassign"]
    assert [e.changes["assignee"] for e in moves] == [[s["exec"], s["supervisor"]]]


def test_a_reopened_request_starts_a_new_cycle_its_first_on_the_trail(desk: Desk) -> None:
    """Breached and escalated in its first life, reopened it is back at the foot of the
    ladder and unbreached, and climbs again on its fresh clock."""
    data = requests.NewRequest(
        desk.accounts["madrid"],
        Channel.PHONE,
        RequestKind.COMPLAINT,
        Priority.URGENT,
        "Falta el arte final",
        received_at=datetime(2026, 3, 9, 9, tzinfo=MADRID),
    )
    who = desk.actor("exec")
    rid = requests.open_request(desk.db, who, data).id
    requests.escalate_due(desk.db, desk.admin, datetime(2026, 3, 9, 14, tzinfo=MADRID))
    first = queries.show_request(desk.db, who, rid).row
    assert first.breached and first.escalation > 0
    done = datetime(2026, 3, 9, 15, tzinfo=MADRID)
    requests.move_request(desk.db, who, rid, S.RESOLVED, "Enviado", now=done)
    again = datetime(2026, 3, 10, 9, tzinfo=MADRID)
    requests.move_request(desk.db, who, rid, S.REOPENED, now=again)
    shown = queries.show_request(desk.db, who, rid, now=again).row
    assert (shown.breached, shown.escalation) == (False, 0)
    move = audit_events(desk.db, "service_request", rid)[-1]
    assert move.changes["breached"] == [True, False]
    assert move.changes["escalation"] == [first.escalation, 0]
    late = datetime(2026, 3, 10, 14, tzinfo=MADRID)  # its fresh four hours are gone
    assert requests.escalate_due(desk.db, desk.admin, late) == [rid]
    assert queries.show_request(desk.db, who, rid, now=late).row.breached
