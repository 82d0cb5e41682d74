"""Nothing a user typed is lost: closing the window (or a form) with unsaved edits asks
Guardar / Descartar / Cancelar, and a draft written while typing survives a crash and is
offered back on the next start."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from campaign_world import Cast, build_cast, new_campaign
from gui_support import type_text, until
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import Actor
from agencia.domain.areas import AreaId
from agencia.services.campaigns.queries import get_campaign
from agencia.ui import drafts
from agencia.ui.actions import ActionId
from agencia.ui.area import AppContext
from agencia.ui.campaigns.area import CampaignsArea
from agencia.ui.campaigns.brief_tab import BriefTab
from agencia.ui.campaigns.campaign_form import CampaignFormDialog
from agencia.ui.ops import Operations
from agencia.ui.shell import area_builder
from agencia.ui.shell.drafts_offer import DraftsOffer, offer_drafts
from agencia.ui.shell.window import MainWindow
from agencia.ui.widgets.unsaved import UnsavedPrompt

TYPED = "Que el verano suene a nuestra marca"


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Drafts go to the user's data folder: each test has its own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(area_builder, "ui_modules", lambda: ("agencia.ui.campaigns.area",))
    return tmp_path / "data" / "agencia" / "drafts"


@dataclass
class Shell:
    window: MainWindow
    ctx: AppContext
    area: CampaignsArea
    campaign_id: int

    @property
    def brief(self) -> BriefTab:
        tab = self.window.findChild(BriefTab)
        assert isinstance(tab, BriefTab)
        return tab

    def objectives(self) -> QPlainTextEdit:
        editor = self.brief.editors["objectives"]
        assert isinstance(editor, QPlainTextEdit)
        return editor

    def prompt(self) -> UnsavedPrompt:
        prompt = self.window.close_guard.prompt
        assert isinstance(prompt, UnsavedPrompt) and prompt.isVisible()
        return prompt


_opened: list[Operations] = []


@pytest.fixture(autouse=True)
def _shut_down() -> Iterator[None]:
    yield
    for ops in _opened:
        ops.shutdown()
    _opened.clear()


def open_shell(
    qtbot: QtBot, db: Database, actor: Actor, campaign_id: int, *, crashes: bool = False
) -> Shell:
    """The real window with the campaigns area, the campaign open on its brief (`crashes`:
    the test destroys it, pytest-qt must not close it afterwards)."""
    window = MainWindow()
    if not crashes:
        qtbot.addWidget(window)
    ops = Operations(db, actor, synchronous=True)
    _opened.append(ops)
    ctx = AppContext(ops, window.registry, actor, QLocale("es_ES"), "EUR")
    (area,) = window.install(ctx, "Agencia de Pruebas")
    assert isinstance(area, CampaignsArea)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.navigate(AreaId.CAMPAIGNS, campaign_id)
    qtbot.waitUntil(until(lambda: area.controller.page.showing_campaign))
    return Shell(window, ctx, area, campaign_id)


def type_objectives(shell: Shell, text: str = TYPED) -> None:
    editor = shell.objectives()
    editor.setFocus()
    type_text(editor, text)
    assert shell.brief.has_unsaved_changes()


def brief_versions(cast: Cast, campaign_id: int) -> int:
    return len(get_campaign(cast.db, cast.actor("executive"), campaign_id).briefs)


def draft_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


# -- closing the window ----------------------------------------------------------------------


def test_quitting_with_an_unsaved_brief_asks_and_cancel_keeps_everything(
    qtbot: QtBot, cast: Cast
) -> None:
    shell = open_shell(qtbot, cast.db, cast.actor("executive"), new_campaign(cast))
    type_objectives(shell)
    shell.window.registry.get(ActionId.QUIT).trigger()  # Ctrl+Q
    assert shell.window.isVisible()
    prompt = shell.prompt()
    assert prompt.text() == "¿Guardar los cambios en el brief de «Lanzamiento» antes de salir?"
    assert prompt.save_button is not None and prompt.save_button.text() == "Guardar"
    assert prompt.discard_button.text() == "Descartar"
    prompt.cancel_button.click()
    qtbot.wait(50)
    assert shell.window.isVisible()
    assert shell.objectives().toPlainText() == TYPED
    assert shell.brief.has_unsaved_changes()
    shell.window.close()  # asked again: Cancelar did not approve anything
    assert shell.window.isVisible()
    shell.prompt().discard_button.click()
    qtbot.waitUntil(until(lambda: not shell.window.isVisible()))


def test_discard_closes_the_window_without_saving(
    qtbot: QtBot, cast: Cast, _own_data_folder: Path
) -> None:
    shell = open_shell(qtbot, cast.db, cast.actor("executive"), new_campaign(cast))
    type_objectives(shell)
    shell.window.close()
    shell.prompt().discard_button.click()
    qtbot.waitUntil(until(lambda: not shell.window.isVisible()))
    assert brief_versions(cast, shell.campaign_id) == 0
    assert draft_files(_own_data_folder) == []  # discarded: nothing to offer next time


def test_save_saves_the_brief_then_closes(qtbot: QtBot, cast: Cast, _own_data_folder: Path) -> None:
    shell = open_shell(qtbot, cast.db, cast.actor("executive"), new_campaign(cast))
    type_objectives(shell)
    shell.window.close()
    prompt = shell.prompt()
    assert prompt.save_button is not None
    prompt.save_button.click()
    qtbot.waitUntil(until(lambda: not shell.window.isVisible()))
    latest = get_campaign(cast.db, cast.actor("executive"), shell.campaign_id).latest_brief
    assert latest is not None and latest.fields["objectives"] == TYPED
    assert draft_files(_own_data_folder) == []


def test_an_open_form_with_changes_asks_before_the_window_closes(
    qtbot: QtBot, cast: Cast, _own_data_folder: Path
) -> None:
    shell = open_shell(qtbot, cast.db, cast.actor("executive"), new_campaign(cast))
    controller = shell.area.controller
    controller.edit_campaign()
    dialog = controller.dialog
    assert isinstance(dialog, CampaignFormDialog)
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()
    dialog.name.end(False)
    type_text(dialog.name, " 2027")
    shell.window.close()
    prompt = shell.prompt()
    assert "«Editar campaña" in prompt.text() or "formulario «" in prompt.text()
    prompt.cancel_button.click()
    qtbot.wait(50)
    assert shell.window.isVisible() and dialog.isVisible()
    assert dialog.name.text() == "Lanzamiento 2027"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closing the form itself asks too
    form_prompt = dialog.findChild(UnsavedPrompt)
    assert isinstance(form_prompt, UnsavedPrompt) and form_prompt.isVisible()
    assert form_prompt.text().endswith("antes de cerrar?")
    form_prompt.cancel_button.click()
    qtbot.wait(50)
    assert dialog.isVisible() and dialog.name.text() == "Lanzamiento 2027"
    shell.window.close()
    prompt = shell.prompt()
    assert prompt.save_button is not None
    prompt.save_button.click()
    qtbot.waitUntil(until(lambda: not shell.window.isVisible()))
    row = get_campaign(cast.db, cast.actor("executive"), shell.campaign_id).row
    assert row.name == "Lanzamiento 2027"
    assert draft_files(_own_data_folder) == []


# -- drafts ----------------------------------------------------------------------------------


def test_a_draft_survives_a_crash_and_is_offered_back_on_the_next_start(
    qtbot: QtBot, cast: Cast, _own_data_folder: Path
) -> None:
    executive = cast.actor("executive")
    campaign = new_campaign(cast)
    shell = open_shell(qtbot, cast.db, executive, campaign, crashes=True)
    type_objectives(shell)
    qtbot.waitUntil(until(lambda: draft_files(_own_data_folder)))
    (path,) = draft_files(_own_data_folder)
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["title"] == "El brief de «Lanzamiento»"
    assert TYPED in path.read_text(encoding="utf-8")
    assert str(cast.db.path) not in path.name  # keyed, never named after the file

    # the crash: every widget gone, no closeEvent, nothing asked, nothing saved
    shiboken6.delete(shell.window)
    QApplication.processEvents()
    assert brief_versions(cast, campaign) == 0
    assert draft_files(_own_data_folder) == [path]

    again = MainWindow()
    qtbot.addWidget(again)
    ops = Operations(cast.db, executive, synchronous=True)
    _opened.append(ops)
    ctx = AppContext(ops, again.registry, executive, QLocale("es_ES"), "EUR")
    (area,) = again.install(ctx, "Agencia de Pruebas")
    again.show()
    offer = offer_drafts(ctx, again)
    assert isinstance(offer, DraftsOffer) and offer.isVisible()
    assert offer.windowTitle() == "Recuperar borradores"
    assert offer.list.count() == 1
    assert offer.list.item(0).text().startswith("El brief de «Lanzamiento»\nEscrito el ")
    offer.restore_button.click()
    assert isinstance(area, CampaignsArea)
    qtbot.waitUntil(until(lambda: area.controller.page.showing_campaign))
    restored = Shell(again, ctx, area, campaign)
    assert restored.objectives().toPlainText() == TYPED
    assert restored.brief.has_unsaved_changes()
    assert "recuperado" in restored.brief.notice.label.text()

    restored.brief.save()  # saved: the draft is gone
    assert brief_versions(cast, campaign) == 1
    qtbot.waitUntil(until(lambda: not draft_files(_own_data_folder)))
    assert offer_drafts(ctx, again) is None


def test_drafts_may_be_discarded_at_start_up(
    qtbot: QtBot, cast: Cast, _own_data_folder: Path
) -> None:
    executive = cast.actor("executive")
    campaign = new_campaign(cast)
    store = drafts.store_for(cast.db)
    store.write(
        "campaigns.briefTab", campaign, "El brief de «Lanzamiento»", ({}, None), "campaigns"
    )
    shell = open_shell(qtbot, cast.db, executive, new_campaign(cast, name="Otra"))
    offer = offer_drafts(shell.ctx, shell.window)
    assert offer is not None
    offer.discard_button.click()
    assert draft_files(_own_data_folder) == []


def test_a_forms_draft_comes_back_when_the_form_is_opened_again(
    qtbot: QtBot, cast: Cast, _own_data_folder: Path
) -> None:
    shell = open_shell(qtbot, cast.db, cast.actor("executive"), new_campaign(cast))
    controller = shell.area.controller
    controller.edit_campaign()
    dialog = controller.dialog
    assert isinstance(dialog, CampaignFormDialog)
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()
    dialog.name.end(False)
    type_text(dialog.name, " otoño")
    qtbot.waitUntil(until(lambda: draft_files(_own_data_folder)))
    shiboken6.delete(dialog)  # the crash takes the form with it
    controller.dialog = None
    QApplication.processEvents()

    controller.edit_campaign()
    reopened = controller.dialog
    assert isinstance(reopened, CampaignFormDialog) and reopened is not dialog
    qtbot.waitExposed(reopened)
    assert reopened.name.text() == "Lanzamiento otoño"
    assert reopened.banner.text() == "Se han recuperado los cambios sin guardar de este formulario."
    assert reopened.has_unsaved_changes()
    reopened.save()
    assert get_campaign(cast.db, cast.actor("executive"), shell.campaign_id).row.name == (
        "Lanzamiento otoño"
    )
    assert draft_files(_own_data_folder) == []


def test_values_round_trip_through_a_draft(tmp_path: Path) -> None:
    from datetime import date
    from decimal import Decimal

    from agencia.domain.enums import CampaignKind, MediaChannel
    from agencia.ui.campaigns.media_plan_model import PlanRow

    store = drafts.DraftStore("x", tmp_path)
    plan = (PlanRow(next(iter(MediaChannel)), "Cuña", Decimal("1250.50"), date(2027, 6, 1)),)
    brief = ({"template": CampaignKind.LAUNCH, "deadline": date(2027, 5, 1)}, 3)
    for value in (plan, brief, (plan, plan, None)):
        assert store.write("e", 1, "t", value)
        assert store.read("e", 1) == value
    store.write("e", 1, "t", plan)
    read = store.read("e", 1)[0]  # type: ignore[index]
    assert type(read.channel) is MediaChannel  # a StrEnum stays one
    assert [d.editor for d in store.left_behind()] == ["e"]
    assert drafts.DraftStore("y", tmp_path).left_behind() == []  # another database's


def test_an_acta_with_only_a_ticked_attendee_asks_and_comes_back_after_a_crash(
    qtbot: QtBot, cast: Cast, _own_data_folder: Path
) -> None:
    """Ticks in a list (not typed text) are edits too: closing asks, the draft keeps them."""
    from gui_support import make_context

    from agencia.ui.campaigns.meeting_form import MeetingDialog
    from agencia.ui.campaigns.meetings_tab import MeetingsTab

    ctx, _recorder = make_context(cast.db, cast.actor("executive"))
    _opened.append(ctx.ops)
    tab = MeetingsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_detail(get_campaign(cast.db, ctx.actor, new_campaign(cast)))
    tab.empty.button.click()
    dialog = tab.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.close()  # untouched: closes without a question
    assert not dialog.isVisible()

    tab.empty.button.click()
    dialog = tab.dialog
    assert isinstance(dialog, MeetingDialog)
    qtbot.waitExposed(dialog)
    names = [dialog.staff.item(n).text() for n in range(dialog.staff.count())]
    dialog.staff.item(names.index("Elena Ejecutiva")).setCheckState(Qt.CheckState.Checked)
    assert dialog.has_unsaved_changes()
    dialog.close()
    prompt = dialog.findChild(UnsavedPrompt)
    assert isinstance(prompt, UnsavedPrompt) and prompt.isVisible()
    assert prompt.text() == (
        "¿Guardar los cambios en el formulario «Nueva acta de reunión» antes de cerrar?"
    )
    prompt.cancel_button.click()
    assert dialog.isVisible()
    qtbot.waitUntil(until(lambda: draft_files(_own_data_folder)))
    shiboken6.delete(dialog)  # the crash
    tab.dialog = None

    tab.empty.button.click()
    again = tab.dialog
    assert isinstance(again, MeetingDialog)
    qtbot.waitExposed(again)
    ticked = [
        again.staff.item(n).text()
        for n in range(again.staff.count())
        if again.staff.item(n).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == ["Elena Ejecutiva"]
    again.close()
    form_prompt = again.findChild(UnsavedPrompt)
    assert isinstance(form_prompt, UnsavedPrompt)
    form_prompt.discard_button.click()
    assert not again.isVisible()
    assert draft_files(_own_data_folder) == []


def test_a_media_plan_and_a_contrabrief_come_back_after_a_crash(
    qtbot: QtBot, cast: Cast, _own_data_folder: Path
) -> None:
    from decimal import Decimal

    from gui_support import make_context

    from agencia.domain.enums import MediaChannel
    from agencia.ui.campaigns.contrabrief_tab import ContrabriefTab
    from agencia.ui.campaigns.media_plan_model import AMOUNT, DESCRIPTION
    from agencia.ui.campaigns.media_plan_tab import MediaPlanTab

    campaign = new_campaign(cast)

    def tabs() -> tuple[MediaPlanTab, ContrabriefTab]:
        ctx, _recorder = make_context(cast.db, cast.actor("executive"))
        _opened.append(ctx.ops)
        plan, contra = MediaPlanTab(ctx), ContrabriefTab(ctx)
        detail = get_campaign(cast.db, ctx.actor, campaign)
        for tab in (plan, contra):
            tab.set_detail(detail)
        return plan, contra

    plan, contra = tabs()
    plan.add_line()
    plan.model.setData(plan.model.index(0, DESCRIPTION), "Cuñas en Cadena 100")
    plan.model.setData(plan.model.index(0, AMOUNT), Decimal("3200.5"))
    contra.understanding.setPlainText("Lo que entendemos del brief")
    assert plan.has_unsaved_changes() and contra.has_unsaved_changes()
    qtbot.waitUntil(until(lambda: len(draft_files(_own_data_folder)) == 2))
    shiboken6.delete(plan)  # the crash
    shiboken6.delete(contra)

    plan, contra = tabs()
    (row,) = plan.model.rows
    assert (row.description, row.amount) == ("Cuñas en Cadena 100", Decimal("3200.5"))
    assert isinstance(row.channel, MediaChannel)
    assert plan.has_unsaved_changes() and "recuperado" in plan.notice.label.text()
    assert contra.understanding.toPlainText() == "Lo que entendemos del brief"
    assert contra.has_unsaved_changes()
    shiboken6.delete(plan)
    shiboken6.delete(contra)
