"""The campaign page: its header, the approval panel per role (a button per move, enabled
only for whom may, the reason in the tooltip), the brief's decision, the approval trail
with its SHA-256 and proof, the history, and reloading when something of it changes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from campaign_world import (
    BRIEF,
    PROPOSAL_PDF,
    Cast,
    add_proposal,
    build_cast,
    client_step,
    move,
    new_campaign,
    ready_for_development,
)
from factories import add_staff, assign
from gui_support import Recorder, make_context, until
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.enums import CampaignStatus, Decision, Role
from agencia.domain.messages import render
from agencia.services.campaigns import flow
from agencia.services.campaigns.briefs import save_brief
from agencia.services.campaigns.documents import DocumentInput, sha256
from agencia.services.campaigns.views import KpiResult
from agencia.ui.campaigns.approval_panel import ApprovalPanel, CommentDialog
from agencia.ui.campaigns.area import CampaignsArea
from agencia.ui.campaigns.controller import CampaignsController
from agencia.ui.campaigns.detail_view import TAB_APPROVALS, TAB_HISTORY
from agencia.ui.widgets.status_chip import CHIP_ROLE

S = CampaignStatus
DECK = PROPOSAL_PDF  # what the client saw: the file internal review approved
PROOF = b"\x89PNG firma escaneada"


_AREAS: list[CampaignsArea] = []


@pytest.fixture(autouse=True)
def _areas() -> Iterator[None]:
    yield
    _AREAS.clear()


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    cast = build_cast(sqlite_db)
    group = cast.actor("director").group_id
    cast.staff["trainee"] = add_staff(
        sqlite_db, "Tomás Trainee", Role.TRAINEE, group_id=group, reports_to=cast.staff["executive"]
    )
    assign(sqlite_db, cast.account_id, cast.staff["trainee"])
    return cast


def in_review(cast: Cast) -> int:
    """The executive's campaign, its proposal waiting for the internal decision."""
    cid = new_campaign(cast)
    ready_for_development(cast, cid)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    add_proposal(cast, cid)
    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    return cid


def open_page(
    qtbot: QtBot, cast: Cast, who: str, campaign_id: int
) -> tuple[CampaignsController, Recorder]:
    ctx, recorder = make_context(cast.db, cast.actor(who))
    area = CampaignsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    controller = area.controller
    _AREAS.append(area)  # the area owns the controller: the window keeps it, so do we
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    area.open_record(campaign_id)
    qtbot.waitUntil(until(lambda: controller.page.showing_campaign))
    return controller, recorder


def panel_of(controller: CampaignsController) -> ApprovalPanel:
    return controller.detail_view.approval_panel


def test_the_header_says_what_an_executive_looks_for_first(qtbot: QtBot, cast: Cast) -> None:
    cid = in_review(cast)
    controller, _ = open_page(qtbot, cast, "executive", cid)
    view = controller.detail_view
    assert view.title.text() == "Lanzamiento"
    assert view.chip.text() == "Revisión interna"
    assert "Bebidas Sol de Mayo" in view.subtitle.text()
    assert "Sol de Mayo" in view.subtitle.text()
    assert view.facts["budget"].value.text() == "40.000,00\u00a0€"
    assert view.facts["start"].value.text() == "10 ene 2026"
    assert view.facts["deadline"].value.text() == "20 dic 2026"
    assert view.facts["owner"].value.text() == "Elena Ejecutiva"
    assert view.facts["approver"].value.text() == "Supervisor de cuentas o superior"
    assert [view.tabs.tabText(n) for n in range(view.tabs.count())] == [
        "Brief (v1)",
        "Contrabrief",
        "Actas (0)",
        "Propuestas (1)",
        "Plan de medios",
        "Aprobaciones (1)",
        "Historia",
    ]


