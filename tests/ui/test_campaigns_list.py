"""The campaigns list: mine by default, search as you type, filters, the board in its place,
per account, export, and a new campaign from Ctrl+N."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from campaign_world import Cast, build_cast, new_campaign, ready_for_development, version
from factories import add_account
from gui_support import Recorder, make_context, type_text, until
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.areas import AreaId
from agencia.domain.enums import CampaignKind, CampaignStatus
from agencia.services.campaigns import flow
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.ui.actions import ActionId
from agencia.ui.campaigns.area import CampaignsArea
from agencia.ui.campaigns.campaign_form import CampaignFormDialog, parse_amount
from agencia.ui.campaigns.controller import CampaignsController
from agencia.ui.campaigns.labels import status_chip
from agencia.ui.campaigns.list_model import (
    BUDGET_COLUMN,
    DEADLINE_COLUMN,
    STATUS_COLUMN,
    CampaignListModel,
)
from agencia.ui.widgets.status_chip import CHIP_ROLE

S = CampaignStatus


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    """Group A's supervisor owns «Navidad en familia»; the executive owns «Lanzamiento
    Isotónica» (in development); group B's executive owns «Banca joven»."""
    cast = build_cast(sqlite_db)
    cast.staff["c_launch"] = new_campaign(cast, name="Lanzamiento Isotónica")
    cast.staff["c_xmas"] = new_campaign(
        cast, owner="supervisor", name="Navidad en familia", budget="120000"
    )
    ready_for_development(cast, cast.staff["c_launch"])
    flow.move_campaign(
        cast.db,
        cast.actor("executive"),
        cast.staff["c_launch"],
        S.IN_DEVELOPMENT,
        version=version(cast, cast.staff["c_launch"]),
    )
    cast.staff["c_bank"] = create_campaign(
        cast.db,
        cast.actor("executive_b"),
        CampaignInput(
            account_id=cast.other_account_id,
            name="Banca joven",
            kind=CampaignKind.AWARENESS,
            budget="30000",
            deadline=date(2020, 3, 1),  # long past: overdue
        ),
    ).id
    return cast


def open_campaigns(
    qtbot: QtBot, cast: Cast, who: str = "supervisor"
) -> tuple[CampaignsArea, CampaignsController, Recorder]:
    ctx, recorder = make_context(cast.db, cast.actor(who))
    area = CampaignsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(until(page.isActiveWindow))
    controller = area.controller
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    return area, controller, recorder


def names(model: CampaignListModel) -> list[str]:
    return [model.index(n, 1).data() for n in range(model.rowCount())]


def test_the_list_is_mine_by_default_and_filters_as_people_type(
    qtbot: QtBot, qtmodeltester: Any, cast: Cast
) -> None:
    _area, controller, _ = open_campaigns(qtbot, cast, "supervisor")
    view, model = controller.list_view, controller.model
    qtmodeltester.check(model)
    assert view.mine.isChecked()
    assert names(model) == ["Navidad en familia"]  # the one she owns
    view.mine.setChecked(False)  # the whole group's; never group B's
    assert sorted(names(model)) == ["Lanzamiento Isotónica", "Navidad en familia"]
    assert view.count_label.text() == "2 campañas"
    qtmodeltester.check(model)

    type_text(view.search, "isotonica")  # accents and case ignored
    qtbot.waitUntil(until(lambda: names(model) == ["Lanzamiento Isotónica"]))
    view.search.clear()
    view.apply_filters()
    assert len(names(model)) == 2

    view.status_filter.setCurrentIndex(view.status_filter.findData(S.IN_DEVELOPMENT.value))
    view.status_filter.activated.emit(view.status_filter.currentIndex())
    assert names(model) == ["Lanzamiento Isotónica"]
    chip = model.index(0, STATUS_COLUMN).data(CHIP_ROLE)
    assert chip == status_chip(S.IN_DEVELOPMENT) and chip.text == "En desarrollo"
    view.status_filter.setCurrentIndex(view.status_filter.findData(S.CANCELLED.value))
    view.status_filter.activated.emit(view.status_filter.currentIndex())
    assert model.rowCount() == 0
    assert view.empty_kind == "no_match"
    assert view.stack.currentWidget() is view.empty
    assert view.empty.title.text() == "No hay campañas que coincidan"


