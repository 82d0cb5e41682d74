"""The accounts list's filters: «Quitar filtros» clears the search and every filter in one
go (and shows only while something filters), «Mis cuentas» is remembered, a filter takes
several values, and offers only the groups and people the person can see."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import make_context, type_text, until
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.ui.accounts.area import AccountsArea
from agencia.ui.accounts.controller import AccountsController


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def open_accounts(qtbot: QtBot, agency: Agency, who: str = "alvaro") -> AccountsController:
    actor = agency.admin if who == "admin" else agency.actor(who)
    ctx, _recorder = make_context(agency.db, actor)
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


def _names(controller: AccountsController) -> list[str]:
    model = controller.model
    return sorted(str(model.data(model.index(r, 0))) for r in range(model.rowCount()))


# an open list on the offscreen platform says it cannot raise or grab: harmless there
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_a_filter_takes_more_than_one_value(qtbot: QtBot, agency: Agency) -> None:
    """Two statuses ticked in the open list (it stays open), the list shows either; the
    closed box says how many, its tooltip which."""
    controller = open_accounts(qtbot, agency, "lucia")
    view = controller.list_view
    view.mine.setChecked(False)
    qtbot.waitUntil(until(lambda: view.model.loaded and view.model.rowCount() == 4))
    combo = view.status_filter
    combo.showPopup()
    qtbot.waitUntil(until(lambda: combo.view().isVisible()))
    for status in ("prospect", "paused"):
        row = combo.findData(status)
        rect = combo.view().visualRect(combo.view().model().index(row, 0))
        qtbot.mouseClick(combo.view().viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert combo.view().isVisible()  # still open: several in one visit
    combo.hidePopup()
    qtbot.waitUntil(until(lambda: _names(controller) == ["Cervezas García", "L'Oréal"]))
    assert combo.summary() == "Estado (2)"
    assert combo.toolTip() == "Estado: Prospecto, En pausa"
    assert view.clear_filters.isVisible()
    view.group_filter.set_chosen([agency.groups["consumo"]])
    view.apply_filters()
    qtbot.waitUntil(until(lambda: _names(controller) == ["Cervezas García", "L'Oréal"]))
    view.clear_filters.click()
    qtbot.waitUntil(until(lambda: view.model.rowCount() == 4))
    assert combo.chosen() == [] and combo.summary() == "Estado"


def test_the_filters_offer_only_the_groups_and_people_one_can_see(
    qtbot: QtBot, agency: Agency
) -> None:
    def offered(combo: object) -> list[str]:
        return [combo.itemText(n) for n in range(1, combo.count())]  # type: ignore[attr-defined]

    executive = open_accounts(qtbot, agency, "alvaro").list_view
    qtbot.waitUntil(until(lambda: executive.group_filter.count() > 1))
    assert offered(executive.group_filter) == ["Gran Consumo"]  # not Servicios
    assert "Raúl Jiménez Prieto" not in offered(executive.executive_filter)
    assert "Álvaro García Rubio" in offered(executive.executive_filter)
    admin = open_accounts(qtbot, agency, "admin").list_view
    qtbot.waitUntil(until(lambda: admin.group_filter.count() > 2))
    assert offered(admin.group_filter) == ["Gran Consumo", "Servicios y Tecnología"]
    assert "Raúl Jiménez Prieto" in offered(admin.executive_filter)


def test_the_open_list_is_wide_enough_to_read_every_choice(qtbot: QtBot, agency: Agency) -> None:
    view = open_accounts(qtbot, agency, "admin").list_view
    qtbot.waitUntil(until(lambda: view.executive_filter.count() > 2))
    combo = view.executive_filter
    widest = max(
        combo.fontMetrics().horizontalAdvance(combo.itemText(n)) for n in range(combo.count())
    )
    assert combo.view().minimumWidth() > widest
    # the closed box asks for the filter's size (the row may share spare room out)
    assert combo.sizeHint().width() < widest + 40
