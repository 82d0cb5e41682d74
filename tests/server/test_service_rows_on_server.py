"""An account's requests, contact log, survey answers, improvement actions and health
history are written on the server as their services write them (security7 H2): Pablo, a
trainee on Coca-Cola's team, in his own psql session, neither reassigns, closes, rewrites
nor deletes a request, forges or rewrites a contact, rewrites a client's survey answers,
nor deletes what the directors read day by day; the services still take, move, reassign
and resolve a request, log a contact, schedule mail, settle triage and record a survey."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency
from sqlalchemy import text

from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.service_enums import Direction, Priority, RequestKind, RequestStatus
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.accounts.merge import merge_accounts, merge_plan
from agencia.services.communications import outbox, triage
from agencia.services.communications.intake import take
from agencia.services.communications.log import NewCommunication, log_communication
from agencia.services.communications.servers import MailServer
from agencia.services.satisfaction import templates
from agencia.services.satisfaction.responses import AnswerInput, ResponseInput, record_response
from agencia.services.service.requests import NewRequest, move_request, open_request, reassign


def _refused(conn: psycopg.Connection, statement: str, *args: object) -> bool:
    """Whether the statement was refused or touched no row."""
    try:
        return conn.execute(statement, args or None).rowcount == 0
    except psycopg.errors.InsufficientPrivilege:
        return True


def _on_the_trail(conn: psycopg.Connection, kind: str, record: int, action: str) -> None:
    """The trail entry the services write with a change (stamped by the server)."""
    conn.execute(
        "INSERT INTO audit_events (entity, entity_id, action, summary, changes)"
        " VALUES (%s, %s, %s, '', '{}')",
        (kind, record, action),
    )


def _owner_row(server_agency: ServerAgency, sql: str, **params: object) -> tuple[object, ...]:
    with server_agency.owner.reader.connect() as conn:
        return tuple(conn.execute(text(sql), params).one())


def _request(server_agency: ServerAgency, login: str = "alvaro") -> int:
    db, actor = server_agency.signed_in(login)
    try:
        data = NewRequest(
            server_agency.agency.accounts["coca"],
            Channel.PHONE,
            RequestKind.COMPLAINT,
            Priority.URGENT,
            "Reclamación urgente",
            "El cliente no recibió el material",
        )
        return open_request(db, actor, data).id
    finally:
        db.close()


def _contact(server_agency: ServerAgency, email: str = "compras@coca.es") -> int:
    account = server_agency.agency.accounts["coca"]
    data = ContactInput(full_name="Ana Compras", email=email)
    return save_contact(server_agency.owner, SYSTEM, account, data).id


_SQL_REQUEST = (
    "SELECT status, assignee_id, priority, description FROM service_requests WHERE id = :i"
)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE service_requests SET status = 'closed' WHERE id = %s",
        "UPDATE service_requests SET assignee_id = {laura} WHERE id = %s",
        "UPDATE service_requests SET priority = 'low', description = 'x' WHERE id = %s",
        "UPDATE service_requests SET due_resolution_at = now() + interval '1 year' WHERE id = %s",
        "UPDATE service_requests SET resolution = 'hecho' WHERE id = %s",
        "UPDATE service_requests SET status = 'resolved' WHERE id = %s",
        "DELETE FROM service_requests WHERE id = %s",
    ],
)
def test_a_trainee_cannot_reassign_close_rewrite_or_delete_a_request(
    server_agency: ServerAgency, statement: str
) -> None:
    request = _request(server_agency)
    before = _owner_row(server_agency, _SQL_REQUEST, i=request)
    laura = server_agency.agency.staff["laura"]
    with server_agency.connect("pablo") as pablo:
        assert pablo.execute("SELECT count(*) FROM service_requests").fetchone() == (1,)
        assert _refused(pablo, statement.format(laura=laura), request)
    assert _owner_row(server_agency, _SQL_REQUEST, i=request) == before


_TAKEN = (
    "INSERT INTO service_requests (account_id, channel, kind, priority, subject, description,"
    " status, resolution, received_at, pauses, queue_at, escalation, breached, message_id,"
    " resolved_at, version) VALUES (%s, 'phone', 'complaint', 'low', 'Ya resuelta', '',"
    " 'resolved', 'nada', now() - interval '30 days', '[]', now(), 0, false, '',"
    " now() - interval '29 days', 1)"
)


def test_a_trainee_cannot_take_a_request_already_resolved(server_agency: ServerAgency) -> None:
    """A request is taken open (requests.open_in), and on the trail."""
    coca = server_agency.agency.accounts["coca"]
    with server_agency.connect("pablo") as pablo:
        with pytest.raises(psycopg.errors.InsufficientPrivilege), pablo.transaction():
            row = pablo.execute(_TAKEN + " RETURNING id", (coca,)).fetchone()
            assert row is not None
            _on_the_trail(pablo, "service_request", row[0], "create")
        taken = _TAKEN.replace("'resolved'", "'assigned'").replace(
            "now() - interval '29 days'", "NULL"
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            pablo.execute(taken, (coca,))  # open, but off the trail
    assert _owner_row(server_agency, "SELECT count(*) FROM service_requests") == (0,)


def test_a_team_member_takes_no_request_from_whoever_handles_it(
    server_agency: ServerAgency,
) -> None:
    """REASSIGN_REQUESTS on the account is not enough (requests._may_reassign): Laura,
    a junior executive on the team, does not take Álvaro's request; his supervisor may."""
    staff, coca = server_agency.agency.staff, server_agency.agency.accounts["coca"]
    with server_agency.owner.writer.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO account_assignments (account_id, staff_id, role, since)"
                " VALUES (:a, :s, 'executive', current_date)"
            ),
            {"a": coca, "s": staff["laura"]},
        )
    request = _request(server_agency)
    assert _owner_row(server_agency, _SQL_REQUEST, i=request)[1] == staff["alvaro"]
    take_it = "UPDATE service_requests SET assignee_id = %s WHERE id = %s"
    with server_agency.connect("laura") as laura:
        assert _refused(laura, take_it, staff["laura"], request)
    with server_agency.connect("marta") as marta, marta.transaction():
        assert marta.execute(take_it, (staff["laura"], request)).rowcount == 1
        _on_the_trail(marta, "service_request", request, "reassign")
    assert _owner_row(server_agency, _SQL_REQUEST, i=request)[1] == staff["laura"]


