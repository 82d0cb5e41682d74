"""The first-run wizard's team, once listed, is not dropped unasked: after the agency
exists, Cancelar, Esc or the title bar with people in the list asks — Guardar adds them
and starts, Descartar starts without them, Cancelar stays on the page with the list."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from wizard_support import TEAM, list_team, open_wizard, prompt_of, to_team_page

from agencia.db.database import Database
from agencia.services.people.views import list_staff
from agencia.ui.auth.wizard import FirstRunWizard
from agencia.ui.ops import Operations


@pytest.fixture
def wizard(qtbot: QtBot, make_ops: Callable[..., Operations]) -> FirstRunWizard:
    return open_wizard(qtbot, make_ops())


def _team_listed(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    to_team_page(qtbot, wizard)
    list_team(wizard)
    page = wizard.team_page
    assert page.table.rowCount() == 3 and not page.problems


def _staff(db: Database, wizard: FirstRunWizard) -> set[str]:
    actor = wizard.team_page.actor
    assert actor is not None
    return {r.name for r in list_staff(db, actor)}


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
    prompt = prompt_of(wizard)
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
        prompt_of(wizard).discard_button.click()


def test_save_adds_the_listed_people_and_starts(
    qtbot: QtBot, wizard: FirstRunWizard, sqlite_db: Database
) -> None:
    _team_listed(qtbot, wizard)
    wizard.reject()
    prompt = prompt_of(wizard)
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
        prompt_of(wizard).discard_button.click()
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
    prompt = prompt_of(wizard)
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
        prompt_of(wizard).discard_button.click()


@pytest.mark.parametrize("listed", [TEAM, ()])
def test_a_person_typed_and_not_yet_listed_is_asked_about_and_added(
    qtbot: QtBot, wizard: FirstRunWizard, sqlite_db: Database, listed: tuple[str, ...]
) -> None:
    """A name typed in the row and not yet in the list counts as listed: closing asks
    about it, and Guardar adds it with the rest."""
    to_team_page(qtbot, wizard)
    list_team(wizard, listed)
    wizard.team_page.name.setText("Marta Gil")
    wizard.reject()
    prompt = prompt_of(wizard)
    count = len(listed) + 1
    people = "1 persona" if count == 1 else f"{count} personas"
    assert prompt.text() == (
        f"¿Guardar los cambios en la lista del equipo ({people}) antes de cerrar?"
    )
    assert prompt.save_button is not None
    with qtbot.waitSignal(wizard.completed):
        prompt.save_button.click()
    assert _staff(sqlite_db, wizard) == {"Ana Torres", *listed, "Marta Gil"}


def test_starting_adds_a_person_typed_and_not_yet_listed(
    qtbot: QtBot, wizard: FirstRunWizard, sqlite_db: Database
) -> None:
    _team_listed(qtbot, wizard)
    wizard.team_page.name.setText("Marta Gil")
    with qtbot.waitSignal(wizard.completed):
        wizard.next()  # «Empezar»
    assert _staff(sqlite_db, wizard) == {"Ana Torres", *TEAM, "Marta Gil"}
