"""«Umbrales de aprobación…» opens once its read answers; ApprovalActions._window() gives
it whichever window is active by then as its parent, so a dialog the person opened
meanwhile (deleted on closing) takes the thresholds with it. The same defect made
test_approval_dialogs fail after test_profile_dialog ("ThresholdsDialog already
deleted"). agencia/ui/campaigns/ is another engineer's: reported, and marked here until
it is fixed there (strict: this test fails as soon as it passes)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from campaign_world import build_cast
from gui_support import held_read, make_context, until
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.ui.campaigns import approval_actions as module
from agencia.ui.campaigns.approval_actions import THRESHOLDS
from agencia.ui.campaigns.area import CampaignsArea, create
from agencia.ui.campaigns.thresholds_dialog import ThresholdsDialog


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The thresholds' read waits for the test's word (a slow reader on a busy machine)."""
    with held_read(monkeypatch, module, "get_thresholds") as gate:
        yield gate


def test_a_dialog_closed_meanwhile_does_not_take_the_thresholds_with_it(
    qtbot: QtBot, sqlite_db: Database, held: threading.Event
) -> None:
    cast = build_cast(sqlite_db)
    ctx, _recorder = make_context(cast.db, cast.admin, synchronous=False)
    area = create(ctx)
    assert isinstance(area, CampaignsArea)
    area.setParent(ctx.ops)
    actions = area.approval_actions
    ctx.actions.get(THRESHOLDS).trigger()  # read on a reader …
    other = QDialog()  # … while the person opens another dialog
    other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(until(other.isActiveWindow))
    gone: list[bool] = []
    other.destroyed.connect(lambda *_a: gone.append(True))
    held.set()  # the answer comes with that dialog active
    qtbot.waitUntil(until(lambda: actions.dialog is not None))
    dialog = actions.dialog
    assert isinstance(dialog, ThresholdsDialog)
    other.close()
    qtbot.waitUntil(until(lambda: gone))
    try:
        assert shiboken6.isValid(dialog), "the thresholds went with the other dialog"
        assert dialog.isVisible()
    finally:
        if shiboken6.isValid(dialog):
            dialog.done(0)
        actions.dialog = None
