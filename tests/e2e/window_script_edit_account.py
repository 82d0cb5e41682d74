"""Acts in the real `agencia` window, run there by AGENCIA_TEST_SCRIPT (agencia/app.py).

As a person would: the rail's Cuentas, a search for the account, a click on its row, Ctrl+E,
a new phone typed into the form, a click on Guardar; then it waits until the page shows the
saved phone and prints the account's id and phone as JSON on standard output, for the test
to read the account back through the command line. Not a test module: pytest never imports
it (test_window_process.py hands its path to the process).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ACCOUNT = "Kola-Sierra Refrescos"
NEW_PHONE = "+34 963 000 123"


def wait_for(what: str, condition: Callable[[], object], timeout: float = 30) -> None:
    """Spin the real event loop until `condition()` holds (the Operations answer on it)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        QTest.qWait(20)


def run(window: Any, startup: Any) -> None:
    from agencia.domain.areas import AreaId
    from agencia.ui.accounts.account_form import AccountFormDialog

    left = Qt.MouseButton.LeftButton
    QTest.mouseClick(window.rail.buttons[AreaId.ACCOUNTS.value], left)
    controller = window.areas[AreaId.ACCOUNTS].controller
    wait_for("the accounts list", lambda: controller.model.loaded)

    view = controller.list_view
    QTest.keyClicks(view.search, "kola sierra")
    QTest.keyClick(view.search, Qt.Key.Key_Return)
    model = controller.model

    def one_match() -> bool:
        return model.loaded and model.rowCount() == 1 and model.record(0) is not None

    wait_for("the search to find the account", one_match)
    account_id = model.record_id(0)
    index = model.index(0, 0)
    view.table.scrollTo(index)
    QTest.mouseClick(view.table.viewport(), left, pos=view.table.visualRect(index).center())
    wait_for(
        "the account's page",
        lambda: controller.detail is not None and controller.detail.id == account_id,
    )
    assert controller.detail.trade_name == ACCOUNT, controller.detail.trade_name

    window.activateWindow()
    wait_for("the window to be active", window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wait_for("the edit form", lambda: isinstance(controller.dialog, AccountFormDialog))
    dialog = controller.dialog
    wait_for("the edit form to show", dialog.isVisible)
    dialog.phone.selectAll()
    QTest.keyClick(dialog.phone, Qt.Key.Key_Delete)
    QTest.keyClicks(dialog.phone, NEW_PHONE)
    wait_for("the form to accept it", dialog.save_button.isEnabled)
    QTest.mouseClick(dialog.save_button, left)
    wait_for("the form to close", lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    wait_for("the page to show the saved phone", lambda: controller.detail.phone == NEW_PHONE)
    QApplication.processEvents()
    print(json.dumps({"id": account_id, "phone": controller.detail.phone}), flush=True)
