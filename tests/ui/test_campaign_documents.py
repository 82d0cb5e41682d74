"""The campaign page's document tabs: brief (versions, templates, comparison, conflicts),
contrabrief, meeting reports and proposals with their files."""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from campaign_world import BRIEF, Cast, build_cast, new_campaign
from gui_support import Recorder, make_context
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.briefs import TEMPLATES
from agencia.domain.enums import CampaignKind, Channel
from agencia.services.campaigns.briefs import save_brief
from agencia.services.campaigns.contrabrief import ContrabriefInput, save_contrabrief
from agencia.services.campaigns.documents import MAX_BYTES, read_document, sha256
from agencia.services.campaigns.meetings import MeetingInput, save_meeting
from agencia.services.campaigns.queries import get_campaign
from agencia.ui.area import AppContext
from agencia.ui.campaigns.brief_tab import BriefTab
from agencia.ui.campaigns.contrabrief_tab import ContrabriefTab
from agencia.ui.campaigns.meeting_form import AcknowledgeDialog, MeetingDialog, SendMeetingDialog
from agencia.ui.campaigns.meetings_tab import MeetingsTab
from agencia.ui.campaigns.proposal_form import ProposalDialog
from agencia.ui.campaigns.proposals_tab import FilesModel, ProposalsTab
from agencia.ui.widgets.doc_widgets import MoneyEdit


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


@dataclass
class Page:
    """Stands in for the campaign page: shows one tab and reloads it on every change."""

    cast: Cast
    ctx: AppContext
    recorder: Recorder
    tab: Any
    campaign_id: int

    def reload(self) -> None:
        self.tab.set_detail(get_campaign(self.cast.db, self.ctx.actor, self.campaign_id))


