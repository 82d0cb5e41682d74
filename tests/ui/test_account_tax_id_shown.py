"""The account page and the accounts list show a tax ID as its country writes it
(a Chilean RUT 76.086.428-5); the edit field keeps the stored form."""

from __future__ import annotations

import pytest
from factories import Agency, add_account, small_agency
from gui_support import make_context, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.accounts.queries import get_account
from agencia.ui.accounts.account_form import AccountFormDialog, FormOptions
from agencia.ui.accounts.area import AccountsArea
from agencia.ui.accounts.list_model import COLUMNS


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def test_the_page_and_the_list_write_the_tax_id_as_its_country(
    qtbot: QtBot, agency: Agency
) -> None:
    chile = add_account(agency.db, "Viña Andes", country="CL", tax_id="76.086.428-5")
    assert get_account(agency.db, agency.admin, chile).tax_id == "760864285"  # stored bare
    ctx, _recorder = make_context(agency.db, agency.admin)
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    controller = area.controller
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    assert controller.list_view.select_account(chile)
    qtbot.waitUntil(until(lambda: controller.detail is not None and controller.detail.id == chile))
    assert "RUT 76.086.428-5" in controller.detail_view.subtitle.text()

    model = controller.model
    column = [key for key, _title in COLUMNS].index("tax_id")
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "Viña Andes")
    assert model.data(model.index(row, column)) == "76.086.428-5"

    detail = get_account(agency.db, agency.admin, chile)
    dialog = AccountFormDialog(controller.ops, agency.admin, FormOptions(), detail)
    qtbot.addWidget(dialog)
    assert dialog.tax_id.text() == "760864285"  # what is edited is what is stored
