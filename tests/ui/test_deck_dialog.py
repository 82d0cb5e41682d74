"""«Generar presentación»: sections and language, generation with progress, the preview's
pages, and what to do with the deck (save, open, keep as the next proposal version); the
actions on the campaign page and in Archivo."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from campaign_world import Cast, add_proposal, build_cast, new_campaign, ready_for_development
from gui_support import Recorder, make_context, until
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.areas import AreaId
from agencia.domain.enums import CampaignStatus
from agencia.domain.models import Account
from agencia.services.campaigns import flow
from agencia.services.campaigns.documents import read_document
from agencia.services.campaigns.queries import get_campaign
from agencia.services.decks import build as decks
from agencia.ui.actions import ActionId
from agencia.ui.campaigns.area import CampaignsArea, create
from agencia.ui.decks.area import DecksArea
from agencia.ui.decks.area import create as create_decks
from agencia.ui.decks.dialog import DeckDialog
from agencia.ui.decks.labels import safe_file_name, suggested_name
from agencia.ui.decks.preview import page_count

S = CampaignStatus


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def developing(cast: Cast) -> int:
    """The executive's campaign: brief approved, proposal v1, in development."""
    cid = new_campaign(cast, name="Lanzamiento Isotónica")
    ready_for_development(cast, cid)
    flow.move_campaign(
        cast.db,
        cast.actor("executive"),
        cid,
        S.IN_DEVELOPMENT,
        version=get_campaign(cast.db, SYSTEM, cid).version,
    )
    add_proposal(cast, cid)
    return cid


_DIALOGS: list[DeckDialog] = []


@pytest.fixture(autouse=True)
def _close_dialogs() -> Iterator[None]:
    yield
    for dialog in _DIALOGS:
        dialog.ctx.ops.shutdown()
    _DIALOGS.clear()


def open_dialog(
    qtbot: QtBot,
    cast: Cast,
    scope: str,
    target: int | None,
    who: str = "executive",
    *,
    synchronous: bool = True,
) -> tuple[DeckDialog, Recorder]:
    ctx, recorder = make_context(cast.db, cast.actor(who), synchronous=synchronous)
    dialog = DeckDialog(ctx, scope, target)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    _DIALOGS.append(dialog)
    dialog.show()
    qtbot.waitUntil(until(lambda: dialog.defaults is not None))
    return dialog, recorder


# --- generating and looking ----------------------------------------------------------------


def test_a_section_left_out_and_every_page_in_the_preview(qtbot: QtBot, cast: Cast) -> None:
    cid = developing(cast)
    dialog, _ = open_dialog(qtbot, cast, "campaign", cid)
    assert (dialog.choices.heading.text(), dialog.choices.subject.text()) == (
        "Lanzamiento Isotónica",
        "Bebidas Sol de Mayo",
    )
    assert dialog.chosen_language() == "es"
    assert dialog.preview.stack.currentWidget() is dialog.preview.empty
    assert not dialog.save_button.isEnabled() and not dialog.proposal_button.isEnabled()
    assert [c.text() for c in dialog.choices.section_checks.values()][:3] == [
        "Portada",
        "Reto y objetivos",
        "Público objetivo y mercado",
    ]

    dialog.side.generate_button.click()
    full = page_count(dialog.pdf or b"")
    assert dialog.preview.view.count() == full

    dialog.choices.section_checks["team"].setChecked(False)
    assert dialog.preview.stale.isVisibleTo(dialog)  # the preview no longer shows the choices
    assert dialog.chosen_sections() == frozenset(decks.CAMPAIGN_SECTIONS) - {
        "team",
        "approvals",  # the internal review's: off unless someone includes them
    }
    dialog.side.generate_button.click()
    assert dialog.pdf is not None
    assert dialog.shown is not None and dialog.shown.sections is not None
    assert "team" not in dialog.shown.sections
    count = page_count(dialog.pdf)
    assert count < full
    assert dialog.preview.view.count() == count
    assert dialog.preview.stack.currentWidget() is dialog.preview.view
    assert not dialog.preview.stale.isVisibleTo(dialog)
    assert dialog.preview.page_label.text() == f"Página 1 de {count}"
    sha = hashlib.sha256(dialog.pdf).hexdigest()
    assert dialog.side.status.text().endswith(f"SHA-256 {sha[:12]}…")
    assert f"{count} páginas" in dialog.side.status.text()

    dialog.preview.view.go_to(count)
    assert dialog.preview.page_label.text() == f"Página {count} de {count}"
    width = dialog.preview.view.pages.page_width
    dialog.preview.zoom_in_button.click()
    assert (
        dialog.preview.view.pages.page_width > width and dialog.preview.zoom_label.text() == "125 %"
    )
    dialog.preview.fit_button.click()
    assert dialog.preview.view.pages.page_width == width

    dialog.choices._check_all(False)
    assert not dialog.side.generate_button.isEnabled()
    assert dialog.side.generate_button.toolTip() == "Elija al menos una sección."


