"""Changes travel between workstations on PostgreSQL: a real second process writes."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
from factories import set_up

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