def test_the_internal_approval_is_enabled_only_for_the_approver_above(
    qtbot: QtBot, cast: Cast
) -> None:
    cid = in_review(cast)

    controller, _ = open_page(qtbot, cast, "executive", cid)  # the owner: not her own work
    buttons = panel_of(controller).move_buttons
    assert set(buttons) == {S.READY_FOR_CLIENT, S.CHANGES_REQUESTED, S.REJECTED, S.CANCELLED}
    approve = buttons[S.READY_FOR_CLIENT]
    assert approve.text() == "Aprobar internamente…"
    assert not approve.isEnabled()
    assert approve.toolTip() == render("approval.own_work")
    assert not buttons[S.CANCELLED].isEnabled()
    assert buttons[S.CANCELLED].toolTip() == render("campaign.only_director")

    controller, _ = open_page(qtbot, cast, "supervisor", cid)  # above her: may decide
    buttons = panel_of(controller).move_buttons
    assert buttons[S.READY_FOR_CLIENT].isEnabled()
    assert buttons[S.CHANGES_REQUESTED].isEnabled()
    assert buttons[S.REJECTED].isEnabled()
    assert not buttons[S.CANCELLED].isEnabled()

    controller, _ = open_page(qtbot, cast, "trainee", cid)  # sees it, decides nothing
    panel = panel_of(controller)
    assert panel.move_buttons and not any(b.isEnabled() for b in panel.move_buttons.values())
    assert all(b.toolTip() for b in panel.move_buttons.values())  # each says why
    assert panel.moves_why.isVisibleTo(panel)
    assert not panel.brief_box.isVisibleTo(panel)


def test_over_the_threshold_the_supervisor_is_told_who_approves(qtbot: QtBot, cast: Cast) -> None:
    cid = new_campaign(cast, budget="90000")  # over the supervisor's 50,000
    ready_for_development(cast, cid)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    add_proposal(cast, cid)
    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    controller, _ = open_page(qtbot, cast, "supervisor", cid)
    approve = panel_of(controller).move_buttons[S.READY_FOR_CLIENT]
    assert not approve.isEnabled()
    assert approve.toolTip() == render("approval.over_threshold", {"role": "account_manager"})
    assert controller.detail_view.facts["approver"].value.text() == "Gerente de cuenta o superior"
    controller, _ = open_page(qtbot, cast, "manager", cid)
    assert panel_of(controller).move_buttons[S.READY_FOR_CLIENT].isEnabled()


def test_the_brief_is_approved_or_sent_back_with_a_comment(
    qtbot: QtBot, cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = new_campaign(cast)
    save_brief(cast.db, cast.actor("executive"), cid, BRIEF, None)

    controller, _ = open_page(qtbot, cast, "executive", cid)  # the author may not
    panel = panel_of(controller)
    assert panel.brief_box.isVisibleTo(panel)
    assert panel.brief_heading.text() == "Brief v1"
    assert not panel.approve_brief.isEnabled()
    assert panel.approve_brief.toolTip() == render("approval.own_work")
    development = panel.move_buttons[S.IN_DEVELOPMENT]
    assert not development.isEnabled()
    assert development.toolTip() == render("campaign.needs_approved_brief")

    controller, recorder = open_page(qtbot, cast, "supervisor", cid)
    panel = panel_of(controller)
    assert panel.approve_brief.isEnabled() and panel.changes_brief.isEnabled()
    asked: list[CommentDialog] = []

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, CommentDialog)
        asked.append(dialog)
        assert dialog.required and not dialog.ok_button.isEnabled()  # the comment first
        dialog.text.setPlainText("Falta el mercado secundario.")
        assert dialog.ok_button.isEnabled()
        return True

    monkeypatch.setattr(panel, "ask", answer)
    panel.changes_brief.click()
    assert asked
    assert recorder.toasts[-1] == "Cambios pedidos en el brief"
    # the page reloaded on ops.changed: the decision is in the trail
    approvals = panel.trail.model.rows()
    assert [(a.decision, a.comment) for a in approvals] == [
        (Decision.CHANGES_REQUESTED, "Falta el mercado secundario.")
    ]
    assert controller.detail_view.tabs.tabText(TAB_APPROVALS) == "Aprobaciones (1)"
    chip = panel.trail.model.index(0, panel.trail.model.DECISION_COLUMN).data(CHIP_ROLE)
    assert chip.text == "Cambios solicitados"