def test_the_brief_sheet_and_the_approval_record_have_no_sections(qtbot: QtBot, cast: Cast) -> None:
    cid = developing(cast)
    dialog, _ = open_dialog(qtbot, cast, "campaign", cid)
    dialog.choices.kind_buttons["brief"].setChecked(True)
    assert not dialog.choices.sections_box.isVisibleTo(dialog)
    assert dialog.chosen_sections() is None
    dialog.side.generate_button.click()
    assert dialog.preview.view.count() == page_count(dialog.pdf or b"") >= 1
    assert dialog.file_name() == "Bebidas Sol de Mayo - Lanzamiento Isotónica - Brief.pdf"
    assert not dialog.proposal_button.isEnabled()  # only the presentation is a proposal
    dialog.choices.kind_buttons["approvals"].setChecked(True)
    dialog.side.generate_button.click()
    assert dialog.shown is not None and dialog.shown.kind == "approvals"


def test_generation_runs_off_the_gui_thread_with_progress(qtbot: QtBot, cast: Cast) -> None:
    cid = developing(cast)
    dialog, _ = open_dialog(qtbot, cast, "campaign", cid, synchronous=False)
    steps: list[tuple[int, int]] = []
    dialog._progress.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(dialog.generated, timeout=30000) as blocker:
        dialog.side.generate_button.click()
        assert dialog.running and not dialog.side.generate_button.isEnabled()
        assert dialog.side.progress.isVisibleTo(dialog)
    assert blocker.args == [page_count(dialog.pdf or b"")]
    assert steps and steps[-1][0] <= steps[-1][1]
    assert not dialog.side.progress.isVisibleTo(dialog)
    assert dialog.side.generate_button.text() == "Generar de nuevo"


def test_closing_while_drawing_stops_the_drawing(qtbot: QtBot, cast: Cast) -> None:
    cid = developing(cast)
    dialog, _ = open_dialog(qtbot, cast, "campaign", cid, synchronous=False)
    dialog.side.generate_button.click()
    dialog.reject()
    assert dialog._cancel.is_set()
    assert dialog.ctx.ops.wait(30000)


# --- the client's language -----------------------------------------------------------------


def test_the_language_starts_as_the_clients(qtbot: QtBot, cast: Cast) -> None:
    cid = developing(cast)
    with unit_of_work(cast.db, SYSTEM) as uow:
        uow.session.execute(
            update(Account).where(Account.id == cast.account_id).values(locale="en_US")
        )
    dialog, _ = open_dialog(qtbot, cast, "campaign", cid)
    assert dialog.choices.language.currentText() == "English"
    assert (
        dialog.choices.language_hint.text()
        == "Por defecto, el idioma de Bebidas Sol de Mayo: English."
    )
    dialog.side.generate_button.click()
    assert dialog.shown is not None and dialog.shown.lang == "en"


def test_the_agency_deck_prepared_for_an_account(qtbot: QtBot, cast: Cast) -> None:
    with unit_of_work(cast.db, SYSTEM) as uow:
        uow.session.execute(
            update(Account).where(Account.id == cast.account_id).values(locale="en_GB")
        )
    dialog, _ = open_dialog(qtbot, cast, "agency", None)
    assert dialog.proposal_button.isHidden()
    assert dialog.chosen_language() == "es"  # the agency's own
    assert dialog.choices.section_checks["cases"].text() == "Casos de éxito"
    assert dialog.choices.picker is not None
    dialog.choices.picker.set_choice(cast.account_id, "Bebidas Sol de Mayo")
    assert dialog.defaults is not None and dialog.defaults.client == "Bebidas Sol de Mayo"
    assert dialog.chosen_language() == "en"  # the recipient's
    dialog.side.generate_button.click()
    assert dialog.shown is not None
    assert (dialog.shown.kind, dialog.shown.target) == ("agency", cast.account_id)
    assert dialog.preview.view.count() == page_count(dialog.pdf or b"")
    assert dialog.file_name().endswith(" - Bebidas Sol de Mayo.pdf")

    dialog.choices.language.setCurrentIndex(dialog.choices.language.findData("es"))
    dialog.choices.language.activated.emit(
        dialog.choices.language.currentIndex()
    )  # the person's choice
    dialog.choices.picker.set_choice(None, "")
    assert dialog.chosen_language() == "es"  # kept once chosen


