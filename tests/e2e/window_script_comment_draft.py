"""Acts in the real `agencia` window, run there by AGENCIA_TEST_SCRIPT (agencia/app.py).

Two runs, chosen by AGENCIA_DRAFT_STEP. "crash": opens a campaign whose brief waits for
the signed-in person's decision, clicks «Pedir cambios…» on its Aprobaciones tab, types
the comment, waits until its draft is on disk, prints the campaign and the file as JSON
and kills its own process (SIGKILL: no closeEvent, nothing sent). "restore": the next
start offers the draft; it clicks Recuperar (the campaign opens), clicks «Pedir
cambios…» again, reads what the comment dialog holds, closes it with Esc and answers
Descartar, then prints what it saw. Not a test module (test_comment_draft_process.py).

The comment dialog runs modal (`exec`): while it is open, a timer drives it.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

TYPED = "Cambiar el tono: mas cercano, y el titular mas corto"


def wait_for(what: str, condition: Callable[[], object], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        QTest.qWait(20)


def _deciding(startup: Any) -> int:
    """A campaign whose brief waits for the signed-in person's decision."""
    from agencia.domain.enums import CampaignStatus
    from agencia.services.campaigns.queries import get_campaign

    for campaign_id in range(1, 500):
        try:
            detail = get_campaign(startup.db, startup.actor, campaign_id)
        except Exception:  # not there, or not theirs to see
            continue
        if (
            detail.status is CampaignStatus.BRIEF
            and detail.latest_brief is not None
            and detail.brief_decision is None
        ):
            return campaign_id
    raise AssertionError("no brief waits for the signed-in person")


def _panel(window: Any, campaign_id: int) -> Any:
    """The campaign page's Aprobaciones tab, once it shows `campaign_id`."""
    from agencia.ui.campaigns.brief_tab import BriefTab
    from agencia.ui.campaigns.detail_view import TAB_APPROVALS, CampaignDetailView

    def shown() -> bool:
        brief = window.findChild(BriefTab)
        return brief is not None and brief.shows(campaign_id)

    wait_for("the campaign", shown)
    view = window.findChild(CampaignDetailView)
    view.tabs.setCurrentIndex(TAB_APPROVALS)
    panel = view.approval_panel
    wait_for(
        "its approvals",
        lambda: (
            panel.detail is not None
            and panel.detail.id == campaign_id
            and panel.changes_brief.isEnabled()
        ),
    )
    return panel


def _comment_dialog() -> Any:
    from agencia.ui.campaigns.approval_panel import CommentDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CommentDialog) and widget.isVisible():
            return widget
    return None


def _drive(step: Callable[[], bool]) -> QTimer:
    """Call `step` every 20 ms (inside the dialog's own loop) until it says it is done."""
    timer = QTimer()
    timer.setInterval(20)

    def tick() -> None:
        if step():
            timer.stop()

    timer.timeout.connect(tick)
    timer.start()
    return timer


def run(window: Any, startup: Any) -> None:
    from agencia.domain.areas import AreaId
    from agencia.ui import drafts
    from agencia.ui.widgets.unsaved import UnsavedPrompt

    store = drafts.store_for(startup.db)
    if os.environ["AGENCIA_DRAFT_STEP"] == "crash":
        assert startup.drafts_offer is None  # nothing left behind yet
        campaign_id = _deciding(startup)
        window.switch_to(AreaId.CAMPAIGNS)
        window.navigate(AreaId.CAMPAIGNS, campaign_id)
        panel = _panel(window, campaign_id)
        deadline = time.monotonic() + 30

        def crash() -> bool:
            dialog = _comment_dialog()
            if dialog is None:
                return False
            if time.monotonic() > deadline:  # no draft came: close it, and fail below
                dialog.done(0)
                return True
            if not dialog.text.toPlainText():
                dialog.text.setFocus()
                QTest.keyClicks(dialog.text, TYPED)
                return False
            if not store.left_behind():
                return False
            (draft,) = store.left_behind()
            print(json.dumps({"campaign": campaign_id, "draft": str(draft.path)}), flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
            return True

        driver = _drive(crash)
        QTest.mouseClick(panel.changes_brief, Qt.MouseButton.LeftButton)  # runs modal
        driver.stop()
        raise AssertionError("no draft of the comment was written")

    offer = startup.drafts_offer
    assert offer is not None and offer.isVisible(), "the drafts were not offered"
    titles = [offer.list.item(n).text().splitlines()[0] for n in range(offer.list.count())]
    (left,) = store.left_behind()
    QTest.mouseClick(offer.restore_button, Qt.MouseButton.LeftButton)
    reopened = left.record_id()
    assert reopened is not None
    panel = _panel(window, reopened)
    seen: dict[str, Any] = {}

    def restore() -> bool:
        dialog = _comment_dialog()
        if dialog is None:
            return False
        if "comment" not in seen:
            seen["comment"] = dialog.text.toPlainText()
            seen["note"] = dialog.restored_note.isVisible()
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
            return False
        prompts = [p for p in dialog.findChildren(UnsavedPrompt) if p.isVisible()]
        if not prompts:
            return False
        prompts[0].discard_button.click()
        return True

    driver = _drive(restore)
    QTest.mouseClick(panel.changes_brief, Qt.MouseButton.LeftButton)  # runs modal
    driver.stop()
    QApplication.processEvents()
    print(json.dumps({"offered": titles, **seen, "left": len(store.left_behind())}), flush=True)
