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
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Insert, func, literal_column, select, text
from sqlalchemy.engine import URL

from agencia.domain.changes import Changes

CHANNEL = "agencia_changes"
ORIGIN = uuid.uuid4().hex  # this process; its own notices come back and are skipped
# PostgreSQL refuses a payload of 8000 bytes or more: a write that touched more ids than
# fit is announced by its kinds alone (the screens concerned then reload whole).
MAX_PAYLOAD = 7900


def announce(connection: Connection, changes: Changes, *, along: Insert | None = None) -> None:
    """Queue the notice in the current transaction (PostgreSQL delivers it on commit);
    `along`: an INSERT sent in the same statement (the unit of work's audit entries).

    Every listener hears every notice on the channel, whoever it is: on a server whose
    people connect as themselves the notice names kinds only, never a record's id, so
    nobody is told about a record they may not see (their screens re-read those kinds,
    and the server shows them only their own rows)."""
    if not changes:
        if along is not None:
            connection.execute(along)
        return
    if _secured(connection):
        changes = Changes(changes.kinds)
    payload = _payload(changes)
    if len(payload.encode()) > MAX_PAYLOAD:
        payload = _payload(Changes(changes.kinds))
    if along is None:
        connection.execute(
            text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
        )
        return
    # a data-modifying WITH runs once whether read or not; counting its rows ties it in
    written = along.returning(literal_column("1")).cte("written")
    count = select(func.count()).select_from(written).scalar_subquery()
    connection.execute(select(func.pg_notify(CHANNEL, payload), count))


def _secured(connection: Connection) -> bool:
    """Whether the database uses server roles, asked once per pooled connection."""
    info = connection.connection.info
    if "agencia_secured" not in info:
        from agencia.db.server_roles import is_secured

        info["agencia_secured"] = is_secured(connection)
    return bool(info["agencia_secured"])


def _payload(changes: Changes) -> str:
    return json.dumps({"origin": ORIGIN, **changes.to_json()}, sort_keys=True)


def parse(payload: str) -> Changes | None:
    """What another process changed, or None for our own (or an unreadable) notice."""
    try:
        data: dict[str, Any] = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("origin") == ORIGIN:
        return None
    return Changes.from_json(data)


def listen(
    url: URL,
    on_change: Callable[[Changes], None],
    on_state: Callable[[bool], None],
    stop: threading.Event,
    *,
    poll_s: float = 0.5,
    retry_s: float = 5.0,
    first_retry_s: float = 0.2,
) -> None:
    """Block until `stop` is set, calling `on_change` for each other workstation's change.

    A lost connection is reported with on_state(False) and retried at once after
    `first_retry_s`, then less and less often up to every `retry_s` (a session the server
    ended, or a restart, is back within a second; a server that is down is not hammered);
    on_state(True) when listening again, then on_change(Changes.everything()): what other
    workstations changed meanwhile was never heard. Run it on a thread of its own.
    """
    import psycopg

    from agencia.db.urls import libpq

    conninfo = libpq(url)
    connected: bool | None = None
    wait_s = first_retry_s
    while not stop.is_set():
        try:
            with psycopg.connect(
                conninfo, autocommit=True, connect_timeout=5, application_name="agencia-listener"
            ) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                wait_s = first_retry_s
                if connected is not True:
                    reconnected = connected is False
                    connected = True
                    on_state(True)
                    if reconnected:
                        on_change(Changes.everything())
                while not stop.is_set():
                    for notice in conn.notifies(timeout=poll_s):
                        changes = parse(notice.payload)
                        if changes:
                            on_change(changes)
        except psycopg.Error:
            if connected is not False:
                connected = False
                on_state(False)
            stop.wait(wait_s)
            wait_s = min(retry_s, wait_s * 3)
