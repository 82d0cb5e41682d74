"""A request's SLA clock, a contact's delivery and the kept health, on the server, as
their services write them (explore8 M3, closing7 "Left"): Pablo, a trainee on
Coca-Cola's team, and Álvaro, its lead, in their own psql sessions, move a request only
with the stamps the move makes (the server's now), confirm a delivery only in their own
name at the server's time, and rewrite no past day of an account's health; a reopened
request of someone who has left goes to an active person, by the mover."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency
from sqlalchemy import text

from agencia.domain.enums import Channel
from agencia.domain.service_enums import Delivery, Direction, Priority, RequestKind, RequestStatus
from agencia.services.communications.delivery import confirm_delivery
from agencia.services.communications.log import NewCommunication, log_communication
from agencia.services.people.handover import deactivate_staff
from agencia.services.service.requests import NewRequest, move_request, open_request

S = RequestStatus


def _refused(conn: psycopg.Connection, statement: str, *args: object) -> bool:
    """Whether the statement was refused or touched no row."""
    try:
        return conn.execute(statement, args or None).rowcount == 0
    except psycopg.errors.InsufficientPrivilege:
        return True


def _moved(conn: psycopg.Connection, statement: str, request: int) -> bool:
    """Whether a move, with its trail entry as the service writes it, is taken."""
    try:
        with conn.transaction():
            done = conn.execute(statement, (request,)).rowcount == 1
            conn.execute(
                "INSERT INTO audit_events (entity, entity_id, action, summary, changes)"
                " VALUES ('service_request', %s, 'move', '', '{}')",
                (request,),
            )
        return done
    except psycopg.errors.InsufficientPrivilege:
        return False


def _row(server_agency: ServerAgency, sql: str, **params: object) -> tuple[object, ...]:
    with server_agency.owner.reader.connect() as conn:
        return tuple(conn.execute(text(sql), params).one())


def _request(server_agency: ServerAgency, *moves: RequestStatus) -> int:
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        data = NewRequest(
            server_agency.agency.accounts["coca"],
            Channel.PHONE,
            RequestKind.COMPLAINT,
            Priority.URGENT,
            "Reclamación urgente",
            received_at=datetime.now(UTC) - timedelta(days=2),  # a call taken down late
        )
        request = open_request(db, alvaro, data).id
        for target in moves:
            move_request(db, alvaro, request, target, "Material reenviado")
        return request
    finally:
        db.close()


_CLOCK = "SELECT status, first_response_at, resolved_at, pauses::text FROM service_requests"


@pytest.mark.parametrize(
    "statement",
    [
        # the first answer a week ago, in the move to in progress
        "UPDATE service_requests SET status = 'in_progress',"
        " first_response_at = now() - interval '7 days' WHERE id = %s",
        # the clock stopped since the request came in (a pause dated back)
        "UPDATE service_requests SET status = 'waiting_on_client',"
        " pauses = json_build_array(json_build_array(received_at, NULL)) WHERE id = %s",
        # resolved on time, ten days ago
        "UPDATE service_requests SET status = 'resolved', resolution = 'hecho',"
        " resolved_at = now() - interval '10 days' WHERE id = %s",
    ],
)
def test_a_move_carries_only_the_server_s_own_stamps(
    server_agency: ServerAgency, statement: str
) -> None:
    request = _request(server_agency)
    before = _row(server_agency, f"{_CLOCK} WHERE id = :i", i=request)
    with server_agency.connect("alvaro") as alvaro:
        assert not _moved(alvaro, statement, request)
        # the honest move is taken; the stamps stay as it made them
        assert _moved(
            alvaro,
            "UPDATE service_requests SET status = 'in_progress', first_response_at = now()"
            " WHERE id = %s",
            request,
        )
        assert not _moved(  # nor rewritten after the move
            alvaro,
            "UPDATE service_requests SET first_response_at = now() - interval '7 days'"
            " WHERE id = %s",
            request,
        )
    after = _row(server_agency, f"{_CLOCK} WHERE id = :i", i=request)
    assert before[0] == "assigned" and after[0] == "in_progress"
    assert isinstance(after[1], datetime) and after[1] > datetime.now(UTC) - timedelta(minutes=5)


def test_the_services_moves_pass_the_clock_rules(server_agency: ServerAgency) -> None:
    """Waiting on the client (a pause opens), back in progress (it closes), resolved,
    closed, reopened (the clock restarts: one pause from reception to now)."""
    request = _request(server_agency, S.WAITING_ON_CLIENT, S.IN_PROGRESS, S.RESOLVED, S.CLOSED)
    marta = server_agency.agency.staff["marta"]
    with server_agency.owner.writer.begin() as conn:  # its first cycle broke its promise
        conn.execute(
            text(
                "UPDATE service_requests SET breached = true, escalation = 2,"
                " escalated_to_id = :m WHERE id = :i"
            ),
            {"m": marta, "i": request},
        )
    forgive = (
        "UPDATE service_requests SET breached = false, escalation = 0, escalated_to_id = NULL"
        " WHERE id = %s"
    )
    with server_agency.connect("alvaro") as conn:  # not forgiven but by a reopening
        assert not _moved(conn, forgive, request)
    db, pablo = server_agency.signed_in("pablo")
    try:
        move_request(db, pablo, request, S.REOPENED)
    finally:
        db.close()
    status, answered, resolved, pauses = _row(server_agency, f"{_CLOCK} WHERE id = :i", i=request)
    assert (status, resolved) == ("reopened", None) and answered is not None
    assert str(pauses).count("[") == 2  # one pause: [[received, reopened]]
    sql = "SELECT breached, escalation, escalated_to_id FROM service_requests WHERE id = :i"
    assert _row(server_agency, sql, i=request) == (False, 0, None)


def test_a_leaver_s_reopened_request_goes_to_whoever_took_over(
    server_agency: ServerAgency,
) -> None:
    """explore8 M3: Álvaro resolves a request and leaves, Marta takes over his work;
    Pablo, a trainee who reassigns nothing, reopens it: it is Marta's, with a fresh
    deadline; by hand, he reopens a leaver's request only to someone active."""
    staff = server_agency.agency.staff
    request = _request(server_agency, S.RESOLVED)
    other = _request(server_agency, S.RESOLVED)
    db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        deactivate_staff(db, admin, staff["alvaro"], staff["marta"])
    finally:
        db.close()
    db, pablo = server_agency.signed_in("pablo")
    try:
        move_request(db, pablo, request, S.REOPENED)
    finally:
        db.close()
    sql = "SELECT status, assignee_id, due_resolution_at FROM service_requests WHERE id = :i"
    status, assignee, due = _row(server_agency, sql, i=request)
    assert (status, assignee) == ("reopened", staff["marta"])
    assert isinstance(due, datetime) and due > datetime.now(UTC)
    reopen = (
        "UPDATE service_requests SET status = 'reopened', resolved_at = NULL,"
        " pauses = json_build_array(json_build_array(received_at, now())),"
        " assignee_id = {who} WHERE id = %s"
    )
    with server_agency.connect("pablo") as conn:
        assert not _moved(conn, reopen.format(who=staff["alvaro"]), other)  # has left
        assert _moved(conn, reopen.format(who=staff["marta"]), other)
        # an open request of someone active stays theirs: no reassigning by a trainee
        assert _refused(
            conn,
            "UPDATE service_requests SET assignee_id = %s WHERE id = %s",
            staff["pablo"],
            other,
        )
    assert _row(server_agency, sql, i=other)[:2] == ("reopened", staff["marta"])


