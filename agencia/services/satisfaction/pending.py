"""What the satisfaction area adds to Pendientes: the accounts whose health is at risk
(for the people who may see them, with the reasons), and the improvement actions past
their due date (for their owner).

Both are decided in SQL, a fixed handful of statements whatever the number of accounts:
an account's health is its latest kept score (`health_history`, written whenever its
responses or actions change, and daily), never computed here for every account (a
director of a large agency sees 28,000). An account with no kept score is not at risk
until it is computed. Only the worst `LISTED` accounts are items; one more item says
how many others are at risk (the health list in Satisfacción shows them all).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from agencia.db.uow import UnitOfWork
from agencia.domain.areas import AreaId
from agencia.domain.messages import render
from agencia.domain.models import Account
from agencia.domain.satisfaction_enums import ActionStatus, HealthBand
from agencia.domain.satisfaction_models import HealthRecord, ImprovementAction
from agencia.services.accounts.access import visible_clause
from agencia.services.pending.items import PendingItem

LISTED = 25  # accounts at risk listed one by one, the lowest scores first


def waiting(uow: UnitOfWork, today: date) -> list[PendingItem]:
    return [*_at_risk(uow, today), *_overdue_actions(uow, today)]


def _at_risk(uow: UnitOfWork, today: date) -> list[PendingItem]:
    latest = (
        select(HealthRecord.account_id, func.max(HealthRecord.computed_on).label("on"))
        .where(HealthRecord.computed_on <= today)
        .group_by(HealthRecord.account_id)
        .subquery()
    )
    at_risk = (
        select(HealthRecord, Account.trade_name)
        .join(
            latest,
            (latest.c.account_id == HealthRecord.account_id)
            & (latest.c.on == HealthRecord.computed_on),
        )
        .join(Account, Account.id == HealthRecord.account_id)
        .where(HealthRecord.band == HealthBand.AT_RISK, visible_clause(uow.actor))
    )
    rows = uow.session.execute(
        at_risk.order_by(HealthRecord.score, Account.trade_name, Account.id).limit(LISTED + 1)
    ).all()
    items = [_health_item(record, name) for record, name in rows[:LISTED]]
    if len(rows) > LISTED:
        total = uow.session.scalar(select(func.count()).select_from(at_risk.subquery())) or 0
        items.append(
            PendingItem(
                area=AreaId.SATISFACTION,
                kind="account_health_more",
                campaign_id=0,  # where opening it goes: the health list
                campaign="",
                account="",
                title=render("pending.health_more", {"n": total - LISTED}),
                due=None,
                overdue=False,
            )
        )
    return items


def _health_item(record: HealthRecord, account: str) -> PendingItem:
    reasons = "; ".join(render(str(code), dict(params)) for code, params in record.reasons[:2])
    return PendingItem(
        area=AreaId.SATISFACTION,
        kind="account_health",
        campaign_id=record.account_id,  # where opening it goes: the account's line
        campaign="",
        account=account,
        title=render("pending.health_at_risk", {"score": record.score, "reasons": reasons}),
        due=None,
        overdue=False,
    )


def _overdue_actions(uow: UnitOfWork, today: date) -> list[PendingItem]:
    """The person's own open actions past due: few by nature (one owner's work)."""
    staff = uow.actor.staff_id
    if staff is None:
        return []
    rows = uow.session.execute(
        select(ImprovementAction, Account.trade_name)
        .outerjoin(Account, Account.id == ImprovementAction.account_id)
        .where(
            ImprovementAction.owner_id == staff,
            ImprovementAction.status == ActionStatus.OPEN,
            ImprovementAction.due_on < today,
            ImprovementAction.account_id.is_(None) | visible_clause(uow.actor),
        )
        .order_by(ImprovementAction.due_on, ImprovementAction.id)
    ).all()
    return [
        PendingItem(
            area=AreaId.SATISFACTION,
            kind="improvement_overdue",
            campaign_id=action.account_id or 0,  # the page opens on its account
            campaign=action.dimension,
            account=account or "",
            title=render("pending.improvement_overdue", {"title": action.title}),
            due=action.due_on,
            overdue=True,
        )
        for action, account in rows
    ]
