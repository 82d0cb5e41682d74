"""Mail from unknown senders: the messages the mailbox could not place, waiting for a
person to say whose they are (an account, and maybe one of its contacts) or to discard
them. Assigning logs the message as if it had come from a known contact — threading and
reopening included (`intake.take`) — and takes it off the list in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import NotFound, ValidationError
from agencia.domain.models import Account, Contact
from agencia.domain.permissions import Action
from agencia.domain.service_models import Communication, MailTriage
from agencia.services.accounts.access import require, require_global
from agencia.services.communications.intake import Outcome, take
from agencia.services.communications.mime import BadMessage, parse

PREVIEW = 600  # characters of the text shown before choosing


@dataclass(frozen=True, slots=True)
class TriageRow:
    """One message waiting: who sent it, when, about what, the start of its text."""

    id: int
    received_at: datetime
    sender: str
    subject: str
    preview: str


def _preview(raw: bytes) -> str:
    try:
        return parse(raw).text[:PREVIEW]
    except BadMessage:
        return ""


def waiting(db: Database, actor: Actor) -> list[TriageRow]:
    """The messages waiting, oldest first (whoever logs contacts may see them)."""
    require_global(actor, Action.LOG_COMMUNICATION)
    with unit_of_work(db, actor, write=False) as uow:
        rows = uow.session.scalars(
            select(MailTriage).order_by(MailTriage.received_at, MailTriage.id)
        )
        return [TriageRow(t.id, t.received_at, t.sender, t.subject, _preview(t.raw)) for t in rows]


def _load(uow: UnitOfWork, triage_id: int) -> MailTriage:
    item = uow.session.get(MailTriage, triage_id)
    if item is None:
        raise NotFound("triage.not_found", id=triage_id)
    return item


def assign(
    db: Database, actor: Actor, triage_id: int, account_id: int, contact_id: int | None = None
) -> Outcome:
    """Log the message on `account_id` (on `contact_id`'s behalf, if given)."""
    with unit_of_work(db, actor) as uow:
        item = _load(uow, triage_id)
        account = uow.session.get(Account, account_id)
        if account is None:
            raise NotFound("account.not_found", id=account_id)
        require(uow, Action.LOG_COMMUNICATION, account)
        if contact_id is not None:
            contact = uow.session.get(Contact, contact_id)
            if contact is None or contact.account_id != account_id:
                raise ValidationError({"contact_id": ("triage.contact_elsewhere", {})})
        raw, sender = item.raw, item.sender
        uow.session.delete(item)
        uow.session.flush()  # so that the intake does not find it again
        outcome = take(uow, raw, account_id)
        if contact_id is not None and outcome.communication_id is not None:
            logged = uow.session.get(Communication, outcome.communication_id)
            assert logged is not None
            logged.contact_ids = [contact_id]
        uow.audit(
            ChangeKind.MAIL,
            triage_id,
            AuditAction.UPDATE,
            {"account": [None, account_id], "contact": [None, contact_id]},
            account_id=account_id,
            summary=sender,
        )
        return outcome


def discard(db: Database, actor: Actor, triage_id: int) -> None:
    """Throw a message away (spam, a wrong address); the trail keeps who and whose."""
    require_global(actor, Action.LOG_COMMUNICATION)
    with unit_of_work(db, actor) as uow:
        item = _load(uow, triage_id)
        uow.audit(
            ChangeKind.MAIL,
            triage_id,
            AuditAction.DEACTIVATE,
            {"sender": [item.sender, None], "subject": [item.subject, None]},
            summary=item.sender,
        )
        uow.session.delete(item)
