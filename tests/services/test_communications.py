"""The contact log on both databases: delivery confirmations by channel, `.eml` files
dropped on an account (threading, reopening, malformed files refused whole), the agency's
mailbox read over IMAP from a real Dovecot, and sending through a real SMTP server."""

from __future__ import annotations

import hashlib
import imaplib
from dataclasses import replace
from datetime import UTC, datetime
from email import message_from_bytes
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from mail_servers import Dovecot, Smtp
from service_world import Desk, service_desk
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.errors import PermissionDenied, ValidationError
from agencia.domain.service_enums import Delivery, Direction, Priority, RequestKind, RequestStatus
from agencia.domain.service_models import Communication, MailAccount, MailTriage
from agencia.services.communications import connection, intake, log, mailbox, outbox, servers
from agencia.services.communications.mime import BadMessage
from agencia.services.service import queries, requests

MADRID = ZoneInfo("Europe/Madrid")


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def eml(
    sender: str,
    subject: str,
    message_id: str,
    *,
    reply_to: str = "",
    body: str = "Hola",
    attachment: bytes | None = None,
) -> bytes:
    headers = [
        f"From: {sender}",
        "To: servicio@agencia.es",
        f"Subject: {subject}",
        f"Message-ID: {message_id}",
        "Date: Tue, 10 Mar 2026 10:00:00 +0100",
    ]
    if reply_to:
        headers += [f"In-Reply-To: {reply_to}", f"References: {reply_to}"]
    if attachment is None:
        return ("\r\n".join(headers) + "\r\n\r\n" + body + "\r\n").encode()
    import base64

    encoded = base64.b64encode(attachment).decode()
    parts = [
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="XYZ"',
        "",
        "--XYZ",
        "Content-Type: text/plain; charset=utf-8",
        "",
        body,
        "--XYZ",
        'Content-Type: application/pdf; name="acta.pdf"',
        'Content-Disposition: attachment; filename="acta.pdf"',
        "Content-Transfer-Encoding: base64",
        "",
        encoded,
        "--XYZ--",
        "",
    ]
    return ("\r\n".join(headers + parts)).encode()


MALFORMED = b"From: ana@cafe-madrid.es\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!abc\r\n"


def _communications(db: Database) -> list[Communication]:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return list(uow.session.scalars(select(Communication).order_by(Communication.id)))


def test_delivery_confirmation_where_the_channel_has_one(desk: Desk) -> None:
    who = desk.actor("exec")
    courier = log.NewCommunication(
        desk.accounts["madrid"],
        Channel.COURIER,
        Direction.OUTBOUND,
        "Muestras",
        contact_ids=(desk.contacts["ana"],),
        delivery=Delivery.DELIVERED,
        confirmation={"carrier": "SEUR", "tracking_number": "123", "signed_by": "Ana"},
    )
    log.log_communication(desk.db, who, courier)
    urgent_letter = log.NewCommunication(
        desk.accounts["madrid"],
        Channel.POST,
        Direction.OUTBOUND,
        "Carta",
        confirmation={"signed_by": "Ana"},
    )
    with pytest.raises(ValidationError) as refused:
        log.log_communication(desk.db, who, urgent_letter)
    assert refused.value.field_errors["confirmation"][0] == "communication.no_such_confirmation"
    phone = log.NewCommunication(
        desk.accounts["madrid"],
        Channel.PHONE,
        Direction.INBOUND,
        "Llamada",
        delivery=Delivery.DELIVERED,
    )
    with pytest.raises(ValidationError):
        log.log_communication(desk.db, who, phone)
    rows = log.list_communications(desk.db, who)
    assert [(r.channel, r.delivery) for r in rows] == [("courier", "delivered")]
    assert log.list_communications(desk.db, desk.actor("other")) == []


