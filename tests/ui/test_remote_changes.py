"""A change made on another workstation refreshes this one (PostgreSQL LISTEN/NOTIFY)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from factories import set_up
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.changes import ChangeKind
from agencia.ui.ops import Operations
from agencia.ui.shell.remote import RemoteChanges

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


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_another_workstations_write_reaches_the_open_screens(qtbot: QtBot, db: Database) -> None:
    admin = set_up(db)
    ops = Operations(db, admin)
    remote = RemoteChanges(ops)
    try:
        with qtbot.waitSignal(remote.connection_changed, timeout=15000) as connected:
            assert remote.start()
        assert connected.args == [True]
        url = db.url.render_as_string(hide_password=False)
        with qtbot.waitSignal(ops.changed, timeout=15000) as changed:
            done = subprocess.run(
                [sys.executable, "-c", OTHER_WORKSTATION, url],
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert done.returncode == 0, done.stderr
        assert changed.args[0].kinds == {ChangeKind.ACCOUNT}
    finally:
        remote.stop()
        ops.shutdown()


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_a_sqlite_file_has_nothing_to_listen_to(db: Database) -> None:
    ops = Operations(db, set_up(db))
    remote = RemoteChanges(ops)
    try:
        assert not remote.start()
    finally:
        remote.stop()
        ops.shutdown()
