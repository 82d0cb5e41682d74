"""Start-up: paint before the database layer loads, then refuse | wizard | demo | sign-in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from agencia import app as appmod
from agencia.app import Startup, State
from agencia.db.database import open_database
from agencia.domain.enums import Role
from agencia.services.first_run import FirstRun, get_agency, set_up_agency
from agencia.ui.auth.signin import SignInDialog
from agencia.ui.auth.wizard import FirstRunWizard
from agencia.ui.shell import refusal
from agencia.ui.shell.window import MainWindow

ADMIN = FirstRun(
    agency_name="Estudio Rojo",
    locale="es_MX",
    currency="MXN",
    admin_name="Ana Torres",
    admin_login="ana",
    admin_password="secreto-largo",
)


def _make_db(path: Path, *, demo: bool = False) -> str:
    url = f"sqlite:///{path}"
    db = open_database(url)
    try:
        set_up_agency(db, ADMIN)
        if demo:
            with db.writer.begin() as conn:
                conn.execute(text("UPDATE agency SET is_demo = 1"))
    finally:
        db.close()
    return url


# -- the first paint comes before SQLAlchemy -------------------------------------------------

_PROBE = textwrap.dedent(
    """
    import json, sys
    import agencia.app as appmod
    from PySide6.QtCore import QTimer

    # the list of areas is read before the first paint: its declarations are plain data
    heavy = ("sqlalchemy", "agencia.services.accounts.queries", "agencia.db", "alembic")
    result = {"after_import": [m for m in heavy if m in sys.modules]}
    qapp = appmod.create_application()
    window = appmod.MainWindow()
    startup = appmod.Startup(sys.argv[1], window)
    startup.in_event_loop = True

    def painted():
        result.setdefault("at_first_paint", [m for m in heavy if m in sys.modules])
        result.setdefault("state_at_paint", startup.state.value)

    def state(value):
        result.setdefault("states", []).append(value)
        if value in ("ready", "refused", "wizard", "sign_in"):
            result["at_end"] = [m for m in heavy if m in sys.modules]
            result["areas"] = list(window.areas)
            result["user"] = window.status.user_text()
            qapp.exit(0)

    window.first_painted.connect(painted)
    startup.state_changed.connect(state)
    qapp.aboutToQuit.connect(startup.shutdown)
    startup.start()
    QTimer.singleShot(30000, lambda: qapp.exit(2))
    code = qapp.exec()
    print(json.dumps(result))
    sys.exit(code)
    """
)


def test_window_paints_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    url = _make_db(tmp_path / "demo.sqlite3", demo=True)
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        AGENCIA_LANG="es",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, url],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["after_import"] == []
    assert result["at_first_paint"] == []  # the window was on screen without them
    assert result["state_at_paint"] == "painting"
    assert result["states"] == ["opening", "ready", "closed"]  # closed: aboutToQuit
    assert (
        "sqlalchemy" in result["at_end"] and "agencia.services.accounts.queries" in result["at_end"]
    )
    assert "accounts" in result["areas"]
    assert result["user"] == "Ana Torres · Administrador"


# -- refusals ---------------------------------------------------------------------------------


def _damaged(path: Path) -> None:
    url = f"sqlite:///{path}"
    open_database(url).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (
            lambda p: p.write_bytes(b"Apuntes de la reunion con el cliente.\n" * 40),
            "no es una base",
        ),
        (_damaged, "incompleta"),
    ],
    ids=["not-a-database", "damaged"],
)
def test_a_refused_database_says_why_and_exits_3(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make,
    reason: str,
    style_restored: None,  # run_gui applies the window's style
) -> None:
    path = tmp_path / "agencia.sqlite3"
    make(path)
    before = path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(refusal, "show_refusal", lambda message, parent=None: shown.append(message))
    assert appmod.run_gui(str(path)) == 3
    assert len(shown) == 1 and reason in shown[0] and str(path) in shown[0]
    assert path.read_bytes() == before  # byte for byte
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agencia.sqlite3"]  # no lock, no WAL


def test_agencia_gui_takes_the_database_as_db_or_argument(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    style_restored: None,  # gui_main applies the window's style
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n" * 100)
    monkeypatch.setattr(refusal, "show_refusal", lambda message, parent=None: None)
    from agencia.cli.entry import gui_main

    assert gui_main(["--db", str(path)]) == 3
    assert gui_main([str(path)]) == 3


def test_the_refusal_dialog_is_critical_and_translated(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMessageBox

    from agencia.ui.shell.refusal import refusal_box

    box = refusal_box("El archivo no es una base de datos de Agencia: /tmp/x")
    qtbot.addWidget(box)
    assert box.icon() is QMessageBox.Icon.Critical
    assert box.text() == "No se puede abrir la base de datos"
    assert "/tmp/x" in box.informativeText()
    assert "No se ha modificado nada" in box.informativeText()


# -- the three ways in ------------------------------------------------------------------------


def test_an_empty_database_opens_the_wizard_then_the_shell(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    url = f"sqlite:///{tmp_path / 'nueva.sqlite3'}"
    st = Startup(url, window, synchronous=True)
    try:
        st.start()
        qtbot.waitUntil(lambda: st.state is State.WIZARD, timeout=15000)
        wizard = st.dialog
        assert isinstance(wizard, FirstRunWizard) and wizard.isVisible()
        qtbot.keyClicks(wizard.agency_name, "Estudio Rojo")
        wizard.next()
        qtbot.keyClicks(wizard.admin_name, "Ana Torres")
        qtbot.keyClicks(wizard.admin_password, "secreto-largo")
        qtbot.keyClicks(wizard.admin_password2, "secreto-largo")
        wizard.button(QWizard.WizardButton.CommitButton).click()  # «Crear la agencia»
        assert wizard.currentPage() is wizard.team_page  # the team: later
        wizard.button(QWizard.WizardButton.FinishButton).click()  # «Empezar»
        assert st.state is State.READY
        assert st.actor is not None and st.actor.role is Role.ADMINISTRATOR
        assert st.ops is not None and st.ops.actor == st.actor
        assert "accounts" in window.areas
        assert window.rail.agency.text() == "Estudio Rojo"
    finally:
        st.shutdown()
    db = open_database(url)  # closed and unlocked: it opens again
    try:
        agency = get_agency(db)
        assert agency is not None and agency.name == "Estudio Rojo"
    finally:
        db.close()


def test_cancelling_the_wizard_quits(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    st = Startup(f"sqlite:///{tmp_path / 'nueva.sqlite3'}", window, synchronous=True)
    try:
        st.start()
        qtbot.waitUntil(lambda: st.state is State.WIZARD, timeout=15000)
        with qtbot.waitSignal(st.finished) as finished:
            assert st.dialog is not None
            st.dialog.reject()
        assert finished.args == [0] and st.exit_code == 0
    finally:
        st.shutdown()


def test_the_demo_database_signs_in_directly(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    st = Startup(_make_db(tmp_path / "demo.sqlite3", demo=True), window, synchronous=True)
    try:
        st.start()
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        assert st.dialog is None
        assert st.actor is not None and st.actor.login == "ana"
        assert window.status.database_text() == "demo.sqlite3"
        assert window.status.connection_label.text() == "Conectado"
        st.ping()
        assert window.status.connection_label.text() == "Conectado"
    finally:
        st.shutdown()


def test_a_database_with_users_asks_to_sign_in(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    st = Startup(_make_db(tmp_path / "agencia.sqlite3"), window, synchronous=False)
    try:
        st.start()
        qtbot.waitUntil(lambda: st.state is State.SIGN_IN, timeout=15000)
        dialog = st.dialog
        assert isinstance(dialog, SignInDialog) and dialog.isVisible()
        assert dialog.subtitle.text() == "Estudio Rojo"
        qtbot.keyClicks(dialog.login, "ana")
        qtbot.keyClicks(dialog.password, "secreto-largo")
        dialog.enter_button.click()
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        assert st.actor is not None and st.actor.name == "Ana Torres"
        assert window.ctx is not None and window.ctx.currency == "MXN"
        assert window.ctx.locale.name() == "es_MX"
    finally:
        st.shutdown()
    assert st.state is State.CLOSED and st.db is None


def test_closing_while_the_database_opens_still_closes_it(qtbot: QtBot, tmp_path: Path) -> None:
    """The window goes away just as the worker finishes opening: shutdown delivers that
    answer, so the database is closed and its lock released (it opens again at once)."""
    window = MainWindow()
    qtbot.addWidget(window)
    url = _make_db(tmp_path / "agencia.sqlite3")
    st = Startup(url, window)
    st._begin()  # what the first paint starts
    st.shutdown()  # before the event loop delivered the opened database
    assert st.state is State.CLOSED
    open_database(url).close()


def test_run_gui_returns_0_when_sign_in_is_cancelled(
    qapp: QApplication,
    tmp_path: Path,
    style_restored: None,  # run_gui applies the window's style
) -> None:
    url = _make_db(tmp_path / "agencia.sqlite3")

    def cancel_when_asked() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SignInDialog) and widget.isVisible():
                widget.reject()
                return
        QTimer.singleShot(50, cancel_when_asked)

    QTimer.singleShot(50, cancel_when_asked)
    assert appmod.run_gui(url) == 0


def test_the_opening_page_names_the_database_without_sqlalchemy() -> None:
    assert appmod.describe_url("sqlite:////datos/agencia.sqlite3") == "agencia.sqlite3"
    assert appmod.describe_url("/datos/otra.sqlite3") == "otra.sqlite3"
    assert (
        appmod.describe_url("postgresql+psycopg://ana:secreto@db.local:5432/agencia")
        == "agencia@db.local"
    )


# -- a server whose people connect as themselves ----------------------------------------------


def _secured(pg_url: str):  # type: ignore[no-untyped-def]
    from server_world import build

    return build(pg_url)


def test_a_secured_server_goes_straight_to_sign_in_and_opens_as_the_person(
    qtbot: QtBot, pg_url: str
) -> None:
    """The workstation's URL holds no password: nothing is read before sign-in; a wrong
    password is said under the field; the right one connects as that person's own role,
    and the agency is read through it; signing out drops that connection."""
    from server_world import PASSWORD

    server, owner = _secured(pg_url)
    window = MainWindow()
    qtbot.addWidget(window)
    st = Startup(server.url.render_as_string(hide_password=False), window, synchronous=True)
    try:
        st.start()
        qtbot.waitUntil(lambda: st.state is State.SIGN_IN, timeout=15000)
        dialog = st.dialog
        assert isinstance(dialog, SignInDialog) and dialog.isVisible()
        assert st.db is not None and st.db.needs_sign_in and st.agency is None
        dialog.login.clear()
        qtbot.keyClicks(dialog.login, "pablo")
        qtbot.keyClicks(dialog.password, "no es la suya")
        dialog.enter_button.click()
        qtbot.waitUntil(lambda: bool(dialog.error_text()), timeout=15000)
        assert st.state is State.SIGN_IN and st.db.needs_sign_in
        qtbot.keyClicks(dialog.password, PASSWORD)
        dialog.enter_button.click()
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        assert st.actor is not None and st.actor.login == "pablo"
        assert st.agency is not None and window.rail.agency.text() == "Agencia de Pruebas"
        assert st.db.url.username == "pablo" and not st.db.needs_sign_in
        with st.db.reader.connect() as conn:  # the trainee's own session, under RLS
            assert conn.exec_driver_sql("SELECT session_user").scalar() == "pablo"
            seen = {r[0] for r in conn.exec_driver_sql("SELECT trade_name FROM accounts")}
        assert seen == {"Coca-Cola"}
        st._signed_out(True)  # Archivo ▸ Cambiar de usuario
        assert st.state is State.SIGN_IN and st.db.needs_sign_in
        assert st.db.url.password is None
    finally:
        st.shutdown()
        owner.close()


def test_a_secured_server_with_an_older_schema_is_refused_after_sign_in(
    qtbot: QtBot, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from server_world import PASSWORD

    server, owner = _secured(pg_url)
    with owner.writer.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0007'"))
    shown: list[str] = []
    monkeypatch.setattr(refusal, "show_refusal", lambda message, parent=None: shown.append(message))
    window = MainWindow()
    qtbot.addWidget(window)
    st = Startup(server.url.render_as_string(hide_password=False), window, synchronous=True)
    try:
        st.start()
        qtbot.waitUntil(lambda: st.state is State.SIGN_IN, timeout=15000)
        dialog = st.dialog
        assert isinstance(dialog, SignInDialog)
        dialog.login.setText("marta")
        dialog.password.setText(PASSWORD)
        with qtbot.waitSignal(st.finished) as finished:
            dialog.enter_button.click()
        assert finished.args == [3] and st.state is State.REFUSED
        assert len(shown) == 1 and "agencia db upgrade" in shown[0]
        assert not dialog.isVisible()
    finally:
        st.shutdown()
        owner.close()