def test_the_services_still_take_move_reassign_and_resolve_a_request(
    server_agency: ServerAgency,
) -> None:
    request = _request(server_agency)
    staff = server_agency.agency.staff
    db, pablo = server_agency.signed_in("pablo")  # a trainee moves what he may log on
    try:
        move_request(db, pablo, request, RequestStatus.IN_PROGRESS)
    finally:
        db.close()
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        reassign(db, alvaro, request, staff["pablo"])
        move_request(db, alvaro, request, RequestStatus.WAITING_ON_CLIENT)
        move_request(db, alvaro, request, RequestStatus.RESOLVED, "Material reenviado")
        move_request(db, alvaro, request, RequestStatus.CLOSED)
    finally:
        db.close()
    row = _owner_row(server_agency, _SQL_REQUEST, i=request)
    assert row[:2] == ("closed", staff["pablo"])
    reopen = (  # its resolution undone, its clock restarted (server_service_rules)
        "UPDATE service_requests SET status = 'reopened', resolved_at = NULL, closed_at = NULL,"
        " pauses = json_build_array(json_build_array(received_at, now())) WHERE id = %s"
    )
    with server_agency.connect("pablo") as conn:  # the move the service would make:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(reopen, (request,))  # not off the trail
        with conn.transaction():
            conn.execute(reopen, (request,))
            _on_the_trail(conn, "service_request", request, "move")
    assert _owner_row(server_agency, _SQL_REQUEST, i=request)[0] == "reopened"


