"""Changes travel between workstations on PostgreSQL: a real second process writes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import set_up
from sqlalchemy import text

from agencia.db import notify
from agencia.db.database import Database
from agencia.services.changes import shares_changes, watch_changes

OTHER_WORKSTATION = """
import sys
from agencia.db.database import open_database
from agencia.services.account_edit import AccountInput, create_account
from agencia.services.auth import actor_for
db = open_database(sys.argv[1])
try:
    create_account(db, actor_for(db, "admin"), AccountInput(trade_name="Desde otro puesto"))
finally:
    db.close()
"""


class Watcher:
    def __init__(self, db: Database) -> None:
        self.changes: list[frozenset[str]] = []
        self.states: list[bool] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(
            target=watch_changes,
            args=(db, self.changes.append, self.states.append, self.stop),
            daemon=True,
        )

    def wait_for(self, predicate: object, timeout: float = 15.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if callable(predicate) and predicate():
                return True
            time.sleep(0.05)
        return False


@pytest.fixture
def watcher(db: Database) -> Iterator[Watcher]:
    w = Watcher(db)
    w.thread.start()
    yield w
    w.stop.set()
    w.thread.join(timeout=10)
    assert not w.thread.is_alive()


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_another_workstations_change_arrives_and_our_own_does_not(
    db: Database, watcher: Watcher
) -> None:
    assert watcher.wait_for(lambda: watcher.states == [True])
    set_up(db)  # our own write: this process has already refreshed, no notice
    url = db.url.render_as_string(hide_password=False)
    done = subprocess.run(
        [sys.executable, "-c", OTHER_WORKSTATION, url], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert watcher.wait_for(lambda: watcher.changes)
    assert watcher.changes == [frozenset({"account"})]


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_sqlite_has_no_other_writers_to_watch(db: Database) -> None:
    assert not shares_changes(db)
    stop = threading.Event()
    watch_changes(db, lambda kinds: None, lambda state: None, stop)  # returns at once


def test_a_notice_from_this_process_or_unreadable_is_ignored() -> None:
    assert notify.parse(json.dumps({"origin": notify.ORIGIN, "kinds": ["account"]})) is None
    assert notify.parse("not json") is None
    assert notify.parse('{"origin": "x", "kinds": "account"}') is None
    assert notify.parse('{"origin": "x", "kinds": ["contact", "account"]}') == frozenset(
        {"account", "contact"}
    )


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_after_a_reconnect_every_screen_refreshes(db: Database) -> None:
    """Notices sent while the listener was cut off are lost: once back, it reports every
    kind as changed, so each open screen reloads what it missed."""
    watcher = Watcher(db)
    watcher.thread = threading.Thread(
        target=notify.listen,
        args=(db.url, watcher.changes.append, watcher.states.append, watcher.stop),
        kwargs={"poll_s": 0.1, "retry_s": 0.2},
        daemon=True,
    )
    watcher.thread.start()
    try:
        assert watcher.wait_for(lambda: watcher.states == [True])
        assert watcher.changes == []  # the first connection misses nothing
        with db.writer.begin() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = 'agencia-listener' AND datname = current_database()"
                )
            )
        assert watcher.wait_for(lambda: watcher.states == [True, False, True])
        assert watcher.wait_for(lambda: watcher.changes)
        assert watcher.changes == [notify.EVERY_KIND]
    finally:
        watcher.stop.set()
        watcher.thread.join(timeout=10)


def test_every_kind_announced_or_watched_is_refreshed_after_a_reconnect() -> None:
    """The kinds the services audit (what a write announces) and the kinds screens watch
    or announce: a reconnect must refresh all of them. Add a new kind to EVERY_KIND."""
    root = Path(notify.__file__).resolve().parents[1]
    kinds: set[str] = set()
    for path in (root / "services").glob("*.py"):
        kinds.update(re.findall(r'\.audit\(\s*"([a-z_]+)"', path.read_text(encoding="utf-8")))
    sets = re.compile(r"(?:changes=|(?:CONCERNS|CHANGES)\s*=\s*frozenset\()\{([^}]*)\}")
    for path in (root / "ui").rglob("*.py"):
        for found in sets.findall(path.read_text(encoding="utf-8")):
            kinds.update(re.findall(r'"([a-z_]+)"', found))
    assert {"account", "contact", "staff"} <= kinds  # the scan finds what it should
    assert kinds <= notify.EVERY_KIND, sorted(kinds - notify.EVERY_KIND)
