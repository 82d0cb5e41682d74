"""A new account's time zone follows the country chosen for it (`zones.country_zone`,
the rule `account add --country` applies) until the person chooses one, as its locale
and currency do; an existing account's stays. A tester found every new account on UTC:
its SLA clock ran hours off its office hours."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import make_context, type_text, until
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


def test_a_new_accounts_zone_follows_its_country(qtbot: QtBot, agency: Agency) -> None:
    _area, dialog = _new_account_form(qtbot, agency)
    # the country it starts with is no choice yet: its locale, currency and zone the agency's
    assert (dialog.collect().locale, dialog.collect().time_zone) == ("", "")
    _choose_country(dialog, "MX")
    assert dialog.collect().time_zone == "America/Mexico_City"
    _choose_country(dialog, "AR")
    assert dialog.collect().time_zone == "America/Argentina/Buenos_Aires"
    _choose_country(dialog, "ES")
    assert dialog.collect().time_zone == "Europe/Madrid"
    dialog.reject()


def test_a_zone_typed_by_hand_is_kept(qtbot: QtBot, agency: Agency) -> None:
    _area, dialog = _new_account_form(qtbot, agency)
    _choose_country(dialog, "MX")
    line = dialog.time_zone.lineEdit()
    assert line is not None
    line.clear()
    type_text(line, "America/Tijuana")
    _choose_country(dialog, "CO")
    assert dialog.collect().time_zone == "America/Tijuana"
    dialog.reject()


def test_an_unknown_zone_is_said_under_its_field(qtbot: QtBot, agency: Agency) -> None:
    _area, dialog = _new_account_form(qtbot, agency)
    line = dialog.time_zone.lineEdit()
    assert line is not None
    line.clear()
    type_text(line, "Monterrey")
    assert "time_zone" in dialog.field_errors(dialog.collect())
    dialog.reject()


def test_an_existing_accounts_zone_is_shown_and_stays(qtbot: QtBot, agency: Agency) -> None:
    data = AccountInput(trade_name="Tacos Norte", country="MX", time_zone="America/Tijuana")
    made = create_account(agency.db, agency.admin, data)
    detail = get_account(agency.db, agency.admin, made.id)
    area, new = _new_account_form(qtbot, agency)
    new.reject()
    dialog = AccountFormDialog(area.controller.ops, agency.admin, FormOptions(), detail)
    qtbot.addWidget(dialog)
    assert dialog.time_zone.currentText() == "America/Tijuana"
    assert not dialog.is_changed()
    _choose_country(dialog, "CO")
    assert dialog.collect().time_zone == "America/Tijuana"
