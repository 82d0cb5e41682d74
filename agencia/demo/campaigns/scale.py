"""The large demo's campaigns at scale: 50,000 in all, each with its brief, and the brief's
approval where the campaign is past it — written as bulk inserts (one statement per
chunk, no unit of work, no audit entry per row), because a portfolio that size exists
only to try the campaigns list's speed on it (tests/bench/run.py).

They spread over the accounts that have a lead (every `SPREAD`th one, so every account
group has its share: a director sees about a third), owned by that lead. Most are
finished, the agency's history; every `OPEN`th one is in progress, in one of the early
stages, so the list's status filters and the overdue mark have something to find.
Campaigns played through the services (`player`) come first and count toward the total.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, func, select, text

from agencia.db.driver_rows import insert_rows
from agencia.demo import indexes
from agencia.demo.run import table
from agencia.demo.text_cache import search_text_of, sort_key_of
from agencia.domain.campaign_models import Approval, Brief, Campaign
from agencia.domain.enums import ApprovalStage, CampaignKind, CampaignStatus, Decision, Role
from agencia.domain.models import Account

TOTAL = 50_000
SPREAD = 2
OPEN = 10
CHUNK = 10_000
KINDS = tuple(CampaignKind)
OPEN_STATUSES = (
    CampaignStatus.BRIEF,
    CampaignStatus.IN_DEVELOPMENT,
    CampaignStatus.INTERNAL_REVIEW,
    CampaignStatus.IN_PRODUCTION,
)
SUBJECTS = (
    "Lanzamiento",
    "Temporada",
    "Aniversario",
    "Rebajas",
    "Relanzamiento",
    "Patrocinio",
    "Fidelización",
    "Navidad",
    "Vuelta al cole",
    "Verano",
)


def _accounts(connection: Connection) -> list[tuple[int, int, str]]:
    rows = connection.execute(
        select(Account.id, Account.lead_executive_id, Account.trade_name)
        .where(Account.lead_executive_id.is_not(None))
        .order_by(Account.id)
    ).all()
    return [(i, lead, name) for i, lead, name in rows[::SPREAD]]


def _next_id(connection: Connection, column: Any) -> int:
    return int(connection.execute(select(func.coalesce(func.max(column), 0))).scalar_one()) + 1


def _rows(
    accounts: list[tuple[int, int, str]], count: int, first: int, today: date
) -> Iterator[tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None]]:
    """Each campaign's row, its brief's, and its brief's approval (None while in brief)."""
    now = datetime.now(UTC)
    day = cast(Callable[[date, date], date], {}.setdefault)  # each day one object to convert
    for n in range(count):
        account, lead, client = accounts[n % len(accounts)]
        campaign_id = brief_id = first + n
        is_open = n % OPEN == 0
        status = OPEN_STATUSES[n // OPEN % len(OPEN_STATUSES)] if is_open else None
        start = today - timedelta(days=(20 + n % 60) if is_open else (90 + n % 1500))
        start = day(start, start)
        deadline = start + timedelta(days=45 + n % 90)
        name = f"{SUBJECTS[n % len(SUBJECTS)]} {client}"[:200]
        year = min(start.year, today.year - 1)  # codes a new campaign of this year never follows
        code = f"C{year}-8{n:05d}"
        kind = KINDS[n % len(KINDS)]
        campaign = {
            "id": campaign_id,
            "account_id": account,
            "name": name,
            "code": code,
            "kind": kind,
            "owner_id": lead,
            "budget": Decimal(5_000 + (n * 37) % 95_000),
            "currency": "EUR",
            "status": status or CampaignStatus.COMPLETED,
            "start_date": start,
            "deadline": day(deadline, deadline),
            "name_key": sort_key_of(name),
            "search_text": search_text_of(name, code, client),
            "results_kpis": [],
            "created_at": now,
            "updated_at": now,
        }
        brief = {
            "id": brief_id,
            "campaign_id": campaign_id,
            "number": 1,
            "template": kind,
            "objectives": f"Dar a conocer {name}.",
            "brand": client[:160],
            "budget": campaign["budget"],
            "deadline": campaign["deadline"],
            "author_id": lead,
            "created_at": now,
        }
        approval = None
        decided = start + timedelta(days=3)
        if status is not CampaignStatus.BRIEF:
            approval = {
                "id": brief_id,
                "campaign_id": campaign_id,
                "stage": ApprovalStage.BRIEF,
                "brief_id": brief_id,
                "subject_number": 1,
                "decision": Decision.APPROVED,
                "required_role": Role.ACCOUNT_SUPERVISOR.value,
                "decided_by_id": lead,
                "decided_on": day(decided, decided),
                "at": now,
            }
        yield campaign, brief, approval


def fill_at_scale(connection: Connection, today: date, total: int = TOTAL) -> float:
    """Insert campaigns until there are `total` (with their briefs and approvals) on
    `connection`, inside the demo's transaction. Returns the seconds taken."""
    started = time.perf_counter()
    have = int(connection.execute(select(func.count()).select_from(Campaign)).scalar_one())
    accounts = _accounts(connection)
    count = total - have
    if count <= 0 or not accounts:
        return 0.0
    first = max(
        _next_id(connection, Campaign.id),
        _next_id(connection, Brief.id),
        _next_id(connection, Approval.id),
    )
    rows = _rows(accounts, count, first, today)
    campaigns_in, briefs_in, approvals_in = table(Campaign), table(Brief), table(Approval)
    filled = (campaigns_in.name, briefs_in.name, approvals_in.name)
    with indexes.suspended(connection, filled):  # built once at the end
        while chunk := [row for _, row in zip(range(CHUNK), rows, strict=False)]:
            insert_rows(connection, campaigns_in, [c for c, _, _ in chunk])
            insert_rows(connection, briefs_in, [b for _, b, _ in chunk])
            insert_rows(connection, approvals_in, [a for _, _, a in chunk if a is not None])
    if connection.dialect.name == "postgresql":  # explicit IDs leave the sequences behind
        for name in ("campaigns", "briefs", "approvals"):
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {name}))"
                )
            )
    return time.perf_counter() - started
