"""What the satisfaction area adds to Pendientes: the accounts whose health is at risk
(for the people who may see them, with the reasons), and the improvement actions past
their due date (for their owner)."""

from __future__ import annotations

from datetime import date

from agencia.db.uow import UnitOfWork
from agencia.domain.areas import AreaId
from agencia.domain.messages import render
from agencia.domain.satisfaction_enums import HealthBand
from agencia.services.pending.items import PendingItem
from agencia.services.satisfaction.health import health_of
from agencia.services.satisfaction.improvements import actions_in


def waiting(uow: UnitOfWork, today: date) -> list[PendingItem]:
    items: list[PendingItem] = []
    for row in health_of(uow, today):
        if row.health.band is HealthBand.AT_RISK:
            reasons = "; ".join(render(code, params) for code, params in row.health.reasons[:2])
            items.append(
                PendingItem(
                    area=AreaId.SATISFACTION,
                    kind="account_health",
                    campaign_id=row.account_id,  # where opening it goes: the account's line
                    campaign="",
                    account=row.account,
                    title=render(
                        "pending.health_at_risk", {"score": row.health.score, "reasons": reasons}
                    ),
                    due=None,
                    overdue=False,
                )
            )
    staff = uow.actor.staff_id
    for action in actions_in(uow, today, open_only=True):
        if action.overdue and action.owner_id == staff:
            items.append(
                PendingItem(
                    area=AreaId.SATISFACTION,
                    kind="improvement_overdue",
                    campaign_id=action.account_id or 0,  # the page opens on its account
                    campaign=action.dimension,
                    account=action.account,
                    title=render("pending.improvement_overdue", {"title": action.title}),
                    due=action.due_on,
                    overdue=True,
                )
            )
    return items