def test_money_dates_and_overdue_deadlines_as_the_agency_writes_them(
    qtbot: QtBot, cast: Cast
) -> None:
    _area, controller, _ = open_campaigns(qtbot, cast, "admin")
    model = controller.model
    assert not controller.list_view.mine.isChecked()  # an administrator has no campaigns
    assert model.rowCount() == 3
    row = model.row_of(cast.staff["c_xmas"])
    assert model.index(row, BUDGET_COLUMN).data() == "120.000,00\u00a0€"
    assert model.index(row, BUDGET_COLUMN).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )
    assert model.index(row, DEADLINE_COLUMN).data() == "20 dic 2026"
    bank = model.row_of(cast.staff["c_bank"])
    assert model.index(bank, 0).data().startswith("C")  # its code
    assert model.index(bank, DEADLINE_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Vencida" in model.index(bank, DEADLINE_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, DEADLINE_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is None


def test_sorting_is_asked_of_sql_and_the_brand_column_does_not_sort(
    qtbot: QtBot, cast: Cast
) -> None:
    _area, controller, _ = open_campaigns(qtbot, cast, "admin")
    view, model = controller.list_view, controller.model
    header = view.table.horizontalHeader()
    header.setSortIndicator(BUDGET_COLUMN, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "budget" and model.query.descending
    assert names(model)[0] == "Navidad en familia"
    header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # Marca: no SQL order
    assert header.sortIndicatorSection() == BUDGET_COLUMN
    assert model.query.sort == "budget"


def test_enter_opens_a_campaign_and_back_keeps_the_list(qtbot: QtBot, cast: Cast) -> None:
    _area, controller, _ = open_campaigns(qtbot, cast, "supervisor")
    view = controller.list_view
    view.mine.setChecked(False)
    view.search.setText("navidad")
    view.apply_filters()
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(until(lambda: controller.page.showing_campaign))
    assert controller.detail is not None and controller.detail.id == cast.staff["c_xmas"]
    assert controller.detail_view.title.text() == "Navidad en familia"
    assert controller.actions["campaigns.edit"].isEnabled()
    controller.actions["campaigns.back"].trigger()
    assert not controller.page.showing_campaign
    assert view.search.text() == "navidad"
    assert view.selected_id == cast.staff["c_xmas"]


def test_the_board_shows_the_same_campaigns_in_place_of_the_list(qtbot: QtBot, cast: Cast) -> None:
    _area, controller, _ = open_campaigns(qtbot, cast, "supervisor")
    view = controller.list_view
    view.mine.setChecked(False)
    view.board_button.click()
    assert view.mode == "board"
    assert view.stack.currentWidget() is controller.board
    assert set(controller.board.rows) == {cast.staff["c_launch"], cast.staff["c_xmas"]}
    controller.board.open_requested.emit(cast.staff["c_launch"])
    qtbot.waitUntil(until(lambda: controller.page.showing_campaign))
    controller.back_to_list()
    assert view.stack.currentWidget() is controller.board  # still the board
    view.list_button.click()
    assert view.stack.currentWidget() is view.table


def test_an_accounts_campaigns_and_its_empty_state(qtbot: QtBot, cast: Cast) -> None:
    _area, controller, recorder = open_campaigns(qtbot, cast, "director")
    action = controller.ctx.actions.get(ActionId.CAMPAIGNS_OF_ACCOUNT)
    assert action.text() == "Campañas de la cuenta"
    assert not action.isEnabled()  # no account page shows
    # what the account page tells the shell
    controller.ctx.shown.show(AreaId.ACCOUNTS, cast.account_id, "Bebidas Sol de Mayo")
    assert action.isEnabled()
    action.trigger()
    assert recorder.navigations[-1] == ("campaigns", None)
    view = controller.list_view
    assert not view.mine.isChecked()
    assert view.account_filter.text() == "Bebidas Sol de Mayo"
    assert sorted(names(controller.model)) == ["Lanzamiento Isotónica", "Navidad en familia"]

    empty = add_account(
        cast.db, "Cafés Montaña", group_id=cast.actor("director").group_id, lead_id=None
    )
    controller.show_account(empty, "Cafés Montaña")
    assert controller.model.rowCount() == 0
    assert view.empty_kind == "account"
    assert view.empty.title.text() == "Aún no hay campañas para esta cuenta"
    assert view.empty.button.text() == "Crear campaña"


def test_export_writes_the_list_as_filtered(qtbot: QtBot, cast: Cast, tmp_path: Path) -> None:
    _area, controller, recorder = open_campaigns(qtbot, cast, "admin")
    controller.list_view.search.setText("navidad")
    controller.list_view.apply_filters()
    controller.export_to(tmp_path / "campañas")
    written = tmp_path / "campañas.csv"
    header = written.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("id;code;name;")  # the agency's separator: es_ES writes 1,5 so ";"
    with written.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [r["name"] for r in rows] == ["Navidad en familia"]
    assert recorder.toasts[-1] == "1 campaña exportada a campañas.csv"


def test_export_in_english_uses_commas(qtbot: QtBot, cast: Cast, tmp_path: Path) -> None:
    ctx, _recorder = make_context(cast.db, cast.admin, locale="en_GB")
    area = CampaignsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(until(lambda: area.controller.model.loaded))
    area.controller.export_to(tmp_path / "campaigns.csv")
    header = (tmp_path / "campaigns.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("id,code,name,")
    ctx.ops.shutdown()


def test_ctrl_n_opens_the_form_which_validates_beside_the_field_and_creates(
    qtbot: QtBot, cast: Cast
) -> None:
    _area, controller, recorder = open_campaigns(qtbot, cast, "executive")
    controller.show_account(cast.account_id, "Bebidas Sol de Mayo")
    qtbot.keyClick(controller.list_view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(until(lambda: controller.dialog is not None))
    dialog = controller.dialog
    assert isinstance(dialog, CampaignFormDialog)
    assert dialog.windowTitle() == "Nueva campaña"
    assert dialog.account.currentData() == cast.account_id  # the list's account
    assert dialog.brand.currentData() == cast.brand_id  # the account's only brand
    assert dialog.owner.currentData() == cast.staff["executive"]
    assert not dialog.save_button.isEnabled()  # no name yet
    type_text(dialog.name, "Verano sin azúcar")
    type_text(dialog.budget, "12,5,0")
    assert dialog.form.error("budget") == "Importe no válido."
    assert not dialog.save_button.isEnabled()
    dialog.budget.clear()
    type_text(dialog.budget, "35.000,50")
    assert dialog.form.error("budget") == ""
    dialog.start.set_value(date(2026, 6, 1))
    dialog.deadline.set_value(date(2026, 5, 1))
    assert dialog.form.error("deadline") != ""
    dialog.deadline.set_value(date(2026, 8, 31))
    assert dialog.save_button.isEnabled()
    dialog.save()
    qtbot.waitUntil(until(lambda: controller.page.showing_campaign))
    detail = controller.detail
    assert detail is not None and detail.row.name == "Verano sin azúcar"
    assert str(detail.row.budget) == "35000.50"
    assert recorder.toasts[-1] == "Campaña «Verano sin azúcar» creada"


def test_amounts_are_read_the_agencys_way_or_plainly() -> None:
    from PySide6.QtCore import QLocale

    es = QLocale("es_ES")
    assert str(parse_amount("40.000", es)) == "40000.00"
    assert str(parse_amount("40.000,5", es)) == "40000.50"
    assert str(parse_amount("40000.50", es)) == "40000.50"
    assert str(parse_amount("1.250.000 €", es)) == "1250000.00"
    assert str(parse_amount("0,001", es)) == "0.001"  # the service refuses it, not rounded to 0
    assert parse_amount("  ", es) is None
    for wrong in ("abc", "-5", "1e15"):
        with pytest.raises(ValueError):
            parse_amount(wrong, es)


def test_the_account_page_offers_its_campaigns(qtbot: QtBot, cast: Cast) -> None:
    from agencia.ui.accounts.area import AccountsArea

    ctx, recorder = make_context(cast.db, cast.actor("director"))
    accounts = AccountsArea(ctx)  # the window creates the accounts area first
    campaigns = CampaignsArea(ctx)
    page = accounts.widget()
    qtbot.addWidget(page)
    qtbot.addWidget(campaigns.widget())
    page.show()
    accounts.activated()
    accounts.open_record(cast.account_id)
    controller = accounts.controller
    qtbot.waitUntil(until(lambda: controller.detail is not None))
    button = controller.detail_view.header_buttons_by_id[ActionId.CAMPAIGNS_OF_ACCOUNT]
    assert button.isEnabled() and button.text() == "Campañas de la cuenta"
    button.click()
    assert recorder.navigations[-1] == ("campaigns", None)
    view = campaigns.controller.list_view
    qtbot.waitUntil(until(lambda: view.account_filter.text() == "Bebidas Sol de Mayo"))
    qtbot.waitUntil(until(lambda: campaigns.controller.model.rowCount() == 2))
