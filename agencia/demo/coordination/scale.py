"""The large demo's coordination at scale: 200,000 tasks with their dependencies, written
as bulk inserts (one statement per chunk, no unit of work, no audit entry per row),
because a plan that size exists only to try the app's speed on it.

The tasks need campaigns: `CAMPAIGNS` generated ones of `PER_CAMPAIGN` tasks each, on
the first accounts that have a lead, owned by that lead. Most are finished (their tasks
done: the agency's history); `OPEN` of them run now, around the demo's today, so that a
campaign's timeline of 500 tasks and the people's «Mis tareas» have open work to show.
Each campaign's tasks run in chains of `CHAIN` (each waits for the one before, now and
then with a lag), and each chain's head waits for the previous chain's head — about one
dependency per task. The internal teams' people do the work; the demo's own login gets
every `MINE`th task, so that its «Mis tareas» reads from a large table.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, func, select, text

from agencia.db.driver_rows import insert_rows
from agencia.demo import indexes
from agencia.demo.run import table
from agencia.domain.campaign_models import Campaign
from agencia.domain.coordination_enums import TaskStatus
from agencia.domain.coordination_models import Task, TaskDependency
from agencia.domain.enums import CampaignKind, CampaignStatus, Department
from agencia.domain.models import Account, Staff
from agencia.domain.text import search_text, sort_key

COUNT = 200_000
PER_CAMPAIGN = 500
CAMPAIGNS = COUNT // PER_CAMPAIGN
OPEN = 3
CHAIN = 10
MINE = 40
CHUNK = 10_000
WORK = (
    "Guion",
    "Storyboard",
    "Diseño de piezas",
    "Redacción de textos",
    "Retoque fotográfico",
    "Adaptaciones a formatos",
    "Plan de medios",
    "Compra de espacios",
    "Producción de vídeo",
    "Revisión interna",
    "Pruebas de color",
    "Entrega a medios",
)


def _accounts(connection: Connection) -> list[tuple[int, int, str]]:
    return [
        (i, lead, name)
        for i, lead, name in connection.execute(
            select(Account.id, Account.lead_executive_id, Account.trade_name)
            .where(Account.lead_executive_id.is_not(None))
            .order_by(Account.id)
            .limit(CAMPAIGNS)
        )
    ]


def _next_id(connection: Connection, column: Any) -> int:
    return int(connection.execute(select(func.coalesce(func.max(column), 0))).scalar_one()) + 1


def _campaigns(connection: Connection, today: date, count: int) -> list[tuple[int, date, bool]]:
    """Insert the generated campaigns; [(id, first day, open)], the open ones first."""
    accounts = _accounts(connection)
    if not accounts:
        return []
    first_id = _next_id(connection, Campaign.id)
    now = datetime.now(UTC)
    rows, made = [], []
    for n in range(count):
        account, lead, client = accounts[n % len(accounts)]
        is_open = n < OPEN
        start = today - timedelta(days=30 + 7 * n % 20) if is_open else today - timedelta(
            days=120 + 3 * n
        )  # fmt: skip
        year = min(start.year, today.year - 1)  # codes a new campaign of this year never follows
        name = f"Plan de trabajo {n + 1:03d}"
        code = f"C{year}-9{n:03d}"
        rows.append(
            {
                "id": first_id + n,
                "account_id": account,
                "name": name,
                "code": code,
                "kind": CampaignKind.AWARENESS,
                "owner_id": lead,
                "budget": Decimal(50_000),
                "currency": "EUR",
                "status": CampaignStatus.IN_PRODUCTION if is_open else CampaignStatus.COMPLETED,
                "start_date": start,
                "deadline": start + timedelta(days=PER_CAMPAIGN // CHAIN * 2 + 60),
                "name_key": sort_key(name),
                "search_text": search_text(name, code, client),
                "results_kpis": [],
                "created_at": now,
                "updated_at": now,
            }
        )
        made.append((first_id + n, start, is_open))
    insert_rows(connection, table(Campaign), rows)
    return made


def _people(connection: Connection, mine: int | None) -> list[tuple[int, Department]]:
    """The internal teams' people (not on the account ladder); the login's person too."""
    rows = connection.execute(
        select(Staff.id, Staff.department)
        .where(
            Staff.active.is_(True),
            Staff.department.not_in((Department.ACCOUNTS, Department.ADMINISTRATION)),
        )
        .order_by(Staff.id)
    ).all()
    people = [(i, d) for i, d in rows]
    if not people and mine is not None:
        people = [(mine, Department.ACCOUNTS)]
    return people


def _tasks(
    campaigns: list[tuple[int, date, bool]],
    first_id: int,
    today: date,
    people: list[tuple[int, Department]],
    mine: int | None,
    rng: random.Random,
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each task's row and the rows of what it waits for. The draws are `choice` and
    `randrange` as they make them (`_randbelow`), the days, hours and titles made once."""
    task_id = first_id
    now = datetime.now(UTC)
    below: Callable[[int], int] = rng._randbelow  # type: ignore[attr-defined]
    lags = (0, 0, 0, 1, 2)
    days = [timedelta(days=d) for d in range(8)]
    hours = [Decimal(h) for h in range(17)]
    titles = [f"{WORK[k % len(WORK)]} {k // len(WORK) + 1}" for k in range(PER_CAMPAIGN)]
    finished_by = today - timedelta(days=3)
    # each day one object, however many tasks begin or end on it: the driver's rows
    # convert each object once (`driver_rows`)
    day = cast(Callable[[date, date], date], {}.setdefault)
    for campaign, start, is_open in campaigns:
        chain_heads: list[tuple[int, date]] = []
        due = start
        for k in range(PER_CAMPAIGN):
            head = k % CHAIN == 0
            lag = lags[below(5)]  # rng.choice(lags)
            if head:
                before = chain_heads[-1] if chain_heads else None
                begin = (before[1] + days[2]) if before else start
                links = [(before[0], 1)] if before else []
            else:
                begin = due + days[1 + lag]
                links = [(task_id - 1, lag)]
            begin = day(begin, begin)
            due = begin + days[1 + below(4)]  # rng.randrange(1, 5)
            due = day(due, due)
            if head:
                chain_heads.append((task_id, begin))
            person, team = people[k % len(people)]
            if mine is not None and k % MINE == 0:
                person = mine
            if not is_open or due < finished_by:
                status = TaskStatus.DONE
            elif begin <= today:
                status = TaskStatus.IN_PROGRESS
            else:
                status = TaskStatus.TODO
            row = {
                "id": task_id,
                "campaign_id": campaign,
                "title": titles[k],
                "description": "",
                "team": team,
                "vendor_id": None,
                "assignee_id": person,
                "start_on": begin,
                "due_on": due,
                "estimated_hours": hours[2 + below(15)],  # rng.randrange(2, 17)
                "status": status,
                "milestone": None,
                "created_at": now,
                "version": 1,
            }
            deps = [{"task_id": task_id, "depends_on_id": p, "lag_days": g} for p, g in links]
            yield row, deps
            task_id += 1