def test_eml_files_thread_onto_their_request_and_reopen_it(desk: Desk) -> None:
    who = desk.actor("exec")
    pdf = b"%PDF-1.4 acta"
    first = eml("Ana <ana@cafe-madrid.es>", "Falta el logo", "<1@cafe>", attachment=pdf)
    outcomes = intake.import_files(desk.db, who, [first], desk.accounts["madrid"])
    assert [o.result for o in outcomes] == ["logged"]
    # a request taken from that message, then resolved
    rid = requests.open_request(
        desk.db,
        who,
        requests.NewRequest(
            desk.accounts["madrid"],
            Channel.EMAIL,
            RequestKind.INCIDENT,
            Priority.HIGH,
            "Falta el logo",
            message_id="<1@cafe>",
            received_at=datetime(2026, 3, 10, 10, tzinfo=MADRID),
        ),
    ).id
    requests.move_request(desk.db, who, rid, RequestStatus.RESOLVED, "Enviado")
    reply = eml("ana@cafe-madrid.es", "Re: Falta el logo", "<2@cafe>", reply_to="<1@cafe>")
    again = intake.import_files(desk.db, who, [reply, first], desk.accounts["madrid"])
    assert [(o.result, o.request_id) for o in again] == [("logged", rid), ("duplicate", None)]
    shown = queries.show_request(desk.db, who, rid)
    assert shown.row.status == "reopened"
    assert [c.subject for c in shown.thread] == ["Re: Falta el logo"]
    rows = log.list_communications(desk.db, who)
    assert rows[-1].attachments == (hashlib.sha256(pdf).hexdigest(),)


def test_a_malformed_file_refuses_the_whole_drop(desk: Desk) -> None:
    good = eml("ana@cafe-madrid.es", "Bien", "<3@cafe>")
    with pytest.raises(BadMessage) as refused:
        intake.import_files(desk.db, desk.actor("exec"), [good, MALFORMED], desk.accounts["madrid"])
    assert refused.value.code == "mail.bad_message"
    assert _communications(desk.db) == []
    huge = b"From: a@b.c\r\n\r\n" + b"x" * (26 * 1024 * 1024)
    with pytest.raises(BadMessage) as too_big:
        intake.import_files(desk.db, desk.actor("exec"), [huge], desk.accounts["madrid"])
    assert too_big.value.code == "mail.too_big"


# --- real servers ---------------------------------------------------------------------


# `dovecot`, `smtp` and `mail_server` (the account that reaches both): tests/services/conftest.py


def _imap_only(dovecot: Dovecot) -> servers.MailServer:
    """A mail account that only reads `dovecot`'s mailbox, with its own login."""
    return servers.MailServer(
        address="servicio@agencia.es",
        username=dovecot.user,
        imap_host="127.0.0.1",
        imap_port=dovecot.port,
        smtp_host="127.0.0.1",
        smtp_port=0,
        security="none",
        password=dovecot.password,
        context=None,
    )


def _empty(dovecot: Dovecot) -> None:
    for sub in ("new", "cur"):
        for path in (dovecot.maildir / sub).iterdir():
            path.unlink()


def test_the_mailbox_is_read_over_imap(desk: Desk, dovecot: Dovecot) -> None:
    _empty(dovecot)
    with unit_of_work(desk.db, SYSTEM) as uow:
        uow.session.add(
            MailAccount(
                address="servicio@agencia.es",
                username=dovecot.user,
                last_uid=0,
                imap_host="127.0.0.1",
            )
        )
    who = desk.actor("exec")
    rid = requests.open_request(
        desk.db,
        who,
        requests.NewRequest(
            desk.accounts["mexico"],
            Channel.EMAIL,
            RequestKind.REQUEST,
            Priority.NORMAL,
            "Cotización",
            message_id="<10@tacos>",
        ),
    ).id
    requests.move_request(desk.db, who, rid, RequestStatus.WAITING_ON_CLIENT)
    dovecot.deliver(eml("Ana <ANA@cafe-madrid.es>", "Pregunta", "<11@cafe>"))
    dovecot.deliver(eml("beto@tacos.mx", "Re: Cotización", "<12@tacos>", reply_to="<10@tacos>"))
    dovecot.deliver(eml("desconocido@spam.example", "Oferta", "<13@spam>"))
    dovecot.deliver(MALFORMED)
    run = mailbox.read_mailbox(desk.db, desk.admin, _imap_only(dovecot))
    assert [(o.result, o.account_id) for o in run.outcomes] == [
        ("logged", desk.accounts["madrid"]),
        ("logged", desk.accounts["mexico"]),
        ("triage", None),
    ]
    assert [code for _, code in run.refused] == ["mail.bad_message"]
    assert run.outcomes[1].request_id == rid
    assert queries.show_request(desk.db, who, rid).row.status == "in_progress"  # the wait ends
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        assert uow.session.scalars(select(MailTriage.sender)).all() == ["desconocido@spam.example"]
    assert len(_communications(desk.db)) == 2
    again = mailbox.read_mailbox(desk.db, desk.admin, _imap_only(dovecot))
    assert again.outcomes == () and again.refused == ()