_FORGED = (
    "INSERT INTO communications (account_id, channel, direction, contact_ids, addresses,"
    " staff_id, subject, summary, occurred_at, their_zone, delivery, confirmation,"
    " message_id, in_reply_to, document_sha256) VALUES (%s, 'certified_post', 'outbound',"
    " '[]', '[]', %s, 'Burofax', '', now() - interval '30 days', 'Europe/Madrid',"
    " 'delivered', '{\"receipt\": \"forged\"}', '', '', '')"
)


def _logged(server_agency: ServerAgency) -> int:
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        data = NewCommunication(
            server_agency.agency.accounts["coca"],
            Channel.EMAIL,
            Direction.INBOUND,
            "Queja del cliente",
            "Texto del correo",
            attachments=(("queja.pdf", "application/pdf", b"%PDF-1.4 queja"),),
        )
        return log_communication(db, alvaro, data).id
    finally:
        db.close()


def test_a_trainee_cannot_log_a_contact_in_someone_elses_name_or_off_the_trail(
    server_agency: ServerAgency,
) -> None:
    """Who logged a contact is the session's person, and when is on the trail: the
    burofax «sent by the director a month ago» is refused; his own is taken only with
    its trail entry, which says he logged it, and now."""
    staff, coca = server_agency.agency.staff, server_agency.agency.accounts["coca"]
    with server_agency.connect("pablo") as pablo:
        for someone in (staff["lucia"], None, staff["pablo"]):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                pablo.execute(_FORGED, (coca, someone))  # no trail entry with it
        with pablo.transaction():  # his own, with its entry, as the service writes it
            row = pablo.execute(_FORGED + " RETURNING id", (coca, staff["pablo"])).fetchone()
            assert row is not None
            _on_the_trail(pablo, "communication", row[0], "create")
    row = _owner_row(
        server_agency,
        "SELECT count(*), min(c.staff_id), min(e.staff_id), min(e.at) > now() - interval '1 minute'"
        " FROM communications c JOIN audit_events e ON e.entity = 'communication'"
        " AND e.entity_id = c.id",
    )
    assert row == (1, staff["pablo"], staff["pablo"], True)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE communications SET delivery = 'delivered', staff_id = {lucia} WHERE id = %s",
        "UPDATE communications SET summary = 'otra cosa' WHERE id = %s",
        "UPDATE communications SET occurred_at = now() - interval '30 days' WHERE id = %s",
        'UPDATE communications SET confirmation = \'{{"read_receipt": "forged"}}\' WHERE id = %s',
        "DELETE FROM communications WHERE id = %s",
        "DELETE FROM communication_attachments WHERE communication_id = %s",
        "UPDATE communication_attachments SET data = 'x' WHERE communication_id = %s",
    ],
)
def test_a_trainee_cannot_rewrite_or_delete_a_logged_contact(
    server_agency: ServerAgency, statement: str
) -> None:
    item = _logged(server_agency)
    sql = (
        "SELECT c.delivery, c.staff_id, c.summary, c.occurred_at, c.confirmation::text,"
        " count(a.id) FROM communications c LEFT JOIN communication_attachments a"
        " ON a.communication_id = c.id WHERE c.id = :i GROUP BY c.id"
    )
    before = _owner_row(server_agency, sql, i=item)
    lucia = server_agency.agency.staff["lucia"]
    for login in ("pablo", "alvaro"):  # its own author does not rewrite it either
        with server_agency.connect(login) as conn:
            assert conn.execute("SELECT count(*) FROM communications").fetchone() == (1,)
            assert _refused(conn, statement.format(lucia=lucia), item)
    assert _owner_row(server_agency, sql, i=item) == before


def _mail(sender: str, message_id: str, in_reply_to: str = "") -> bytes:
    reply = f"In-Reply-To: {in_reply_to}\r\n" if in_reply_to else ""
    return (
        f"From: {sender}\r\nTo: servicio@agencia.es\r\nSubject: Material\r\n"
        f"Message-ID: {message_id}\r\n{reply}\r\nYa está."
    ).encode()


