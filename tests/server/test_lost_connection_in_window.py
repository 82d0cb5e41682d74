"""A connection lost while an account form holds typed, unsaved edits, in the real
window on a secured server: the status bar says so, what was typed stays in the form,
the app reconnects by itself, and the save then succeeds — as the person, on the server.

The server really ends the person's sessions (`pg_terminate_backend` from the owner's
connection, as an administrator or a restart would)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from server_world import PASSWORD, ServerAgency
from sqlalchemy import text

from agencia.app import Startup, State
from agencia.domain.areas import AreaId
from agencia.ui.accounts.account_form import AccountFormDialog
from agencia.ui.actions import ActionId
from agencia.ui.shell.server_start import ServerSignInDialog
from agencia.ui.shell.window import MainWindow

TYPED = "Llamar a Marta el lunes: cambia el presupuesto"


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    QSettings("Agencia", "Agencia").clear()
    yield
    QSettings("Agencia", "Agencia").clear()


def _terminate(server_agency: ServerAgency, login: str) -> int:
    """End every session of `login` and return once they are gone (how many): a session
    merely told to end may still be there when the next step runs (a busy machine)."""
    with server_agency.owner.writer.begin() as owner:
        ended = owner.execute(
            text(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, :wait_ms)) "
                "FROM pg_stat_activity WHERE usename = :login"
            ),
            {"login": login, "wait_ms": 20000},
        ).scalar()
    return int(ended or 0)


def test_a_lost_connection_keeps_the_typed_edits_and_saving_reconnects(
    qtbot: QtBot, server_agency: ServerAgency, fresh_settings: None
) -> None:
    coca = server_agency.agency.accounts["coca"]
    window = MainWindow()
    qtbot.addWidget(window)
    st = Startup(server_agency.url.render_as_string(hide_password=False), window)
    try:
        st.start()
        qtbot.waitUntil(lambda: st.state is State.SIGN_IN, timeout=20000)
        dialog = st.dialog
        assert isinstance(dialog, ServerSignInDialog)
        dialog.login.setText("alvaro")
        dialog.password.setText(PASSWORD)
        dialog.enter_button.click()
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=20000)
        status = window.status.connection_label
        qtbot.waitUntil(lambda: status.text() == "Conectado", timeout=10000)
        shown: list[str] = []  # what the status bar said at each change (it may be brief)
        assert st.remote is not None
        st.remote.connection_changed.connect(lambda _up: shown.append(status.text()))

        window.navigate(AreaId.ACCOUNTS, coca)
        controller = window.areas[AreaId.ACCOUNTS].controller  # type: ignore[attr-defined]
        qtbot.waitUntil(
            lambda: controller.detail is not None and controller.detail.id == coca, timeout=20000
        )
        window.registry.get(ActionId.ACCOUNTS_EDIT).trigger()
        form = controller.dialog
        assert isinstance(form, AccountFormDialog) and form.isVisible()
        form.notes.setPlainText(TYPED)
        assert form.has_unsaved_changes()

        assert _terminate(server_agency, "alvaro") >= 1  # the listener's session at least
        qtbot.waitUntil(lambda: "Sin conexión" in shown, timeout=10000)
        assert form.isVisible() and form.notes.toPlainText() == TYPED  # nothing typed lost

        # by itself: nobody acts (the listener retries at once; a busy machine is slow)
        qtbot.waitUntil(lambda: shown[-1:] == ["Conectado"], timeout=15000)
        assert status.text() == "Conectado" and shown.index("Sin conexión") < len(shown) - 1
        assert form.isVisible() and form.notes.toPlainText() == TYPED
        # the pooled connections go too, once more (gone when _terminate returns)
        _terminate(server_agency, "alvaro")
        results: list[int] = []
        form.finished.connect(results.append)
        form.save_button.click()  # a refusal would leave the form open with its banner
        qtbot.waitUntil(lambda: bool(results), timeout=20000)
        assert results == [AccountFormDialog.DialogCode.Accepted.value]
        with server_agency.owner.reader.connect() as connection:
            saved = connection.execute(
                text("SELECT notes FROM accounts WHERE id = :id"), {"id": coca}
            ).scalar()
        assert saved == TYPED
        qtbot.waitUntil(lambda: status.text() == "Conectado", timeout=15000)
    finally:
        st.shutdown()
