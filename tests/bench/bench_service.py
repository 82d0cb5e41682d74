"""Benchmark: the account timeline of an account with 10,000 communications (target:
under 150 ms) and the service queue over 100,000 requests (a page of it, filtered to the
breached ones or one account: under 50 ms).

Run: `.venv/bin/python tests/bench/bench_service.py [--db URL]`. Prints figures; never
part of the test run (no timed assertions in tests). Rows are written in bulk on a fresh
database made by the first run's set-up.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.service_models import FINISHED_AT, Communication, ServiceRequest
from agencia.services.communications.timeline import timeline
from agencia.services.service.queries import list_requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import service_desk

COMMUNICATIONS = 10_000
REQUESTS = 100_000


def timed(fn: Callable[[], Any], repeat: int = 5) -> tuple[float, Any]:
    samples, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an empty database (default: a new SQLite file)")
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}"
    db = open_database(url)
    desk = service_desk(db)
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    madrid, mexico = desk.accounts["madrid"], desk.accounts["mexico"]
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.execute(insert(Communication), [
            {"account_id": madrid, "channel": "email", "direction": "inbound",
             "subject": f"Mensaje {n}", "summary": "", "occurred_at": start + timedelta(minutes=n),
             "contact_ids": [], "addresses": [], "their_zone": "", "delivery": "not_applicable",
             "confirmation": {}, "message_id": "", "in_reply_to": "", "document_sha256": ""}
            for n in range(COMMUNICATIONS)
        ])  # fmt: skip
        uow.session.execute(insert(ServiceRequest), [
            {"account_id": madrid if n % 2 else mexico, "channel": "phone", "kind": "request",
             "priority": "normal", "subject": f"Solicitud {n}", "description": "",
             "status": "resolved" if n % 3 else "assigned", "assignee_id": desk.staff["exec"],
             "resolution": "", "received_at": start + timedelta(minutes=n),
             "due_resolution_at": start + timedelta(days=5, minutes=n), "pauses": [],
             "escalation": 0, "breached": n % 7 == 0, "message_id": "",
             "queue_at": start + timedelta(days=5, minutes=n) if n % 3 == 0 else FINISHED_AT}
            for n in range(REQUESTS)
        ])  # fmt: skip
    who = desk.actor("exec")
    now = datetime(2026, 3, 1, tzinfo=UTC)
    figures = {
        "timeline, 10,000 communications (page of 200)": timed(lambda: timeline(db, who, madrid)),
        "queue, 100,000 requests: breached, page of 200": timed(
            lambda: list_requests(db, who, breached=True, now=now, limit=200)
        ),
        "queue, 100,000 requests: one account, page of 200": timed(
            lambda: list_requests(db, who, account_id=mexico, now=now, limit=200)
        ),
    }
    for name, (ms, rows) in figures.items():
        print(f"{name}: {ms:.1f} ms ({len(rows)} rows)")
    db.close()


if __name__ == "__main__":
    main()
