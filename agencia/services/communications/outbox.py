"""E-mail out: a message (with a document, or several) to several contacts at once, sent
through the agency's SMTP server and logged as a communication with each file's SHA-256.

Hostile text never reaches a header: a subject or a name with a line break is refused
(header injection), addresses come from the contacts' records and are checked. A send
can wait for a moment in the recipient's own time zone (`scheduled_for` + zone): it is
logged as pending and `send_due` sends it when its time comes. A message sent now is
logged (pending) before it leaves and confirmed once the server has taken it (`send`).
"""

from __future__ import annotations

import contextlib
import hashlib
import smtplib
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.enums import Channel
from agencia.domain.errors import DomainError, ValidationError
from agencia.domain.models import Contact
from agencia.domain.service_enums import Delivery, Direction
from agencia.domain.service_models import Communication, CommunicationAttachment
from agencia.services.communications import delivery, log
from agencia.services.communications.servers import MailServer, MailServerError


@dataclass(frozen=True, slots=True)
class Outgoing:
    """What a person sends: to which contacts of one account, with which files."""

    account_id: int
    contact_ids: tuple[int, ...]
    subject: str
    body: str
    attachments: tuple[tuple[str, str, bytes], ...] = ()  # name, content type, bytes
    request_id: int | None = None
    send_at: datetime | None = None  # naive: a wall-clock time in `zone`
    zone: str = ""


def _checked(data: Outgoing) -> None:
    errors: v.FieldErrors = {}
    v.required(errors, "subject", data.subject, 300)
    if any(c in data.subject for c in "\r\n\x00"):
        errors["subject"] = ("mail.header_injection", {})
    v.free_text(errors, "body", data.body)  # what the contacts read: its lines kept
    for name, _, _ in data.attachments:
        if any(c in name for c in "\r\n\x00") or not name.strip():
            errors["attachments"] = ("mail.header_injection", {})
    if not data.contact_ids:
        errors["contact_ids"] = ("mail.no_recipients", {})
    if errors:
        raise ValidationError(errors)


def _when(data: Outgoing) -> datetime | None:
    if data.send_at is None:
        return None
    if data.send_at.tzinfo is not None:
        return data.send_at.astimezone(UTC)
    try:
        zone = ZoneInfo(data.zone) if data.zone else UTC
    except (ValueError, KeyError) as exc:
        raise ValidationError({"zone": ("field.time_zone", {})}) from exc
    return data.send_at.replace(tzinfo=zone).astimezone(UTC)


