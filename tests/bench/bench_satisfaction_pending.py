"""Benchmark: satisfaction's part of Pendientes for a director of 5,000 accounts (two
quarters of survey answers, a contact and two service requests each; a third of them at
risk by their latest kept health score), against what it did before: the
health of every visible account computed in Python (`health_of`) and every open action
read with its latest gap (`actions_in`).

Run: `.venv/bin/python tests/bench/bench_satisfaction_pending.py [--db URL] [--accounts N]`.
Prints time (median of 5), SQL statements, items and the Python memory allocated at the
peak; never part of the test run (no timed assertions in tests).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import tracemalloc
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from time import perf_counter
from typing import Any

from sqlalchemy import event, insert, select

from agencia.db.database import Database, open_database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.models import Account
from agencia.domain.satisfaction_enums import HealthBand
from agencia.domain.satisfaction_models import HealthRecord, SurveyAnswer, SurveyResponse
from agencia.domain.service_models import FINISHED_AT, Communication, ServiceRequest
from agencia.services.satisfaction.health import health_of
from agencia.services.satisfaction.improvements import actions_in
from agencia.services.satisfaction.pending import waiting
from agencia.services.satisfaction.templates import list_templates

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_world import satisfaction_world

TODAY = date(2026, 12, 1)


def before(uow: UnitOfWork, today: date) -> int:
    """What the provider computed before (its items' count)."""
    at_risk = [r for r in health_of(uow, today) if r.health.band is HealthBand.AT_RISK]
    staff = uow.actor.staff_id
    mine = [a for a in actions_in(uow, today, open_only=True) if a.overdue and a.owner_id == staff]
    return len(at_risk) + len(mine)


def after(uow: UnitOfWork, today: date) -> int:
    return len(waiting(uow, today))


def build(db: Database, accounts: int) -> Actor:
    world = satisfaction_world(db)
    director = world.actor("director")
    five = next(t for t in list_templates(db, director) if t.shipped == "five_indicators")
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.execute(
            insert(Account),
            [
                {"trade_name": f"Cuenta {n:05d}", "name_key": f"cuenta {n:05d}",
                 "group_id": director.group_id}
                for n in range(accounts)
            ],
        )  # fmt: skip
        ids = list(uow.session.scalars(select(Account.id)))
        rows = []
        for n, account_id in enumerate(ids):
            for days, at_risk in ((30, n % 2 == 0), (0, n % 3 == 0)):
                rows.append({
                    "account_id": account_id, "computed_on": TODAY - timedelta(days=days),
                    "score": 20 + n % 20 if at_risk else 75,
                    "band": HealthBand.AT_RISK if at_risk else HealthBand.HEALTHY,
                    "reasons": [["health.overdue_tasks", {"n": 3}]],
                })  # fmt: skip
        uow.session.execute(insert(HealthRecord), rows)
        # two quarters of answers per account (5 dimensions, 2 questions): the fall
        uow.session.execute(insert(SurveyResponse), [
            {"template_id": five.id, "account_id": a, "contact_id": world.contacts["cafe"],
             "answered_on": on, "source": "entry", "importance": {}, "answered": 10,
             "questions": 10, "notes": ""}
            for a in ids for on in (TODAY - timedelta(days=120), TODAY - timedelta(days=10))
        ])  # fmt: skip
        responses = uow.session.execute(
            select(SurveyResponse.id, SurveyResponse.answered_on).order_by(SurveyResponse.id)
        ).all()
        uow.session.execute(insert(SurveyAnswer), [
            {"response_id": r, "dimension_no": d, "question_no": q, "expected": 4,
             "perceived": 5 if on < TODAY - timedelta(days=60) else 1 + (r + d) % 5}
            for r, on in responses for d in range(1, 6) for q in (1, 2)
        ])  # fmt: skip
        # what the live health reads besides surveys: a last contact, SLA over 30 days
        noon = datetime.combine(TODAY, time(12), tzinfo=UTC)
        uow.session.execute(insert(Communication), [
            {"account_id": a, "channel": "email", "direction": "inbound", "subject": "Hola",
             "summary": "", "occurred_at": noon - timedelta(days=n % 90), "contact_ids": [],
             "addresses": [], "their_zone": "", "delivery": "not_applicable",
             "confirmation": {}, "message_id": "", "in_reply_to": "", "document_sha256": ""}
            for n, a in enumerate(ids)
        ])  # fmt: skip
        uow.session.execute(insert(ServiceRequest), [
            {"account_id": a, "channel": "phone", "kind": "request", "priority": "normal",
             "subject": "Solicitud", "description": "", "status": "resolved",
             "assignee_id": world.staff["exec"], "resolution": "",
             "received_at": noon - timedelta(days=k + 1), "due_resolution_at": noon,
             "pauses": [], "escalation": 0, "breached": n % 3 == 0 and k == 0,
             "message_id": "", "queue_at": FINISHED_AT}
            for n, a in enumerate(ids) for k in range(2)
        ])  # fmt: skip
    return director


def measure(db: Database, actor: Actor, fn: Callable[[UnitOfWork, date], int]) -> dict[str, Any]:
    statements = 0

    def count(*_args: Any) -> None:
        nonlocal statements
        statements += 1

    samples, items = [], 0
    for _ in range(5):
        with unit_of_work(db, actor, write=False) as uow:
            start = perf_counter()
            items = fn(uow, TODAY)
            samples.append((perf_counter() - start) * 1000)
    event.listen(db.reader, "before_cursor_execute", count)
    tracemalloc.start()
    with unit_of_work(db, actor, write=False) as uow:
        fn(uow, TODAY)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    event.remove(db.reader, "before_cursor_execute", count)
    return {"ms": statistics.median(samples), "statements": statements, "items": items,
            "peak_mb": peak / 1e6}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an empty database (default: a new SQLite file)")
    parser.add_argument("--accounts", type=int, default=5_000)
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}"
    db = open_database(url)
    director = build(db, args.accounts)
    for name, fn in (("before (health in Python)", before), ("after (kept scores, SQL)", after)):
        m = measure(db, director, fn)
        print(
            f"{name:28} {m['ms']:9.1f} ms  {m['statements']:4d} statements  "
            f"{m['items']:5d} items  {m['peak_mb']:6.1f} MB peak"
        )


if __name__ == "__main__":
    main()