def _pending(server_agency: ServerAgency) -> int:
    """A courier sent a week ago, logged today, its delivery still pending."""
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        data = NewCommunication(
            server_agency.agency.accounts["coca"],
            Channel.COURIER,
            Direction.OUTBOUND,
            "Muestras",
            occurred_at=datetime.now(UTC) - timedelta(days=7),
            delivery=Delivery.PENDING,
            confirmation={"carrier": "SEUR"},
        )
        return log_communication(db, alvaro, data).id
    finally:
        db.close()


_CONFIRMED = (
    "SELECT delivery, confirmation::jsonb ->> 'carrier', confirmation::jsonb ->> 'signed_by',"
    " (confirmation::jsonb ->> 'confirmed_at')::timestamptz > now() - interval '5 minutes',"
    " confirmation::jsonb ->> 'confirmed_by', subject FROM communications WHERE id = :i"
)


def test_a_delivery_is_confirmed_in_one_s_own_name_at_the_server_s_time(
    server_agency: ServerAgency,
) -> None:
    staff = server_agency.agency.staff
    item = _pending(server_agency)
    forged = (
        "UPDATE communications SET delivery = 'delivered', confirmation ="
        ' \'{{"carrier": "SEUR", "signed_by": "Ana", "confirmed_at": "2026-01-02T09:00:00+00:00",'
        ' "confirmed_by": {lucia}}}\'{more} WHERE id = %s'
    )
    with server_agency.connect("pablo") as pablo:
        lucia = staff["lucia"]
        assert _refused(pablo, forged.format(lucia=lucia, more=", subject = 'Otra'"), item)
        assert _refused(  # what was kept (the carrier) is not rewritten
            pablo,
            "UPDATE communications SET delivery = 'delivered',"
            ' confirmation = \'{"carrier": "MRW"}\' WHERE id = %s',
            item,
        )
        assert pablo.execute(forged.format(lucia=lucia, more=""), (item,)).rowcount == 1
    # the date and the confirmer he typed are the server's: now, and him
    row = _row(server_agency, _CONFIRMED, i=item)
    assert row == ("delivered", "SEUR", "Ana", True, str(staff["pablo"]), "Muestras")
    later = _pending(server_agency)
    db, marta = server_agency.signed_in("marta")
    try:
        confirm_delivery(db, marta, later, confirmation={"signed_by": "Ana"})
    finally:
        db.close()
    row = _row(server_agency, _CONFIRMED, i=later)
    assert row == ("delivered", "SEUR", "Ana", True, str(staff["marta"]), "Muestras")


