"""Mail from outside cannot be refused for its subject, so the mail reader cleans it: a
direction override (U+202E before «fdp.exe» shows «Factura exe.pdf»), an
isolate, a control character or a line break is dropped from the subject, the sender and
an attachment's name, as the house's one-line rule refuses them in a typed subject; the
letters of every script, accents and emoji stay. And a confirmation a channel does not
have is refused naming its fields as the forms do, never by their keys."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest
from mail_servers import Dovecot
from service_world import Desk, service_desk
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.errors import ValidationError
from agencia.domain.messages import language, render, set_language
from agencia.domain.service_enums import Delivery, Direction
from agencia.domain.service_models import Communication, MailAccount, MailTriage
from agencia.services.communications import delivery, log, mailbox, servers
from agencia.services.communications.mime import parse


def _q(text: str) -> str:
    """`text` as an RFC 2047 encoded word (how mail programs send non-ASCII headers)."""
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


def _message(sender: str, subject: str, message_id: str, attachment: str = "") -> bytes:
    """A real RFC 5322 message, its headers as a hostile sender would write them."""
    head = (
        f"From: {sender}\r\nTo: servicio@agencia.es\r\nSubject: {subject}\r\n"
        f"Message-ID: {message_id}\r\nDate: Tue, 10 Mar 2026 10:00:00 +0100\r\n"
    )
    if not attachment:
        return (head + "\r\nHola\r\n").encode()
    return (
        head + "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHola\r\n--B\r\n"
        f"Content-Type: application/octet-stream\r\n"
        f"Content-Disposition: attachment; filename*=utf-8''{attachment}\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\nYWJj\r\n--B--\r\n"
    ).encode()


REVERSED = "Factura \u202efdp.exe"  # shows as «Factura exe.pdf»
HIDDEN = [
    ("encoded override", _q(REVERSED), "Factura fdp.exe"),
    ("raw UTF-8 override", REVERSED, "Factura fdp.exe"),
    ("isolates", _q("Pago \u2067urgente\u2069 \u2066hoy\u2069"), "Pago urgente hoy"),
    ("embedding and pop", _q("Pedido \u202bA\u202c 7"), "Pedido A 7"),
    ("a bell and an escape", _q("Aviso\x07 \x1b[31mrojo"), "Aviso [31mrojo"),
    ("an encoded line break", _q("Línea uno\r\nBcc: x@y.es"), "Línea uno Bcc: x@y.es"),
    ("a paragraph separator", _q("Uno\u2029Dos"), "Uno Dos"),
    ("NUL and DEL", _q("a\x00b\x7fc"), "abc"),
]


@pytest.mark.parametrize(("subject", "kept"), [h[1:] for h in HIDDEN], ids=[h[0] for h in HIDDEN])
def test_a_subject_keeps_nothing_that_reads_otherwise_than_it_is(subject: str, kept: str) -> None:
    mail = parse(_message("ana@cafe-madrid.es", subject, "<1@cafe>"))
    assert mail.subject == kept
    typed = log.NewCommunication(1, Channel.EMAIL, Direction.INBOUND, mail.subject)
    assert log.validate_communication(typed) == {}  # what a typed subject must be, too


def test_letters_accents_and_emoji_of_every_script_stay() -> None:
    subject = "Campaña 🍦 שלום مرحبا Москва — «Año nuevo»"
    mail = parse(_message("ana@cafe-madrid.es", _q(subject), "<1@cafe>"))
    assert mail.subject == subject


def test_the_sender_and_an_attachment_name_are_cleaned_too() -> None:
    hostile_name = "Factura%20%E2%80%AEfdp.exe"  # RFC 2231: «Factura \u202efdp.exe»
    raw = _message(
        _q("Banco \u202eodanitsed") + " <ju\u202ean@cafe-madrid.es>",
        "Adjunto",
        "<2@cafe>",
        attachment=hostile_name,
    )
    mail = parse(raw)
    assert mail.sender == "juan@cafe-madrid.es"
    assert [a.name for a in mail.attachments] == ["Factura fdp.exe"]
    assert [a.data for a in mail.attachments] == [b"abc"]


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _imap_only(dovecot: Dovecot) -> servers.MailServer:
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


def test_the_mailbox_logs_a_hostile_subject_as_it_reads(desk: Desk, dovecot: Dovecot) -> None:
    """Through the real path: Dovecot over IMAP, the intake, `log_in`, the database."""
    for sub in ("new", "cur"):
        for path in (dovecot.maildir / sub).iterdir():
            path.unlink()
    with unit_of_work(desk.db, SYSTEM) as uow:
        uow.session.add(
            MailAccount(
                address="servicio@agencia.es", username=dovecot.user, last_uid=0, imap_host="x"
            )
        )
    dovecot.deliver(_message("Ana <ana@cafe-madrid.es>", _q(REVERSED), "<21@cafe>"))
    dovecot.deliver(_message("nadie\u2066@spam.example", REVERSED + " \u2067", "<22@spam>"))
    run = mailbox.read_mailbox(desk.db, desk.admin, _imap_only(dovecot))
    assert [(o.result, o.account_id) for o in run.outcomes] == [
        ("logged", desk.accounts["madrid"]),
        ("triage", None),
    ]
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        logged = uow.session.scalars(select(Communication.subject)).all()
        waiting = uow.session.execute(select(MailTriage.sender, MailTriage.subject)).all()
    assert logged == ["Factura fdp.exe"]
    assert [tuple(row) for row in waiting] == [("nadie@spam.example", "Factura fdp.exe")]


@pytest.fixture
def spoken() -> Iterator[None]:
    was = language()
    yield
    set_language(was)


def _refusal(refused: ValidationError) -> str:
    code, params = refused.field_errors["confirmation"]
    assert code == "communication.no_such_confirmation"
    return render(code, params)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("es", "Ese canal no confirma esto: Confirmada el, Firmado por."),
        ("en", "That channel does not confirm this: Confirmed on, Signed by."),
    ],
)
def test_a_confirmation_the_channel_lacks_is_named_by_its_labels(
    desk: Desk, spoken: None, lang: str, said: str
) -> None:
    set_language(lang)
    fax = log.NewCommunication(
        desk.accounts["madrid"],
        Channel.FAX,
        Direction.OUTBOUND,
        "Contrato",
        delivery=Delivery.DELIVERED,
        confirmation={"signed_by": "Ana", "confirmed_at": "2026-01-01T09:00:00+00:00"},
    )
    with pytest.raises(ValidationError) as refused:
        log.log_communication(desk.db, desk.actor("exec"), fax)
    assert _refusal(refused.value) == said
    assert "confirmed_at" not in str(refused.value)
    pending = log.log_communication(
        desk.db,
        desk.actor("exec"),
        log.NewCommunication(
            desk.accounts["madrid"],
            Channel.FAX,
            Direction.OUTBOUND,
            "Contrato",
            delivery=Delivery.PENDING,
            confirmation={"pages": "3"},
        ),
    ).id
    with pytest.raises(ValidationError) as later:
        delivery.confirm_delivery(
            desk.db,
            desk.actor("exec"),
            pending,
            confirmation={"confirmed_at": "2026-01-01T09:00:00+00:00", "signed_by": "Ana"},
        )
    assert _refusal(later.value) == said
