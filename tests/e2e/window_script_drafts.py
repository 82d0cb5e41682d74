"""Acts in the real `agencia` window, run there by AGENCIA_TEST_SCRIPT (agencia/app.py).

Two runs, chosen by AGENCIA_DRAFT_STEP. "crash": opens a campaign the signed-in person
may edit, types into its brief, waits until the draft file is on disk, prints the campaign
and the file as JSON and kills its own process (SIGKILL: no closeEvent, nothing saved).
"restore": the next start offers the draft; it clicks Recuperar, waits until the brief
shows the text again, then closes the window, answers Descartar to the question about
the unsaved brief and prints what it saw. Not a test module (test_drafts_process.py).
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

TYPED = "Objetivo escrito antes del fallo"


def wait_for(what: str, condition: Callable[[], object], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        QTest.qWait(20)


def _brief(window: Any, kind: type, campaign_id: int) -> Any:
    """The window's brief tab once it shows that campaign (None before)."""
    brief = window.findChild(kind)
    return brief if brief is not None and brief.shows(campaign_id) else None


def run(window: Any, startup: Any) -> None:
    from agencia.domain.areas import AreaId
    from agencia.services.campaigns.queries import get_campaign
    from agencia.ui import drafts
    from agencia.ui.campaigns.brief_tab import BriefTab

    store = drafts.store_for(startup.db)
    if os.environ["AGENCIA_DRAFT_STEP"] == "crash":
        assert startup.drafts_offer is None  # nothing left behind yet
        window.switch_to(AreaId.CAMPAIGNS)
        controller = window.areas[AreaId.CAMPAIGNS].controller
        wait_for("the campaigns list", lambda: controller.model.loaded)
        ids = [controller.model.record_id(n) for n in range(controller.model.rowCount())]
        editable = next(i for i in ids if get_campaign(startup.db, startup.actor, i).can_edit)
        window.navigate(AreaId.CAMPAIGNS, editable)
        # the campaign page joins the window when first needed: look for its brief anew
        wait_for("the campaign's brief", lambda: _brief(window, BriefTab, editable))
        brief = _brief(window, BriefTab, editable)
        assert brief is not None
        editor = brief.editors["objectives"]
        editor.setFocus()
        editor.selectAll()
        QTest.keyClicks(editor, TYPED)
        wait_for("the draft on disk", store.left_behind)
        (draft,) = store.left_behind()
        print(json.dumps({"campaign": editable, "draft": str(draft.path)}), flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        return

    offer = startup.drafts_offer
    assert offer is not None and offer.isVisible(), "the drafts were not offered"
    titles = [offer.list.item(n).text() for n in range(offer.list.count())]
    QTest.mouseClick(offer.restore_button, Qt.MouseButton.LeftButton)

    def shows_the_draft() -> bool:
        brief = window.findChild(BriefTab)
        return brief is not None and brief.editors["objectives"].toPlainText() == TYPED

    wait_for("the brief to show the draft", shows_the_draft)
    window.close()
    guard = window.close_guard
    wait_for("the question about the unsaved brief", lambda: guard.prompt is not None)
    question = guard.prompt.text()
    guard.prompt.discard_button.click()
    wait_for("the window to close", lambda: not window.isVisible())
    QApplication.processEvents()
    print(
        json.dumps({"offered": titles, "question": question, "left": len(store.left_behind())}),
        flush=True,
    )
