"""The account health list: every account the person may see, its indicator, the
weights used and the reasons, the accounts at risk first.

Satisfaction is the latest quarter's score (read on 1–5) and its trend the dimensions
that fell since the quarter before that had answers (`health_satisfaction`); the other
factors come from `health_sources`, each left out where its area is absent or unused.

The page's first view (`worst_health`) ranks every account the person sees but makes
only the lines it shows: the accounts alike (nothing known but the day of the last
contact and no late task: most of a large agency's) share one computed health per day,
the rows come as the driver gives them, and names are read for the page's lines alone.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import null, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.account_health import Health, HealthInputs, health
from agencia.domain.actor import Actor
from agencia.domain.models import Account
from agencia.domain.satisfaction_enums import HealthBand
from agencia.services.accounts.access import visible_clause, visible_parts
from agencia.services.satisfaction import health_sources as sources
from agencia.services.satisfaction.health_satisfaction import satisfaction_by_account
from agencia.services.satisfaction.raw_rows import raw_rows

_BAND_ORDER = {HealthBand.AT_RISK: 0, HealthBand.WATCH: 1, HealthBand.HEALTHY: 2, None: 3}


@dataclass(frozen=True, slots=True)
class AccountHealth:
    """One line of the health list."""

    account_id: int
    account: str
    health: Health


ONE_QUERY_MOST = 500  # accounts asked for by id in one query; more: every row read once


def _gather(
    uow: UnitOfWork, today: date, only: int | Collection[int] | None = None, *, named: bool = True
) -> list[tuple[int, str, Health]]:
    """`_lines` as a list."""
    return list(_lines(uow, today, only, named=named))


def _lines(
    uow: UnitOfWork, today: date, only: int | Collection[int] | None = None, *, named: bool = True
) -> Iterator[tuple[int, str, Health]]:
    """(account, its name, its health) of every visible account (or of those in `only`),
    in the order of their names; unless not `named` (and not `only`): every visible
    account, its name left empty, in the order the database finds them (the names cost
    a third of the accounts' reading, and a page needs only its own)."""
    wanted = None if only is None else {only} if isinstance(only, int) else set(only)
    asked = wanted if wanted is not None and len(wanted) <= ONE_QUERY_MOST else None
    contact = sources.last_contact_column(uow, Account.id)
    moment = contact if contact is not None else null()
    # the driver's rows: neither the ORM's loading nor a Row adds anything to 100,000
    accounts: list[tuple[Any, ...]] = []
    if not named and only is None:  # each part of what one sees off its own index
        for part in visible_parts(uow.actor):
            rows = raw_rows(uow, select(Account.id, moment).where(part))
            accounts += [(account_id, "", at) for account_id, at in rows]
    else:
        query = select(Account.id, Account.trade_name, moment)
        query = query.where(visible_clause(uow.actor))
        if asked is not None:
            query = query.where(Account.id.in_(sorted(asked)))
        accounts = raw_rows(uow, query.order_by(Account.trade_name))
    if wanted is not None and asked is None:  # many: the whole agency's rows, kept apart
        accounts = [row for row in accounts if row[0] in wanted]
    one = next(iter(asked)) if asked is not None and len(asked) == 1 else None
    # everyone's: the accounts just read are those the person sees
    among = {row[0] for row in accounts} if wanted is None else None
    satisfaction = satisfaction_by_account(uow, today, one, among, asked if one is None else None)
    sla = sources.sla(uow, today, asked)
    overdue = sources.overdue_tasks(uow, today, asked)
    tasked = sources.task_accounts(uow, asked)  # only these have an overdue-tasks factor
    cycles = sources.approval_days(uow, today, asked)
    # accounts alike share one Health: most of a large agency's have nothing but a last
    # contact and the tasks' factor, and are one of a few hundred (one per day)
    made: dict[tuple[object, ...], Health] = {}
    known = contact is not None

    def made_for(
        score: float | None,
        fell: dict[str, float] | None,
        sla_of: tuple[int, int, int] | None,
        cycle: float | None,
        late: int | None,
        days: int | None,
    ) -> Health:
        # a plain tuple, cheaper than the inputs; the falls in their order (a tie between
        # two keeps it in the reasons)
        key = (score, tuple(fell.items()) if fell is not None else None, sla_of, cycle, late, days)
        found = made.get(key)
        if found is None:
            inputs = HealthInputs(score, fell, sla_of, cycle, late, days, known)
            found = made[key] = health(inputs)
        return found

    special = set(satisfaction) | set(sla or ()) | set(cycles) | set(overdue or ())
    # per day of the last contact, as the driver gives it, and whether the account has tasks
    plain: dict[object, Health] = {}
    for account_id, name, moment in accounts:
        day = moment[:10] if isinstance(moment, str) else moment
        has_tasks = overdue is not None and tasked is not None and account_id in tasked
        if account_id not in special:
            found = plain.get((day, has_tasks))
            if found is None:
                days = None if moment is None else (today - sources.contact_day(moment)).days
                plain_late = 0 if has_tasks else None
                found = made_for(None, None, None, None, plain_late, days)
                plain[(day, has_tasks)] = found
            yield account_id, name, found
            continue
        days = None if moment is None else (today - sources.contact_day(moment)).days
        score, fell = satisfaction.get(account_id, (None, None))
        sla_of = sla.get(account_id) if sla is not None else None
        cycle = cycles.get(account_id)
        late = overdue.get(account_id, 0) if overdue is not None and has_tasks else None
        yield account_id, name, made_for(score, fell, sla_of, cycle, late, days)


NO_FIGURE = 101  # where an account with no figure goes in the page's order: last


def _worst_first(line: tuple[int, str, Health]) -> tuple[int, str, int]:
    """The page's order: the lowest figure first (none last), then by name (and, for
    accounts of one name, by id)."""
    score = line[2].score
    return (score if score is not None else NO_FIGURE, line[1], line[0])


@dataclass(frozen=True, slots=True)
class WorstHealth:
    """The first lines of the health list in the page's order, and how many there are."""

    rows: tuple[AccountHealth, ...]
    total: int


def worst_health(uow: UnitOfWork, today: date, limit: int) -> WorstHealth:
    """The `limit` visible accounts in the worst health (the lowest figure first, those
    with none last, then by name): every account's figure is computed — they are ranked
    by it — but only the lines shown are made, and only those that may be on the page are
    kept as they come (a director's 33,000 lines were all held at once)."""
    total = 0
    lowest: list[int] = []  # the `limit` lowest figures so far, negated (a max-heap)
    near: list[tuple[int, tuple[int, str, Health]]] = []  # (figure, line) at or below them
    bound = 4 * max(1, limit)
    for line in _lines(uow, today, named=False):
        total += 1
        score = line[2].score
        if score is None:
            score = NO_FIGURE
        if limit <= 0 or (len(lowest) == limit and score > -lowest[0]):
            continue
        near.append((score, line))
        if len(lowest) < limit:
            heapq.heappush(lowest, -score)
        elif score < -lowest[0]:
            heapq.heapreplace(lowest, -score)
            if len(near) > bound:  # the page's last figure fell: forget the lines above it
                near = [kept for kept in near if kept[0] <= -lowest[0]]
                bound = max(bound, 2 * len(near))
    if limit <= 0 or not total:  # someone who sees no account: an empty list
        return WorstHealth((), total)
    # named: the lines at or below the page's last figure (those tied on it go by name)
    level = -lowest[0]
    below = [line for score, line in near if score < level]
    tied = [line for score, line in near if score == level]
    if len(below) + len(tied) > ONE_QUERY_MOST:  # many tied on the last figure: the first by name
        tied = _first_tied(uow, tied, limit - len(below))
    shown = below + tied
    names = _names(uow, [line[0] for line in shown])
    named = [(account_id, names[account_id], found) for account_id, _none, found in shown]
    first = heapq.nsmallest(limit, named, key=_worst_first)
    return WorstHealth(tuple(AccountHealth(*line) for line in first), total)


def _first_tied(
    uow: UnitOfWork, tied: list[tuple[int, str, Health]], need: int
) -> list[tuple[int, str, Health]]:
    """Of the lines tied on the page's last figure, the first `need` by name (then id):
    the visible accounts read in that order until enough of the tied ones have come (a
    director's 25,000 accounts on one figure had all their names read and ranked in
    Python for a page of 200). SQLite's order of names is their code points', as
    Python's."""
    by_id = {line[0]: line for line in tied}
    query = (
        select(Account.id)
        .where(visible_clause(uow.actor))
        .order_by(Account.trade_name, Account.id)
        .execution_options(yield_per=max(64, 2 * need))
    )
    chosen: list[tuple[int, str, Health]] = []
    rows = uow.session.scalars(query)
    try:
        for account_id in rows:
            line = by_id.get(account_id)
            if line is not None:
                chosen.append(line)
                if len(chosen) >= need:
                    break
    finally:
        rows.close()  # (on PostgreSQL a server-side cursor, left with rows unread)
    return chosen


def _names(uow: UnitOfWork, ids: list[int]) -> dict[int, str]:
    """The trade names of the visible accounts `ids` (by id when few; else every visible
    account's, read once)."""
    query = select(Account.id, Account.trade_name)
    if len(ids) <= ONE_QUERY_MOST:
        query = query.where(Account.id.in_(sorted(ids)))
    else:
        query = query.where(visible_clause(uow.actor))
    return dict(raw_rows(uow, query))


def account_health(db: Database, actor: Actor, today: date | None = None) -> list[AccountHealth]:
    """Every visible account's health, at risk first, then by score (lowest first)."""
    with unit_of_work(db, actor, write=False) as uow:
        rows = [AccountHealth(*line) for line in _gather(uow, today or date.today())]
    return sorted(
        rows,
        key=lambda r: (
            _BAND_ORDER[r.health.band],
            r.health.score if r.health.score is not None else NO_FIGURE,
            r.account,
        ),
    )


def health_of(
    uow: UnitOfWork, today: date, only: int | Collection[int] | None = None
) -> list[AccountHealth]:
    """The same, in the order of the accounts' names, inside a caller's unit of work; of
    the visible accounts in `only` (one id or several) when given, each source asked for
    those accounts alone: one account's health costs what that account has."""
    return [AccountHealth(*line) for line in _gather(uow, today, only)]
