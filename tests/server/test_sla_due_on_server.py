"""A request's due times are the server's (migration 0029): Álvaro, Coca-Cola's lead, in
his own psql session, pushes a request's deadline a month back in a move's transaction,
or takes a request with a deadline of his choosing; the server keeps the times the
agency's SLA rules give — the account's calendar (its zone, its country's holidays, the
agency's closures), its policy's targets, its pauses — as the workstations compute them
(`services.service.clock.set_due_times`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from server_world import ServerAgency
from sqlalchemy import text

from agencia.db.uow import unit_of_work
from agencia.domain import sla
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.models import Account
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus
from agencia.domain.service_models import ServiceRequest
from agencia.services.service import clock
from agencia.services.service.requests import NewRequest, move_request, open_request

S = RequestStatus
_DUE = "SELECT due_response_at, due_resolution_at, queue_at FROM service_requests WHERE id = :i"


def _row(server_agency: ServerAgency, sql: str, **params: object) -> tuple[object, ...]:
    with server_agency.owner.reader.connect() as conn:
        return tuple(conn.execute(text(sql), params).one())


def _workstation_s(server_agency: ServerAgency, request_id: int) -> tuple[object, ...]:
    """The due times a workstation computes for the request as it stands now."""
    with unit_of_work(server_agency.owner, SYSTEM) as uow:
        stored = uow.session.get(ServiceRequest, request_id)
        assert stored is not None
        account = uow.session.get(Account, stored.account_id)
        assert account is not None
        fresh = ServiceRequest(  # not added: nothing written
            account_id=stored.account_id,
            priority=stored.priority,
            status=stored.status,
            received_at=stored.received_at,
            pauses=list(stored.pauses or []),
        )
        clock.set_due_times(uow, fresh, account)
        return (fresh.due_response_at, fresh.due_resolution_at, fresh.queue_at)


def _request(server_agency: ServerAgency, priority: Priority = Priority.URGENT) -> int:
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        data = NewRequest(
            server_agency.agency.accounts["coca"],
            Channel.PHONE,
            RequestKind.COMPLAINT,
            priority,
            "Reclamación",
        )
        return open_request(db, alvaro, data).id
    finally:
        db.close()


def _with_entry(conn: psycopg.Connection, request: int, *statements: str) -> None:
    """The statements, and the trail entry the services write, in one transaction."""
    with conn.transaction():
        for statement in statements:
            assert conn.execute(statement, (request,)).rowcount == 1
        conn.execute(
            "INSERT INTO audit_events (entity, entity_id, action, summary, changes)"
            " VALUES ('service_request', %s, 'move', '', '{}')",
            (request,),
        )


_LATER = (
    " due_response_at = due_response_at + interval '30 days',"
    " due_resolution_at = due_resolution_at + interval '30 days',"
    " queue_at = due_resolution_at + interval '30 days'"
)
_START = "UPDATE service_requests SET status = 'in_progress', first_response_at = now()"


@pytest.mark.parametrize(
    "statements",
    [
        (f"{_START}, {_LATER} WHERE id = %s",),  # in the move itself
        (f"{_START} WHERE id = %s", f"UPDATE service_requests SET {_LATER} WHERE id = %s"),
    ],
    ids=["in_the_move", "after_the_move"],
)
def test_a_move_does_not_push_the_deadline_back(
    server_agency: ServerAgency, statements: tuple[str, ...]
) -> None:
    request = _request(server_agency)
    before = _row(server_agency, _DUE, i=request)
    assert before == _workstation_s(server_agency, request)
    with server_agency.connect("alvaro") as alvaro:
        _with_entry(alvaro, request, *statements)
    # moved, with the deadlines the agency's rules give, not a month later
    assert _row(server_agency, "SELECT status FROM service_requests WHERE id = :i", i=request) == (
        "in_progress",
    )
    assert _row(server_agency, _DUE, i=request) == before


def test_a_request_taken_by_hand_gets_the_agency_s_deadlines(server_agency: ServerAgency) -> None:
    """A low-priority request received on a Friday before Spain's holidays, on the
    client's Madrid calendar, with the agency's own closure and the account's own
    targets: the server's deadlines are the workstation's, holidays counted."""
    coca, alvaro = server_agency.agency.accounts["coca"], server_agency.agency.staff["alvaro"]
    with server_agency.owner.writer.begin() as conn:
        conn.execute(
            text("UPDATE accounts SET time_zone = 'Europe/Madrid', country = 'ES' WHERE id = :a"),
            {"a": coca},
        )
        conn.execute(
            text(
                "INSERT INTO sla_policies (account_id, targets, closures, promises, version)"
                " VALUES (NULL, '{}', '[\"2026-12-09\"]', '{}', 1),"
                " (:a, '{\"low\": [600, 2400]}', '[]', '{}', 1)"
            ),
            {"a": coca},
        )
    received = datetime(2026, 12, 4, 11, 0, tzinfo=UTC)  # Friday, 12:00 in Madrid
    taken = (
        "INSERT INTO service_requests (account_id, channel, kind, priority, subject,"
        " description, status, assignee_id, resolution, received_at, due_response_at,"
        " due_resolution_at, pauses, queue_at, escalation, breached, message_id, version)"
        " VALUES (%s, 'phone', 'complaint', 'low', 'A mano', '', 'assigned', %s, '', %s,"
        " %s, %s, '[]', %s, 0, false, '', 1) RETURNING id"
    )
    far = received + timedelta(days=90)
    with server_agency.connect("alvaro") as psql, psql.transaction():
        found = psql.execute(taken, (coca, alvaro, received, far, far, far)).fetchone()
        assert found is not None
        psql.execute(
            "INSERT INTO audit_events (entity, entity_id, action, summary, changes)"
            " VALUES ('service_request', %s, 'create', '', '{}')",
            (found[0],),
        )
    request = found[0]
    stored = _row(server_agency, _DUE, i=request)
    assert stored == _workstation_s(server_agency, request)
    # the holidays (8 December, Christmas) and the closure (9 December) are counted
    calendar = sla.calendar_for("Europe/Madrid", "", received.date())
    assert stored[1] != sla.due_at(calendar, received, 2400)
    assert stored[0] == datetime(2026, 12, 7, 13, 0, tzinfo=UTC)  # 600 working minutes
    # waiting on the client, then back: the pause is not counted; the server agrees
    db, alvaro_actor = server_agency.signed_in("alvaro")
    try:
        move_request(db, alvaro_actor, request, S.WAITING_ON_CLIENT)
        move_request(db, alvaro_actor, request, S.IN_PROGRESS)
    finally:
        db.close()
    assert _row(server_agency, _DUE, i=request) == _workstation_s(server_agency, request)
