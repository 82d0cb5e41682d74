"""A decision's comment survives a crash: the brief's «Pedir cambios» comment (Aprobaciones)
and the comment of an approval made from Pendientes keep a draft while they are typed,
the person's own, taken back when the same dialog opens on the same record, and gone once
the comment is sent or discarded."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from campaign_world import BRIEF, Cast, build_cast, new_campaign
from gui_support import make_context, type_text, until
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.areas import AreaId
from agencia.domain.enums import Decision
from agencia.services.campaigns.briefs import save_brief
from agencia.services.campaigns.queries import get_campaign
from agencia.services.pending.items import PendingItem
from agencia.ui import drafts
from agencia.ui.area import AppContext
from agencia.ui.campaigns.approval_panel import ApprovalPanel, CommentDialog
from agencia.ui.pending.actions import ActionDialog, action_for
from agencia.ui.widgets.unsaved import UnsavedPrompt

TYPED = "Falta el público joven y el tono es demasiado serio"


@pytest.fixture(autouse=True)
def drafts_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Drafts go to the user's data folder: each test has its own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "agencia" / "drafts"


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def draft_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def crash(dialog: QDialog) -> None:
    shiboken6.delete(dialog)  # the crash takes the dialog with it
    QApplication.processEvents()


def in_brief(cast: Cast) -> int:
    cid = new_campaign(cast)
    save_brief(cast.db, cast.actor("executive"), cid, BRIEF, None)
    return cid


def panel_for(qtbot: QtBot, cast: Cast, who: str, cid: int) -> tuple[ApprovalPanel, AppContext]:
    ctx, _recorder = make_context(cast.db, cast.actor(who))
    drafts.sign_in(cast.db, ctx.actor)  # as the window does at sign-in
    panel = ApprovalPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_detail(get_campaign(cast.db, ctx.actor, cid))
    return panel, ctx


def open_comment(qtbot: QtBot, panel: ApprovalPanel, *, send: bool = False) -> CommentDialog:
    """«Pedir cambios…» on the panel; the dialog is left open (or sent, with `send`)."""
    shown: list[CommentDialog] = []

    def ask(dialog: QDialog) -> bool:
        assert isinstance(dialog, CommentDialog)
        shown.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if send:
            dialog.ok_button.click()
            return dialog.result() == QDialog.DialogCode.Accepted
        return False

    panel.ask = ask  # type: ignore[method-assign]
    panel.decide_brief(Decision.CHANGES_REQUESTED)
    return shown[-1]


def test_the_brief_changes_comment_comes_back_after_a_crash_and_goes_once_sent(
    qtbot: QtBot, cast: Cast, drafts_folder: Path
) -> None:
    cid = in_brief(cast)
    panel, _ctx = panel_for(qtbot, cast, "supervisor", cid)
    dialog = open_comment(qtbot, panel)
    dialog.text.setFocus()
    type_text(dialog.text, TYPED)
    qtbot.waitUntil(until(lambda: draft_files(drafts_folder)))
    (left,) = drafts.store_for(cast.db).left_behind()
    assert left.area == AreaId.CAMPAIGNS and left.record_id() == cid
    assert "Lanzamiento" in left.title and "Pedir cambios" in left.title
    crash(dialog)

    # someone else signed in on the same computer does not get it
    other, _ = panel_for(qtbot, cast, "director", cid)
    assert open_comment(qtbot, other).text.toPlainText() == ""
    assert draft_files(drafts_folder)  # nor drops it

    panel, _ctx = panel_for(qtbot, cast, "supervisor", cid)
    again = open_comment(qtbot, panel)
    assert again.text.toPlainText() == TYPED
    assert again.restored_note.isVisible()
    again.ok_button.click()  # sent
    assert not again.isVisible() and draft_files(drafts_folder) == []


def test_a_discarded_comment_leaves_no_draft(qtbot: QtBot, cast: Cast, drafts_folder: Path) -> None:
    cid = in_brief(cast)
    panel, _ctx = panel_for(qtbot, cast, "supervisor", cid)
    dialog = open_comment(qtbot, panel)
    type_text(dialog.text, TYPED)
    qtbot.waitUntil(until(lambda: draft_files(drafts_folder)))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    prompt = dialog.findChild(UnsavedPrompt)
    assert isinstance(prompt, UnsavedPrompt)
    prompt.discard_button.click()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    assert draft_files(drafts_folder) == []


def pending_item(cid: int) -> PendingItem:
    return PendingItem(
        area=AreaId.CAMPAIGNS,
        kind="approve_brief",
        campaign_id=cid,
        campaign="Lanzamiento",
        account="Cliente",
        title="brief v1",
        due=None,
        overdue=False,
        item_id=1,
    )


def action_dialog(qtbot: QtBot, cast: Cast, cid: int, *, crashes: bool = False) -> ActionDialog:
    item = pending_item(cid)
    action = action_for(item)
    assert action is not None
    dialog = ActionDialog(item, action, QLocale("es_ES"), db=cast.db)
    if not crashes:
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_pendientes_approval_comment_comes_back_after_a_crash(
    qtbot: QtBot, cast: Cast, drafts_folder: Path
) -> None:
    cid = in_brief(cast)
    drafts.sign_in(cast.db, cast.actor("supervisor"))
    dialog = action_dialog(qtbot, cast, cid, crashes=True)
    dialog.comment.setFocus()
    type_text(dialog.comment, TYPED)
    qtbot.waitUntil(until(lambda: draft_files(drafts_folder)))
    (left,) = drafts.store_for(cast.db).left_behind()
    assert left.area == AreaId.PENDING and left.record_id() == cid
    crash(dialog)

    again = action_dialog(qtbot, cast, cid)
    assert again.comment.toPlainText() == TYPED
    assert again.restored_note.isVisible()
    again.ok_button.click()
    assert again.answer().comment == TYPED
    assert draft_files(drafts_folder) == []
