"""The first-run wizard and the sign-in dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain import messages
from agencia.domain.enums import Role
from agencia.domain.errors import ValidationError
from agencia.services.auth import sign_in
from agencia.services.first_run import get_agency
from agencia.services.people.views import list_groups, list_staff
from agencia.ui import settings
from agencia.ui.auth.regions import locale_label
from agencia.ui.auth.signin import LAST_LOGIN, SignInDialog
from agencia.ui.auth.wizard import FirstRunWizard
from agencia.ui.ops import Operations


def _next(wizard: FirstRunWizard) -> Any:
    return wizard.button(QWizard.WizardButton.NextButton)


def _finish(wizard: FirstRunWizard) -> Any:
    """«Crear la agencia» on the administrator's page (it commits), «Empezar» after it."""
    if wizard.currentPage() is wizard.admin_page:
        return wizard.button(QWizard.WizardButton.CommitButton)
    return wizard.button(QWizard.WizardButton.FinishButton)


def _fill_agency(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    qtbot.keyClicks(wizard.agency_name, "Estudio Rojo")
    wizard.locale_box.setCurrentIndex(wizard.locale_box.findData("es_MX"))


def _fill_admin(qtbot: QtBot, wizard: FirstRunWizard, password2: str = "secreto-largo") -> None:
    qtbot.keyClicks(wizard.admin_name, "Ana Torres")
    wizard.admin_login.clear()
    qtbot.keyClicks(wizard.admin_login, "ana")
    qtbot.keyClicks(wizard.admin_password, "secreto-largo")
    qtbot.keyClicks(wizard.admin_password2, password2)


@pytest.fixture
def wizard(qtbot: QtBot, make_ops: Callable[..., Operations]) -> FirstRunWizard:
    w = FirstRunWizard(make_ops())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_wizard_disables_next_until_the_agency_page_is_valid(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    assert not _next(wizard).isEnabled()
    assert wizard.agency_page.form.error("agency_name") == ""  # untouched: no wall of red
    qtbot.keyClicks(wizard.agency_name, "x")
    wizard.agency_name.clear()
    qtbot.keyClick(wizard.agency_name, Qt.Key.Key_Space)
    assert wizard.agency_page.form.error("agency_name") == "Este campo es obligatorio."
    _fill_agency(qtbot, wizard)
    assert wizard.currency_box.currentData() == "MXN"  # follows the regional format
    assert "$1,250,000.00" in wizard.example.text()
    assert _next(wizard).isEnabled()


def test_an_over_long_legal_name_is_stopped_on_its_own_page(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    _fill_agency(qtbot, wizard)
    wizard.legal_name.setText("A" * 249)
    qtbot.keyClicks(wizard.legal_name, "A")  # typed: the form shows the field's reason
    assert wizard.agency_page.form.error("legal_name") == "Máximo 200 caracteres."
    assert not _next(wizard).isEnabled()


def test_a_refused_field_is_named_as_its_form_names_it() -> None:
    error = ValidationError({"legal_name": ("field.too_long", {"max": 200})})
    assert str(error) == "Revise los campos: Razón social: Máximo 200 caracteres."


def test_wizard_shows_reasons_under_the_fields(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    _fill_agency(qtbot, wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    assert not _finish(wizard).isEnabled()
    _fill_admin(qtbot, wizard, password2="otra-cosa")
    form = wizard.admin_page.form
    assert form.error("admin_password2") == "Las contraseñas no coinciden."
    assert not _finish(wizard).isEnabled()
    qtbot.keyClicks(wizard.admin_email, "ana@")
    assert form.error("admin_email") == "No es una dirección de correo válida."
    wizard.admin_password.clear()
    qtbot.keyClicks(wizard.admin_password, "corta")
    assert form.error("admin_password") == "La contraseña debe tener al menos 10 caracteres."


def test_wizard_creates_the_agency_and_its_administrator(
    qtbot: QtBot, wizard: FirstRunWizard, sqlite_db: Database
) -> None:
    _fill_agency(qtbot, wizard)
    wizard.next()
    _fill_admin(qtbot, wizard)
    assert _finish(wizard).isEnabled()
    _finish(wizard).click()
    assert wizard.currentPage() is wizard.team_page
    assert (
        wizard.button(QWizard.WizardButton.BackButton).isHidden()
        or not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    )  # the agency exists: no way back to change it here
    with qtbot.waitSignal(wizard.completed) as done:
        _finish(wizard).click()  # «Empezar», nobody else yet
    actor, data = done.args
    assert actor.login == "ana" and actor.role is Role.ADMINISTRATOR
    assert data.locale == "es_MX" and data.currency == "MXN"
    assert not wizard.isVisible()
    agency = get_agency(sqlite_db)
    assert agency is not None and agency.name == "Estudio Rojo" and agency.currency == "MXN"
    assert sign_in(sqlite_db, "ana", "secreto-largo").name == "Ana Torres"


def test_wizard_through_the_real_writer_thread(
    qtbot: QtBot, make_ops: Callable[..., Operations], sqlite_db: Database
) -> None:
    wizard = FirstRunWizard(make_ops(synchronous=False))
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_agency(qtbot, wizard)
    wizard.next()
    _fill_admin(qtbot, wizard)
    create = _finish(wizard)
    create.click()
    assert wizard.isVisible()  # still there while the worker writes
    assert not create.isEnabled()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.team_page)
    _finish(wizard).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert get_agency(sqlite_db) is not None


def test_wizard_suggests_a_login(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    qtbot.keyClicks(wizard.admin_name, "Ana Torres")
    assert wizard.admin_login.text() == "ana.torres"  # the house rule (domain.logins)


def test_the_wizard_names_locales_in_the_language_of_the_window() -> None:
    assert locale_label("es_MX") == "México — español"
    assert locale_label("en_US") == "Estados Unidos — inglés"
    messages.set_language("en")
    try:
        assert locale_label("es_MX") == "Mexico — Spanish"
        assert locale_label("en_GB") == "United Kingdom — English"
    finally:
        messages.set_language("es")


def test_wizard_reports_a_refusal_from_the_service(
    qtbot: QtBot, wizard: FirstRunWizard, agency: Any
) -> None:
    _fill_agency(qtbot, wizard)
    wizard.next()
    _fill_admin(qtbot, wizard)
    _finish(wizard).click()  # the database already has an agency
    assert wizard.isVisible()
    assert wizard.status.text() == "La agencia ya está configurada."
    assert _finish(wizard).isEnabled()


def test_sign_in_wrong_password_stays_with_the_reason(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations]
) -> None:
    dialog = SignInDialog(make_ops(), "Agencia Norte", "agencia.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.enter_button.isEnabled()
    qtbot.keyClicks(dialog.login, "admin")
    qtbot.keyClicks(dialog.password, "equivocada")
    assert dialog.enter_button.isEnabled()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_text() == "Usuario o contraseña incorrectos."
    assert dialog.password.text() == "" and dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, "s")
    assert dialog.error_text() == ""  # typing again clears the reason


def test_sign_in_right_password_through_the_worker(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations]
) -> None:
    dialog = SignInDialog(make_ops(synchronous=False))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.login, "admin")
    qtbot.keyClicks(dialog.password, "secreto-largo")
    with qtbot.waitSignal(dialog.signed_in) as signed:
        dialog.enter_button.click()
        assert dialog.working.isVisible() and not dialog.login.isEnabled()
    assert signed.args[0].login == "admin"
    assert not dialog.isVisible()
    assert settings.get(LAST_LOGIN) == "admin"
    again = SignInDialog(make_ops())
    qtbot.addWidget(again)
    assert again.login.text() == "admin"  # remembered for next time


def test_sign_in_escape_cancels(qtbot: QtBot, make_ops: Callable[..., Operations]) -> None:
    dialog = SignInDialog(make_ops())
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def admin_of(page: Any) -> Any:
    assert page.actor is not None
    return page.actor


def _to_team_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    _fill_agency(qtbot, wizard)
    wizard.next()
    _fill_admin(qtbot, wizard)
    _finish(wizard).click()
    assert wizard.currentPage() is wizard.team_page


def _cells(wizard: FirstRunWizard, row: int) -> list[str]:
    table = wizard.team_page.table
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_the_team_is_added_one_by_one_and_checked_as_it_grows(
    qtbot: QtBot, wizard: FirstRunWizard, sqlite_db: Database
) -> None:
    _to_team_page(qtbot, wizard)
    page = wizard.team_page
    assert page.step.text() == "Paso 3 de 3"
    page.name.setText("Lucía Gómez")
    page.role.setCurrentIndex(page.role.findData("account_director"))
    page.feminine.setChecked(True)
    page.group.setEditText("Gran Consumo")
    page.add_button.click()
    page.name.setText("Pedro Ruiz")
    page.role.setCurrentIndex(page.role.findData("account_executive"))
    page.feminine.setChecked(False)
    page.email.setText("pedro@")
    page.reports_to.setEditText("Lucía Gómez")
    page.add_button.click()
    assert _cells(wizard, 0)[1:3] == ["Lucía Gómez", "Directora de cuentas"]
    assert "correo" in _cells(wizard, 1)[6].lower()  # a wrong e-mail, beside its row
    assert "con problemas" in page.summary.text()
    _finish(wizard).click()  # refused while a row has a problem
    assert (
        wizard.isVisible()
        and list_staff(sqlite_db, admin_of(page))
        and len(list_staff(sqlite_db, admin_of(page))) == 1
    )
    page.table.selectRow(1)
    page.remove_button.click()
    assert page.table.rowCount() == 1 and _cells(wizard, 0)[6] == ""
    with qtbot.waitSignal(wizard.completed):
        _finish(wizard).click()
    names = {r.name: r for r in list_staff(sqlite_db, admin_of(page))}
    assert names["Lucía Gómez"].group == "Gran Consumo"
    assert list_groups(sqlite_db, admin_of(page))[0].director == "Lucía Gómez"


def test_the_team_from_a_csv_file_with_its_rows_problems(
    qtbot: QtBot, wizard: FirstRunWizard, sqlite_db: Database, tmp_path: Path
) -> None:
    _to_team_page(qtbot, wizard)
    page = wizard.team_page
    bad = tmp_path / "equipo.csv"
    bad.write_bytes(
        "Nombre;Rol;Correo;Depende de\n"
        "Lucía Gómez;Directora de cuentas;;\n"
        "\n"
        "Pepe Pérez;astronauta;;Lucía Gómez\n".encode("cp1252")
    )
    page.import_file(str(bad))
    assert _cells(wizard, 1)[0] == "4"  # the spreadsheet's row: the blank one counts
    assert _cells(wizard, 1)[6].startswith("Rol desconocido: «astronauta»")
    page.table.selectRow(1)
    page.remove_button.click()
    nonsense = tmp_path / "otra.csv"
    nonsense.write_text("a;b\n1;2\n", "utf-8")
    page.import_file(str(nonsense))
    assert "Falta la columna «nombre»" in page.summary.text()
    assert page.table.rowCount() == 1
    with qtbot.waitSignal(wizard.completed):
        _finish(wizard).click()
    assert {r.name for r in list_staff(sqlite_db, admin_of(page))} == {"Ana Torres", "Lucía Gómez"}


def test_closing_the_wizard_after_the_agency_exists_signs_in(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    _to_team_page(qtbot, wizard)
    with qtbot.waitSignal(wizard.completed):
        wizard.reject()
