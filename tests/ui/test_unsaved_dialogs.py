"""Nothing typed is lost in the dialogs built outside the common form layout: the
satisfaction «Registrar respuesta» (answers and importances in a grid), the survey
designer and the campaign's «Mover a…» decisions (a comment, the results story). Esc
asks before dropping what was typed, and a crash leaves a draft the same form takes back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import shiboken6
from campaign_world import Cast, add_proposal, build_cast, move, new_campaign, ready_for_development
from gui_support import make_context, type_text, until
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.enums import CampaignStatus
from agencia.services.campaigns.queries import get_campaign
from agencia.services.satisfaction import responses
from agencia.ui.campaigns.decision_dialogs import InternalDecisionDialog
from agencia.ui.campaigns.results_dialog import ResultsDialog
from agencia.ui.satisfaction.area import SatisfactionArea, create
from agencia.ui.satisfaction.designer_dialog import DesignerDialog
from agencia.ui.satisfaction.entry_dialog import EntryDialog
from agencia.ui.widgets.unsaved import UnsavedPrompt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_world import World, satisfaction_world

S = CampaignStatus
RECOVERED = "Se han recuperado los cambios sin guardar de este formulario."


@pytest.fixture(autouse=True)
def drafts_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Drafts go to the user's data folder: each test has its own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "agencia" / "drafts"


def draft_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def press_escape(qtbot: QtBot, dialog: QDialog) -> UnsavedPrompt:
    """Esc on the dialog: it stays, asking what to do with what was typed."""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    prompt = dialog.findChild(UnsavedPrompt)
    assert isinstance(prompt, UnsavedPrompt) and prompt.isVisible()
    assert dialog.isVisible()
    return prompt


def crash(dialog: QDialog) -> None:
    shiboken6.delete(dialog)  # the crash takes the dialog with it
    QApplication.processEvents()


# -- satisfaction ------------------------------------------------------------------------------


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return satisfaction_world(sqlite_db)


def _area(qtbot: QtBot, world: World, who: str) -> SatisfactionArea:
    ctx, _recorder = make_context(world.db, world.actor(who))
    area = create(ctx)
    assert isinstance(area, SatisfactionArea)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    area.activated()
    qtbot.waitUntil(until(lambda: area.controller.page is not None))
    return area


def _entry(qtbot: QtBot, area: SatisfactionArea) -> EntryDialog:
    area.controller.open_entry()
    dialog = area.controller.dialog
    assert isinstance(dialog, EntryDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(until(lambda: dialog.contact.count() == 1))
    return dialog


def test_typed_answers_ask_before_esc_drops_them_and_come_back_after_a_crash(
    qtbot: QtBot, world: World, drafts_folder: Path
) -> None:
    area = _area(qtbot, world, "exec")
    dialog = _entry(qtbot, area)
    assert not dialog.has_unsaved_changes()
    spin = dialog.answers[(1, 1)][1]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "4")
    dialog.set_answer(2, 1, 3, 2)
    dialog.importance[1].setValue(5)
    assert dialog.has_unsaved_changes()

    prompt = press_escape(qtbot, dialog)
    assert prompt.text() == (
        "¿Guardar los cambios en el formulario «Registrar respuesta» antes de cerrar?"
    )
    prompt.cancel_button.click()
    assert dialog.isVisible() and dialog.answers[(1, 1)][1].value() == 4
    qtbot.waitUntil(until(lambda: draft_files(drafts_folder)))
    crash(dialog)
    area.controller.dialog = None

    again = _entry(qtbot, area)
    assert again is not dialog
    assert [s.value() for s in again.answers[(1, 1)]] == [0, 4]
    assert [s.value() for s in again.answers[(2, 1)]] == [3, 2]
    assert again.importance[1].value() == 5
    assert again.banner.text() == RECOVERED
    assert again.has_unsaved_changes()
    again.save()
    qtbot.waitUntil(until(lambda: not again.isVisible()))
    listed = responses.account_responses(world.db, world.admin, world.accounts["cafe"])
    assert listed and listed[0].answered == 2
    assert draft_files(drafts_folder) == []


def test_an_untouched_entry_closes_on_esc_without_asking(qtbot: QtBot, world: World) -> None:
    dialog = _entry(qtbot, _area(qtbot, world, "exec"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_designer_asks_before_esc_drops_a_survey_and_keeps_its_draft(
    qtbot: QtBot, world: World, drafts_folder: Path
) -> None:
    area = _area(qtbot, world, "director")
    area.controller.open_designer(None)
    dialog = area.controller.dialog
    assert isinstance(dialog, DesignerDialog)
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()
    type_text(dialog.name, "Encuesta de verano")
    dialog.text.setFocus()
    type_text(dialog.text, "Servicio")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    type_text(dialog.text, "- ¿Respondemos a tiempo?")
    dialog.points.setCurrentIndex(dialog.points.findData(7))
    assert dialog.has_unsaved_changes()

    prompt = press_escape(qtbot, dialog)
    assert (
        prompt.text() == "¿Guardar los cambios en el formulario «Nueva encuesta» antes de cerrar?"
    )
    prompt.cancel_button.click()
    qtbot.waitUntil(until(lambda: draft_files(drafts_folder)))
    crash(dialog)
    area.controller.dialog = None

    area.controller.open_designer(None)
    again = area.controller.dialog
    assert isinstance(again, DesignerDialog) and again is not dialog
    qtbot.waitExposed(again)
    assert again.name.text() == "Encuesta de verano"
    assert again.text.toPlainText() == "Servicio\n- ¿Respondemos a tiempo?"
    assert again.points.currentData() == 7
    assert again.banner.text() == RECOVERED
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    again.findChild(UnsavedPrompt).discard_button.click()
    assert not again.isVisible()
    assert draft_files(drafts_folder) == []


# -- campaigns: «Mover a…» ---------------------------------------------------------------------


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def _in_review(cast: Cast) -> int:
    cid = new_campaign(cast)
    ready_for_development(cast, cid)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    add_proposal(cast, cid)
    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    return cid


def _decision(
    qtbot: QtBot, cast: Cast, cid: int, *, crashes: bool = False
) -> InternalDecisionDialog:
    ctx, _recorder = make_context(cast.db, cast.actor("supervisor"))
    detail = get_campaign(cast.db, ctx.actor, cid)
    dialog = InternalDecisionDialog(
        ctx.ops, detail, S.CHANGES_REQUESTED, detail.version, locale=QLocale("es_ES")
    )
    if not crashes:  # the test destroys it: pytest-qt must not close it afterwards
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_decisions_comment_asks_before_esc_and_comes_back_after_a_crash(
    qtbot: QtBot, cast: Cast, drafts_folder: Path
) -> None:
    cid = _in_review(cast)
    dialog = _decision(qtbot, cast, cid, crashes=True)
    dialog.comment.setFocus()
    type_text(dialog.comment, "Falta el logotipo del cliente")
    assert dialog.has_unsaved_changes()
    press_escape(qtbot, dialog).cancel_button.click()
    qtbot.waitUntil(until(lambda: draft_files(drafts_folder)))
    crash(dialog)

    again = _decision(qtbot, cast, cid)
    assert again.comment.toPlainText() == "Falta el logotipo del cliente"
    assert again.banner.text() == RECOVERED
    press_escape(qtbot, again).discard_button.click()  # (no question left open)
    assert not again.isVisible() and draft_files(drafts_folder) == []


def test_the_results_story_and_kpis_ask_before_esc_and_come_back_after_a_crash(
    qtbot: QtBot, cast: Cast, drafts_folder: Path
) -> None:
    from test_key_visual import live_campaign

    cid = live_campaign(cast)

    def results(*, crashes: bool = False) -> ResultsDialog:
        ctx, _recorder = make_context(cast.db, cast.actor("executive"))
        detail = get_campaign(cast.db, ctx.actor, cid)
        dialog = ResultsDialog(ctx.ops, detail, S.COMPLETED, detail.version)
        if not crashes:
            qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    dialog = results(crashes=True)
    dialog.story.setFocus()
    type_text(dialog.story, "Ventas +12 % en verano")
    dialog.add_button.click()
    dialog.kpis.item(dialog.kpis.rowCount() - 1, 0).setText("Visitas")
    dialog.kpis.item(dialog.kpis.rowCount() - 1, 2).setText("40.000")
    rows = dialog.rows()
    assert dialog.has_unsaved_changes()
    press_escape(qtbot, dialog).cancel_button.click()
    qtbot.waitUntil(until(lambda: draft_files(drafts_folder)))
    crash(dialog)

    again = results()
    assert again.story.toPlainText() == "Ventas +12 % en verano"
    assert again.rows() == rows
    assert again.banner.text() == RECOVERED
    assert again.has_unsaved_changes()
    press_escape(qtbot, again).discard_button.click()
    assert not again.isVisible() and draft_files(drafts_folder) == []
    assert get_campaign(cast.db, cast.actor("executive"), cid).status is S.LIVE
