"""«Fusionar con otra cuenta…» on the accounts page: an administrator's action; the dialog
names both accounts and what moves, confirms once; a save in between is refused whole."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import Agency, small_agency
from gui_support import make_context, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import Actor
from agencia.services.accounts import queries as svc
from agencia.services.accounts.account_edit import input_from_detail, update_account
from agencia.ui.accounts.area import AccountsArea
from agencia.ui.accounts.controller import AccountsController
from agencia.ui.accounts.merge_dialog import MergeDialog
from agencia.ui.actions import ActionId


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def _page(qtbot: QtBot, agency: Agency, actor: Actor) -> tuple[AccountsController, list[str]]:
    ctx, recorder = make_context(agency.db, actor)
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(until(lambda: area.controller.model.loaded))
    page._area = area  # type: ignore[attr-defined]  # kept alive with the page
    controller = area.controller
    controller.open_account(agency.accounts["coca"])
    qtbot.waitUntil(until(lambda: controller.detail is not None))
    return controller, recorder.toasts


def _choose(qtbot: QtBot, controller: AccountsController, agency: Agency) -> MergeDialog:
    controller.actions[ActionId.ACCOUNTS_MERGE].trigger()
    dialog = controller.dialog
    assert isinstance(dialog, MergeDialog)
    assert not dialog.merge_button.isEnabled()
    dialog.picker.set_choice(agency.accounts["garcia"], "Cervezas García")
    qtbot.waitUntil(until(lambda: dialog.merge_button.isEnabled()))
    return dialog


def test_an_administrator_merges_from_the_page(qtbot: QtBot, agency: Agency) -> None:
    controller, toasts = _page(qtbot, agency, agency.admin)
    action = controller.actions[ActionId.ACCOUNTS_MERGE]
    assert action.isEnabled() and action.text() == "Fusionar con otra cuenta…"
    dialog = _choose(qtbot, controller, agency)
    said = dialog.summary.text()
    assert "«Cervezas García»" in said and "«Coca-Cola»" in said
    assert "Equipo de la cuenta: 0 (1 se quedan con la duplicada" in said  # Álvaro leads both
    dialog.merge_button.click()
    qtbot.waitUntil(until(lambda: bool(toasts)))
    assert toasts[-1] == "«Cervezas García» se fusionó con «Coca-Cola»."
    ids = svc.search_account_ids(agency.db, agency.admin, svc.AccountQuery())
    assert agency.accounts["garcia"] not in ids and agency.accounts["coca"] in ids
    # the kept account's history says it, in words: what was merged, into what
    history = controller.detail_view.history_model
    qtbot.waitUntil(until(lambda: history.rowCount() > 0 and _first_what(history) != ""))
    assert _first_what(history) == "Fusión de cuentas"
    lines = [history.index(n, 0, history.index(0, 0)).data() for n in range(3)]
    assert lines[0].startswith("Cuenta fusionada: Cervezas García (#")
    assert lines[1].startswith("Cuenta conservada: Coca-Cola (#")


def _first_what(history: object) -> str:
    return str(history.index(0, 2).data() or "")  # type: ignore[attr-defined]


def test_a_save_in_between_refuses_the_merge(qtbot: QtBot, agency: Agency) -> None:
    controller, toasts = _page(qtbot, agency, agency.admin)
    dialog = _choose(qtbot, controller, agency)
    garcia = svc.get_account(agency.db, agency.admin, agency.accounts["garcia"])
    changed = replace(input_from_detail(garcia), city="Cádiz")
    # another workstation saves the duplicate while the dialog shows its plan
    update_account(agency.db, agency.admin, garcia.id, changed, garcia.version)
    dialog.merge_button.click()
    qtbot.waitUntil(until(lambda: bool(getattr(controller, "last_message", ""))))
    assert controller.last_message.startswith("Otra persona ha modificado este registro")
    assert not toasts
    ids = svc.search_account_ids(agency.db, agency.admin, svc.AccountQuery())
    assert agency.accounts["garcia"] in ids


def test_only_an_administrator_is_offered_the_merge(qtbot: QtBot, agency: Agency) -> None:
    controller, _toasts = _page(qtbot, agency, agency.actor("lucia"))
    action = controller.actions[ActionId.ACCOUNTS_MERGE]
    assert not action.isEnabled()
    assert "administrador" in action.toolTip()
