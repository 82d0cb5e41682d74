"""The log of every contact with a client: written by people, by the mailbox, by a send.

Delivery confirmation is kept where the channel has one (courier: carrier, tracking,
signed by; certified post: receipt, signed by; fax: transmission report; e-mail: message
id, read receipt), and refused where it has none (an urgent letter has no signature);
given with the contact, it is held to the rule of one given later (`confirmation`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Channel
from agencia.domain.errors import DomainError, NotFound, ValidationError
from agencia.domain.models import Account
from agencia.domain.permissions import Action
from agencia.domain.service_enums import Delivery, Direction
from agencia.domain.service_models import (
    Communication,
    CommunicationAttachment,
    ServiceRequest,
)
from agencia.services.accounts.access import require, visible_clause
from agencia.services.communications.confirmation import CONFIRMS, cleaned, confirmation_errors
from agencia.services.results import SaveResult


@dataclass(frozen=True, slots=True)
class NewCommunication:
    """A contact as a person logs it."""

    account_id: int
    channel: Channel
    direction: Direction
    subject: str
    summary: str = ""
    contact_ids: tuple[int, ...] = ()
    addresses: tuple[str, ...] = ()
    occurred_at: datetime | None = None
    their_zone: str = ""
    follow_up: date | None = None
    delivery: Delivery = Delivery.NOT_APPLICABLE
    confirmation: dict[str, Any] = field(default_factory=dict)
    request_id: int | None = None
    message_id: str = ""
    in_reply_to: str = ""
    attachments: tuple[tuple[str, str, bytes], ...] = ()  # name, content type, bytes
    document_sha256: str = ""


SUBJECT_MAX = 300


def validate_communication(data: NewCommunication) -> dict[str, tuple[str, dict[str, object]]]:
    """What is wrong with a contact a person logs (the window's form shows it live;
    `log_communication` refuses the same). The mailbox's own intake keeps a message
    whatever its subject: it goes through `log_in`, not through this."""
    errors: dict[str, tuple[str, dict[str, object]]] = {}
    v.required(errors, "subject", data.subject.strip(), SUBJECT_MAX)  # a title: one line
    v.free_text(errors, "summary", data.summary)  # what was said: its lines kept
    return errors


def delivery_errors(data: NewCommunication) -> v.FieldErrors:
    """What is wrong with the contact's delivery and its confirmation, checked as a
    later confirmation would be (the same rule, the same words), the contact's moment
    being the sending; the outbox asks it before a message leaves."""
    sent = data.occurred_at or datetime.now(UTC)
    wrong = confirmation_errors(data.channel, data.delivery, data.confirmation, sent)
    if not wrong and data.delivery is not Delivery.NOT_APPLICABLE and data.channel not in CONFIRMS:
        wrong = {"delivery": ("communication.channel_confirms_nothing", {})}
    return wrong


def _check(data: NewCommunication) -> None:
    wrong = delivery_errors(data)
    if wrong:
        raise ValidationError(wrong)


# A settled delivery's confirmation says who confirmed it and when (`confirmed`): written
# by the service (the server's own clock and session on PostgreSQL, server_service_rules),
# never taken from what a caller says (no channel confirms those fields).
SETTLED = (Delivery.DELIVERED, Delivery.FAILED)


def confirmed(
    given: dict[str, Any], delivery: Delivery, by: int | None = None, now: datetime | None = None
) -> dict[str, Any]:
    """The confirmation as kept: what the channel confirmed, and once the delivery is
    settled (delivered or failed), when it was confirmed — by the contact's author, or
    by `by` when someone confirms a pending one later."""
    out = dict(given)
    if delivery in SETTLED:
        out["confirmed_at"] = (now or datetime.now(UTC)).isoformat()
        if by is not None:
            out["confirmed_by"] = by
    return out


def refusal_of(uow: UnitOfWork, data: NewCommunication, *, check: bool = True) -> Account:
    """Raise whatever `log_in` would refuse (the delivery, the account, the person's
    right to log on it, the request's account), writing nothing: the outbox asks it in
    a reading transaction before it even opens a connection to the mail server. The
    account, when nothing is wrong."""
    _check(data)
    account = uow.session.get(Account, data.account_id)
    if account is None:
        raise NotFound("account.not_found", id=data.account_id)
    if check:
        require(uow, Action.LOG_COMMUNICATION, account)
    if data.request_id is not None:  # filed on its request's account (explore9 L7)
        request = uow.session.get(ServiceRequest, data.request_id)
        if request is None or request.account_id != account.id:
            raise DomainError("communication.request_elsewhere", id=data.request_id)
    return account


def log_in(uow: UnitOfWork, data: NewCommunication, *, check: bool = True) -> Communication:
    """Log a contact inside the caller's unit of work. `check=False` only for the agency's
    own mailbox: what it brings in is logged on the sender's account, whoever reads it."""
    account = refusal_of(uow, data, check=check)
    item = Communication(
        account_id=account.id,
        request_id=data.request_id,
        channel=data.channel,
        direction=data.direction,
        contact_ids=list(data.contact_ids),
        addresses=list(data.addresses),
        staff_id=uow.actor.staff_id,
        subject=data.subject.strip()[:300],
        summary=data.summary,
        occurred_at=data.occurred_at or datetime.now(UTC),
        their_zone=data.their_zone or account.time_zone,
        follow_up=data.follow_up,
        delivery=data.delivery,
        confirmation=confirmed(cleaned(data.confirmation), data.delivery),
        message_id=data.message_id[:300],
        in_reply_to=data.in_reply_to[:300],
        document_sha256=data.document_sha256,
    )
    uow.session.add(item)
    uow.session.flush()
    for name, content_type, blob in data.attachments:
        uow.session.add(
            CommunicationAttachment(
                communication_id=item.id,
                name=name[:255],
                content_type=content_type[:120],
                size=len(blob),
                sha256=hashlib.sha256(blob).hexdigest(),
                data=blob,
            )
        )
    uow.audit(
        ChangeKind.COMMUNICATION,
        item.id,
        AuditAction.CREATE,
        {"channel": [None, data.channel.value], "direction": [None, data.direction.value]},
        account_id=account.id,
        summary=item.subject,
    )
    return item


def log_communication(db: Database, actor: Actor, data: NewCommunication) -> SaveResult:
    errors = validate_communication(data)
    if errors:
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        item = log_in(uow, data)
        uow.session.flush()
        return SaveResult(item.id, 1)


@dataclass(frozen=True, slots=True)
class CommunicationRow:
    """One contact as the log and `agencia communications list` show it."""

    id: int
    account: str
    account_id: int
    occurred_at: datetime
    channel: str
    direction: str
    subject: str
    delivery: str
    request_id: int | None
    attachments: tuple[str, ...]
    summary: str = ""  # what was said, or the message's text: read with the row already


def list_communications(
    db: Database, actor: Actor, *, account_id: int | None = None, limit: int | None = None
) -> list[CommunicationRow]:
    """The newest first, only on accounts the person may see."""
    query = (
        select(Communication, Account.trade_name)
        .join(Account, Account.id == Communication.account_id)
        .where(visible_clause(actor))
        .order_by(Communication.occurred_at.desc(), Communication.id.desc())
    )
    if account_id is not None:
        query = query.where(Communication.account_id == account_id)
    if limit is not None:
        query = query.limit(limit)
    with unit_of_work(db, actor, write=False) as uow:
        rows = uow.session.execute(query).all()
        ids = [c.id for c, _ in rows]
        files: dict[int, list[str]] = {}
        if ids:
            for owner, sha in uow.session.execute(
                select(CommunicationAttachment.communication_id, CommunicationAttachment.sha256)
                .where(CommunicationAttachment.communication_id.in_(ids))
                .order_by(CommunicationAttachment.id)
            ):
                files.setdefault(owner, []).append(sha)
        return [
            CommunicationRow(
                c.id,
                name,
                c.account_id,
                c.occurred_at,
                c.channel.value,
                c.direction.value,
                c.subject,
                c.delivery.value,
                c.request_id,
                tuple(files.get(c.id, ())),
                c.summary,
            )
            for c, name in rows
        ]