# --- what to do with it --------------------------------------------------------------------


def test_kept_as_the_next_proposal_version(qtbot: QtBot, cast: Cast) -> None:
    cid = developing(cast)
    dialog, recorder = open_dialog(qtbot, cast, "campaign", cid)
    dialog.choices.section_checks["team"].setChecked(False)
    dialog.side.generate_button.click()
    assert dialog.proposal_button.isEnabled()
    with qtbot.waitSignal(dialog.proposal_saved) as blocker:
        dialog.proposal_button.click()
    saved = blocker.args[0]
    assert saved.version == 2
    assert dialog.pdf is not None and saved.sha256 == hashlib.sha256(dialog.pdf).hexdigest()
    assert dialog.shown is not None and dialog.shown.as_version == 2  # its footer says v2
    assert dialog.shown.sections is not None and "team" not in dialog.shown.sections
    latest = get_campaign(cast.db, cast.actor("executive"), cid).latest_proposal
    assert latest is not None and latest.number == 2
    assert latest.summary == "Campaña 360 «Recupera sin azúcar»."  # carried over from v1
    assert [d.sha256 for d in latest.documents] == [saved.sha256]
    assert read_document(cast.db, cast.actor("executive"), saved.document_id)[1] == dialog.pdf
    assert recorder.toasts == [f"Propuesta v2 guardada · SHA-256 {saved.sha256[:12]}…"]
    assert dialog.side.status.text().splitlines()[1:] == [saved.sha256[:32], saved.sha256[32:]]
    assert not dialog.proposal_button.isEnabled()  # this deck is kept already
    assert "ya está guardada" in dialog.proposal_button.toolTip()


def test_who_may_not_add_proposals_sees_why(qtbot: QtBot, cast: Cast) -> None:
    cid = developing(cast)
    dialog, _ = open_dialog(qtbot, cast, "campaign", cid, who="assistant")
    dialog.side.generate_button.click()
    assert dialog.save_button.isEnabled()
    assert not dialog.proposal_button.isEnabled()
    assert dialog.proposal_button.toolTip().startswith("Su rol no añade versiones")


