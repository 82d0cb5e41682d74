"""E-mail in: a message becomes a communication on its sender's account, threads onto its
request, or waits in triage; a message already logged is not logged twice.

Threading follows the headers mail programs keep: a reply names the message it answers
(In-Reply-To) and its ancestors (References); when one of them is a request's first
message or a communication on a request, the reply goes onto that request, and a client
writing back reopens a resolved or closed request (or ends a wait on them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.enums import Channel
from agencia.domain.errors import NotFound
from agencia.domain.models import Account, Contact
from agencia.domain.permissions import Action
from agencia.domain.service_enums import Direction, RequestStatus
from agencia.domain.service_models import Communication, MailTriage, ServiceRequest
from agencia.services.accounts.access import require
from agencia.services.communications import log
from agencia.services.communications.mime import Mail, parse
from agencia.services.service.requests import apply_move

# A client's reply moves its request: back to work, or reopened.
_ON_REPLY = {
    RequestStatus.WAITING_ON_CLIENT: RequestStatus.IN_PROGRESS,
    RequestStatus.RESOLVED: RequestStatus.REOPENED,
    RequestStatus.CLOSED: RequestStatus.REOPENED,
}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one message: logged (its communication and request), already
    there, or put in triage."""

    result: str  # logged, duplicate, triage
    communication_id: int | None = None
    request_id: int | None = None
    account_id: int | None = None


def _thread(uow: UnitOfWork, mail: Mail) -> ServiceRequest | None:
    ids = [i for i in (mail.in_reply_to, *mail.references) if i]
    if not ids:
        return None
    request = uow.session.scalar(
        select(ServiceRequest).where(ServiceRequest.message_id.in_(ids)).limit(1)
    )
    if request is not None:
        return request
    request_id = uow.session.scalar(
        select(Communication.request_id)
        .where(Communication.message_id.in_(ids), Communication.request_id.is_not(None))
        .limit(1)
    )
    return uow.session.get(ServiceRequest, request_id) if request_id is not None else None


def take(
    uow: UnitOfWork, raw: bytes, account_id: int | None = None, now: datetime | None = None
) -> Outcome:
    """One message's intake inside the caller's unit of work (refused whole if it is
    malformed: `mime.BadMessage`)."""
    mail = parse(raw, now)
    if mail.message_id:
        seen = uow.session.scalar(
            select(Communication.id).where(Communication.message_id == mail.message_id).limit(1)
        )
        if seen is not None:
            return Outcome("duplicate", seen)
    contact = uow.session.scalar(
        select(Contact)
        .where(func.lower(Contact.email) == mail.sender, Contact.active.is_(True))
        .order_by(Contact.id)
        .limit(1)
    )
    request = _thread(uow, mail)
    account = (
        account_id
        if account_id is not None
        else request.account_id
        if request is not None
        else contact.account_id
        if contact is not None
        else None
    )
    if account is None:
        triage = MailTriage(
            sender=mail.sender[:300], subject=mail.subject, message_id=mail.message_id, raw=raw
        )
        uow.session.add(triage)
        uow.session.flush()
        return Outcome("triage")
    if request is not None and request.account_id != account:
        request = None
    data = log.NewCommunication(
        account_id=account,
        channel=Channel.EMAIL,
        direction=Direction.INBOUND,
        subject=mail.subject,
        summary=mail.text,
        contact_ids=(contact.id,) if contact is not None and contact.account_id == account else (),
        addresses=(mail.sender, *mail.to, *mail.cc),
        occurred_at=mail.date,
        request_id=request.id if request is not None else None,
        message_id=mail.message_id,
        in_reply_to=mail.in_reply_to,
        attachments=tuple((a.name, a.content_type, a.data) for a in mail.attachments),
    )
    item = log.log_in(uow, data, check=account_id is not None)
    if request is not None and request.status in _ON_REPLY:
        owner = uow.session.get(Account, request.account_id)
        assert owner is not None
        apply_move(uow, request, owner, _ON_REPLY[request.status], now or datetime.now(UTC))
    uow.session.flush()
    return Outcome("logged", item.id, request.id if request else None, account)


def import_files(db: Database, actor: Actor, blobs: list[bytes], account_id: int) -> list[Outcome]:
    """`.eml` files dropped on an account: all logged, or none (one bad file refuses
    the lot, saying which)."""
    with unit_of_work(db, actor) as uow:
        account = uow.session.get(Account, account_id)
        if account is None:
            raise NotFound("account.not_found", id=account_id)
        require(uow, Action.LOG_COMMUNICATION, account)
        return [take(uow, raw, account_id) for raw in blobs]
