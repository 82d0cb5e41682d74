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
from sqlalchemy import text

from agencia.db import notify
from agencia.db.database import Database
from agencia.domain.changes import ChangeKind, Changes
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.changes import run_write, shares_changes, watch_changes

OTHER_WORKSTATION = """
import sys
from agencia.db.database import open_database
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.auth import actor_for
db = open_database(sys.argv[1])
try:
    create_account(db, actor_for(db, "admin"), AccountInput(trade_name="Desde otro puesto"))
finally:
    db.close()
"""


class Watcher:
    def __init__(self, db: Database) -> None:
        self.changes: list[Changes] = []
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
    assert [c.kinds for c in watcher.changes] == [{ChangeKind.ACCOUNT}]
    assert watcher.changes[0].ids_of(ChangeKind.ACCOUNT)  # which account, too


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_sqlite_has_no_other_writers_to_watch(db: Database) -> None:
    assert not shares_changes(db)
    stop = threading.Event()
    watch_changes(db, lambda kinds: None, lambda state: None, stop)  # returns at once


def test_a_notice_from_this_process_or_unreadable_is_ignored() -> None:
    assert notify.parse(json.dumps({"origin": notify.ORIGIN, "kinds": ["account"]})) is None
    assert notify.parse("not json") is None
    assert notify.parse('{"origin": "x", "kinds": "account"}') is None
    assert notify.parse('{"origin": "x", "kinds": ["contact", "account"]}') == Changes.of(
        ChangeKind.ACCOUNT, ChangeKind.CONTACT
    )
    # a newer workstation's unknown kind is skipped, ids travel with their kind
    assert notify.parse(
        '{"origin": "x", "kinds": ["account", "spaceship"], "ids": {"account": [4, "x"]}}'
    ) == Changes.of(ChangeKind.ACCOUNT, ids=[(ChangeKind.ACCOUNT, 4)])


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
        assert watcher.changes == [Changes.everything()]
    finally:
        watcher.stop.set()
        watcher.thread.join(timeout=10)


def test_every_mapped_record_people_change_names_its_change_kind() -> None:
    """What a write changed is read off the rows it flushed: a mapped class without a
    change kind would change silently (no screen refreshes, no notice is sent)."""
    from agencia.db import metadata as _every_table  # noqa: F401  (every model module)
    from agencia.domain.models import Base

    silent = {
        m.class_.__name__
        for m in Base.registry.mappers
        if getattr(m.class_, "__change_kind__", None) is None
    }
    assert silent == {"AuditEvent"}  # the trail itself is what changes are recorded in


@pytest.mark.parametrize("db", ["sqlite", "postgresql"], indirect=True)
def test_a_write_returns_what_its_unit_of_work_changed(db: Database) -> None:
    """The record a screen refreshes from is the rows the write flushed, ids included."""
    admin = set_up(db)
    written = run_write(create_account, db, admin, AccountInput(trade_name="Nueva"))
    account_id = written.value.id
    assert ChangeKind.ACCOUNT in written.changes
    assert account_id in written.changes.ids_of(ChangeKind.ACCOUNT)
    nothing = run_write(lambda db, actor: "read only", db, admin)
    assert not nothing.changes and nothing.value == "read only"


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_a_notice_too_big_for_postgresql_travels_as_its_kinds(db: Database) -> None:
    """NOTIFY refuses 8000 bytes: thousands of ids are dropped, the kinds still arrive."""
    many = Changes.of(ChangeKind.CONTACT, ids=[(ChangeKind.CONTACT, i) for i in range(5000)])
    with db.writer.begin() as conn:
        notify.announce(conn, many)  # would raise if the payload were too long
