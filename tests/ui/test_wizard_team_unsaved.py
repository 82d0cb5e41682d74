"""The first-run wizard's team, once listed, is not dropped unasked: after the agency
exists, Cancelar, Esc or the title bar with people in the list asks — Guardar adds them
and starts, Descartar starts without them, Cancelar stays on the page with the list."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.people.views import list_staff
from agencia.ui.auth.wizard import FirstRunWizard
from agencia.ui.ops import Operations
from agencia.ui.widgets.unsaved import UnsavedPrompt

TEAM = ("Lucía Gómez", "Pedro Ruiz", "Eva Sanz")


@pytest.fixture
def wizard(qtbot: QtBot, make_ops: Callable[..., Operations]) -> FirstRunWizard:
    w = FirstRunWizard(make_ops())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _team_listed(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    qtbot.keyClicks(wizard.agency_name, "Estudio Rojo")
    wizard.next()
    qtbot.keyClicks(wizard.admin_name, "Ana Torres")
    qtbot.keyClicks(wizard.admin_password, "secreto-largo")
    qtbot.keyClicks(wizard.admin_password2, "secreto-largo")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    page = wizard.team_page
    assert wizard.currentPage() is page
    for name in TEAM:
        page.name.setText(name)
        page.add_button.click()
    assert page.table.rowCount() == 3 and not page.problems


def _staff(db: Database, wizard: FirstRunWizard) -> set[str]:
    actor = wizard.team_page.actor
    assert actor is not None
    return {r.name for r in list_staff(db, actor)}


def _prompt(wizard: FirstRunWizard) -> UnsavedPrompt:
    (prompt,) = [p for p in wizard.findChildren(UnsavedPrompt) if p.isVisible()]
    return prompt


@pytest.mark.parametrize("how", ["cancel", "escape", "close"])
def test_closing_with_people_listed_asks_and_cancel_keeps_the_list(
    qtbot: QtBot, wizard: FirstRunWizard, sqlite_db: Database, how: str
) -> None:
    _team_listed(qtbot, wizard)
    if how == "cancel":
        wizard.button(QWizard.WizardButton.CancelButton).click()
    elif how == "escape":
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    else:
        wizard.close()
    prompt = _prompt(wizard)
    assert prompt.text() == (
        "¿Guardar los cambios en la lista del equipo (3 personas) antes de cerrar?"
    )
    assert prompt.informativeText() == (
        "Si no los guarda, se perderán. "
        "Guardar las añade a la agencia; Descartar empieza sin ellas."
    )
    prompt.cancel_button.click()
    assert wizard.isVisible() and wizard.currentPage() is wizard.team_page
    assert wizard.team_page.table.rowCount() == 3
    assert _staff(sqlite_db, wizard) == {"Ana Torres"}
    wizard.reject()
    with qtbot.waitSignal(wizard.completed):  # (no question left open)
        _prompt(wizard).discard_button.click()


def test_save_adds_the_listed_people_and_starts(
    qtbot: QtBot, wizard: FirstRunWizard, sqlite_db: Database
) -> None:
    _team_listed(qtbot, wizard)
    wizard.reject()
    prompt = _prompt(wizard)
    assert prompt.save_button is not None
    with qtbot.waitSignal(wizard.completed):
        prompt.save_button.click()
    assert _staff(sqlite_db, wizard) == {"Ana Torres", *TEAM}
    assert not wizard.isVisible()


def test_discard_starts_without_them(
    qtbot: QtBot, wizard: FirstRunWizard, sqlite_db: Database
) -> None:
    _team_listed(qtbot, wizard)
    wizard.reject()
    with qtbot.waitSignal(wizard.completed):
        _prompt(wizard).discard_button.click()
    assert _staff(sqlite_db, wizard) == {"Ana Torres"}


def test_one_person_with_a_problem_is_named_and_cannot_be_saved_from_the_question(
    qtbot: QtBot, wizard: FirstRunWizard, sqlite_db: Database
) -> None:
    _team_listed(qtbot, wizard)
    page = wizard.team_page
    for _ in range(2):
        page.table.selectRow(0)
        page.remove_button.click()
    page.name.setText("Pepe Pérez")
    page.email.setText("pepe@")
    page.add_button.click()
    qtbot.waitUntil(lambda: bool(page.problems))
    page.table.selectRow(0)
    page.remove_button.click()
    assert page.table.rowCount() == 1 and page.problems
    wizard.reject()
    prompt = _prompt(wizard)
    assert prompt.text() == (
        "¿Guardar los cambios en la lista del equipo (1 persona) antes de cerrar?"
    )
    assert prompt.save_button is None
    assert prompt.informativeText() == (
        "Si no los guarda, se perderán. Para añadirla, pulse Cancelar y corrija la lista."
    )
    prompt.cancel_button.click()
    assert wizard.isVisible()
    assert _staff(sqlite_db, wizard) == {"Ana Torres"}
    wizard.reject()
    with qtbot.waitSignal(wizard.completed):
        _prompt(wizard).discard_button.click()
