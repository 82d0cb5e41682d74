"""What the satisfaction area adds to Pendientes: the accounts whose health is at risk
(for the people who may see them, with the reasons), and the improvement actions past
their due date (for their owner).

Both are decided in SQL, a fixed handful of statements whatever the number of accounts:
the candidates are the accounts whose latest kept score (`health_history`, written
whenever its responses or actions change, and daily) is at risk — health is never
computed here for every account (a director of a large agency sees 28,000). An account
with no kept score is not at risk until it is computed. Only the worst `LISTED` accounts
are items; one more item says how many others are at risk (the health list in
Satisfacción shows them all).

One account has one figure on one day, the satisfaction page's: the listed accounts'
health is computed for today, for them alone and in one go (`health.health_of` with
their ids, as the page reads it), and each line shows that figure and its reasons — or
leaves the list when it is no longer at risk. A kept row, even today's, is only where
the candidates come from: answers, requests or tasks may have moved the figure since it
was kept (Pendientes said «en riesgo (31)» where the page said 50). The reasons read in
the window's language with the agency's decimal symbol (`reason_words`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import aliased

from agencia.db.uow import UnitOfWork
from agencia.domain.areas import AreaId
from agencia.domain.messages import render
from agencia.domain.models import Account, Agency
from agencia.domain.satisfaction_enums import ActionStatus, HealthBand
from agencia.domain.satisfaction_models import HealthRecord, ImprovementAction
from agencia.services.accounts.access import visible_clause
from agencia.services.pending.items import PendingItem
from agencia.services.satisfaction.health import health_of
from agencia.services.satisfaction.heap import give_back
from agencia.services.satisfaction.reason_words import dimension_now, reasons_sentence

LISTED = 25  # accounts at risk listed one by one, the lowest scores first
REGION = select(Agency.locale).limit(1).scalar_subquery()  # its decimal symbol, same statement


def waiting(uow: UnitOfWork, today: date) -> list[PendingItem]:
    """Read at sign-in while the window is idle (and on changes): the heap its health
    reading leaves behind goes back to the system (`heap.give_back`)."""
    items = [*_at_risk(uow, today), *_overdue_actions(uow, today)]
    give_back()
    return items


def _at_risk(uow: UnitOfWork, today: date) -> list[PendingItem]:
    """The worst `LISTED` accounts whose latest kept score is at risk, and how many are, in
    one statement: a row is an account's latest when no newer row of it (up to today)
    exists, asked of the (account, day) index for the at-risk rows alone, and the total
    comes with each row (a window count) — not every account's history grouped, twice
    (1.1 s for a director of 33,000 accounts; this, 0.3 s)."""
    newer = aliased(HealthRecord)
    rows = uow.session.execute(
        select(HealthRecord, Account.trade_name, REGION, func.count().over())
        .join(Account, Account.id == HealthRecord.account_id)
        .where(
            HealthRecord.band == HealthBand.AT_RISK,
            HealthRecord.computed_on <= today,
            ~exists().where(
                newer.account_id == HealthRecord.account_id,
                newer.computed_on > HealthRecord.computed_on,
                newer.computed_on <= today,
            ),
            visible_clause(uow.actor),
        )
        .order_by(HealthRecord.score, Account.trade_name, Account.id)
        .limit(LISTED + 1)
    ).all()
    region = str(rows[0][2] or "es_ES") if rows else "es_ES"
    listed = _today(uow, {record.account_id: name for record, name, _r, _n in rows[:LISTED]}, today)
    now_at_risk = sorted(
        (line for line in listed if line.band is HealthBand.AT_RISK),
        key=lambda line: (line.score if line.score is not None else 101, line.account),
    )
    items = [_health_item(line, region) for line in now_at_risk]
    if len(rows) > LISTED:
        total = int(rows[0][3])
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


@dataclass(frozen=True, slots=True)
class _Line:
    """An account's health as Pendientes lists it."""

    account_id: int
    account: str
    score: int | None
    band: HealthBand | None
    reasons: tuple[tuple[str, dict[str, Any]], ...]


def _today(uow: UnitOfWork, names: dict[int, str], today: date) -> list[_Line]:
    """The accounts' health computed for today, all of them in one `health_of` (a fixed
    handful of statements asked for these ids alone), named as the query found them."""
    if not names:
        return []
    return [
        _Line(now.account_id, names[now.account_id], now.health.score, now.health.band,
              tuple(now.health.reasons))
        for now in health_of(uow, today, list(names))
    ]  # fmt: skip


def _health_item(line: _Line, region: str) -> PendingItem:
    reasons = reasons_sentence(line.reasons, region, most=2)
    return PendingItem(
        area=AreaId.SATISFACTION,
        kind="account_health",
        campaign_id=line.account_id,  # where opening it goes: the account's line
        campaign="",
        account=line.account,
        title=render("pending.health_at_risk", {"score": line.score, "reasons": reasons}),
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
            campaign=dimension_now(action.dimension),  # in the window's language
            account=account or "",
            title=render("pending.improvement_overdue", {"title": action.title}),
            due=action.due_on,
            overdue=True,
        )
        for action, account in rows
    ]
