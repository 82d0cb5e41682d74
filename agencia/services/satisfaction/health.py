"""The account health list: every account the person may see, its indicator, the
weights used and the reasons, the accounts at risk first.

Satisfaction is the latest quarter's score (read on 1–5) and its trend the dimensions
that fell since the quarter before that had answers; the other factors come from
`health_sources`, each left out where its area is absent or unused.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from statistics import fmean

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.account_health import Health, HealthInputs, falls, health
from agencia.domain.actor import Actor
from agencia.domain.models import Account
from agencia.domain.satisfaction_enums import HealthBand
from agencia.domain.survey_scales import rescale
from agencia.domain.survey_scoring import Scored, quarter
from agencia.services.accounts.access import visible_clause
from agencia.services.satisfaction import health_sources as sources
from agencia.services.satisfaction.results import Scope, scored

_BAND_ORDER = {HealthBand.AT_RISK: 0, HealthBand.WATCH: 1, HealthBand.HEALTHY: 2, None: 3}


@dataclass(frozen=True, slots=True)
class AccountHealth:
    """One line of the health list."""

    account_id: int
    account: str
    health: Health


def _by_quarter(answers: list[Scored]) -> dict[date, dict[str, float]]:
    """{quarter: {dimension: mean perceived on 1–5}}."""
    values: dict[date, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for a in answers:
        if a.perceived is not None:
            values[quarter(a.on)][a.dimension].append(rescale(a.perceived, a.points, 5))
    return {q: {d: fmean(v) for d, v in dims.items()} for q, dims in values.items()}


def satisfaction_inputs(answers: list[Scored]) -> tuple[float | None, dict[str, float] | None]:
    """The latest quarter's score, and how much each dimension fell since the quarter
    before (None when there is no earlier quarter to compare with)."""
    quarters = _by_quarter(answers)
    if not quarters:
        return None, None
    ordered = sorted(quarters)
    latest = quarters[ordered[-1]]
    score = fmean(latest.values())
    if len(ordered) < 2:
        return score, None
    return score, falls(quarters[ordered[-2]], latest)


ONE_QUERY_MOST = 500  # accounts asked for by id in one query; more: every row read once


def _gather(
    uow: UnitOfWork, today: date, only: int | Collection[int] | None = None
) -> list[AccountHealth]:
    wanted = None if only is None else {only} if isinstance(only, int) else set(only)
    asked = wanted if wanted is not None and len(wanted) <= ONE_QUERY_MOST else None
    query = select(Account.id, Account.trade_name).where(visible_clause(uow.actor))
    if asked is not None:
        query = query.where(Account.id.in_(sorted(asked)))
    accounts = uow.session.execute(query.order_by(Account.trade_name)).all()
    if wanted is not None and asked is None:  # many: the whole agency's rows, kept apart
        accounts = [row for row in accounts if row[0] in wanted]
    one = next(iter(asked)) if asked is not None and len(asked) == 1 else None
    answers, responses = scored(uow, Scope(account_id=one, end=today))
    account_of = {r.id: r.account_id for r in responses}
    per_account: dict[int, list[Scored]] = defaultdict(list)
    for a in answers:
        per_account[account_of[a.response]].append(a)
    sla = sources.sla(uow, today, asked)
    overdue = sources.overdue_tasks(uow, today, asked)
    contacts = sources.last_contacts(uow, asked)
    cycles = sources.approval_days(uow, today, asked)
    # accounts alike (no answers, the same last contact, …) share one Health: most of a
    # large agency's are one of a few thousand
    made: dict[HealthInputs, Health] = {}
    out = []
    for account_id, name in accounts:
        mine = per_account.get(account_id)
        score, fell = satisfaction_inputs(mine) if mine else (None, None)
        last = contacts.get(account_id) if contacts is not None else None
        inputs = HealthInputs(
            satisfaction=score,
            falls=fell,
            sla=sla.get(account_id) if sla is not None else None,
            approval_days=cycles.get(account_id),
            overdue_tasks=overdue.get(account_id, 0) if overdue is not None else None,
            days_since_contact=(today - last).days if last is not None else None,
            contact_known=contacts is not None,
        )
        if fell is not None:  # a dict: not a key
            out.append(AccountHealth(account_id, name, health(inputs)))
            continue
        found = made.get(inputs)
        if found is None:
            found = made[inputs] = health(inputs)
        out.append(AccountHealth(account_id, name, found))
    return out


def account_health(db: Database, actor: Actor, today: date | None = None) -> list[AccountHealth]:
    """Every visible account's health, at risk first, then by score (lowest first)."""
    with unit_of_work(db, actor, write=False) as uow:
        rows = _gather(uow, today or date.today())
    return sorted(
        rows,
        key=lambda r: (
            _BAND_ORDER[r.health.band],
            r.health.score if r.health.score is not None else 101,
            r.account,
        ),
    )


def health_of(
    uow: UnitOfWork, today: date, only: int | Collection[int] | None = None
) -> list[AccountHealth]:
    """The same, in the order of the accounts' names, inside a caller's unit of work; of
    the visible accounts in `only` (one id or several) when given, each source asked for
    those accounts alone: one account's health costs what that account has."""
    return _gather(uow, today, only)
