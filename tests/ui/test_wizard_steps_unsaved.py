"""The first-run wizard's first two steps (the agency, its first administrator) are not
dropped unasked: before the agency exists, Cancelar, Esc or the title bar with anything
typed asks whether to discard it — Descartar closes, Cancelar stays with everything as it
was. Nothing typed closes at once, as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from wizard_support import open_wizard, prompt_of

from agencia.ui.auth.wizard import FirstRunWizard
from agencia.ui.ops import Operations
from agencia.ui.widgets.unsaved import UnsavedPrompt


@pytest.fixture(autouse=True)
def drafts_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Drafts go to the user's data folder: each test has its own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "agencia" / "drafts"


@pytest.fixture
def wizard(qtbot: QtBot, make_ops: Callable[..., Operations]) -> FirstRunWizard:
    return open_wizard(qtbot, make_ops())


def _close(qtbot: QtBot, wizard: FirstRunWizard, how: str) -> None:
    if how == "cancel":
        wizard.button(QWizard.WizardButton.CancelButton).click()
    elif how == "escape":
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    else:
        wizard.close()


@pytest.mark.parametrize("how", ["cancel", "escape", "close"])
def test_the_agency_typed_asks_before_closing_and_cancel_keeps_it(
    qtbot: QtBot, wizard: FirstRunWizard, how: str
) -> None:
    qtbot.keyClicks(wizard.agency_name, "Estudio Rojo")
    _close(qtbot, wizard, how)
    prompt = prompt_of(wizard)
    assert prompt.text() == "¿Descartar los datos de la agencia?"
    assert prompt.informativeText() == (
        "La agencia aún no se ha creado: si descarta, se perderá lo escrito. "
        "Para crearla, pulse Cancelar y complete el asistente."
    )
    assert prompt.save_button is None
    prompt.cancel_button.click()
    assert wizard.isVisible() and wizard.currentPage() is wizard.agency_page
    assert wizard.agency_name.text() == "Estudio Rojo"
    _close(qtbot, wizard, how)
    with qtbot.waitSignal(wizard.rejected):
        prompt_of(wizard).discard_button.click()
    assert not wizard.isVisible()


@pytest.mark.parametrize("how", ["cancel", "escape", "close"])
def test_the_administrator_typed_is_named_in_the_question(
    qtbot: QtBot, wizard: FirstRunWizard, how: str
) -> None:
    qtbot.keyClicks(wizard.agency_name, "Estudio Rojo")
    wizard.next()
    qtbot.keyClicks(wizard.admin_password, "secreto")  # even a password alone
    _close(qtbot, wizard, how)
    prompt = prompt_of(wizard)
    assert prompt.text() == "¿Descartar los datos de la agencia y de su primer administrador?"
    prompt.cancel_button.click()
    assert wizard.currentPage() is wizard.admin_page
    assert wizard.admin_password.text() == "secreto"
    wizard.reject()
    with qtbot.waitSignal(wizard.rejected):
        prompt_of(wizard).discard_button.click()


@pytest.mark.parametrize("how", ["cancel", "escape", "close"])
def test_nothing_typed_closes_without_asking(
    qtbot: QtBot, wizard: FirstRunWizard, how: str
) -> None:
    with qtbot.waitSignal(wizard.rejected):
        _close(qtbot, wizard, how)
    assert not wizard.isVisible()
    assert not wizard.findChildren(UnsavedPrompt)
