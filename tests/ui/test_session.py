"""Signing out and switching user in the window, and the new password a reset asks for
at sign-in."""

from __future__ import annotations

from pathlib import Path

from gui_support import type_text
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from agencia.app import Startup, State
from agencia.db.database import open_database
from agencia.domain.areas import AreaId
from agencia.domain.enums import Role
from agencia.services.first_run import FirstRun, set_up_agency
from agencia.services.people.sign_ins import add_user, reset_password
from agencia.services.people.staff_edit import StaffInput, add_staff
from agencia.ui.actions import ActionId
from agencia.ui.auth.password_dialog import ChangePasswordDialog
from agencia.ui.auth.signin import SignInDialog
from agencia.ui.shell.window import MainWindow

ADMIN = FirstRun(
    agency_name="Estudio Rojo",
    locale="es_ES",
    currency="EUR",
    admin_name="Ana Torres",
    admin_login="ana",
    admin_password="secreto-largo",
)
GIVEN = "clave provisional larga"


def _make_db(path: Path) -> str:
    """Ana (administrator) and Marta (executive), whose password Ana has reset."""
    url = f"sqlite:///{path}"
    db = open_database(url)
    try:
        ana = set_up_agency(db, ADMIN)
        marta = add_staff(db, ana, StaffInput("Marta Peña Lozano", Role.ACCOUNT_EXECUTIVE)).id
        add_user(db, ana, "marta", marta, "primera clave segura")
        reset_password(db, ana, "marta", GIVEN)
    finally:
        db.close()
    return url


def _sign_in(qtbot: QtBot, st: Startup, login: str, password: str) -> SignInDialog:
    qtbot.waitUntil(lambda: st.state is State.SIGN_IN, timeout=15000)
    dialog = st.dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    dialog.login.setText(login)
    dialog.password.setText(password)
    dialog.enter_button.click()
    return dialog


def test_sign_out_switch_user_and_a_reset_password(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    st = Startup(_make_db(tmp_path / "agencia.sqlite3"), window, synchronous=True)
    try:
        st.start()
        _sign_in(qtbot, st, "ana", "secreto-largo")
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        assert AreaId.PEOPLE in window.areas  # an administrator's page
        sign_out = window.registry.get(ActionId.SIGN_OUT)
        assert sign_out in window.registry.for_menu("file") and sign_out.isEnabled()

        sign_out.trigger()  # back to the sign-in dialog, the last user name kept
        assert st.state is State.SIGN_IN and window.ctx is None
        assert not window.areas and not window.rail.buttons
        assert not sign_out.isEnabled()
        assert isinstance(st.dialog, SignInDialog) and st.dialog.login.text() == "ana"
        st.dialog.password.setText("secreto-largo")
        st.dialog.enter_button.click()
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        assert AreaId.PEOPLE in window.areas  # installed again, its actions registered anew

        window.registry.get(ActionId.SWITCH_USER).trigger()
        assert isinstance(st.dialog, SignInDialog) and st.dialog.login.text() == ""
        signin = _sign_in(qtbot, st, "marta", GIVEN)
        # the reset asks for her own password before she enters
        qtbot.waitUntil(lambda: isinstance(signin.password_dialog, ChangePasswordDialog))
        change = signin.password_dialog
        assert isinstance(change, ChangePasswordDialog) and st.state is State.SIGN_IN
        change.password.first.setText("marta")
        change.password.second.setText("marta")
        change.form.reveal_all()
        assert change.form.error("new_password") and not change.save_button.isEnabled()
        change.password.first.setText("mi frase secreta nueva")
        change.password.second.setText("mi frase secreta nueva")
        change.save_button.click()
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        assert st.actor is not None and st.actor.login == "marta"
        assert AreaId.PEOPLE not in window.areas  # no page for an executive
        assert window.status.user.label.text().startswith("Marta Peña Lozano")
    finally:
        st.shutdown()


def test_sign_out_asks_about_unsaved_work_first(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    st = Startup(_make_db(tmp_path / "agencia.sqlite3"), window, synchronous=True)
    try:
        st.start()
        _sign_in(qtbot, st, "ana", "secreto-largo")
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        window.switch_to(AreaId.PEOPLE)
        window.registry.get(ActionId.PEOPLE_NEW).trigger()
        people = window.areas[AreaId.PEOPLE]
        form = people.controller.dialog  # type: ignore[attr-defined]
        type_text(form.full_name, "Luis Gómez")
        window.registry.get(ActionId.SIGN_OUT).trigger()
        prompt = st.session.prompt
        assert isinstance(prompt, QMessageBox) and prompt.isVisible()
        prompt.cancel_button.click()  # type: ignore[attr-defined]
        assert st.state is State.READY and form.isVisible()
        window.registry.get(ActionId.SIGN_OUT).trigger()
        st.session.prompt.discard_button.click()  # type: ignore[union-attr]
        assert st.state is State.SIGN_IN
    finally:
        st.shutdown()
