"""The accounts list's filters: «Quitar filtros» clears the search and every filter in one
go (and shows only while something filters), and «Mis cuentas» is remembered."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import make_context, type_text, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.ui.accounts.area import AccountsArea
from agencia.ui.accounts.controller import AccountsController


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def open_accounts(qtbot: QtBot, agency: Agency, who: str = "alvaro") -> AccountsController:
    ctx, _recorder = make_context(agency.db, agency.actor(who))
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(until(lambda: area.controller.model.loaded))
    page._area = area  # type: ignore[attr-defined]  # kept alive with the page
    return area.controller


def test_clear_filters_puts_everything_back_at_once(qtbot: QtBot, agency: Agency) -> None:
    controller = open_accounts(qtbot, agency)
    view = controller.list_view
    view.mine.setChecked(False)
    qtbot.waitUntil(until(lambda: view.model.loaded))
    everything = view.model.rowCount()
    assert not view.clear_filters.isVisible()
    view.status_filter.setCurrentIndex(1)
    view.apply_filters()
    type_text(view.search, "coca")
    view.apply_filters()
    qtbot.waitUntil(until(lambda: view.model.rowCount() < everything))
    assert view.clear_filters.isVisible()
    view.clear_filters.click()
    qtbot.waitUntil(until(lambda: view.model.rowCount() == everything))
    assert view.search.text() == "" and view.status_filter.currentIndex() == 0
    assert not view.clear_filters.isVisible()
    assert not view.mine.isChecked()  # the scope is not a filter to clear


def test_mis_cuentas_is_remembered(qtbot: QtBot, agency: Agency) -> None:
    first = open_accounts(qtbot, agency)
    assert first.list_view.mine.isChecked()  # an executive starts on their own accounts
    first.list_view.mine.setChecked(False)
    again = open_accounts(qtbot, agency)
    assert not again.list_view.mine.isChecked()
    again.list_view.mine.setChecked(True)
    assert open_accounts(qtbot, agency).list_view.mine.isChecked()