def test_sending_to_several_contacts_with_a_document(
    desk: Desk, dovecot: Dovecot, smtp: Smtp, mail_server: servers.MailServer
) -> None:
    _empty(dovecot)
    smtp.received.clear()
    from agencia.services.accounts.contacts import ContactInput, save_contact

    carla = save_contact(
        desk.db,
        desk.admin,
        desk.accounts["madrid"],
        ContactInput(full_name="Carla", email="carla@cafe-madrid.es"),
    ).id
    pdf = b"%PDF-1.4 el acta de la reunion"
    data = outbox.Outgoing(
        desk.accounts["madrid"],
        (desk.contacts["ana"], carla),
        "Acta de la reunión",
        "Adjuntamos el acta.",
        attachments=(("acta.pdf", "application/pdf", pdf),),
    )
    sent = outbox.send(desk.db, desk.actor("exec"), mail_server, data)
    ((mail_from, to, _raw),) = smtp.received
    assert mail_from == "servicio@agencia.es"
    assert sorted(to) == ["ana@cafe-madrid.es", "carla@cafe-madrid.es"]
    # read back over IMAP from the mailbox it was delivered to
    conn = imaplib.IMAP4("127.0.0.1", dovecot.port)
    conn.login(dovecot.user, dovecot.password)
    conn.select("INBOX", readonly=True)
    _, found = conn.search(None, "ALL")
    _, parts = conn.fetch(found[0].split()[-1], "(RFC822)")
    conn.logout()
    fetched = parts[0]
    assert isinstance(fetched, tuple)
    message = message_from_bytes(fetched[1])
    files = [p.get_payload(decode=True) for p in message.walk() if p.get_filename() == "acta.pdf"]
    assert files == [pdf]
    row = next(c for c in _communications(desk.db) if c.id == sent)
    assert row.document_sha256 == hashlib.sha256(pdf).hexdigest()
    assert row.delivery is Delivery.DELIVERED and row.message_id == message["Message-ID"]


def test_header_injection_is_refused_before_any_server_is_asked(
    desk: Desk, dovecot: Dovecot, smtp: Smtp, mail_server: servers.MailServer
) -> None:
    smtp.received.clear()
    data = outbox.Outgoing(
        desk.accounts["madrid"], (desk.contacts["ana"],), "Hola\r\nBcc: todos@example.com", "x"
    )
    with pytest.raises(ValidationError) as refused:
        outbox.send(desk.db, desk.actor("exec"), mail_server, data)
    assert refused.value.field_errors["subject"][0] == "mail.header_injection"
    assert smtp.received == [] and _communications(desk.db) == []
    ok = outbox.Outgoing(desk.accounts["madrid"], (desk.contacts["ana"],), "Hola", "x")
    bad_login = servers.MailServer(
        "servicio@agencia.es",
        smtp.user,
        "127.0.0.1",
        dovecot.port,
        "127.0.0.1",
        smtp.port,
        "starttls",
        "otra",
        smtp.client_context,
    )
    with pytest.raises(servers.MailServerError):
        outbox.send(desk.db, desk.actor("exec"), bad_login, ok)
    assert _communications(desk.db) == []


def test_a_send_scheduled_in_the_recipient_s_zone(
    desk: Desk, smtp: Smtp, mail_server: servers.MailServer
) -> None:
    smtp.received.clear()
    data = outbox.Outgoing(
        desk.accounts["mexico"],
        (desk.contacts["beto"],),
        "Buenos días",
        "Hola",
        send_at=datetime(2026, 3, 11, 9),
        zone="America/Mexico_City",
    )
    now = datetime(2026, 3, 11, 8, tzinfo=UTC)
    item = outbox.send(desk.db, desk.actor("exec"), mail_server, data, now=now)
    assert smtp.received == []
    assert (
        outbox.send_due(desk.db, desk.admin, mail_server, datetime(2026, 3, 11, 14, 59, tzinfo=UTC))
        == []
    )
    assert outbox.send_due(
        desk.db, desk.admin, mail_server, datetime(2026, 3, 11, 15, tzinfo=UTC)
    ) == [item]
    assert [to for _, to, _ in smtp.received] == [["beto@tacos.mx"]]


