"""What the account page's «Satisfacción» tab shows of one account, in one read: its
health now (figure, band, reasons), the health kept day by day (its trend), the latest
responses and the improvement actions still open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.services.satisfaction.health import AccountHealth, health_of
from agencia.services.satisfaction.health_history import HealthPoint, health_history
from agencia.services.satisfaction.improvements import ActionRow, actions_in
from agencia.services.satisfaction.responses import ResponseRow, account_responses

LATEST_RESPONSES = 8


@dataclass(frozen=True, slots=True)
class AccountSatisfaction:
    """The tab's whole content for one account."""

    account_id: int
    health: AccountHealth | None
    history: tuple[HealthPoint, ...]
    responses: tuple[ResponseRow, ...]  # the newest first, at most LATEST_RESPONSES
    response_total: int
    actions: tuple[ActionRow, ...]  # open, the earliest due first


def account_satisfaction(
    db: Database, actor: Actor, account_id: int, today: date | None = None
) -> AccountSatisfaction:
    """Refused (NotFound, PermissionDenied) when the person may not see the account."""
    day = today or date.today()
    responses = account_responses(db, actor, account_id)  # checks who may see it
    history = health_history(db, actor, account_id)
    with unit_of_work(db, actor, write=False) as uow:
        now = health_of(uow, day, account_id)
        actions = actions_in(uow, day, account_id=account_id, open_only=True)
    return AccountSatisfaction(
        account_id=account_id,
        health=now[0] if now else None,
        history=tuple(history),
        responses=tuple(responses[:LATEST_RESPONSES]),
        response_total=len(responses),
        actions=tuple(actions),
    )