def test_saved_to_a_file_and_opened_with_the_system_viewer(
    qtbot: QtBot, cast: Cast, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = developing(cast)
    dialog, recorder = open_dialog(qtbot, cast, "campaign", cid)
    dialog.side.generate_button.click()
    assert dialog.file_name() == "Bebidas Sol de Mayo - Lanzamiento Isotónica.pdf"
    folder = tmp_path / "Documentos"
    folder.mkdir()
    dialog.save_to(folder / "Para el cliente")
    written = folder / "Para el cliente.pdf"
    assert written.read_bytes() == dialog.pdf
    assert recorder.toasts == ["Presentación guardada: Para el cliente.pdf"]
    assert sorted(p.name for p in folder.iterdir()) == ["Para el cliente.pdf"]

    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    dialog.open_button.click()
    assert len(opened) == 1
    local = Path(opened[0].toLocalFile())
    assert local.name == "Bebidas Sol de Mayo - Lanzamiento Isotónica.pdf"
    assert local.read_bytes() == dialog.pdf

    dialog.save_to(tmp_path / "no-existe" / "x.pdf")
    assert dialog.side.status.text().startswith("No se puede escribir")


def test_file_names_every_system_accepts() -> None:
    assert safe_file_name('AT&T: "Verano" 50/50?') == "AT&T- Verano 50-50"
    assert safe_file_name("<b>M&M's</b>") == "bM&M's-b"
    assert safe_file_name("...") == "presentacion"
    assert suggested_name("campaign", "Atlántica", "L'Oréal", "Otoño") == "L'Oréal - Otoño.pdf"
    assert suggested_name("agency", "Atlántica", "", "") == (
        "Atlántica - Presentación de agencia.pdf"
    )


# --- the actions -------------------------------------------------------------------------------


_AREAS: list[CampaignsArea | DecksArea] = []


@pytest.fixture(autouse=True)
def _areas() -> Iterator[None]:
    yield
    _AREAS.clear()


def test_the_actions_on_the_campaign_page_and_in_archivo(
    qtbot: QtBot, cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = developing(cast)
    ctx, _ = make_context(cast.db, cast.actor("executive"))
    area = create(ctx)
    assert isinstance(area, CampaignsArea)
    decks = create_decks(ctx)  # after the campaigns, as the window creates them
    assert isinstance(decks, DecksArea) and not decks.has_page
    _AREAS.extend([area, decks])
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    controller = area.controller
    agency_spec = ctx.actions.spec(ActionId.DECK_AGENCY)
    campaign_spec = ctx.actions.spec(ActionId.DECK_CAMPAIGN)
    assert (agency_spec.menu, agency_spec.area) == ("file", None)
    assert (campaign_spec.menu, campaign_spec.area) == ("campaigns", AreaId.CAMPAIGNS)
    action = ctx.actions.get(ActionId.DECK_CAMPAIGN)
    assert action.text() == "Generar presentación…"
    assert not action.isEnabled()  # no campaign shows

    controller.page.visibility_changed.emit(True)
    area.open_record(cid)
    qtbot.waitUntil(until(lambda: controller.page.showing_campaign))
    assert action.isEnabled()
    buttons = [b.defaultAction() for b in controller.detail_view.findChildren(QToolButton)]
    assert action in buttons  # in the campaign page's header

    opened: list[DeckDialog] = []
    monkeypatch.setattr(DeckDialog, "open", lambda self: opened.append(self))
    action.trigger()
    assert len(opened) == 1 and opened[0].target_id == cid and opened[0].scope == "campaign"
    qtbot.addWidget(opened[0])
    action.trigger()
    assert len(opened) == 1  # one deck dialog at a time
    opened[0].done(0)

    ctx.actions.get(ActionId.DECK_AGENCY).trigger()
    assert len(opened) == 2 and opened[1].scope == "agency"
    qtbot.addWidget(opened[1])
    opened[1].done(0)

    controller.back_to_list()
    assert not action.isEnabled()


def test_the_file_sent_and_the_version_kept_are_the_same_bytes(
    qtbot: QtBot, cast: Cast, tmp_path: Path
) -> None:
    """Generate, save to disk (the file that goes to the client), then keep it as the next
    proposal version: one PDF, one SHA-256 — the deck is drawn as that version at once."""
    cid = developing(cast)
    dialog, _ = open_dialog(qtbot, cast, "campaign", cid)
    dialog.side.generate_button.click()
    sent = tmp_path / "Para el cliente.pdf"
    dialog.save_to(sent)
    with qtbot.waitSignal(dialog.proposal_saved) as blocker:
        dialog.proposal_button.click()
    saved = blocker.args[0]
    assert saved.sha256 == hashlib.sha256(sent.read_bytes()).hexdigest()
    kept = read_document(cast.db, cast.actor("executive"), saved.document_id)[1]
    assert kept == sent.read_bytes()


def test_a_deck_drawn_before_another_version_was_saved_is_not_kept_as_the_wrong_one(
    cast: Cast,
) -> None:
    from agencia.domain.errors import Conflict
    from agencia.services.decks.build import build_deck, save_deck_as_proposal

    cid = developing(cast)
    who = cast.actor("executive")
    pdf = build_deck(cast.db, who, "campaign", cid, as_proposal_version=2)
    save_deck_as_proposal(cast.db, who, cid, pdf, "a.pdf", "Primera", as_version=2)
    with pytest.raises(Conflict):
        save_deck_as_proposal(cast.db, who, cid, pdf, "b.pdf", "Segunda", as_version=2)


def test_internal_decisions_only_when_chosen_and_with_a_warning(qtbot: QtBot, cast: Cast) -> None:
    """A client deck never carries the internal review's comments unless a person asks,
    is warned, and the deck then says «Uso interno»."""
    cid = developing(cast)
    dialog, _ = open_dialog(qtbot, cast, "campaign", cid)
    assert not dialog.choices.section_checks["approvals"].isChecked()
    assert not dialog.choices.internal.isChecked()
    assert not dialog.choices.internal_warning.isVisibleTo(dialog)
    dialog.side.generate_button.click()
    assert dialog.pdf is not None and b"Uso interno" not in dialog.pdf
    dialog.choices.internal.setChecked(True)
    assert dialog.choices.internal_warning.isVisibleTo(dialog)
    assert "no la envíe al cliente" in dialog.choices.internal_warning.text()
    dialog.side.generate_button.click()
    assert dialog.shown is not None and dialog.shown.include_internal
    import io

    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(dialog.pdf or b"")).pages[0].extract_text()
    assert "Uso interno" in text
