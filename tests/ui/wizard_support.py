"""The first-run wizard in the GUI tests: opened as start-up opens it on an empty database,
and taken through its first two steps (the agency and its administrator created) to its
team page — one set-up for every wizard test, so that they all walk the same way."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from agencia.ui.auth.wizard import FirstRunWizard
from agencia.ui.ops import Operations
from agencia.ui.widgets.unsaved import UnsavedPrompt

TEAM = ("Lucía Gómez", "Pedro Ruiz", "Eva Sanz")


def open_wizard(
    qtbot: QtBot, ops: Operations, *, size: tuple[int, int] | None = None, crashes: bool = False
) -> FirstRunWizard:
    """The wizard shown (`size`: e.g. its smallest, what a small screen gets); `crashes`:
    the test destroys it, so pytest-qt must not close it afterwards."""
    wizard = FirstRunWizard(ops)
    if not crashes:
        qtbot.addWidget(wizard)
    if size is not None:
        wizard.resize(*size)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def to_team_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    """The agency «Estudio Rojo» and its administrator Ana Torres created: the team page."""
    qtbot.keyClicks(wizard.agency_name, "Estudio Rojo")
    wizard.next()
    qtbot.keyClicks(wizard.admin_name, "Ana Torres")
    qtbot.keyClicks(wizard.admin_password, "secreto-largo")
    qtbot.keyClicks(wizard.admin_password2, "secreto-largo")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.currentPage() is wizard.team_page


def list_team(wizard: FirstRunWizard, names: tuple[str, ...] = TEAM) -> None:
    """`names` typed one by one into the team page's list (none added to the agency yet)."""
    page = wizard.team_page
    for name in names:
        page.name.setText(name)
        page.add_button.click()


def draft_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def crash(wizard: FirstRunWizard) -> None:
    """The process killed: the wizard gone without closing, nothing asked."""
    shiboken6.delete(wizard)
    QApplication.processEvents()


def prompt_of(wizard: FirstRunWizard) -> UnsavedPrompt:
    """The one question the wizard has open."""
    (prompt,) = [p for p in wizard.findChildren(UnsavedPrompt) if p.isVisible()]
    return prompt
