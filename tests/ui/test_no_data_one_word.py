"""An account with nothing measured reads the same on every screen: «Sin datos» (No data)
in the health list, in its detail and on the account page's «Satisfacción» tab (the tab
said «Sin datos suficientes», and the detail stayed in Spanish in an English window)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_support import make_context
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain import account_health as ah
from agencia.services.satisfaction.health import AccountHealth, WorstHealth
from agencia.ui.formatting import locale_for
from agencia.ui.satisfaction.account_tab import SatisfactionTab
from agencia.ui.satisfaction.page_view import SatisfactionView
from agencia.ui.shell import i18n

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_world import World, satisfaction_world

WORD = {"es": "Sin datos", "en": "No data"}


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return satisfaction_world(sqlite_db)


@pytest.fixture(params=["es", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.install_translators(qapp, "es")


def test_nothing_measured_is_one_word_everywhere(qtbot: QtBot, world: World, language: str) -> None:
    page = SatisfactionView(locale_for("es_ES"))
    qtbot.addWidget(page)
    nothing = ah.health(ah.HealthInputs())
    page.set_health(WorstHealth((AccountHealth(7, "Cuenta Nueva", nothing),), 1))
    listed = page.health_model.index(0, 2).data()
    page.health_table.setCurrentIndex(page.health_model.index(0, 0))
    ctx, _ = make_context(world.db, world.actor("director"))
    tab = SatisfactionTab(ctx)
    qtbot.addWidget(tab)
    tab._fill(None)  # an account with nothing measured
    assert listed == WORD[language], "the health list"
    assert WORD[language] in page.health_detail.toPlainText().splitlines(), "the detail"
    assert tab.band.text() == WORD[language], "the account's tab"
