"""The first-run wizard's team page at the wizard's own size: every column that says what
is wrong with a row is on screen, and the counts read as real sentences (1 and many).
And the administrator's suggested login follows the house rule (`agencia.domain.logins`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from agencia.ui.auth.team_page import NAME_COLUMN, PROBLEMS_COLUMN
from agencia.ui.auth.wizard import FirstRunWizard
from agencia.ui.ops import Operations


@pytest.fixture
def wizard(qtbot: QtBot, make_ops: Callable[..., Operations]) -> FirstRunWizard:
    w = FirstRunWizard(make_ops())
    qtbot.addWidget(w)
    w.resize(680, 560)  # the wizard's smallest, what a small screen gets
    w.show()
    qtbot.waitExposed(w)
    return w


def _to_team_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    qtbot.keyClicks(wizard.agency_name, "Estudio Rojo")
    wizard.next()
    qtbot.keyClicks(wizard.admin_name, "Ana Torres")
    qtbot.keyClicks(wizard.admin_password, "secreto-largo")
    qtbot.keyClicks(wizard.admin_password2, "secreto-largo")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.currentPage() is wizard.team_page


def _add(wizard: FirstRunWizard, name: str, email: str = "") -> None:
    page = wizard.team_page
    page.name.setText(name)
    page.email.setText(email)
    page.add_button.click()


def test_the_problems_column_is_on_screen_beside_the_name(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    _to_team_page(qtbot, wizard)
    page = wizard.team_page
    _add(wizard, "Lucía Gómez Andrade", "lucia.gomez.andrade@agencia-de-ejemplo.es")
    _add(wizard, "Pedro Ruiz Carrasco", "pedro@")
    qtbot.waitUntil(lambda: bool(page.problems))
    table = page.table
    viewport = table.viewport().width()
    for column in (NAME_COLUMN, PROBLEMS_COLUMN):
        assert not table.isColumnHidden(column)
        left = table.columnViewportPosition(column)
        assert left >= 0 and left + table.columnWidth(column) <= viewport, column
    assert table.horizontalScrollBar().maximum() == 0  # nothing off to the right
    assert "correo" in table.item(1, PROBLEMS_COLUMN).text().lower()


def test_the_summary_says_one_and_many_and_names_who_has_problems(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    _to_team_page(qtbot, wizard)
    page = wizard.team_page
    _add(wizard, "Lucía Gómez")
    assert page.summary.text() == "1 persona en la lista: «Empezar» la añade."
    _add(wizard, "Pedro Ruiz", "pedro@")
    qtbot.waitUntil(lambda: bool(page.problems))
    assert page.summary.text() == (
        "2 personas en la lista. 1 con problemas (Pedro Ruiz): corríjala o quítela."
    )
    _add(wizard, "Eva Sanz", "eva@")
    qtbot.waitUntil(lambda: len(page.problems) == 2)
    assert page.summary.text() == (
        "3 personas en la lista. 2 con problemas (Pedro Ruiz, Eva Sanz): corríjalas o quítelas."
    )
    page.table.selectRow(2)
    page.remove_button.click()
    page.table.selectRow(1)
    page.remove_button.click()
    qtbot.waitUntil(lambda: not page.problems)
    assert "(s)" not in page.summary.text()
    _add(wizard, "Eva Sanz")
    assert page.summary.text() == "2 personas en la lista: «Empezar» las añade a todas."


@pytest.mark.parametrize(
    ("name", "login"),
    [
        ("Carmen Sáez Molina", "carmen.saez"),
        ("Óscar Pérez-Llorente", "oscar.perez-llorente"),
    ],
)
def test_the_administrators_login_is_the_house_rule(
    qtbot: QtBot, wizard: FirstRunWizard, name: str, login: str
) -> None:
    qtbot.keyClicks(wizard.agency_name, "Estudio Rojo")
    wizard.next()
    wizard.admin_name.insert(name)  # as typed or pasted (keyClicks cannot type «á»)
    assert wizard.admin_login.text() == login