def open_tab(
    qtbot: QtBot, cast: Cast, tab_class: type[Any], campaign_id: int, who: str = "executive"
) -> Page:
    ctx, recorder = make_context(cast.db, cast.actor(who))
    tab = tab_class(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    page = Page(cast, ctx, recorder, tab, campaign_id)
    ctx.ops.changed.connect(lambda _kinds: page.reload())
    page.reload()
    return page


def text_of(tab: BriefTab, name: str) -> str:
    editor = tab.editors[name]
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()  # type: ignore[attr-defined]


def set_text(tab: BriefTab, name: str, text: str) -> None:
    editor = tab.editors[name]
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    else:
        editor.setText(text)  # type: ignore[attr-defined]


# -- brief ----------------------------------------------------------------------------------


def test_saving_the_brief_makes_a_new_version_shown_in_the_history_and_the_diff(
    qtbot: QtBot, cast: Cast
) -> None:
    campaign = new_campaign(cast)
    save_brief(cast.db, cast.actor("executive"), campaign, BRIEF, None)
    page = open_tab(qtbot, cast, BriefTab, campaign)
    tab: BriefTab = page.tab
    assert text_of(tab, "key_message") == "Recupera sin azúcar."
    assert text_of(tab, "budget") == "40.000,00"
    assert not tab.has_unsaved_changes()

    set_text(tab, "key_message", "Recupera sin azúcar y sin esperas.")
    assert tab.has_unsaved_changes()
    assert "Cambios sin guardar sobre la v1" in tab.state_label.text()
    tab.note.setText("Mensaje más concreto")
    tab.activateWindow()  # shortcuts work in the active window only
    qtbot.waitUntil(tab.isActiveWindow)
    tab.note.setFocus()
    qtbot.keyClick(tab.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert page.recorder.toasts[-1] == "Brief guardado como versión 2"
    assert not tab.has_unsaved_changes()
    assert text_of(tab, "key_message") == "Recupera sin azúcar y sin esperas."
    assert tab.history_button.text() == "Versiones (2)"
    assert [tab.versions_model.row(n).number for n in range(2)] == [2, 1]
    assert tab.state_label.text().startswith("Versión 2 · Elena Ejecutiva")

    tab.show_view(1)
    tab.select_version(2)
    assert tab.comparison.old.currentData() == 1
    assert tab.comparison.new.currentData() == 2
    assert tab.comparison.changed_fields == ["key_message"]
    shown = tab.comparison.view.toHtml()
    assert "Mensaje clave" in shown
    assert "Objetivos" not in shown  # unchanged fields are left out
    assert "line-through" in shown  # "." struck, "y sin esperas." added
    assert "esperas." in shown
    assert "Nota de la v2: Mensaje más concreto" in tab.comparison.view.toPlainText()

    tab.comparison.compare(0, 1)  # from nothing to v1: every field written
    assert "objectives" in tab.comparison.changed_fields


def test_nothing_changed_is_a_gentle_message(qtbot: QtBot, cast: Cast) -> None:
    campaign = new_campaign(cast)
    save_brief(cast.db, cast.actor("executive"), campaign, BRIEF, None)
    page = open_tab(qtbot, cast, BriefTab, campaign)
    tab: BriefTab = page.tab
    tab.save()
    assert tab.notice.kind == "info"
    assert "Nada cambió desde la versión 1" in tab.notice.label.text()
    assert page.recorder.toasts == []


def test_the_template_fills_empty_fields_only(qtbot: QtBot, cast: Cast) -> None:
    campaign = new_campaign(cast)
    page = open_tab(qtbot, cast, BriefTab, campaign)
    tab: BriefTab = page.tab
    assert tab.template.currentData() == CampaignKind.LAUNCH.value  # the campaign's kind
    launch = TEMPLATES[CampaignKind.LAUNCH]
    market = tab.editors["market"]
    assert isinstance(market, QPlainTextEdit)
    assert market.placeholderText() == launch["market"]
    tab.template.setCurrentIndex(tab.template.findData(CampaignKind.PROMOTION.value))
    promotion = TEMPLATES[CampaignKind.PROMOTION]
    assert market.placeholderText() == promotion["market"]

    set_text(tab, "objectives", "Vender 20.000 packs en verano.")
    tab.use_template()
    assert text_of(tab, "objectives") == "Vender 20.000 packs en verano."  # kept
    assert text_of(tab, "market") == promotion["market"]
    assert text_of(tab, "mandatories") == promotion["mandatories"]
    assert text_of(tab, "insight") == ""  # the promotion template says nothing there
    assert text_of(tab, "brand") == "Sol de Mayo"  # the campaign's own brand
    assert "aplicada a" in tab.notice.label.text()

    tab.save()
    saved = get_campaign(cast.db, cast.actor("executive"), campaign).latest_brief
    assert saved is not None and saved.number == 1
    assert saved.template is CampaignKind.PROMOTION
    assert saved.fields["objectives"] == "Vender 20.000 packs en verano."
    assert saved.fields["market"] == promotion["market"]


def test_a_stale_save_keeps_the_edits_and_offers_the_choices(qtbot: QtBot, cast: Cast) -> None:
    campaign = new_campaign(cast)
    save_brief(cast.db, cast.actor("executive"), campaign, BRIEF, None)
    page = open_tab(qtbot, cast, BriefTab, campaign)
    tab: BriefTab = page.tab
    set_text(tab, "insight", "Entrenan a primera hora y odian el azúcar.")

    # meanwhile the supervisor saves v2 from another workstation (no reload reaches us)
    save_brief(cast.db, cast.actor("supervisor"), campaign, replace(BRIEF, kpis="Prueba 15 %"), 1)
    tab.save()
    assert tab.notice.kind == "warning"
    assert "versión 2" in tab.notice.label.text()
    assert text_of(tab, "insight") == "Entrenan a primera hora y odian el azúcar."
    assert tab.has_unsaved_changes()
    assert [b.text() for b in tab.notice.buttons()] == [
        "Comparar",
        "Guardar los míos como v3",
        "Descartar los míos",
    ]

    page.reload()  # the change arrives: the edits stay, the warning too
    assert text_of(tab, "insight") == "Entrenan a primera hora y odian el azúcar."
    assert tab.notice.kind == "warning"

    tab.notice.buttons()[0].click()  # compare theirs with mine
    assert tab.stack.currentIndex() == 1
    assert set(tab.comparison.changed_fields) == {"insight", "kpis"}

    tab.show_view(0)
    tab.notice.buttons()[1].click()  # save mine over theirs, knowingly
    detail = get_campaign(cast.db, cast.actor("executive"), campaign)
    assert detail.latest_brief is not None and detail.latest_brief.number == 3
    assert detail.latest_brief.fields["insight"] == "Entrenan a primera hora y odian el azúcar."
    assert not tab.has_unsaved_changes()
    assert tab.notice.isHidden()


def test_edits_survive_a_reload_and_wait_aside_for_another_campaign(
    qtbot: QtBot, cast: Cast
) -> None:
    first = new_campaign(cast)
    second = new_campaign(cast, name="Verano")
    page = open_tab(qtbot, cast, BriefTab, first)
    tab: BriefTab = page.tab
    set_text(tab, "objectives", "Borrador sin guardar")
    page.reload()
    assert text_of(tab, "objectives") == "Borrador sin guardar"
    page.campaign_id = second
    page.reload()
    assert text_of(tab, "objectives") == ""
    page.campaign_id = first
    page.reload()
    assert text_of(tab, "objectives") == "Borrador sin guardar"
    assert "recuperado" in tab.notice.label.text()


def test_the_brief_is_read_only_for_who_may_not_edit(qtbot: QtBot, cast: Cast) -> None:
    campaign = new_campaign(cast)
    save_brief(cast.db, cast.actor("executive"), campaign, BRIEF, None)
    page = open_tab(qtbot, cast, BriefTab, campaign, who="assistant")
    tab: BriefTab = page.tab
    objectives = tab.editors["objectives"]
    assert isinstance(objectives, QPlainTextEdit)
    assert objectives.isReadOnly()
    assert tab.save_button.isHidden()
    assert "Su rol no permite editar el brief" in tab.state_label.text()
    tab.save()  # Ctrl+S does nothing either
    assert len(get_campaign(cast.db, cast.actor("executive"), campaign).briefs) == 1


def test_the_budget_reads_amounts_the_locales_way_and_refuses_the_rest(
    qtbot: QtBot, cast: Cast
) -> None:
    campaign = new_campaign(cast)
    page = open_tab(qtbot, cast, BriefTab, campaign)
    tab: BriefTab = page.tab
    budget = tab.editors["budget"]
    assert isinstance(budget, MoneyEdit)
    for typed, amount in (
        ("1.250.000,5", Decimal("1250000.5")),
        ("1250.50", Decimal("1250.50")),  # a lone point before cents is a decimal point
        ("45000 €", Decimal("45000")),
        ("", None),
    ):
        budget.setText(typed)
        assert budget.amount() == amount, typed
    budget.setText("cuarenta mil")
    budget.textEdited.emit(budget.text())  # as if typed: the field counts as touched
    assert tab.form.error("budget") == "Importe no válido."
    tab.save()
    assert tab.notice.kind == "error"
    assert get_campaign(cast.db, cast.actor("executive"), campaign).briefs == ()
    budget.setText("40000")
    budget.editingFinished.emit()
    assert budget.text() == "40.000,00"
    assert tab.form.error("budget") == ""
    tab.save()
    saved = get_campaign(cast.db, cast.actor("executive"), campaign).latest_brief
    assert saved is not None and saved.fields["budget"] == Decimal("40000.00")


# -- contrabrief ----------------------------------------------------------------------------


def test_the_contrabrief_answers_a_brief_version_and_survives_a_conflict(
    qtbot: QtBot, cast: Cast
) -> None:
    campaign = new_campaign(cast)
    save_brief(cast.db, cast.actor("executive"), campaign, BRIEF, None)
    page = open_tab(qtbot, cast, ContrabriefTab, campaign)
    tab: ContrabriefTab = page.tab
    assert "Aún no hay contrabrief. Responderá a la versión 1" in tab.state_label.text()
    assert "Recupera sin azúcar." in tab.brief_view.toPlainText()
    tab.understanding.setPlainText("Quieren prueba, no notoriedad.")
    tab.questions.setPlainText("¿Hay muestras para sampling?")
    tab.save()
    assert page.recorder.toasts == ["Contrabrief guardado"]
    assert tab.state_label.text().startswith("Responde al brief v1 · Elena Ejecutiva")

    # the brief moves on: the tab says the answer is for an older version
    save_brief(cast.db, cast.actor("executive"), campaign, replace(BRIEF, kpis="Prueba"), 1)
    page.reload()
    assert tab.outdated
    assert "El brief ya va por la v2" in tab.state_label.text()

    # someone else saves the contrabrief meanwhile; ours is refused, kept, then goes over
    tab.approach.setPlainText("Sampling en gimnasios y vídeo corto.")
    theirs = get_campaign(cast.db, cast.actor("supervisor"), campaign).contrabrief
    assert theirs is not None
    save_contrabrief(
        cast.db,
        cast.actor("supervisor"),
        campaign,
        ContrabriefInput("Lo de la supervisora", "", ""),
        theirs.version,
    )
    tab.save()
    assert tab.notice.kind == "warning"
    assert tab.approach.toPlainText() == "Sampling en gimnasios y vídeo corto."
    assert [b.text() for b in tab.notice.buttons()] == [
        "Comparar",
        "Guardar los míos encima",
        "Descartar los míos",
    ]
    tab.notice.buttons()[1].click()
    saved = get_campaign(cast.db, cast.actor("executive"), campaign).contrabrief
    assert saved is not None
    assert saved.understanding == "Quieren prueba, no notoriedad."
    assert saved.approach == "Sampling en gimnasios y vídeo corto."
    assert saved.brief_number == 2
    assert not tab.has_unsaved_changes()
    assert not tab.outdated


# -- meeting reports ------------------------------------------------------------------------


def test_an_acta_is_written_sent_acknowledged_and_then_read_only(qtbot: QtBot, cast: Cast) -> None:
    campaign = new_campaign(cast)
    page = open_tab(qtbot, cast, MeetingsTab, campaign)
    tab: MeetingsTab = page.tab
    assert tab.stack.currentWidget() is tab.empty
    tab.empty.button.click()
    dialog = tab.dialog
    assert isinstance(dialog, MeetingDialog)
    assert not dialog.save_button.isEnabled()  # no subject yet
    dialog.held_on.setDate(QDate(2026, 3, 2))
    dialog.subject.setText("Arranque del lanzamiento")
    dialog.place.setText("Oficinas del cliente")
    names = [dialog.staff.item(n).text() for n in range(dialog.staff.count())]
    assert "Elena Ejecutiva" in names and "Bruno Director" not in names  # group A only
    dialog.staff.item(names.index("Elena Ejecutiva")).setCheckState(Qt.CheckState.Checked)
    dialog.contacts.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.agreements.setPlainText("Se presentarán dos rutas.")
    steps = dialog.next_steps
    row = steps.add_step(None)
    assert dialog.save_button.isEnabled()  # a wholly empty step is left out
    combo = steps.owner_combo(row)
    combo.setCurrentIndex(combo.findData(f"contact:{cast.contact_id}"))
    assert not dialog.save_button.isEnabled()  # a step needs its description
    dialog.save()  # refused: the reason shows under the table
    assert dialog.form.error("next_steps") == "Cada próximo paso necesita una descripción."
    steps.set_description(row, "Confirmar fechas de sampling")
    steps.due_edit(row).set_date_value(date(2026, 3, 9))
    assert dialog.save_button.isEnabled()
    dialog.save()
    assert tab.dialog is None
    assert page.recorder.toasts[-1] == "Acta «Arranque del lanzamiento» guardada"

    assert tab.stack.currentWidget() is tab.split
    assert tab.model.rowCount() == 1
    assert tab.title.text() == "Arranque del lanzamiento"
    assert tab.chip.text() == "Sin enviar"
    assert tab.staff_label.text() == "Agencia: Elena Ejecutiva"
    assert tab.contacts_label.text() == "Cliente: Carmen Cliente"
    assert tab.steps_model.rowCount() == 1
    assert tab.steps_model.index(0, 1).data() == "Carmen Cliente (cliente)"
    assert not tab.ack_button.isEnabled()
    assert "Primero envíe el acta" in tab.ack_button.toolTip()

    tab.send_button.click()
    send = tab.dialog
    assert isinstance(send, SendMeetingDialog)
    assert send.contact.currentData() == cast.contact_id  # the client attendee
    send.save()
    assert page.recorder.toasts[-1] == "Acta enviada a Carmen Cliente"
    assert tab.chip.text() == "Enviada"
    assert "Enviada a Carmen Cliente" in tab.state_text.text()

    tab.ack_button.click()
    ack = tab.dialog
    assert isinstance(ack, AcknowledgeDialog)
    ack.channel.setCurrentIndex(ack.channel.findData(Channel.PHONE.value))
    ack.note.setText("Conforme")
    ack.save()
    assert tab.chip.text() == "Confirmada"
    assert "(Teléfono). «Conforme»" in tab.state_text.text()
    for button in (tab.edit_button, tab.send_button, tab.ack_button):
        assert not button.isEnabled()
        assert "ya no se modifica" in button.toolTip()
    tab.edit_meeting()  # a double click does nothing either
    assert tab.dialog is None


def test_actas_are_read_only_without_the_right_to_log(qtbot: QtBot, cast: Cast) -> None:
    campaign = new_campaign(cast)
    save_meeting(
        cast.db,
        cast.actor("executive"),
        campaign,
        MeetingInput(held_on=date(2026, 3, 2), subject="Kick-off"),
    )
    page = open_tab(qtbot, cast, MeetingsTab, campaign, who="admin")  # sees, does not log
    tab: MeetingsTab = page.tab
    assert tab.model.rowCount() == 1
    assert not tab.new_button.isEnabled()
    assert not tab.edit_button.isEnabled()
    assert "Su rol no permite registrar actas" in tab.reason.text()


def test_a_next_step_becomes_a_task_from_the_acta_once(qtbot: QtBot, cast: Cast) -> None:
    """«Convertir en tarea»: the coordination area's service, found through the list of
    areas (the campaigns area imports nothing of it); the second time says why not."""
    from agencia.services.campaigns.meetings import NextStepInput
    from agencia.services.coordination.queries import timeline

    campaign = new_campaign(cast)
    save_meeting(
        cast.db,
        cast.actor("executive"),
        campaign,
        MeetingInput(
            held_on=date(2026, 3, 2),
            subject="Kick-off",
            next_steps=(
                NextStepInput("Enviar el guion", cast.staff["executive"], None, date(2026, 3, 9)),
                NextStepInput("Reservar estudio", None, None, None),
            ),
        ),
    )
    page = open_tab(qtbot, cast, MeetingsTab, campaign)
    tab: MeetingsTab = page.tab
    assert tab.task_button.isVisible() and tab.task_button.isEnabled()
    assert tab.steps.currentIndex().row() == 0
    tab.task_button.click()
    assert page.recorder.toasts[-1] == "Tarea «Enviar el guion» creada en la campaña"
    rows = timeline(cast.db, cast.actor("executive"), campaign, date(2026, 3, 1)).tasks
    assert [(r.title, r.due) for r in rows] == [("Enviar el guion", date(2026, 3, 9))]
    tab.task_button.click()  # the same step again
    assert tab.reason.text() == "Este paso ya es la tarea «Enviar el guion»."
    assert len(timeline(cast.db, cast.actor("executive"), campaign, date(2026, 3, 1)).tasks) == 1


# -- proposals ------------------------------------------------------------------------------


def test_a_proposal_file_round_trips_byte_identical_with_its_sha(
    qtbot: QtBot, cast: Cast, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))  # where "open" copies to
    (tmp_path / "tmp").mkdir()
    campaign = new_campaign(cast)
    page = open_tab(qtbot, cast, ProposalsTab, campaign)
    tab: ProposalsTab = page.tab
    assert tab.stack.currentWidget() is tab.empty
    content = bytes(range(256)) * 4000 + "Propuesta «Sabe a todo»\n".encode()
    source = tmp_path / "Propuesta v1.pdf"
    source.write_bytes(content)
    tab.empty.button.click()
    dialog = tab.dialog
    assert isinstance(dialog, ProposalDialog)
    assert not dialog.save_button.isEnabled()  # the summary is required
    dialog.summary.setPlainText("Campaña 360 «Recupera sin azúcar».")
    dialog.add_paths([source])
    assert dialog.added.count() == 1
    dialog.save()
    assert tab.dialog is None
    assert page.recorder.toasts[-1] == "Propuesta v1 guardada con 1 archivo"

    digest = sha256(content)
    assert tab.title.text() == "Propuesta v1 (la última)"
    assert tab.files_model.rowCount() == 1
    name_cell = tab.files_model.index(0, 0)
    sha_cell = tab.files_model.index(0, FilesModel.SHA)
    assert name_cell.data() == "Propuesta v1.pdf"
    assert sha_cell.data() == digest[:12]
    assert digest in sha_cell.data(Qt.ItemDataRole.ToolTipRole)
    document = tab.current_document()
    assert document is not None and document.size == len(content)
    view, data = read_document(cast.db, cast.actor("executive"), document.id)
    assert data == content and view.sha256 == digest

    target = tmp_path / "copia" / "guardada.pdf"
    tab.ask_save_path = lambda name: str(target)
    tab.save_current_as()
    assert target.read_bytes() == content
    assert page.recorder.toasts[-1].startswith("«guardada.pdf» guardado en")

    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    tab.open_url = open_url
    tab.open_current()
    assert Path(opened[0]).name == "Propuesta v1.pdf"
    assert Path(opened[0]).read_bytes() == content
    assert tab.notice.isHidden()

    # v2 keeps nothing of v1 but adds a new file
    tab.new_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, ProposalDialog)
    assert dialog.kept.count() == 1
    dialog.kept.item(0).setCheckState(Qt.CheckState.Unchecked)
    second = tmp_path / "plan.xlsx"
    second.write_bytes(b"hoja de medios")
    dialog.add_paths([second])
    dialog.save()
    detail = get_campaign(cast.db, cast.actor("executive"), campaign)
    assert [d.name for d in detail.proposals[0].documents] == ["plan.xlsx"]
    assert tab.title.text() == "Propuesta v2 (la última)"


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    qtbot: QtBot, cast: Cast, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    campaign = new_campaign(cast)
    page = open_tab(qtbot, cast, ProposalsTab, campaign)
    tab: ProposalsTab = page.tab
    big = tmp_path / "rodaje.mov"
    subprocess.run(["truncate", "-s", str(MAX_BYTES + 10 * 1024 * 1024), str(big)], check=True)
    small = tmp_path / "guion.txt"
    small.write_bytes(b"Escena 1")

    def never(self: Path) -> bytes:
        raise AssertionError(f"{self.name} was read")

    tab.new_version()
    dialog = tab.dialog
    assert isinstance(dialog, ProposalDialog)
    dialog.summary.setPlainText("Rodaje")
    with monkeypatch.context() as patched:
        patched.setattr(Path, "read_bytes", never)
        dialog.add_paths([big, small])
    assert dialog.paths == [small]
    assert dialog.refusals == ["«rodaje.mov» ocupa 60.0 MB: el máximo es 50 MB por archivo."]
    assert dialog.form.warning("uploads") == (
        "«rodaje.mov» ocupa 60.0 MB: el máximo es 50 MB por archivo. No se ha añadido."
    )
    assert dialog.save_button.isEnabled()  # the files that can go still go

    # a file that grew past the limit after it was chosen is refused when saving, unread
    subprocess.run(["truncate", "-s", str(MAX_BYTES + 1), str(small)], check=True)
    with monkeypatch.context() as patched:
        patched.setattr(Path, "read_bytes", never)
        dialog.save()
    assert tab.dialog is dialog  # still open, with the reason
    assert "«guion.txt» ocupa 50.0 MB: el máximo es 50 MB por archivo." in dialog.banner.text()
    assert get_campaign(cast.db, cast.actor("executive"), campaign).proposals == ()