def test_the_mail_password_lives_in_the_keyring(desk: Desk) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        server = servers.MailServer(
            "servicio@agencia.es", "servicio", "imap.x", 993, "smtp.x", 587, "tls"
        )
        servers.save_mail_account(desk.db, desk.admin, server, "s3creto-de-correo")
        with pytest.raises(PermissionDenied):
            servers.save_mail_account(desk.db, desk.actor("exec"), server, "x")
        assert servers.mail_server(desk.db, desk.admin).password == "s3creto-de-correo"
        shown = connection.mail_settings(desk.db, desk.admin)  # what the settings dialog gets
        assert shown == replace(server, password="")
        with desk.db.writer.connect() as conn:
            rows = conn.exec_driver_sql("SELECT * FROM mail_accounts").all()
        assert rows and all("s3creto" not in str(value) for value in rows[0])
    finally:
        keyring.set_keyring(previous)


def test_the_eml_helper_is_well_formed(tmp_path: Path) -> None:
    """A control for the tests above: their sample message parses as written."""
    from agencia.services.communications.mime import parse

    mail = parse(eml("ana@cafe-madrid.es", "Asunto", "<1@x>", attachment=b"abc"))
    assert (mail.sender, mail.attachments[0].data) == ("ana@cafe-madrid.es", b"abc")


HOSTILE = {
    "no headers": b"garbage without headers",
    "broken base64 body": b"From: a@b.es\r\nContent-Transfer-Encoding: base64\r\n\r\n!!\r\n",
    "no start boundary": (
        b"From: a@b.es\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\nno parts\r\n"
    ),
    "wrong charset": (
        b"From: a@b.es\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n\xff\xfe\r\n"
    ),
    "unknown charset": b"From: a@b.es\r\nContent-Type: text/plain; charset=x-nada\r\n\r\nhola\r\n",
    "no sender": b"Subject: x\r\n\r\nbody\r\n",
    "broken attachment": (
        b'From: a@b.es\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n'
        b"\r\n--B\r\nContent-Type: text/plain\r\n\r\nhola\r\n--B\r\n"
        b'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="a.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n@@@@\r\n--B--\r\n"
    ),
    "too many parts": b'From: a@b.es\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n'
    + b"--B\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 250
    + b"--B--\r\n",
}


@pytest.mark.parametrize("raw", HOSTILE.values(), ids=list(HOSTILE))
def test_hostile_messages_are_refused_whole(raw: bytes) -> None:
    from agencia.services.communications.mime import parse

    with pytest.raises(BadMessage) as refused:
        parse(raw)
    assert refused.value.code == "mail.bad_message"


def test_the_account_timeline_merges_and_filters(desk: Desk) -> None:
    from agencia.services.communications.timeline import timeline

    who = desk.actor("exec")
    account = desk.accounts["madrid"]
    for day, subject in ((2, "Llamada"), (4, "Carta")):
        log.log_communication(
            desk.db,
            who,
            log.NewCommunication(
                account,
                Channel.PHONE,
                Direction.INBOUND,
                subject,
                occurred_at=datetime(2026, 3, day, 10, tzinfo=UTC),
            ),
        )
    requests.open_request(
        desk.db,
        who,
        requests.NewRequest(
            account,
            Channel.WEB,
            RequestKind.REQUEST,
            Priority.LOW,
            "Petición",
            received_at=datetime(2026, 3, 3, 10, tzinfo=UTC),
        ),
    )
    everything = timeline(desk.db, who, account)
    assert [(m.kind, m.title) for m in everything] == [
        ("communication", "Carta"),
        ("request", "Petición"),
        ("communication", "Llamada"),
    ]
    assert [m.title for m in timeline(desk.db, who, account, kinds=["request"])] == ["Petición"]
    assert timeline(desk.db, who, account, staff_id=desk.staff["other"]) == []
    assert [m.title for m in timeline(desk.db, who, account, limit=1)] == ["Carta"]
    with pytest.raises(PermissionDenied):
        timeline(desk.db, desk.actor("other"), account)
