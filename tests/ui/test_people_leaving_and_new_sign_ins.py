"""Personas after explore 9: a person «de baja» no longer shows the green «Activo» in
«Acceso» (L3); «Dar de baja…» offers a leaving director's group to no director of another
group and says that delegations she received end (H5, M5); a new sign-in's password is
temporary, as its note says, and its first sign-in in the window asks for her own (L10);
«Proponer acción de mejora…» offers as owner only who may own it (M7)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from factories import Agency, small_agency
from gui_support import make_context, until
from people_support import open_people
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from agencia.app import Startup, State
from agencia.db.database import Database, open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Delegation
from agencia.domain.enums import Role
from agencia.services.first_run import FirstRun, set_up_agency
from agencia.services.people.handover import deactivate_staff
from agencia.services.people.sign_ins import add_user
from agencia.services.people.staff_edit import StaffInput, add_staff
from agencia.ui.actions import ActionId
from agencia.ui.auth.password_dialog import ChangePasswordDialog
from agencia.ui.auth.signin import SignInDialog
from agencia.ui.people.deactivate_dialog import DeactivateDialog
from agencia.ui.people.labels import GREY
from agencia.ui.people.sign_in_dialogs import NewUserDialog
from agencia.ui.people.staff_list import ALL, SIGN_IN_COLUMN
from agencia.ui.satisfaction.propose_dialog import ProposeDialog
from agencia.ui.shell.window import MainWindow
from agencia.ui.widgets.status_chip import CHIP_ROLE

PASSWORD = "una frase bastante larga"


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def test_a_person_de_baja_shows_so_in_the_access_column(qtbot: QtBot, agency: Agency) -> None:
    irene = agency.staff["irene"]
    add_user(agency.db, agency.admin, "irene.dominguez", irene, PASSWORD)
    deactivate_staff(agency.db, agency.admin, irene)  # her sign-in row stays enabled
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    view = controller.list_view
    view.state.setCurrentIndex(view.state.findData(ALL))  # «Todos»
    qtbot.waitUntil(until(lambda: view.model.index_of(irene) >= 0))
    row = view.model.index_of(irene)
    assert view.model.index(row, SIGN_IN_COLUMN).data() == "De baja"
    chip = view.model.index(row, SIGN_IN_COLUMN).data(CHIP_ROLE)
    assert chip.text == "De baja" and chip.color == GREY  # not the green «Activo»
    tip = view.model.index(row, SIGN_IN_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "irene.dominguez · De baja"
    assert view.select(irene)
    qtbot.waitUntil(until(lambda: controller.detail is not None))
    assert "no puede iniciar sesión" in controller.panel.values["access"].text()


def test_a_leaving_director_is_offered_no_director_of_another_group(
    qtbot: QtBot, agency: Agency
) -> None:
    s = agency.staff
    with unit_of_work(agency.db, SYSTEM) as uow:
        uow.session.add(
            Delegation(from_staff_id=s["andres"], to_staff_id=s["lucia"], starts_on=date.today(),
                       ends_on=date.today() + timedelta(days=9))
        )  # fmt: skip
    free = add_staff(
        agency.db, agency.admin, StaffInput("Nuria Campos Rey", Role.ACCOUNT_DIRECTOR)
    ).id
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    qtbot.waitUntil(until(lambda: len(controller.groups) == 2))
    assert controller.list_view.select(s["lucia"])
    qtbot.waitUntil(until(lambda: controller.detail is not None))
    controller.actions[ActionId.PEOPLE_DEACTIVATE].trigger()
    qtbot.waitUntil(until(lambda: isinstance(controller.dialog, DeactivateDialog)))
    dialog = controller.dialog
    assert isinstance(dialog, DeactivateDialog)
    offered = [dialog.successor.itemData(n) for n in range(1, dialog.successor.count())]
    assert offered == [free]  # not Andrés, who directs Servicios
    summary = dialog.summary.text()
    assert "delegación" not in summary.split("Pasarán a quien elija:")[1].split(".")[0]
    assert "Terminan 1 delegación(es) de aprobación que recibió" in summary
    dialog.successor.setCurrentIndex(1)
    dialog.save()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))


def test_the_new_sign_in_dialog_says_the_password_is_temporary(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    assert controller.list_view.select(agency.staff["marta"])
    qtbot.waitUntil(until(lambda: controller.detail is not None))
    controller.actions[ActionId.PEOPLE_NEW_USER].trigger()
    dialog = controller.dialog
    assert isinstance(dialog, NewUserDialog)
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "provisional" in said and "deberá cambiarla la primera vez" in said
    assert "podrá cambiarla" not in said
    dialog.reject()


def test_a_new_sign_in_asks_for_her_own_password_at_the_first_window_sign_in(
    qtbot: QtBot, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'agencia.sqlite3'}"
    db = open_database(url)
    try:
        ana = set_up_agency(
            db,
            FirstRun(agency_name="Estudio Rojo", locale="es_ES", currency="EUR",
                     admin_name="Ana Torres", admin_login="ana", admin_password="secreto-largo"),
        )  # fmt: skip
        marta = add_staff(db, ana, StaffInput("Marta Peña Lozano", Role.ACCOUNT_EXECUTIVE)).id
        add_user(db, ana, "marta", marta, "la clave que dio ana")  # no reset: just created
    finally:
        db.close()
    window = MainWindow()
    qtbot.addWidget(window)
    st = Startup(url, window, synchronous=True)
    try:
        st.start()
        qtbot.waitUntil(lambda: st.state is State.SIGN_IN, timeout=15000)
        signin = st.dialog
        assert isinstance(signin, SignInDialog)
        signin.login.setText("marta")
        signin.password.setText("la clave que dio ana")
        signin.enter_button.click()
        qtbot.waitUntil(until(lambda: isinstance(signin.password_dialog, ChangePasswordDialog)))
        change = signin.password_dialog
        assert isinstance(change, ChangePasswordDialog) and st.state is State.SIGN_IN
        change.password.first.setText("mi frase secreta nueva")
        change.password.second.setText("mi frase secreta nueva")
        change.save_button.click()
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        assert st.actor is not None and st.actor.login == "marta"
    finally:
        st.shutdown()


def test_an_improvement_action_is_offered_only_owners_who_may_own_it(
    qtbot: QtBot, agency: Agency
) -> None:
    ctx, _ = make_context(agency.db, agency.actor("lucia"))
    dimension = SimpleNamespace(dimension="Plazos", gap=1.5)
    dialog = ProposeDialog(ctx.ops, dimension, agency.accounts["coca"], agency.staff["lucia"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(until(lambda: dialog.owner.count() > 0))
    offered = {dialog.owner.itemText(n) for n in range(dialog.owner.count())}
    assert offered == {
        "Álvaro García Rubio", "Javier Núñez Calvo", "Lucía Fernández Ortega",
        "Marta Peña Lozano",
    }  # fmt: skip
    assert dialog.owner.currentText() == "Lucía Fernández Ortega"
