"""A new account's locale and currency follow the country chosen for it (the rule the
command line applies, `country_defaults`) until the person chooses them; an existing
account's never change with its country."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import make_context, type_text, until
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.accounts.queries import get_account
from agencia.ui.accounts.account_form import AccountFormDialog, FormOptions
from agencia.ui.accounts.area import AccountsArea


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def _new_account_form(qtbot: QtBot, agency: Agency) -> tuple[AccountsArea, AccountFormDialog]:
    ctx, _recorder = make_context(agency.db, agency.admin)
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(until(lambda: area.controller.model.loaded))
    area.controller.new_account()
    dialog = area.controller.dialog
    assert isinstance(dialog, AccountFormDialog)
    return area, dialog


def _choose_country(dialog: AccountFormDialog, code: str) -> None:
    dialog.country.setCurrentIndex(dialog.country.findData(code))


def test_a_new_accounts_locale_and_currency_follow_its_country(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, dialog = _new_account_form(qtbot, agency)
    _choose_country(dialog, "MX")
    assert (dialog.collect().locale, dialog.collect().currency) == ("es_MX", "MXN")
    _choose_country(dialog, "CL")
    assert (dialog.collect().locale, dialog.collect().currency) == ("es_CL", "CLP")
    _choose_country(dialog, "US")  # Spanish is not its language: the agency's locale
    assert (dialog.collect().locale, dialog.collect().currency) == ("", "USD")
    dialog.reject()


def test_a_choice_made_by_hand_is_kept(qtbot: QtBot, agency: Agency) -> None:
    _area, dialog = _new_account_form(qtbot, agency)
    _choose_country(dialog, "MX")
    dialog.locale_box.setFocus()
    QTest.keyClick(dialog.locale_box, Qt.Key.Key_Home)  # the person: "La de la agencia"
    assert dialog.collect().locale == ""
    _choose_country(dialog, "AR")  # the locale chosen stays; the currency still follows
    assert (dialog.collect().locale, dialog.collect().currency) == ("", "ARS")
    line = dialog.currency.lineEdit()
    assert line is not None
    line.clear()
    type_text(line, "USD")
    _choose_country(dialog, "CO")
    assert (dialog.collect().locale, dialog.collect().currency) == ("", "USD")
    dialog.reject()


def test_an_existing_accounts_locale_and_currency_stay(qtbot: QtBot, agency: Agency) -> None:
    data = AccountInput(trade_name="Tacos Norte", country="MX", locale="", currency="USD")
    made = create_account(agency.db, agency.admin, data)
    detail = get_account(agency.db, agency.admin, made.id)
    area, _new = _new_account_form(qtbot, agency)
    _new.reject()
    dialog = AccountFormDialog(area.controller.ops, agency.admin, FormOptions(), detail)
    qtbot.addWidget(dialog)
    _choose_country(dialog, "CO")
    assert (dialog.collect().locale, dialog.collect().currency) == ("", "USD")
