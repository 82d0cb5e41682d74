"""A pending delivery confirmed later: the courier's signature, the post's receipt, a
fax's report that came after the contact was logged.

Whoever may log contacts with the account confirms it in their own name; when, is the
moment of confirming (the server's clock on PostgreSQL: server_service_rules), never a
date typed in — the carrier's own `delivered_at` is one of its confirmed fields. A
scheduled message is confirmed by its sending (outbox.send_due), not by hand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Channel
from agencia.domain.errors import NotFound, ValidationError
from agencia.domain.field_labels import field_label
from agencia.domain.models import Account
from agencia.domain.permissions import Action
from agencia.domain.service_enums import Delivery
from agencia.domain.service_models import Communication
from agencia.services.accounts.access import require
from agencia.services.communications.log import SETTLED, confirmed, unconfirmable
from agencia.services.results import SaveResult

CONFIRMATION_MAX = 200  # a name, a receipt or tracking number, a report's reference
# What only a delivered contact has: nobody signs for, receives on a day or reads a
# parcel or a message that never arrived (explore10 L6).
DELIVERED_ONLY = frozenset({"signed_by", "delivered_at", "read_receipt"})
# Days are the people's, not UTC's: a day is in the future only once it has begun
# nowhere (UTC+14), and before the sending only if it ended everywhere (UTC-12).
_AHEAD, _BEHIND = timedelta(hours=14), timedelta(hours=12)


def cleaned(given: dict[str, Any]) -> dict[str, Any]:
    """What was typed as it is kept: text trimmed, blank text left out."""
    out: dict[str, Any] = {}
    for key, value in given.items():
        if isinstance(value, str):
            value = value.strip()
            if not value:
                continue
        out[key] = value
    return out


def confirmation_errors(
    channel: Channel,
    delivery: Delivery,
    given: dict[str, Any],
    sent: datetime,
    now: datetime | None = None,
) -> v.FieldErrors:
    """What is wrong with what was typed to confirm a delivery (the form asks it live;
    `confirm_delivery` refuses the same): fields the channel confirms, one line of
    text each, the carrier's day a real one between the sending and today, and for a
    failed delivery nothing only a delivered one has."""
    given = cleaned(given)
    errors = unconfirmable(channel, given)
    moment = now or datetime.now(UTC)
    for key, value in given.items():
        named = {"field": field_label(key)}
        if delivery is Delivery.FAILED and key in DELIVERED_ONLY:
            errors[key] = ("communication.not_delivered", named)
        elif isinstance(value, str):
            v.too_long(errors, key, value, CONFIRMATION_MAX, lines=False)
        if key != "delivered_at" or key in errors:
            continue
        try:
            day = date.fromisoformat(str(value))
        except ValueError:
            errors[key] = ("communication.not_a_date", named)
            continue
        if day > (moment + _AHEAD).date():
            errors[key] = ("communication.future_date", named)
        elif day < (sent - _BEHIND).date():
            errors[key] = (
                "communication.delivered_before_sent",
                {**named, "day": sent.date().isoformat()},
            )
    return errors


def confirm_delivery(
    db: Database,
    actor: Actor,
    communication_id: int,
    delivery: Delivery = Delivery.DELIVERED,
    confirmation: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> SaveResult:
    """Settle a pending delivery (delivered or failed), adding what the channel
    confirmed to what was already kept (what was kept stays as kept); on the trail."""
    given = dict(confirmation or {})
    with unit_of_work(db, actor) as uow:
        item = uow.session.get(Communication, communication_id)
        if item is None:
            raise NotFound("communication.not_found", id=communication_id)
        account = uow.session.get(Account, item.account_id)
        assert account is not None
        require(uow, Action.LOG_COMMUNICATION, account)
        if delivery not in SETTLED:
            raise ValidationError({"delivery": ("communication.settled_only", {})})
        if item.delivery is not Delivery.PENDING:
            raise ValidationError({"delivery": ("communication.not_pending", {})})
        if item.scheduled_for is not None:
            raise ValidationError({"delivery": ("communication.scheduled", {})})
        kept = dict(item.confirmation or {})
        sent = item.occurred_at
        if sent.tzinfo is None:  # SQLite hands back naive UTC
            sent = sent.replace(tzinfo=UTC)
        errors = confirmation_errors(item.channel, delivery, given, sent, now)
        if errors:
            raise ValidationError(errors)
        given = cleaned(given)
        moment = now or datetime.now(UTC)
        item.confirmation = confirmed({**given, **kept}, delivery, uow.actor.staff_id, moment)
        item.delivery = delivery
        uow.audit(
            ChangeKind.COMMUNICATION,
            item.id,
            AuditAction.UPDATE,
            {"delivery": [Delivery.PENDING.value, delivery.value]},
            account_id=account.id,
            summary=item.subject,
        )
        uow.session.flush()
        return SaveResult(item.id, 1)
