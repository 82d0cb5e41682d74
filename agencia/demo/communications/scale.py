"""The large demo's contact log at scale: a million communications over three years,
written as bulk inserts straight to the driver (one executemany per chunk of rows, no
unit of work, no audit entry per row): through the ORM's type processing a million rows
took over four minutes on the test machine. A log that size exists only to try the app's
speed on it.

Ten for each account (the large demo's 100,000 make the million). The first account
gets `HEAVY` of them, so the account timeline's benchmark (an account
with 10,000 communications) has one to open; the rest are spread over every account,
each logged by the account's lead, with the channels' delivery confirmations in turn.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, select

from agencia.domain.models import Account
from agencia.domain.service_enums import Delivery
from agencia.domain.service_models import Communication

PER_ACCOUNT = 10  # 1,000,000 over the large demo's 100,000 accounts
COUNT = 1_000_000  # at most
HEAVY = 10_000
CHUNK = 20_000
SPAN = timedelta(days=3 * 365)
SUBJECTS = (
    "Seguimiento de la cuenta",
    "Envío de materiales",
    "Confirmación de reunión",
    "Revisión de artes finales",
    "Consulta sobre facturación",
    "Aprobación de presupuesto",
    "Cambio de fechas de campaña",
    "Resultados de la campaña",
)


def _accounts(connection: Connection) -> list[tuple[int, int | None, str]]:
    return [
        (i, lead, zone)
        for i, lead, zone in connection.execute(
            select(Account.id, Account.lead_executive_id, Account.time_zone).order_by(Account.id)
        )
    ]


_COLUMNS = (
    "account_id",
    "channel",
    "direction",
    "contact_ids",
    "addresses",
    "staff_id",
    "subject",
    "summary",
    "occurred_at",
    "their_zone",
    "delivery",
    "confirmation",
    "message_id",
    "in_reply_to",
    "document_sha256",
)


def _rows(
    accounts: list[tuple[int, int | None, str]],
    count: int,
    now: datetime,
    rng: random.Random,
    kinds: tuple[tuple[Any, Any, Delivery, dict[str, str]], ...],
    sqlite: bool,
) -> Iterator[tuple[Any, ...]]:
    """Rows as the driver takes them: enums as their values, JSON as text, and on SQLite
    the moment as SQLAlchemy writes it there (UTC, `YYYY-MM-DD HH:MM:SS.ffffff`), so the
    rows read back exactly like those the services write. Oldest first: the log's index
    on the moment only ever grows at its end."""
    span = SPAN.total_seconds()
    share = min(HEAVY, count) / count  # the first account's part
    draw = rng.random
    words = [
        (c.value, d.value, delivery.value, json.dumps(confirmation, ensure_ascii=False))
        for c, d, delivery, confirmation in kinds
    ]
    start = (now - SPAN).astimezone(UTC).replace(tzinfo=None, microsecond=0)
    many = len(accounts)
    moment_of = _sqlite_moments(start) if sqlite else _moments(start)
    first = accounts[0]
    for n, offset in enumerate(sorted(int(draw() * span) for _ in range(count))):
        account, lead, zone = first if draw() < share else accounts[int(draw() * many)]
        channel, direction, delivery, confirmation = words[n % len(words)]
        yield (
            account,
            channel,
            direction,
            "[]",
            "[]",
            lead,
            SUBJECTS[n % len(SUBJECTS)],
            "",
            moment_of(offset),
            zone,
            delivery,
            confirmation,
            "",
            "",
            "",
        )


def _moments(start: datetime) -> Callable[[int], datetime]:
    """`start` plus a number of seconds, in UTC."""
    begin = start.replace(tzinfo=UTC)
    return lambda offset: begin + timedelta(seconds=offset)


def _sqlite_moments(start: datetime) -> Callable[[int], str]:
    """`start` plus a number of seconds as SQLAlchemy writes it on SQLite
    (`(start + timedelta(seconds=s)).isoformat(" ") + ".000000"`, `start` whole seconds),
    from the day's and the time of day's text, each made once."""
    first_day = start.replace(hour=0, minute=0, second=0)
    into = start.hour * 3600 + start.minute * 60 + start.second
    days = [f"{first_day + timedelta(days=d):%Y-%m-%d} " for d in range(SPAN.days + 2)]
    times = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000" for s in range(86_400)]
    return lambda offset: days[(into + offset) // 86_400] + times[(into + offset) % 86_400]


def fill_at_scale(
    connection: Connection,
    now: datetime,
    seed: int,
    kinds: tuple[tuple[Any, Any, Delivery, dict[str, str]], ...],
    count: int | None = None,
) -> float:
    """Insert `count` communications (None: `PER_ACCOUNT` for each account, at most
    `COUNT`) on `connection`, inside the demo's transaction; returns the seconds taken."""
    started = time.perf_counter()
    accounts = _accounts(connection)
    if count is None:
        count = min(COUNT, PER_ACCOUNT * len(accounts))
    if not accounts or count <= 0:
        return 0.0
    sqlite = connection.dialect.name == "sqlite"
    rows = _rows(accounts, count, now, random.Random(seed), kinds, sqlite)
    mark = "?" if sqlite else "%s"
    statement = (
        f"INSERT INTO communications ({', '.join(_COLUMNS)}) "
        f"VALUES ({', '.join([mark] * len(_COLUMNS))})"
    )
    indexes = sorted(cast(Table, Communication.__table__).indexes, key=lambda i: str(i.name))
    for index in indexes:  # built again at the end: one sort beats a million probes
        index.drop(connection)
    while chunk := [row for _, row in zip(range(CHUNK), rows, strict=False)]:
        connection.exec_driver_sql(statement, chunk)
    for index in indexes:
        index.create(connection)
    return time.perf_counter() - started
