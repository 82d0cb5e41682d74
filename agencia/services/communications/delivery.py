"""A pending delivery confirmed later: the courier's signature, the post's receipt, a
fax's report that came after the contact was logged.

Whoever may log contacts with the account confirms it in their own name; when, is the
moment of confirming (the server's clock on PostgreSQL: server_service_rules), never a
date typed in — the carrier's own `delivered_at` is one of its confirmed fields. A
scheduled message is confirmed by its sending (outbox.send_due), not by hand; one sent
at once is logged pending before it leaves and confirmed here by its sender once the
server has taken it (outbox.send).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import NotFound, ValidationError
from agencia.domain.models import Account
from agencia.domain.permissions import Action
from agencia.domain.service_enums import Delivery
from agencia.domain.service_models import Communication
from agencia.services.accounts.access import require
from agencia.services.communications.confirmation import cleaned, confirmation_errors
from agencia.services.communications.log import SETTLED, confirmed
from agencia.services.results import SaveResult


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