def test_the_services_still_log_schedule_take_and_settle_mail(
    server_agency: ServerAgency,
) -> None:
    """A logged contact (above), a scheduled message (its schedule written after it is
    logged) and its sending, mail the mailbox takes in on a request (which it moves),
    triage settled on a contact."""
    coca = server_agency.agency.accounts["coca"]
    contact = _contact(server_agency)
    request = _request(server_agency)
    with server_agency.owner.writer.begin() as conn:  # the request came by e-mail
        conn.execute(text("UPDATE service_requests SET message_id = '<m1@agencia.es>'"))
    server = MailServer("servicio@agencia.es", "servicio@agencia.es", "127.0.0.1", 1, "x", 1)
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        move_request(db, alvaro, request, RequestStatus.WAITING_ON_CLIENT)
        later = datetime.now(UTC) + timedelta(hours=2)
        data = outbox.Outgoing(coca, (contact,), "Propuesta", "Hola", send_at=later)
        scheduled = outbox.send(db, alvaro, server, data)
        with unit_of_work(db, alvaro) as uow:  # the mailbox's intake: the client's reply
            reply = _mail("compras@coca.es", "<r1@coca.es>", "<m1@agencia.es>")
            outcome = take(uow, reply, None)
        assert (outcome.result, outcome.request_id) == ("logged", request)
    finally:
        db.close()
    assert _owner_row(server_agency, _SQL_REQUEST, i=request)[0] == "in_progress"
    sql = "SELECT scheduled_for IS NOT NULL, delivery FROM communications WHERE id = :i"
    assert _owner_row(server_agency, sql, i=scheduled) == (True, "pending")
    sending = "UPDATE communications SET delivery = 'delivered', occurred_at = {when} WHERE id = %s"
    with server_agency.connect("alvaro") as conn:  # not sent before its time
        assert _refused(conn, sending.format(when="now() - interval '30 days'"), scheduled)
    with server_agency.owner.writer.begin() as conn:  # its time comes
        due = "UPDATE communications SET scheduled_for = now() - interval '1 minute'"
        conn.execute(text(f"{due} WHERE id = :i"), {"i": scheduled})
    with server_agency.connect("alvaro") as conn:  # what send_due writes once it is sent
        assert _refused(conn, sending.format(when="now() - interval '30 days'"), scheduled)
        assert conn.execute(sending.format(when="now()"), (scheduled,)).rowcount == 1
    with server_agency.owner.writer.begin() as conn:  # mail from an unknown sender
        conn.execute(
            text(
                "INSERT INTO mail_triage (received_at, sender, subject, message_id, raw)"
                " VALUES (now(), 'otro@coca.es', 'Material', '<t1@coca.es>', :raw)"
            ),
            {"raw": _mail("otro@coca.es", "<t1@coca.es>")},
        )
        waiting = conn.execute(text("SELECT id FROM mail_triage")).scalar_one()
    db, pablo = server_agency.signed_in("pablo")
    try:
        settled = triage.assign(db, pablo, waiting, coca, contact)
    finally:
        db.close()
    assert settled.communication_id is not None
    sql = "SELECT staff_id, contact_ids::text FROM communications WHERE id = :i"
    row = _owner_row(server_agency, sql, i=settled.communication_id)
    assert row == (server_agency.agency.staff["pablo"], f"[{contact}]")


def _survey(server_agency: ServerAgency, login: str) -> int:
    """A client's response recorded through the service by `login`."""
    contact = _contact(server_agency)
    db, actor = server_agency.signed_in(login)
    try:
        shipped = templates.list_templates(db, actor)
        five = next(t for t in shipped if t.shipped == "five_indicators")
        answers = tuple(AnswerInput(d, q, 4, 3) for d in range(1, 6) for q in (1, 2))
        data = ResponseInput(
            five.id, server_agency.agency.accounts["coca"], contact, date.today(), answers
        )
        return record_response(db, actor, data).id
    finally:
        db.close()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE survey_answers SET perceived = 1 WHERE response_id = %s",
        "DELETE FROM survey_answers WHERE response_id = %s",
        "INSERT INTO survey_answers (response_id, dimension_no, question_no, expected,"
        " perceived) VALUES (%s, 1, 3, 5, 1)",
        "UPDATE survey_responses SET notes = 'x', importance = '{}' WHERE id = %s",
        "DELETE FROM survey_responses WHERE id = %s",
    ],
)
def test_a_trainee_records_a_survey_but_cannot_rewrite_or_delete_it(
    server_agency: ServerAgency, statement: str
) -> None:
    response = _survey(server_agency, "pablo")  # a trainee records what the client said
    sql = (
        "SELECT count(*), sum(a.perceived), min(r.notes) FROM survey_responses r"
        " JOIN survey_answers a ON a.response_id = r.id WHERE r.id = :i"
    )
    before = _owner_row(server_agency, sql, i=response)
    assert before[:2] == (10, 30)
    for login in ("pablo", "alvaro"):
        with server_agency.connect(login) as conn:
            assert conn.execute("SELECT count(*) FROM survey_answers").fetchone() == (10,)
            assert _refused(conn, statement, response)
    assert _owner_row(server_agency, sql, i=response) == before