def test_the_trail_shows_the_document_fingerprint_and_the_proof(
    qtbot: QtBot, cast: Cast, qtmodeltester: Any
) -> None:
    cid = in_review(cast)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    deck = DocumentInput("presentacion-cliente.pdf", DECK)
    move(cast, "executive", cid, S.PRESENTED, flow.PresentationStep(upload=deck))
    step = client_step(cast)
    proof = DocumentInput("firma.png", PROOF)
    move(
        cast,
        "executive",
        cid,
        S.APPROVED,
        flow.ClientDecisionStep(step.contact_id, date.today(), step.channel, "OK", proof),
    )
    move(cast, "executive", cid, S.IN_PRODUCTION)
    move(cast, "executive", cid, S.LIVE)
    results = flow.ResultsStep("Superó la prueba prevista.", (KpiResult("Prueba", "12 %", "14 %"),))
    move(cast, "executive", cid, S.COMPLETED, results)
    controller, _ = open_page(qtbot, cast, "executive", cid)
    panel = panel_of(controller)
    assert panel.results_box.isVisibleTo(panel)
    assert panel.results_story.text() == "Superó la prueba prevista."
    assert panel.results_kpis.text() == "• Prueba: objetivo 12 % · conseguido 14 %"
    assert panel.moves_why.text() == "La campaña está cerrada: ya no cambia de estado."
    qtmodeltester.check(panel.trail.model)
    client = panel.trail.model.rows()[0]  # newest first
    assert client.contact == "Carmen Cliente"
    assert client.document_sha256 == sha256(DECK)
    sha_cell = panel.trail.model.index(0, 7)
    assert sha_cell.data() == sha256(DECK)[:12] + "…"
    assert sha256(DECK) in sha_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.trail.model.index(0, 3).data() == "Carmen Cliente"
    assert panel.trail.model.index(0, 6).data() == "Correo electrónico"
    assert panel.trail.model.index(0, 8).data() == "firma.png"

    panel.trail.table.selectRow(0)
    assert panel.trail.copy_action.isEnabled() and panel.trail.open_action.isEnabled()
    panel.trail.copy_action.trigger()
    assert QApplication.clipboard().text() == sha256(DECK)
    opened: list[QUrl] = []
    panel.trail.open_url = opened.append  # type: ignore[assignment]
    panel.trail.open_action.trigger()
    assert Path(opened[0].toLocalFile()).read_bytes() == PROOF
    assert Path(opened[0].toLocalFile()).name == "firma.png"


def test_the_history_lists_the_campaigns_life_newest_first(
    qtbot: QtBot, cast: Cast, qtmodeltester: Any
) -> None:
    cid = in_review(cast)
    controller, _ = open_page(qtbot, cast, "executive", cid)
    view = controller.detail_view
    view.tabs.setCurrentIndex(TAB_HISTORY)
    model = view.timeline.model
    qtmodeltester.check(model)
    assert controller.detail is not None
    assert model.rowCount() == len(controller.detail.timeline())
    titles = [model.index(n, 1).data() for n in range(model.rowCount())]
    assert titles[0] == "En desarrollo → Revisión interna"
    assert titles[-1] == "Alta de la campaña"
    assert "Brief v1: Aprobado" in titles
    assert model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is not None


def test_the_page_reloads_when_something_of_the_campaign_changes(qtbot: QtBot, cast: Cast) -> None:
    cid = new_campaign(cast)
    save_brief(cast.db, cast.actor("executive"), cid, BRIEF, None)
    controller, _ = open_page(qtbot, cast, "executive", cid)
    view = controller.detail_view
    assert view.tabs.tabText(0) == "Brief (v1)"
    changed = replace(BRIEF, key_message="Recupera sin azúcar, ya.")
    controller.ops.write(save_brief, cid, changed, 1)
    qtbot.waitUntil(until(lambda: view.tabs.tabText(0) == "Brief (v2)"))
    assert panel_of(controller).brief_heading.text() == "Brief v2"
