"""What people write at length — a request's description and resolution, a contact's
summary, a message's text — refuses, like a subject, the invisible characters that make
text read otherwise than it is stored (U+202A–U+202E, U+2066–U+2069: «Pagado ‮fdp.exe»
shows «Pagado exe.pdf»), and the control characters no field may hold; its line breaks
are its own. Mail from outside cannot be refused for them: its text comes in without them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from mail_servers import Smtp
from service_world import Desk, service_desk
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import validation as v
from agencia.domain.enums import Channel
from agencia.domain.errors import ValidationError
from agencia.domain.service_enums import Direction, Priority, RequestKind, RequestStatus
from agencia.domain.service_models import Communication, ServiceRequest
from agencia.services.communications import intake, log, mime, outbox, servers
from agencia.services.service import requests

HIDDEN = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
LINES = "Llamó Ana.\nPagado el 3 de marzo.\r\n\tFactura 1234."


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _refused(call: Callable[..., object], *args: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as refused:
        call(*args)
    return {key: code for key, (code, _params) in refused.value.field_errors.items()}


def _new(desk: Desk, description: str) -> requests.NewRequest:
    return requests.NewRequest(
        desk.accounts["madrid"],
        Channel.PHONE,
        RequestKind.COMPLAINT,
        Priority.NORMAL,
        "Factura duplicada",
        description=description,
    )


def _requests(desk: Desk) -> list[ServiceRequest]:
    with unit_of_work(desk.db, desk.admin, write=False) as uow:
        found = list(uow.session.scalars(select(ServiceRequest).order_by(ServiceRequest.id)))
        for item in found:
            uow.session.expunge(item)
        return found


def _communications(desk: Desk) -> list[Communication]:
    with unit_of_work(desk.db, desk.admin, write=False) as uow:
        found = list(uow.session.scalars(select(Communication).order_by(Communication.id)))
        for item in found:
            uow.session.expunge(item)
        return found


@pytest.mark.parametrize("hidden", HIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_the_rule_refuses_each_direction_character_and_keeps_lines(hidden: str) -> None:
    assert v.text_problem(f"Pagado {hidden}fdp.exe") == "field.bidi"
    assert v.text_problem(LINES) is None
    assert v.text_problem("Pagado\x1b[2J") == "field.control"
    assert v.readable_text(f"Pagado {hidden}fdp.exe\nOK\x00\x1b") == "Pagado fdp.exe\nOK"


def test_a_request_s_description_refuses_them_and_keeps_its_lines(desk: Desk) -> None:
    exec_ = desk.actor("exec")
    assert requests.validate_request(_new(desk, "Pagado \u202efdp.exe")) == {
        "description": ("field.bidi", {})
    }
    assert _refused(requests.open_request, desk.db, exec_, _new(desk, "Ver \u2067adjunto")) == {
        "description": "field.bidi"
    }
    assert _refused(requests.open_request, desk.db, exec_, _new(desk, "NUL\x00")) == {
        "description": "field.control"
    }
    assert _requests(desk) == []
    requests.open_request(desk.db, exec_, _new(desk, LINES))
    assert [r.description for r in _requests(desk)] == [LINES]


def test_a_resolution_refuses_them_and_the_request_stays_where_it_was(desk: Desk) -> None:
    exec_ = desk.actor("exec")
    rid = requests.open_request(desk.db, exec_, _new(desk, "")).id
    refused = _refused(
        requests.move_request, desk.db, exec_, rid, RequestStatus.RESOLVED, "Pagado \u202efdp.exe"
    )
    assert refused == {"resolution": "field.bidi"}
    assert requests.validate_resolution("Pagado \u202efdp.exe") == {
        "resolution": ("field.bidi", {})
    }
    (kept,) = _requests(desk)
    assert (kept.status, kept.resolution) == (RequestStatus.ASSIGNED, "")
    requests.move_request(desk.db, exec_, rid, RequestStatus.RESOLVED, LINES)
    (kept,) = _requests(desk)
    assert (kept.status, kept.resolution) == (RequestStatus.RESOLVED, LINES.strip())


def test_a_logged_contact_s_summary_refuses_them_and_keeps_its_lines(desk: Desk) -> None:
    def contact(summary: str) -> log.NewCommunication:
        return log.NewCommunication(
            desk.accounts["madrid"], Channel.PHONE, Direction.INBOUND, "Llamada", summary
        )

    assert log.validate_communication(contact("Pagado \u202efdp.exe")) == {
        "summary": ("field.bidi", {})
    }
    exec_ = desk.actor("exec")
    bad = contact("Ver \u2066adjunto")
    assert _refused(log.log_communication, desk.db, exec_, bad) == {"summary": "field.bidi"}
    assert _communications(desk) == []
    log.log_communication(desk.db, exec_, contact(LINES))
    assert [c.summary for c in _communications(desk)] == [LINES]


def test_a_message_s_text_refuses_them_before_any_server_is_asked(
    desk: Desk, smtp: Smtp, mail_server: servers.MailServer
) -> None:
    smtp.received.clear()
    data = outbox.Outgoing(
        desk.accounts["madrid"], (desk.contacts["ana"],), "Factura", "Pagado \u202efdp.exe"
    )
    assert _refused(outbox.send, desk.db, desk.actor("exec"), mail_server, data) == {
        "body": "field.bidi"
    }
    assert smtp.received == [] and _communications(desk) == []


def test_mail_from_outside_comes_in_without_them_its_lines_kept(desk: Desk) -> None:
    raw = (
        "From: Ana <ana@cafe-madrid.es>\r\nTo: servicio@agencia.es\r\nSubject: Pago\r\n"
        "Message-ID: <pago@cafe>\r\nDate: Tue, 10 Mar 2026 10:00:00 +0100\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Pagado \u202efdp.exe\r\nSaludos,\r\n\x1b[2JAna\r\n"
    ).encode()
    # its lines kept, as one writes them here (the wire's CRLF is the transport's)
    assert mime.parse(raw).text == "Pagado fdp.exe\nSaludos,\n[2JAna\n"
    intake.import_files(desk.db, desk.actor("exec"), [raw], desk.accounts["madrid"])
    (logged,) = _communications(desk)
    assert logged.summary == "Pagado fdp.exe\nSaludos,\n[2JAna\n"