def fill_at_scale(
    connection: Connection,
    today: date,
    seed: int,
    mine: int | None = None,
    count: int = COUNT,
) -> float:
    """Insert `count` tasks, rounded to whole campaigns of `PER_CAMPAIGN` (with the
    campaigns and dependencies) on `connection`,
    inside the demo's transaction; `mine` is the person who gets every `MINE`th task.
    Returns the seconds taken."""
    started = time.perf_counter()
    campaigns = _campaigns(connection, today, max(1, count // PER_CAMPAIGN))
    people = _people(connection, mine)
    if not campaigns or not people:
        return 0.0
    first_id = _next_id(connection, Task.id)
    rows = _tasks(campaigns, first_id, today, people, mine, random.Random(seed))
    tasks_in, deps_in = table(Task), table(TaskDependency)
    with indexes.suspended(connection, (tasks_in.name, deps_in.name)):  # built at the end
        while chunk := [pair for _, pair in zip(range(CHUNK), rows, strict=False)]:
            insert_rows(connection, tasks_in, [r for r, _ in chunk])
            insert_rows(connection, deps_in, [d for _, ds in chunk for d in ds])
    if connection.dialect.name == "postgresql":  # explicit IDs leave the sequences behind
        for name in ("campaigns", "tasks"):
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {name}))"
                )
            )
    return time.perf_counter() - started