def test_a_contact_logged_delivered_is_stamped_now_whatever_its_date(
    server_agency: ServerAgency,
) -> None:
    """The burofax «delivered a month ago», logged today in his own name: its
    confirmation says when it was confirmed — now — not what was typed."""
    coca, pablo_id = server_agency.agency.accounts["coca"], server_agency.agency.staff["pablo"]
    forged = (
        "INSERT INTO communications (account_id, channel, direction, contact_ids, addresses,"
        " staff_id, subject, summary, occurred_at, their_zone, delivery, confirmation,"
        " message_id, in_reply_to, document_sha256) VALUES (%s, 'certified_post', 'outbound',"
        " '[]', '[]', %s, 'Burofax', '', {when}, 'Europe/Madrid', {delivery},"
        ' \'{{"receipt": "R1", "confirmed_at": "2026-01-02T09:00:00+00:00"}}\', \'\', \'\','
        " '') RETURNING id"
    )
    with server_agency.connect("pablo") as pablo:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # not dated ahead
            pablo.execute(
                forged.format(when="now() + interval '3 days'", delivery="'delivered'"),
                (coca, pablo_id),
            )
        with pablo.transaction():
            found = pablo.execute(
                forged.format(when="now() - interval '30 days'", delivery="'delivered'"),
                (coca, pablo_id),
            ).fetchone()
            assert found is not None
            pablo.execute(
                "INSERT INTO audit_events (entity, entity_id, action, summary, changes)"
                " VALUES ('communication', %s, 'create', '', '{}')",
                (found[0],),
            )
    sql = (
        "SELECT occurred_at < now() - interval '29 days', confirmation::jsonb ->> 'receipt',"
        " (confirmation::jsonb ->> 'confirmed_at')::timestamptz > now() - interval '5 minutes'"
        " FROM communications WHERE id = :i"
    )
    assert _row(server_agency, sql, i=found[0]) == (True, "R1", True)


def test_nobody_rewrites_a_past_day_of_an_account_s_health(server_agency: ServerAgency) -> None:
    """The services replace the latest day's snapshot; an older day is history."""
    coca = server_agency.agency.accounts["coca"]
    with server_agency.owner.writer.begin() as conn:
        for back, score in ((10, 40), (0, 70)):
            conn.execute(
                text(
                    "INSERT INTO account_health_history (account_id, computed_on, score, band,"
                    " reasons) VALUES (:a, current_date - :b, :s, 'watch', '[]')"
                ),
                {"a": coca, "b": back, "s": score},
            )
    old = "computed_on < current_date - 5"
    with server_agency.connect("alvaro") as conn:
        assert _refused(conn, f"UPDATE account_health_history SET score = 95 WHERE {old}")
        assert _refused(
            conn, f"UPDATE account_health_history SET computed_on = current_date WHERE {old}"
        )
        assert _refused(
            conn,
            "UPDATE account_health_history SET computed_on = current_date - 3"
            " WHERE computed_on = current_date",
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO account_health_history (account_id, computed_on, score, reasons)"
                " VALUES (%s, current_date + 10, 99, '[]')",
                (coca,),
            )
        # today's snapshot is replaced by a later computation of the day
        assert (
            conn.execute(
                "UPDATE account_health_history SET score = 75 WHERE computed_on = current_date"
            ).rowcount
            == 1
        )
    sql = "SELECT array_agg(score ORDER BY computed_on)::text FROM account_health_history"
    assert _row(server_agency, sql) == ("{40,75}",)
