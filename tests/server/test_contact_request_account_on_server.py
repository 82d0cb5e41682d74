"""A contact is filed on its request's account (explore9 L7): Pablo, a trainee on
Coca-Cola's team, in his own psql session, logged a contact on Coca-Cola naming a
request of Andino (another group's, which he cannot see) and the server took it. Now the
server refuses it at commit, and so does the service; a contact on Coca-Cola's own
request is still logged."""

from __future__ import annotations

import psycopg
import pytest
from server_world import ServerAgency
from sqlalchemy import text

from agencia.domain.enums import Channel
from agencia.domain.errors import DomainError
from agencia.domain.service_enums import Direction, Priority, RequestKind
from agencia.services.communications.log import NewCommunication, log_communication
from agencia.services.service.requests import NewRequest, open_request

_CONTACT = (
    "INSERT INTO communications (account_id, request_id, channel, direction, contact_ids,"
    " addresses, staff_id, subject, summary, occurred_at, their_zone, delivery, confirmation,"
    " message_id, in_reply_to, document_sha256) VALUES (%s, %s, 'email', 'outbound', '[]',"
    " '[]', %s, 'x', 'y', now(), 'Europe/Madrid', 'not_applicable', '{}', '', '', '')"
    " RETURNING id"
)


def _request(server_agency: ServerAgency, login: str, account: str) -> int:
    db, actor = server_agency.signed_in(login)
    try:
        data = NewRequest(
            server_agency.agency.accounts[account],
            Channel.PHONE,
            RequestKind.REQUEST,
            Priority.NORMAL,
            "Petición",
            "",
        )
        return open_request(db, actor, data).id
    finally:
        db.close()


def _log(conn: psycopg.Connection, account: int, request: int, staff: int) -> None:
    with conn.transaction():
        row = conn.execute(_CONTACT, (account, request, staff)).fetchone()
        assert row is not None
        conn.execute(
            "INSERT INTO audit_events (entity, entity_id, account_id, action, summary, changes)"
            " VALUES ('communication', %s, %s, 'create', 'x', '{}')",
            (row[0], account),
        )


def test_a_contact_is_filed_on_its_requests_account(server_agency: ServerAgency) -> None:
    staff, coca = server_agency.agency.staff, server_agency.agency.accounts["coca"]
    with server_agency.owner.writer.begin() as conn:  # a new sign-in's first password kept
        conn.execute(text("UPDATE users SET must_change_password = false"))
    andino = _request(server_agency, "raul", "andino")
    own = _request(server_agency, "alvaro", "coca")
    with server_agency.connect("pablo") as pablo:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="request"):
            _log(pablo, coca, andino, staff["pablo"])
        _log(pablo, coca, own, staff["pablo"])
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        for request in (andino, own):
            data = NewCommunication(
                coca, Channel.PHONE, Direction.INBOUND, "Llamada", request_id=request
            )
            if request == andino:
                with pytest.raises(DomainError) as refused:
                    log_communication(db, alvaro, data)
                assert refused.value.code == "communication.request_elsewhere"
            else:
                log_communication(db, alvaro, data)
    finally:
        db.close()
    with server_agency.owner.reader.connect() as conn:
        filed = conn.execute(
            text("SELECT request_id, count(*) FROM communications GROUP BY 1")
        ).all()
    assert filed == [(own, 2)]
