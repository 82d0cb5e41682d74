"""Many responses, and many accounts' health, at once: what `record_response` and
`record_health` write, for a batch (an import, the demo).

`record_response` keeps the account's health for the day after each response, and the
health it computes (`health.health_of`) reads every account's last contact from the
communications even when one account is wanted: on a log of a million communications that
is a second per response. `record_responses` runs the same checks and writes the same rows
(`responses.add_response`, one unit of work per run of the same person's responses) and
keeps the same health row, computed for that one account only (its last contact asked for
it alone). `record_health` writes every account's row of the day with many-row Core
statements instead of an ORM object each (`health_history._store`: a minute for 100,000
accounts). `tests/services/test_satisfaction_bulk.py` holds both paths to the same rows.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from statistics import fmean
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.account_health import HealthInputs, health
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Approval, Brief, Campaign
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import ApprovalStage, Decision
from agencia.domain.models import Account
from agencia.domain.satisfaction_enums import HealthFactor
from agencia.domain.satisfaction_models import HealthRecord
from agencia.services.accounts.access import visible_clause
from agencia.services.results import SaveResult
from agencia.services.satisfaction import health_sources as sources
from agencia.services.satisfaction.health import AccountHealth, health_of, satisfaction_inputs
from agencia.services.satisfaction.responses import ResponseInput, add_response
from agencia.services.satisfaction.results import Scope, scored

_HISTORY = cast(Table, HealthRecord.__table__)


@dataclass(frozen=True, slots=True)
class Entry:
    """One response of a batch: who records it, what, and the day it counts as today."""

    actor: Actor
    data: ResponseInput
    today: date


def record_responses(db: Database, entries: Sequence[Entry]) -> list[SaveResult]:
    """Keep each response as `record_response` would (its checks, rows, audit entry and
    the account's health row for its day), in order; the consecutive entries of one
    person share one unit of work. A refused entry raises, and its run is not kept."""
    results: list[SaveResult] = []
    start = 0
    while start < len(entries):
        actor = entries[start].actor
        end = start
        while end < len(entries) and entries[end].actor == actor:
            end += 1
        with unit_of_work(db, actor) as uow:
            for entry in entries[start:end]:
                response, (answered, total, complete) = add_response(uow, entry.data, entry.today)
                uow.session.flush()
                store_health(
                    uow, account_health(uow, entry.today, response.account_id), entry.today
                )
                warnings: tuple[tuple[str, dict[str, object]], ...] = ()
                if not complete:
                    warnings = (("response.incomplete", {"answered": answered, "total": total}),)
                results.append(SaveResult(response.id, response.version, warnings))
        start = end
    return results


def record_health(db: Database, actor: Actor, today: date | None = None) -> int:
    """`health_history.record_health`: the day's row of every account the person may see,
    written in many-row statements; how many were written."""
    day = today or date.today()
    with unit_of_work(db, actor) as uow:
        return store_health(uow, health_of(uow, day), day)


def account_health(uow: UnitOfWork, today: date, account_id: int) -> list[AccountHealth]:
    """`health.health_of(uow, today, account_id)`, its last contact asked for that account
    alone (the same day as `health_sources.last_contacts` gives it)."""
    accounts = uow.session.execute(
        select(Account.id, Account.trade_name).where(
            visible_clause(uow.actor), Account.id == account_id
        )
    ).all()
    if not accounts:
        return []
    answers, _responses = scored(uow, Scope(account_id=account_id, end=today))
    sla = sources.sla(uow, today)
    overdue = _overdue_tasks(uow, today, account_id)
    known, last = _last_contact(uow, account_id)
    cycles = _approval_days(uow, today, account_id)
    score, fell = satisfaction_inputs(answers)
    inputs = HealthInputs(
        satisfaction=score,
        falls=fell,
        sla=sla.get(account_id) if sla is not None else None,
        approval_days=cycles.get(account_id),
        overdue_tasks=overdue.get(account_id, 0) if overdue is not None else None,
        days_since_contact=(today - last).days if last is not None else None,
        contact_known=known,
    )
    return [AccountHealth(account_id, str(accounts[0][1]), health(inputs))]


def _area(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:  # that area is not part of this build
        return None


def _overdue_tasks(uow: UnitOfWork, today: date, account_id: int) -> dict[int, int] | None:
    """`health_sources.overdue_tasks` of one account."""
    models = _area("agencia.domain.coordination_models")
    enums = _area("agencia.domain.coordination_enums")
    if models is None or enums is None:
        return None
    task = models.Task
    if uow.session.scalar(select(task.id).limit(1)) is None:
        return None
    count = uow.session.scalar(
        select(func.count())
        .select_from(task)
        .join(Campaign, Campaign.id == task.campaign_id)
        .where(
            Campaign.account_id == account_id,
            task.due_on < today,
            task.status.not_in(list(enums.FINISHED)),
        )
    )
    return {account_id: int(count)} if count else {}


def _approval_days(uow: UnitOfWork, today: date, account_id: int) -> dict[int, float]:
    """`health_sources.approval_days` of one account: the mean days from a campaign's
    first brief to the client's approval over the last year."""
    since = today - timedelta(days=sources.CYCLE_WINDOW_DAYS)
    campaigns = select(Campaign.id).where(Campaign.account_id == account_id)
    first_brief = (
        select(Brief.campaign_id, func.min(Brief.created_at).label("at"))
        .where(Brief.campaign_id.in_(campaigns))
        .group_by(Brief.campaign_id)
        .subquery()
    )
    rows = uow.session.execute(
        select(first_brief.c.at, Approval.decided_on)
        .select_from(Approval)
        .join(Campaign, Campaign.id == Approval.campaign_id)
        .join(first_brief, first_brief.c.campaign_id == Campaign.id)
        .where(
            Campaign.account_id == account_id,
            Approval.stage == ApprovalStage.CLIENT,
            Approval.decision == Decision.APPROVED,
            Approval.decided_on >= since,
        )
    )
    days: list[float] = []
    for briefed, decided in rows:
        if isinstance(briefed, str):  # an aggregate SQLite hands back as text
            briefed = datetime.fromisoformat(briefed)
        start = briefed.date() if isinstance(briefed, datetime) else briefed
        if start is not None:
            days.append(max(0, (decided - start).days))
    return {account_id: fmean(days)} if days else {}


def _last_contact(uow: UnitOfWork, account_id: int) -> tuple[bool, date | None]:
    """(whether the log is in use at all, the day of the account's latest contact)."""
    models = _area("agencia.domain.service_models")
    communication: Any = getattr(models, "Communication", None) if models else None
    if communication is None:
        return False, None
    if uow.session.scalar(select(communication.id).limit(1)) is None:
        return False, None
    moment = uow.session.scalar(
        select(func.max(communication.occurred_at)).where(communication.account_id == account_id)
    )
    if isinstance(moment, str):  # an aggregate SQLite hands back as text
        moment = datetime.fromisoformat(moment)
    return True, (moment.date() if moment is not None else None)


def store_health(uow: UnitOfWork, rows: Iterable[AccountHealth], day: date) -> int:
    """`health_history._store` in Core statements: each account's row for `day`, the
    existing ones replaced; how many were written."""
    values = [_values(row, day) for row in rows]
    if not values:
        return 0
    connection = uow.session.connection()
    kept: dict[int, int] = {}
    ids = [v["account_id"] for v in values]
    for start in range(0, len(ids), 900):
        for account_id, record_id in connection.execute(
            select(_HISTORY.c.account_id, _HISTORY.c.id).where(
                _HISTORY.c.computed_on == day,
                _HISTORY.c.account_id.in_(ids[start : start + 900]),
            )
        ):
            kept[account_id] = record_id
    new = [v for v in values if v["account_id"] not in kept]
    old = [{**v, "record_id": kept[v["account_id"]]} for v in values if v["account_id"] in kept]
    if old:
        connection.execute(
            update(_HISTORY)
            .where(_HISTORY.c.id == bindparam("record_id"))
            .values(
                score=bindparam("score"),
                band=bindparam("band"),
                satisfaction=bindparam("satisfaction"),
                reasons=bindparam("reasons"),
            ),
            [{k: v[k] for k in ("record_id", "score", "band", "satisfaction", "reasons")}
             for v in old],
        )  # fmt: skip
    if new:
        connection.execute(insert(_HISTORY), new)
    for account_id in ids:
        uow.touched(ChangeKind.ACCOUNT_HEALTH, account_id)
    return len(values)


def _values(row: AccountHealth, day: date) -> dict[str, Any]:
    satisfaction = next(
        (f.part for f in row.health.factors if f.factor is HealthFactor.SATISFACTION), None
    )
    return {
        "account_id": row.account_id,
        "computed_on": day,
        "score": row.health.score,
        "band": row.health.band,
        "satisfaction": (
            None if satisfaction is None else Decimal(str(round(1 + satisfaction * 4, 2)))
        ),
        "reasons": [[code, dict(params)] for code, params in row.health.reasons],
    }