def test_nobody_deletes_improvement_actions_or_the_health_history(
    server_agency: ServerAgency,
) -> None:
    """Health is kept day by day for the directors (a merge alone takes a duplicate's);
    an improvement action is closed, never deleted."""
    coca, alvaro = server_agency.agency.accounts["coca"], server_agency.agency.staff["alvaro"]
    with server_agency.owner.writer.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO account_health_history (account_id, computed_on, score, band,"
                " reasons) VALUES (:a, current_date - 1, 80, 'healthy', '[]')"
            ),
            {"a": coca},
        )
        conn.execute(
            text(
                "INSERT INTO improvement_actions (account_id, dimension, title, owner_id,"
                " opened_on, due_on, status, opened_gap, created_at, version) VALUES"
                " (:a, 'Respuesta', 'Llamar', :o, current_date, current_date + 7, 'open',"
                " 1.5, now(), 1)"
            ),
            {"a": coca, "o": alvaro},
        )
    for login in ("pablo", "alvaro", "lucia"):
        with server_agency.connect(login) as conn:
            assert conn.execute("SELECT count(*) FROM account_health_history").fetchone() == (1,)
            assert _refused(conn, "DELETE FROM account_health_history WHERE account_id = %s", coca)
            assert _refused(conn, "DELETE FROM improvement_actions WHERE account_id = %s", coca)
    with server_agency.connect("pablo") as conn:  # nor rewrites an action (not his work)
        assert _refused(conn, "UPDATE improvement_actions SET status = 'done'")
    sql = "SELECT (SELECT count(*) FROM account_health_history), count(*) FROM improvement_actions"
    assert _owner_row(server_agency, sql) == (1, 1)


def test_a_merge_still_moves_the_duplicates_requests_and_contacts(
    server_agency: ServerAgency,
) -> None:
    """accounts.merge: the administrator moves the duplicate's requests and contact log
    to the kept account, and its health history goes with it."""
    accounts = server_agency.agency.accounts
    keep, dup = accounts["coca"], accounts["garcia"]
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        data = NewRequest(dup, Channel.PHONE, RequestKind.COMPLAINT, Priority.LOW, "Pedido")
        request = open_request(db, alvaro, data).id
        logged = NewCommunication(dup, Channel.PHONE, Direction.INBOUND, "Llamada")
        item = log_communication(db, alvaro, logged).id
    finally:
        db.close()
    with server_agency.owner.writer.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO account_health_history (account_id, computed_on, score, band,"
                " reasons) VALUES (:a, current_date, 60, 'watch', '[]')"
            ),
            {"a": dup},
        )
    db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        plan = merge_plan(db, admin, keep, dup)
        merge_accounts(db, admin, keep, dup, plan.keep_version, plan.duplicate_version)
    finally:
        db.close()
    sql = (
        "SELECT (SELECT account_id FROM service_requests WHERE id = :r),"
        " (SELECT account_id FROM communications WHERE id = :c),"
        " (SELECT count(*) FROM account_health_history WHERE account_id = :d)"
    )
    assert _owner_row(server_agency, sql, r=request, c=item, d=dup) == (keep, keep, 0)
