"""The satisfaction questionnaire sent by e-mail on both databases, through the real SMTP
server on loopback (aiosmtpd, delivering into a throwaway Dovecot): the contact receives
their own fillable PDF, in the client's language; the send is logged as a communication
with the PDF's SHA-256 and the server's Message-ID; a contact without an address or a
person who may not record surveys is refused before any server is asked."""

from __future__ import annotations

import hashlib
import io
from email import message_from_bytes, policy
from email.message import Message

import pytest
from mail_servers import Smtp
from pypdf import PdfReader
from service_world import Desk, service_desk
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.decks.questionnaire import IDENTITY
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.errors import PermissionDenied, ValidationError
from agencia.domain.models import Account
from agencia.domain.service_enums import Delivery, Direction
from agencia.domain.service_models import Communication
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.communications import servers
from agencia.services.communications.questionnaire_mail import send_questionnaire
from agencia.services.satisfaction import templates


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


# `dovecot`, `smtp` and `mail_server` (the account that reaches both): tests/services/conftest.py


def _communications(db: Database) -> list[Communication]:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return list(uow.session.scalars(select(Communication).order_by(Communication.id)))


def _pdf(message: Message) -> tuple[str, bytes]:
    (part,) = [p for p in message.walk() if p.get_content_type() == "application/pdf"]
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)
    return part.get_filename() or "", data


def test_the_questionnaire_goes_to_the_contact_and_is_logged(
    desk: Desk, smtp: Smtp, mail_server: servers.MailServer
) -> None:
    smtp.received.clear()
    five = templates.list_templates(desk.db, desk.admin)[0]
    ana = desk.contacts["ana"]
    sent = send_questionnaire(desk.db, desk.actor("exec"), mail_server, five.id, ana)
    ((mail_from, to, raw),) = smtp.received
    assert (mail_from, to) == ("servicio@agencia.es", ["ana@cafe-madrid.es"])
    message = message_from_bytes(raw, policy=policy.default)
    assert str(message["Subject"]).startswith("Encuesta de satisfacción")
    name, pdf = _pdf(message)
    assert name == "encuesta-de-satisfaccion.pdf"
    fields = PdfReader(io.BytesIO(pdf)).get_fields() or {}
    identity = str(fields[IDENTITY].get("/V"))
    assert identity.split(":")[:3] == [str(five.id), str(desk.accounts["madrid"]), str(ana)]
    (row,) = _communications(desk.db)
    assert row.id == sent and row.account_id == desk.accounts["madrid"]
    assert (row.channel, row.direction, row.delivery) == (
        Channel.EMAIL, Direction.OUTBOUND, Delivery.DELIVERED
    )  # fmt: skip
    assert row.document_sha256 == hashlib.sha256(pdf).hexdigest()
    assert row.message_id == message["Message-ID"]
    # logged pending before it left; the server took it: delivered, confirmed by its
    # sender when it was sent (outbox.send)
    assert row.confirmation.keys() == {"message_id", "confirmed_at", "confirmed_by"}
    assert row.confirmation["confirmed_by"] == desk.staff["exec"]
    assert row.confirmation["message_id"] == message["Message-ID"]


def test_an_english_speaking_client_gets_it_in_english(
    desk: Desk, smtp: Smtp, mail_server: servers.MailServer
) -> None:
    smtp.received.clear()
    with unit_of_work(desk.db, SYSTEM) as uow:
        account = uow.session.get(Account, desk.accounts["mexico"])
        assert account is not None
        account.locale = "en_US"
    five = templates.list_templates(desk.db, desk.admin)[0]
    send_questionnaire(desk.db, desk.actor("exec"), mail_server, five.id, desk.contacts["beto"])
    ((_from, _to, raw),) = smtp.received
    message = message_from_bytes(raw, policy=policy.default)
    assert str(message["Subject"]).endswith("satisfaction survey")
    name, pdf = _pdf(message)
    assert name == "satisfaction-survey.pdf"
    assert "Five quality indicators" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_refused_before_any_server_is_asked(
    desk: Desk, smtp: Smtp, mail_server: servers.MailServer
) -> None:
    smtp.received.clear()
    five = templates.list_templates(desk.db, desk.admin)[0]
    silent = save_contact(
        desk.db, desk.admin, desk.accounts["madrid"], ContactInput(full_name="Sin Correo")
    ).id
    with pytest.raises(ValidationError) as refused:
        send_questionnaire(desk.db, desk.actor("exec"), mail_server, five.id, silent)
    assert refused.value.field_errors["contact_ids"][0] == "mail.bad_recipient"
    with pytest.raises(PermissionDenied):
        send_questionnaire(desk.db, desk.actor("loner"), mail_server, five.id, desk.contacts["ana"])
    assert smtp.received == [] and _communications(desk.db) == []
