"""Many responses, and many accounts' health, at once: what `record_response` and
`record_health` write, for a batch (an import, the demo).

`record_responses` runs `record_response`'s checks and writes the same rows
(`responses.add_response`, one unit of work per run of the same person's responses) and
keeps the same health row for the response's account and day (`health.health_of` of that
account alone). `record_health` writes every account's row of the day with many-row Core
statements instead of an ORM object each (`health_history._store`: a minute for 100,000
accounts). `tests/services/test_satisfaction_bulk.py` holds both paths to the same rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update

from agencia.db.database import Database
from agencia.db.driver_rows import insert_rows
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.account_health import Health
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.satisfaction_enums import HealthFactor
from agencia.domain.satisfaction_models import HealthRecord
from agencia.services.results import SaveResult
from agencia.services.satisfaction.health import AccountHealth, health_of
from agencia.services.satisfaction.responses import ResponseInput, add_response

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
                store_health(uow, health_of(uow, entry.today, response.account_id), entry.today)
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
    """One account's health (`health.health_of` with `only`), as Pendientes asks it."""
    return health_of(uow, today, account_id)


def store_health(uow: UnitOfWork, rows: Iterable[AccountHealth], day: date) -> int:
    """`health_history._store` in many-row statements: each account's row for `day`, the
    existing ones replaced; how many were written."""
    kept_as: dict[int, dict[str, Any]] = {}  # by the Health object: shared by accounts alike
    values = []
    for row in rows:
        common = kept_as.get(id(row.health))
        if common is None:
            common = kept_as[id(row.health)] = _values(row.health)
        values.append({"account_id": row.account_id, "computed_on": day, **common})
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
        insert_rows(connection, _HISTORY, new)
    for account_id in ids:
        uow.touched(ChangeKind.ACCOUNT_HEALTH, account_id)
    return len(values)


def _values(health: Health) -> dict[str, Any]:
    satisfaction = next(
        (f.part for f in health.factors if f.factor is HealthFactor.SATISFACTION), None
    )
    return {
        "score": health.score,
        "band": health.band,
        "satisfaction": (
            None if satisfaction is None else Decimal(str(round(1 + satisfaction * 4, 2)))
        ),
        "reasons": [[code, dict(params)] for code, params in health.reasons],
    }
