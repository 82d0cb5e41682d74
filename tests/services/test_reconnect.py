"""The app recovers by itself when the server drops its connections (PostgreSQL).

Every backend of the app is terminated — the writer's and the readers' pooled connections
and the LISTEN thread's — as a server restart or a network cut would; the next action in
the window works without a restart, the listener comes back (the status bar says so) and
tells every screen to re-read. While the server refuses connections, each failure says
what happened to the person's work; once it accepts them again, everything works."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from factories import set_up
from pg_server import PgServer
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import Actor
from agencia.domain.changes import Changes
from agencia.domain.errors import DomainError
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.accounts.queries import get_account
from agencia.ui.ops import Operations
from agencia.ui.shell.remote import RemoteChanges
from agencia.ui.shell.statusbar import StatusBar

pytestmark = pytest.mark.parametrize("db", ["postgresql"], indirect=True)


def terminate_app_backends(pg_server: PgServer, db: Database) -> int:
    """Kill every connection to the test database but the admin's own: what a server
    restart does to a workstation. Returns how many went."""
    rows = (
        pg_server.admin()
        .execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (db.url.database,),
        )
        .fetchall()
    )
    return len(rows)


def allow_connections(pg_server: PgServer, db: Database, allowed: bool) -> None:
    pg_server.admin().execute(
        f'ALTER DATABASE "{db.url.database}" WITH ALLOW_CONNECTIONS {str(allowed).lower()}'
    )


class Window:
    """What the window keeps of each answer: results, errors, the messages shown, and
    what every screen was told to refresh."""

    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.results: list[object] = []
        self.errors: list[BaseException] = []
        self.messages: list[str] = []
        self.changes: list[Changes] = []
        ops.failed.connect(self.messages.append)
        ops.changed.connect(self.changes.append)

    def read(self, qtbot: QtBot, fn: object, *args: object) -> None:
        count = len(self.results) + len(self.errors)
        self.ops.read(fn, *args, on_done=self.results.append, on_error=self.errors.append)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: len(self.results) + len(self.errors) > count, timeout=15000)

    def write(self, qtbot: QtBot, fn: object, *args: object) -> None:
        count = len(self.results) + len(self.errors)
        self.ops.write(fn, *args, on_done=self.results.append, on_error=self.errors.append)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: len(self.results) + len(self.errors) > count, timeout=15000)


@pytest.fixture
def window(db: Database) -> Iterator[tuple[Window, Actor]]:
    admin = set_up(db)
    ops = Operations(db, admin)  # real worker threads, as in the window
    try:
        yield Window(ops), admin
    finally:
        ops.shutdown()


def test_every_connection_killed_the_next_action_just_works(
    qtbot: QtBot, db: Database, pg_server: PgServer, window: tuple[Window, Actor]
) -> None:
    win, _admin = window
    status = StatusBar()
    qtbot.addWidget(status)
    remote = RemoteChanges(win.ops)
    remote.connection_changed.connect(status.set_connected)
    states: list[bool] = []
    remote.connection_changed.connect(states.append)
    assert remote.start()
    try:
        qtbot.waitUntil(lambda: states == [True], timeout=15000)
        win.write(qtbot, create_account, AccountInput(trade_name="Coca-Cola"))
        coca = win.results[-1].id  # type: ignore[attr-defined]
        for _ in range(3):  # the readers' pool holds connections too
            win.read(qtbot, get_account, coca)
        assert not win.errors

        assert terminate_app_backends(pg_server, db) >= 3  # writer, reader, listener

        win.read(qtbot, get_account, coca)  # the next action works, no restart
        win.write(qtbot, create_account, AccountInput(trade_name="Muebles García"))
        win.read(qtbot, get_account, win.results[-1].id)  # type: ignore[attr-defined]
        assert not win.errors, [str(e) for e in win.errors]
        assert win.results[-1].trade_name == "Muebles García"  # type: ignore[attr-defined]

        # the listener noticed, came back, and every screen re-reads what it missed
        qtbot.waitUntil(lambda: states == [True, False, True], timeout=20000)
        qtbot.waitUntil(lambda: Changes.everything() in win.changes, timeout=5000)
        assert status.connection_label.text() == "Conectado"
    finally:
        remote.stop()


def test_while_the_server_refuses_each_failure_says_what_happened(
    qtbot: QtBot, db: Database, pg_server: PgServer, window: tuple[Window, Actor]
) -> None:
    win, _admin = window
    status = StatusBar()
    qtbot.addWidget(status)
    remote = RemoteChanges(win.ops)  # not started: only the calls tell the status bar
    remote.connection_changed.connect(status.set_connected)
    status.set_connected(True)
    win.write(qtbot, create_account, AccountInput(trade_name="Coca-Cola"))
    coca = win.results[-1].id  # type: ignore[attr-defined]
    allow_connections(pg_server, db, False)
    try:
        terminate_app_backends(pg_server, db)
        win.read(qtbot, get_account, coca)
        assert status.connection_label.text() == "Sin conexión"  # at once, not at the next ping
        win.write(qtbot, create_account, AccountInput(trade_name="Muebles García"))
    finally:
        allow_connections(pg_server, db, True)
    read_error, write_error = win.errors
    assert isinstance(read_error, DomainError) and read_error.code == "db.read_failed"
    assert str(read_error).startswith("No se pudo leer la base de datos (no se ha cambiado nada)")
    assert isinstance(write_error, DomainError) and write_error.code == "db.connection_lost"
    assert str(write_error).startswith("Se perdió la conexión con la base de datos; no se guardó")

    # the server is back: the next actions work, without a restart
    win.errors.clear()
    win.read(qtbot, get_account, coca)
    win.write(qtbot, create_account, AccountInput(trade_name="Muebles García"))
    assert not win.errors, [str(e) for e in win.errors]
    assert win.results[-1].id != coca  # type: ignore[attr-defined]
    assert status.connection_label.text() == "Conectado"


def test_a_read_whose_connection_ends_after_its_query_keeps_its_answer(
    db: Database, pg_server: PgServer
) -> None:
    """The server ends the session between the read's last query and its close: what
    was read stands (closing's rollback has nothing to undo), the next read reconnects.
    Seen in the window as an error logged for a page of the list already read."""
    from sqlalchemy import select

    from agencia.db.uow import unit_of_work
    from agencia.domain.models import Account

    admin = set_up(db)
    create_account(db, admin, AccountInput(trade_name="Coca-Cola"))
    with unit_of_work(db, admin, write=False) as uow:
        names = list(uow.session.scalars(select(Account.trade_name)))
        assert terminate_app_backends(pg_server, db) >= 1
    assert names == ["Coca-Cola"]
    with unit_of_work(db, admin, write=False) as uow:
        assert list(uow.session.scalars(select(Account.trade_name))) == ["Coca-Cola"]
