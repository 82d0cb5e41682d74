"""Undo and redo of saved edits, several steps deep, each a real save through the service
with its version check; Edit ▸ Undo/Redo name what they undo; Ctrl+Shift+Z and Ctrl+Y redo."""

from __future__ import annotations

from typing import Any, cast

import pytest
from factories import Agency, audit_events, small_agency
from gui_support import make_context, type_text, until
from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.areas import AreaId
from agencia.domain.enums import AuditAction
from agencia.services.accounts import queries as svc
from agencia.services.accounts.account_edit import input_from_detail, update_account
from agencia.ui.accounts.account_form import AccountFormDialog
from agencia.ui.accounts.area import AccountsArea
from agencia.ui.accounts.controller import AccountsController
from agencia.ui.actions import ActionId
from agencia.ui.area import AppContext
from agencia.ui.shell.window import MainWindow


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def open_accounts(qtbot: QtBot, agency: Agency) -> AccountsController:
    ctx, _recorder = make_context(agency.db, agency.actor("alvaro"))
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(until(lambda: area.controller.model.loaded))
    page._area = area  # type: ignore[attr-defined]  # kept alive with the page
    return area.controller


def edit_city(qtbot: QtBot, controller: AccountsController, account_id: int, city: str) -> None:
    controller.list_view.select_account(account_id)
    qtbot.waitUntil(until(lambda: controller.detail is not None))
    controller.edit_account()
    dialog = controller.dialog
    assert isinstance(dialog, AccountFormDialog)
    dialog.city.clear()
    type_text(dialog.city, city)
    dialog.save()
    qtbot.waitUntil(
        until(lambda: svc.get_account(controller.ctx.ops.db, SYSTEM, account_id).city == city)
    )


def city(agency: Agency, account_id: int) -> str:
    return svc.get_account(agency.db, SYSTEM, account_id).city


def test_undo_and_redo_go_several_steps_deep(qtbot: QtBot, agency: Agency) -> None:
    coca = agency.accounts["coca"]
    controller = open_accounts(qtbot, agency)
    for name in ("Bilbao", "Vigo", "Soria"):
        edit_city(qtbot, controller, coca, name)
    stack = controller.history.stack
    assert stack.count() == 3 and stack.undoText() == "Editar la cuenta «Coca-Cola»"
    stack.undo()
    stack.undo()
    assert city(agency, coca) == "Bilbao"
    stack.redo()
    assert city(agency, coca) == "Vigo"
    stack.undo()
    stack.undo()
    assert city(agency, coca) == "Madrid"
    assert not stack.canUndo()
    stack.redo()
    stack.redo()
    stack.redo()
    assert city(agency, coca) == "Soria"
    updates = [
        e for e in audit_events(agency.db, "account", coca) if e.action == AuditAction.UPDATE
    ]
    assert len(updates) == 3 + 8  # three edits, then every undo and redo a save of its own


def test_a_redo_after_someone_else_saved_is_a_conflict_and_overwrites_nothing(
    qtbot: QtBot, agency: Agency
) -> None:
    coca = agency.accounts["coca"]
    controller = open_accounts(qtbot, agency)
    edit_city(qtbot, controller, coca, "Bilbao")
    stack = controller.history.stack
    stack.undo()
    assert city(agency, coca) == "Madrid"
    detail = svc.get_account(agency.db, SYSTEM, coca)
    from dataclasses import replace

    update_account(
        agency.db, SYSTEM, coca, replace(input_from_detail(detail), city="Lugo"), detail.version
    )
    stack.redo()
    assert city(agency, coca) == "Lugo"  # theirs stays
    assert controller.last_message.startswith("No se puede deshacer: otra persona ha modificado")
    assert not stack.canRedo() and not stack.canUndo()


def test_the_edit_menu_undoes_redoes_and_edits_the_focused_field(
    qtbot: QtBot, agency: Agency, make_ops
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    ctx = AppContext(
        make_ops(agency.actor("alvaro")),
        window.registry,
        agency.actor("alvaro"),
        QLocale("es_ES"),
        "EUR",
    )
    window.install(ctx, "Agencia")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    edit = [
        a.objectName()
        for a in window.findChild(type(window.menuBar().actions()[0].menu()), "menu-edit").actions()
    ]
    for wanted in ("app.undo", "app.redo", "app.cut", "app.copy", "app.paste", "app.select_all"):
        assert wanted in edit, wanted
    redo = window.registry.get(ActionId.REDO)
    keys = {k.toString() for k in redo.shortcuts()}
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= keys
    assert (
        window.registry.get(ActionId.UNDO)
        .shortcut()
        .matches(QKeySequence(QKeySequence.StandardKey.Undo))
        == QKeySequence.SequenceMatch.ExactMatch
    )
    window.switch_to(AreaId.ACCOUNTS)
    controller = cast(Any, window.areas[AreaId.ACCOUNTS]).controller
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    coca = agency.accounts["coca"]
    edit_city(qtbot, controller, coca, "Bilbao")
    undo = window.registry.get(ActionId.UNDO)
    assert not window.registry.get(ActionId.REDO).isEnabled()
    assert undo.isEnabled() and "Coca-Cola" in undo.text()
    undo.trigger()
    qtbot.waitUntil(until(lambda: city(agency, coca) == "Madrid"))
    assert window.registry.get(ActionId.REDO).isEnabled()
    window.registry.get(ActionId.REDO).trigger()
    qtbot.waitUntil(until(lambda: city(agency, coca) == "Bilbao"))
    field = controller.list_view.search
    window.activateWindow()
    qtbot.waitUntil(until(window.isActiveWindow))
    field.setFocus()
    qtbot.waitUntil(until(lambda: QApplication.focusWidget() is field))
    field.setText("Coca")
    window.registry.get(ActionId.SELECT_ALL).trigger()
    assert field.selectedText() == "Coca"
    window.registry.get(ActionId.COPY).trigger()
    assert QApplication.clipboard().text() == "Coca"
    window.registry.get(ActionId.CUT).trigger()
    assert field.text() == ""
    window.registry.get(ActionId.PASTE).trigger()
    assert field.text() == "Coca"
    window.close_guard.allow = lambda _event: True  # type: ignore[method-assign, assignment]