def build(
    sender: str,
    to: list[str],
    subject: str,
    body: str,
    files: list[tuple[str, str, bytes]],
    message_id: str,
    now: datetime,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id
    message.set_content(body or "")
    for name, content_type, blob in files:
        main, _, sub = content_type.partition("/")
        message.add_attachment(
            blob, maintype=main or "application", subtype=sub or "octet-stream", filename=name
        )
    return message


# What the SMTP server answers when it takes nothing: the message did not leave.
_NOT_TAKEN = (
    smtplib.SMTPRecipientsRefused,
    smtplib.SMTPSenderRefused,
    smtplib.SMTPDataError,
    smtplib.SMTPHeloError,
    smtplib.SMTPNotSupportedError,
)


def _deliver(server: MailServer, message: EmailMessage, to: list[str]) -> None:
    _hand_over(server.smtp(), server, message, to)


def _hand_over(
    conn: smtplib.SMTP, server: MailServer, message: EmailMessage, to: list[str]
) -> None:
    """Give the message to a signed-in server (and close the connection). Raises
    `_Unsent` when the server took nothing, `MailServerError` when it may have taken
    it (the connection broke midway) or took it for some recipients only."""
    try:
        refused = conn.send_message(message, from_addr=server.address, to_addrs=to)
    except _NOT_TAKEN as exc:
        raise _Unsent("mail.server", url=server.smtp_host, why=str(exc)[:200]) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise MailServerError("mail.server", url=server.smtp_host, why=str(exc)[:200]) from exc
    finally:
        _quit(conn)
    if refused:
        raise MailServerError("mail.refused", url=server.smtp_host, why=", ".join(refused))


def _quit(conn: smtplib.SMTP) -> None:
    """Close the connection, however it ended (a second time does nothing)."""
    with contextlib.suppress(OSError, smtplib.SMTPException):
        conn.quit()
    conn.close()


class _Unsent(MailServerError):
    """The server refused the message outright: nobody received it."""


class SentUnconfirmed(DomainError):
    """The server took the message but its delivery could not be confirmed (the database
    gone, the sender's right to the account withdrawn meanwhile): it stays «pending» on
    the log, which «Confirmar entrega…» settles. Not a `MailServerError`: the message
    left, and nobody should send it again. `communication_id`: its entry."""

    @property
    def communication_id(self) -> int:
        return int(self.params["id"])


def _entry(
    uow: UnitOfWork, server: MailServer, data: Outgoing, moment: datetime, when: datetime | None
) -> tuple[log.NewCommunication, list[str]]:
    """The communication a send logs and its addresses, once everything is checked:
    the person may log contacts on the account (so they see it), each recipient is a
    contact of that account with a valid address, the delivery and its confirmation
    pass the log's own rule. Raises what is wrong; writes nothing."""
    log.refusal_of(
        uow, log.NewCommunication(data.account_id, Channel.EMAIL, Direction.OUTBOUND, "-")
    )
    contacts = uow.session.scalars(
        select(Contact).where(
            Contact.id.in_(data.contact_ids), Contact.account_id == data.account_id
        )
    ).all()
    if len(contacts) != len(set(data.contact_ids)):  # none of another account is named
        raise ValidationError({"contact_ids": ("mail.no_recipients", {})})
    to = []
    for contact in contacts:
        errors: v.FieldErrors = {}
        v.email(errors, "email", contact.email)
        if not contact.email or errors:
            raise ValidationError(
                {"contact_ids": ("mail.bad_recipient", {"name": contact.full_name})}
            )
        to.append(contact.email)
    message_id = make_msgid(domain=server.address.rpartition("@")[2] or "agencia.local")
    digest = ",".join(hashlib.sha256(b).hexdigest() for _, _, b in data.attachments)
    later = when is not None and when > moment
    entry = log.NewCommunication(
        account_id=data.account_id,
        channel=Channel.EMAIL,
        direction=Direction.OUTBOUND,
        subject=data.subject,
        summary=data.body,
        contact_ids=tuple(c.id for c in contacts),
        addresses=(server.address, *to),
        occurred_at=when if later and when else moment,
        delivery=Delivery.PENDING,  # until the server has taken it (or its time comes)
        confirmation={"message_id": message_id},
        request_id=data.request_id,
        message_id=message_id,
        attachments=data.attachments,
        document_sha256=digest[:64],
    )
    log.refusal_of(uow, entry)  # the delivery's confirmation, the request's account
    return entry, to


def send(
    db: Database, actor: Actor, server: MailServer, data: Outgoing, now: datetime | None = None
) -> int:
    """Send now or schedule; the communication's id.

    Nothing leaves before it is logged: everything is checked first (the message, the
    person's right to log on the account, the recipients, the confirmation) in a
    reading transaction, and the message is built (what can fail without the network
    fails before anything is logged or any server asked); then the server is signed in
    to (a wrong password or an unreachable server logs nothing); then the message is
    logged «pending» and committed; only then is it handed over, and the same pending
    delivery is confirmed — delivered, or failed when the server refused it outright —
    as anyone confirms a pending one (`delivery.confirm_delivery`: in one's own name, on
    the trail). The connection is closed on every path. Should the server take the
    message for some recipients only, or the connection break midway, the contact stays
    in the log as pending: never lost, never marked delivered on a guess, and
    «Confirmar entrega…» settles it. Should the confirmation of a message the server
    took fail (the database gone, the right withdrawn meanwhile), it stays pending too,
    and `SentUnconfirmed` says it was sent — not an error that invites sending it
    again. A scheduled send is logged pending with its time; `send_due` sends it."""
    _checked(data)
    moment = now or datetime.now(UTC)
    when = _when(data)
    later = when is not None and when > moment
    with unit_of_work(db, actor, write=False) as uow:
        entry, to = _entry(uow, server, data, moment, when)
    # everything that can fail without the network, before anything is logged or asked
    message = None
    if not later:
        message = build(
            server.address,
            to,
            data.subject,
            data.body,
            list(data.attachments),
            entry.message_id,
            moment,
        )
    with contextlib.ExitStack() as closing:
        conn = None if message is None else server.smtp()
        if conn is not None:
            closing.callback(_quit, conn)  # on every path: logged, refused, broken
        with unit_of_work(db, actor) as uow:
            item = log.log_in(uow, entry)
            if later:
                item.scheduled_for = when
            uow.session.flush()
            item_id = item.id
        if conn is None or message is None:
            return item_id
        try:
            _hand_over(conn, server, message, to)
        except _Unsent:
            delivery.confirm_delivery(db, actor, item_id, Delivery.FAILED, now=moment)
            raise
    try:
        delivery.confirm_delivery(db, actor, item_id, Delivery.DELIVERED, now=moment)
    except (DomainError, SQLAlchemyError) as exc:
        raise SentUnconfirmed("mail.sent_unconfirmed", id=item_id) from exc
    return item_id


def send_due(
    db: Database, actor: Actor, server: MailServer, now: datetime | None = None
) -> list[int]:
    """Send the scheduled messages whose time has come; their ids."""
    moment = now or datetime.now(UTC)
    sent: list[int] = []
    with unit_of_work(db, actor, write=False) as uow:
        due = uow.session.scalars(
            select(Communication).where(
                Communication.delivery == Delivery.PENDING,
                Communication.scheduled_for.is_not(None),
                Communication.scheduled_for <= moment,
            )
        ).all()
        jobs = []
        for item in due:
            files = uow.session.execute(
                select(
                    CommunicationAttachment.name,
                    CommunicationAttachment.content_type,
                    CommunicationAttachment.data,
                )
                .where(CommunicationAttachment.communication_id == item.id)
                .order_by(CommunicationAttachment.id)
            ).all()
            to = list(item.addresses[1:])
            jobs.append(
                (
                    item.id,
                    build(
                        server.address,
                        to,
                        item.subject,
                        item.summary,
                        [tuple(f) for f in files],
                        item.message_id,
                        moment,
                    ),
                    to,
                )
            )
    for item_id, message, to in jobs:
        _deliver(server, message, to)
        with unit_of_work(db, actor) as uow:
            row = uow.session.get(Communication, item_id)
            assert row is not None
            row.delivery = Delivery.DELIVERED
            row.occurred_at = moment
        sent.append(item_id)
    return sent
