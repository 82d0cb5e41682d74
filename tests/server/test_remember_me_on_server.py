"""«Recordarme en este equipo» in the real window on a secured server: the person's
password goes to the keyring only when they ask, the next start signs in from it without
asking, a stored password the server refuses falls back to asking (and is replaced), and
Archivo ▸ «Olvidar mi contraseña en este equipo» removes it.

The keyring is a real backend that keeps its secrets in a file (not a stand-in for our
code): what the app stored is read back from that file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from server_world import PASSWORD, ServerAgency

from agencia.app import Startup, State
from agencia.db import server_roles
from agencia.db.urls import describe
from agencia.ui.actions import ActionId
from agencia.ui.shell.server_start import ServerSignInDialog
from agencia.ui.shell.window import MainWindow


class FileKeyring(KeyringBackend):
    """A keyring whose secrets live in one JSON file."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _all(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._all().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        found = self._all()
        found[f"{service}\n{username}"] = password
        self.path.write_text(json.dumps(found))

    def delete_password(self, service: str, username: str) -> None:
        found = self._all()
        if found.pop(f"{service}\n{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self.path.write_text(json.dumps(found))


@pytest.fixture
def stored(tmp_path: Path) -> Iterator[FileKeyring]:
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    QSettings("Agencia", "Agencia").clear()  # no last user name from another test
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
        QSettings("Agencia", "Agencia").clear()


def _start(qtbot: QtBot, server_agency: ServerAgency) -> tuple[Startup, MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    url = server_agency.url.render_as_string(hide_password=False)
    st = Startup(url, window, synchronous=True)
    st.start()
    return st, window


def _dialog(qtbot: QtBot, st: Startup) -> ServerSignInDialog:
    qtbot.waitUntil(lambda: st.state in (State.SIGN_IN, State.READY), timeout=15000)
    dialog = st.dialog
    assert isinstance(dialog, ServerSignInDialog)
    return dialog


def _type(dialog: ServerSignInDialog, login: str, password: str, remember: bool) -> None:
    dialog.login.setText(login)
    dialog.password.setText(password)
    dialog.remember.setChecked(remember)
    dialog.enter_button.click()


def test_the_keyring_holds_the_password_only_when_asked_and_forget_removes_it(
    qtbot: QtBot, server_agency: ServerAgency, stored: FileKeyring
) -> None:
    key = f"laura@{describe(server_agency.url)}"
    st, window = _start(qtbot, server_agency)  # 1. signed in without asking to be remembered
    try:
        dialog = _dialog(qtbot, st)
        assert not dialog.remember.isChecked()  # nobody is remembered unless they ask
        _type(dialog, "laura", PASSWORD, remember=False)
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        assert stored.get_password("agencia", key) is None
    finally:
        st.shutdown()

    st, window = _start(qtbot, server_agency)  # 2. asked this time
    try:
        dialog = _dialog(qtbot, st)
        assert st.state is State.SIGN_IN and dialog.login.text() == "laura"
        _type(dialog, "laura", PASSWORD, remember=True)
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        assert stored.get_password("agencia", key) == PASSWORD
    finally:
        st.shutdown()

    st, window = _start(qtbot, server_agency)  # 3. the next start asks nothing
    try:
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        assert st.actor is not None and st.actor.login == "laura"
        assert st.db is not None
        with st.db.reader.connect() as connection:
            assert connection.exec_driver_sql("SELECT session_user").scalar() == "laura"
        forget = window.registry.get(ActionId.FORGET_PASSWORD)
        assert forget in window.registry.for_menu("file") and forget.isEnabled()
        forget.trigger()  # 4. Archivo ▸ Olvidar mi contraseña en este equipo
        qtbot.waitUntil(lambda: stored.get_password("agencia", key) is None, timeout=5000)
    finally:
        st.shutdown()

    st, window = _start(qtbot, server_agency)  # 5. forgotten: asked again
    try:
        dialog = _dialog(qtbot, st)
        qtbot.wait(200)
        assert st.state is State.SIGN_IN and dialog.isVisible()
        assert dialog.password.text() == ""
    finally:
        st.shutdown()


def test_a_stored_password_the_server_refuses_falls_back_to_asking_and_is_replaced(
    qtbot: QtBot, server_agency: ServerAgency, stored: FileKeyring
) -> None:
    key = f"laura@{describe(server_agency.url)}"
    new_password = "otra frase larga y nueva"
    st, _window = _start(qtbot, server_agency)
    try:
        _type(_dialog(qtbot, st), "laura", PASSWORD, remember=True)
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
    finally:
        st.shutdown()
    with server_agency.owner.writer.begin() as owner:  # changed elsewhere (another workstation)
        server_roles.set_password(owner, "laura", new_password)

    st, _window = _start(qtbot, server_agency)
    try:
        dialog = _dialog(qtbot, st)
        qtbot.waitUntil(lambda: bool(dialog.error_text()), timeout=15000)
        assert st.state is State.SIGN_IN and dialog.isVisible()  # asked, not stuck
        assert dialog.password.text() == "" and dialog.remember.isChecked()
        dialog.password.setText(new_password)
        dialog.enter_button.click()
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        assert stored.get_password("agencia", key) == new_password  # replaced
    finally:
        st.shutdown()


def test_signing_out_does_not_sign_straight_back_in_from_the_keyring(
    qtbot: QtBot, server_agency: ServerAgency, stored: FileKeyring
) -> None:
    stored.set_password("agencia", f"laura@{describe(server_agency.url)}", PASSWORD)
    QSettings("Agencia", "Agencia").setValue("auth/last_login", "laura")
    st, window = _start(qtbot, server_agency)
    try:
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        window.registry.get(ActionId.SIGN_OUT).trigger()
        qtbot.wait(200)
        assert st.state is State.SIGN_IN and isinstance(st.dialog, ServerSignInDialog)
        assert st.dialog.isVisible() and st.dialog.password.text() == ""
    finally:
        st.shutdown()
