"""Changes announced between workstations on PostgreSQL (LISTEN/NOTIFY).

A write's unit of work sends what it changed on one channel inside its own transaction,
so the notice leaves only if the change commits. Every workstation listens on its own
connection and refreshes the screens concerned; a notice from this process is ignored
(it has already refreshed). SQLite has one writer process, so there is nothing to do.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.engine import URL

CHANNEL = "agencia_changes"
ORIGIN = uuid.uuid4().hex  # this process; its own notices come back and are skipped
# Every kind a write announces (the audit entities, and "staff"): after a reconnect the
# notices sent meanwhile are lost, so every screen refreshes. tests/services/test_changes.py
# checks that each kind the services audit and the screens watch is listed here.
EVERY_KIND = frozenset(
    {
        "account",
        "agency",
        "approval",
        "brand",
        "brief",
        "campaign",
        "contact",
        "contrabrief",
        "delegation",
        "media_plan",
        "meeting",
        "product",
        "proposal",
        "staff",
        "user",
    }
)


def announce(connection: Connection, kinds: Iterable[str]) -> None:
    """Queue the notice in the current transaction (PostgreSQL delivers it on commit)."""
    payload = json.dumps({"origin": ORIGIN, "kinds": sorted(set(kinds))})
    connection.execute(
        text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
    )


def parse(payload: str) -> frozenset[str] | None:
    """The kinds another process changed, or None for our own (or an unreadable) notice."""
    try:
        data: dict[str, Any] = json.loads(payload)
    except ValueError:
        return None
    if data.get("origin") == ORIGIN or not isinstance(data.get("kinds"), list):
        return None
    return frozenset(str(k) for k in data["kinds"])


def listen(
    url: URL,
    on_change: Callable[[frozenset[str]], None],
    on_state: Callable[[bool], None],
    stop: threading.Event,
    *,
    poll_s: float = 0.5,
    retry_s: float = 5.0,
) -> None:
    """Block until `stop` is set, calling `on_change` for each other workstation's change.

    A lost connection is reported with on_state(False) and retried every `retry_s`;
    on_state(True) when listening again, then on_change(EVERY_KIND): what other
    workstations changed meanwhile was never heard. Run it on a thread of its own.
    """
    import psycopg

    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    connected: bool | None = None
    while not stop.is_set():
        try:
            with psycopg.connect(
                conninfo, autocommit=True, connect_timeout=5, application_name="agencia-listener"
            ) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                if connected is not True:
                    reconnected = connected is False
                    connected = True
                    on_state(True)
                    if reconnected:
                        on_change(EVERY_KIND)
                while not stop.is_set():
                    for notice in conn.notifies(timeout=poll_s):
                        kinds = parse(notice.payload)
                        if kinds:
                            on_change(kinds)
        except psycopg.Error:
            if connected is not False:
                connected = False
                on_state(False)
            stop.wait(retry_s)
