"""Archivo ▸ «Restaurar copia de seguridad…»: an administrator puts a backup in place of
the SQLite database from the window — the file chosen, the replacement confirmed (the
current file kept aside), the restore off the GUI thread, the database opened again from
the start. A refused backup changes nothing; on PostgreSQL the action says what to use."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from agencia.app import Startup, State
from agencia.db.database import backup_sqlite, open_database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Role
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.accounts.queries import AccountQuery, list_accounts
from agencia.services.first_run import FirstRun, set_up_agency
from agencia.ui.actions import ActionId
from agencia.ui.shell.restore import RestoreAction
from agencia.ui.shell.window import MainWindow

ADMIN = FirstRun(
    agency_name="Estudio Rojo",
    locale="es_ES",
    currency="EUR",
    admin_name="Ana Torres",
    admin_login="ana",
    admin_password="secreto-largo",
)


def demo_database(path: Path, accounts: list[str]) -> str:
    """A database that signs its administrator in at once (the demo route), with accounts."""
    url = f"sqlite:///{path}"
    db = open_database(url)
    try:
        admin = set_up_agency(db, ADMIN)
        for name in accounts:
            create_account(db, admin, AccountInput(trade_name=name))
        with db.writer.begin() as conn:
            conn.execute(text("UPDATE agency SET is_demo = 1"))
    finally:
        db.close()
    return url


def account_names(st: Startup) -> list[str]:
    assert st.db is not None
    return sorted(row.name for row in list_accounts(st.db, SYSTEM, AccountQuery()))


def messages() -> list[str]:
    return [
        w.text()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible()
    ]


def ready(qtbot: QtBot, url: str) -> tuple[MainWindow, Startup]:
    window = MainWindow()
    qtbot.addWidget(window)
    st = Startup(url, window, synchronous=True)
    st.start()
    qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
    return window, st


def test_an_administrator_restores_a_backup_and_the_database_reopens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "agencia.sqlite3"
    url = demo_database(path, ["Coca-Cola"])
    backup = backup_sqlite(path, target=tmp_path / "copia.sqlite3")
    window, st = ready(qtbot, url)
    try:
        assert st.db is not None and st.actor is not None
        create_account(st.db, st.actor, AccountInput(trade_name="Muebles García"))  # after the copy
        assert account_names(st) == ["Coca-Cola", "Muebles García"]

        action = window.registry.get(ActionId.RESTORE_BACKUP)
        assert action.isEnabled()
        assert action.text() == "Restaurar copia de seguridad…"
        assert action in window._menus["file"].actions()
        asked: list[str] = []
        st.restore.choose_file = lambda _folder: str(backup)
        st.restore.confirm = lambda question: asked.append(question) or True
        restored: list[object] = []
        st.restore.restored.connect(restored.append)
        action.trigger()

        [question] = asked  # what will be replaced, by what, and the current file kept
        assert str(path) in question and str(backup) in question
        assert "El archivo actual no se borra" in question
        qtbot.waitUntil(lambda: bool(restored), timeout=15000)
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)  # opened again
        assert window.ctx is not None and action.isEnabled()
        assert account_names(st) == ["Coca-Cola"]
        kept = restored[0]
        assert isinstance(kept, Path) and kept.exists() and "-replaced-" in kept.name
        assert any(m.startswith("Copia restaurada en") for m in messages())
    finally:
        st.shutdown()


def test_a_damaged_backup_is_refused_and_nothing_changes(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "agencia.sqlite3"
    url = demo_database(path, ["Coca-Cola"])
    damaged = tmp_path / "copia.sqlite3"
    damaged.write_bytes(b"esto no es una base de datos" * 200)
    window, st = ready(qtbot, url)
    try:
        st.restore.choose_file = lambda _folder: str(damaged)
        st.restore.confirm = lambda _question: True
        window.registry.get(ActionId.RESTORE_BACKUP).trigger()
        qtbot.waitUntil(lambda: not st.restore.running, timeout=15000)
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        assert any(m.startswith("No se ha restaurado la copia") for m in messages())
        assert account_names(st) == ["Coca-Cola"]
        assert [p.name for p in tmp_path.iterdir() if "-replaced-" in p.name] == []
    finally:
        st.shutdown()


def test_cancelling_the_question_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "agencia.sqlite3"
    url = demo_database(path, ["Coca-Cola"])
    backup = backup_sqlite(path, target=tmp_path / "copia.sqlite3")
    window, st = ready(qtbot, url)
    try:
        st.restore.choose_file = lambda _folder: str(backup)
        st.restore.confirm = lambda _question: False
        window.registry.get(ActionId.RESTORE_BACKUP).trigger()
        assert st.state is State.READY and st.db is not None and window.ctx is not None
    finally:
        st.shutdown()


def test_only_an_administrator_may(qtbot: QtBot, tmp_path: Path) -> None:
    window, st = ready(qtbot, demo_database(tmp_path / "agencia.sqlite3", []))
    try:
        action = window.registry.get(ActionId.RESTORE_BACKUP)
        assert action.isEnabled()
        assert st.actor is not None
        st.actor = replace(st.actor, role=Role.ACCOUNT_DIRECTOR)
        st.state_changed.emit(State.READY.value)
        assert not action.isEnabled()
    finally:
        st.shutdown()


class _PgStartup(QObject):
    """Start-up signed in on a server database: what the action reads of it."""

    state_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.db = SimpleNamespace(path=None, is_sqlite=False)
        self.actor = SYSTEM
        self.session = SimpleNamespace(set_signed_in=lambda _on: None)
        self.closed = False

    def shutdown(self) -> None:
        self.closed = True

    def reopen(self) -> None:
        raise AssertionError("nothing to reopen")


def test_on_postgresql_it_says_to_use_pg_dump_and_pg_restore(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    startup = _PgStartup()
    restore = RestoreAction(window, startup)  # type: ignore[arg-type]
    startup.state_changed.emit("ready")
    assert restore.action.isEnabled()
    restore.choose_file = lambda _folder: (_ for _ in ()).throw(AssertionError("no file asked"))
    restore.action.trigger()
    [message] = messages()
    assert "pg_dump" in message and "pg_restore" in message
    assert not startup.closed
