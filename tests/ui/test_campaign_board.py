"""The pipeline board and the decision dialogs: drops refused with the reason, drops that
open the decision's dialog and move the campaign, each dialog's validation, the keyboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from campaign_world import (
    BRIEF,
    PROPOSAL_PDF,
    Cast,
    add_proposal,
    build_cast,
    client_step,
    move,
    version,
)
from gui_support import Recorder, make_context, until
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_life import BOARD_ORDER
from agencia.domain.enums import CampaignKind, CampaignStatus, Decision
from agencia.domain.text import initials
from agencia.services.campaigns import flow
from agencia.services.campaigns.briefs import save_brief
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.campaigns.queries import (
    CampaignQuery,
    get_campaign,
    list_campaigns,
)
from agencia.services.campaigns.views import KpiResult
from agencia.ui.campaigns.board import CampaignBoard
from agencia.ui.campaigns.board_cards import MIME
from agencia.ui.campaigns.decision_dialogs import (
    ClientDecisionDialog,
    InternalDecisionDialog,
    PresentationDialog,
    ReasonDialog,
)
from agencia.ui.campaigns.move_dialog import MoveDialog
from agencia.ui.campaigns.move_run import run_move
from agencia.ui.campaigns.results_dialog import ResultsDialog, split_kpis
from agencia.ui.formatting import date_text

S = CampaignStatus
D = TypeVar("D", bound=MoveDialog)


# -- a pipeline with campaigns in many states ------------------------------------------------


def _campaign(cast: Cast, name: str, budget: str, deadline: date, owner: str = "executive") -> int:
    return create_campaign(
        cast.db,
        cast.actor(owner),
        CampaignInput(
            account_id=cast.account_id,
            name=name,
            brand_id=cast.brand_id,
            kind=CampaignKind.LAUNCH,
            budget=budget,
            start_date=date.today() - timedelta(days=60),
            deadline=deadline,
        ),
    ).id


def _develop(cast: Cast, cid: int) -> None:
    save_brief(cast.db, cast.actor("executive"), cid, BRIEF, None)
    flow.decide_brief(cast.db, cast.actor("supervisor"), cid, 1, Decision.APPROVED)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)


def _review(cast: Cast, cid: int) -> None:
    _develop(cast, cid)
    add_proposal(cast, cid)
    move(cast, "executive", cid, S.INTERNAL_REVIEW)


def _approver(cast: Cast, cid: int) -> str:
    """Build_cast's thresholds: a supervisor up to 50,000, a manager up to 150,000."""
    return "supervisor" if get_campaign(cast.db, SYSTEM, cid).row.budget <= 50000 else "manager"


def _present(cast: Cast, cid: int) -> None:
    _review(cast, cid)
    move(cast, _approver(cast, cid), cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    doc = get_campaign(cast.db, SYSTEM, cid).latest_proposal
    assert doc is not None
    move(cast, "executive", cid, S.PRESENTED, flow.PresentationStep(doc.documents[0].id))


def _approve(cast: Cast, cid: int) -> None:
    _present(cast, cid)
    move(cast, "executive", cid, S.APPROVED, client_step(cast))


def pipeline(cast: Cast) -> dict[str, int]:
    """Twelve campaigns of the executive's, one or more in every state of the life."""
    today = date.today()
    ids: dict[str, int] = {}

    def make(key: str, name: str, budget: str, days: int) -> int:
        ids[key] = _campaign(cast, name, budget, today + timedelta(days=days))
        return ids[key]

    make("brief", "Lanzamiento Isotónica Limón", "40000", 45)
    make("brief2", "Vuelta al cole 2027", "18500", 120)
    _develop(cast, make("development", "Verano sin azúcar", "32000", -3))
    _review(cast, make("review", "Rebranding de envases", "40000", 20))
    _present(cast, make("presented", "Patrocinio Maratón de Sevilla", "75000", 12))
    cid = make("ready", "Navidad en familia", "120000", 25)
    _review(cast, cid)
    move(cast, "manager", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Muy bien"))
    _approve(cast, make("approved", "Promoción 2x1 verano", "15000", 30))
    cid = make("changes", "Campaña digital T3", "22000", 8)
    _review(cast, cid)
    move(cast, "supervisor", cid, S.CHANGES_REQUESTED, flow.InternalDecisionStep("Más social"))
    cid = make("production", "Cuñas de radio local", "9000", 15)
    _approve(cast, cid)
    move(cast, "executive", cid, S.IN_PRODUCTION)
    cid = make("live", "Exterior Madrid y Barcelona", "48000", 5)
    _approve(cast, cid)
    move(cast, "executive", cid, S.IN_PRODUCTION)
    move(cast, "executive", cid, S.LIVE)
    cid = make("completed", "Institucional 50 años", "60000", -30)
    _approve(cast, cid)
    for target in (S.IN_PRODUCTION, S.LIVE):
        move(cast, "executive", cid, target)
    results = flow.ResultsStep("Superó lo previsto.", (KpiResult("Prueba", "12 %", "14 %"),))
    move(cast, "executive", cid, S.COMPLETED, results)
    cid = make("rejected", "Piloto en TikTok", "12000", 10)
    _review(cast, cid)
    move(cast, "supervisor", cid, S.REJECTED, flow.InternalDecisionStep("No encaja con la marca"))
    cid = make("cancelled", "Feria Alimentaria", "30000", 40)
    move(cast, "director", cid, S.CANCELLED, flow.ReasonStep("El cliente no acude este año"))
    return ids


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def rows(cast: Cast, who: str) -> list:  # type: ignore[type-arg]
    return list_campaigns(cast.db, cast.actor(who), CampaignQuery())


def open_board(qtbot: QtBot, cast: Cast, who: str = "executive") -> tuple[CampaignBoard, Recorder]:
    """The board as the campaigns area shows it: reloaded whenever a write changes things."""
    ctx, recorder = make_context(cast.db, cast.actor(who))
    board = CampaignBoard(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 700)
    board.set_rows(rows(cast, who))
    ctx.ops.changed.connect(lambda _kinds: board.set_rows(rows(cast, who)))
    board.show()
    board.activateWindow()  # the keyboard's focus lives in the active window
    qtbot.waitUntil(until(board.isActiveWindow))
    return board, recorder


def drop(board: CampaignBoard, campaign_id: int, target: S) -> None:
    """What Qt delivers when a card is dragged onto a column and let go: a QDragEnterEvent,
    then a QDropEvent, with the card's mime data (Qt delivers a drop only where a drag entered)."""
    column = board.columns[target]
    source = board.column_of(campaign_id)
    assert source is not None
    index = source.model.index(source.model.row_of(campaign_id), 0)
    data = source.model.mimeData([index])
    assert data.hasFormat(MIME)
    where = QPoint(column.width() // 2, 120)
    action, left = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, action, data, left, none)
    QApplication.sendEvent(column, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(column, QDropEvent(QPointF(where), action, data, left, none))


def card_ids(board: CampaignBoard, status: S) -> list[int]:
    return [r.id for r in board.columns[status].model.rows]


def refusal(widget: QWidget) -> str:
    boxes = [b for b in widget.findChildren(QMessageBox) if b.objectName() == "moveRefusal"]
    return boxes[-1].text() if boxes else ""


def when_dialog(qtbot: QtBot, kind: type[D]) -> D:
    found: list[D] = []

    def seen() -> bool:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            found.append(widget)
        return bool(found)

    qtbot.waitUntil(until(seen))
    return found[0]


# -- the board ----------------------------------------------------------------------------------


def test_the_board_shows_every_status_in_order_with_its_cards(qtbot: QtBot, cast: Cast) -> None:
    ids = pipeline(cast)
    board, _ = open_board(qtbot, cast)
    assert list(board.columns) == list(BOARD_ORDER)
    assert card_ids(board, S.BRIEF) == [ids["brief"], ids["brief2"]]
    assert card_ids(board, S.LIVE) == [ids["live"]]
    late = board.rows[ids["development"]]
    assert board.is_overdue(late)
    assert board.deadline_text(late).startswith("Vencida")
    assert not board.is_overdue(board.rows[ids["completed"]])  # over: no longer late
    assert board.budget_text(board.rows[ids["brief"]]) == "40.000\xa0€"
    assert initials("Elena Ejecutiva") == "EE"
    closed, open_ = board.columns[S.COMPLETED], board.columns[S.BRIEF]
    assert closed.width() < open_.width()
    assert board.columns[S.CANCELLED].collapsed  # folded by default, and still takes drops


def test_a_drop_outside_the_life_is_refused_with_the_reason_and_the_card_stays(
    qtbot: QtBot, cast: Cast
) -> None:
    ids = pipeline(cast)
    board, _ = open_board(qtbot, cast)
    before = version(cast, ids["brief"])
    drop(board, ids["brief"], S.LIVE)
    assert board.last_refusal == "Una campaña no pasa de «Brief» a «En curso»."
    assert refusal(board) == board.last_refusal
    assert ids["brief"] in card_ids(board, S.BRIEF)
    assert ids["brief"] not in card_ids(board, S.LIVE)
    detail = get_campaign(cast.db, SYSTEM, ids["brief"])
    assert detail.status is S.BRIEF and detail.version == before


def test_a_drop_the_person_may_not_make_says_why_without_a_dialog(qtbot: QtBot, cast: Cast) -> None:
    ids = pipeline(cast)
    board, _ = open_board(qtbot, cast)  # the executive owns the work: cannot approve it
    drop(board, ids["review"], S.READY_FOR_CLIENT)
    assert "propio trabajo" in refusal(board)
    assert QApplication.activeModalWidget() is None or not isinstance(
        QApplication.activeModalWidget(), MoveDialog
    )
    assert get_campaign(cast.db, SYSTEM, ids["review"]).status is S.INTERNAL_REVIEW
    assert not board.moving


def test_a_drop_needing_an_approval_opens_its_dialog_and_moves_the_campaign(
    qtbot: QtBot, cast: Cast
) -> None:
    ids = pipeline(cast)
    board, recorder = open_board(qtbot, cast, "supervisor")
    drop(board, ids["review"], S.CHANGES_REQUESTED)
    dialog = when_dialog(qtbot, InternalDecisionDialog)
    assert isinstance(dialog, InternalDecisionDialog)
    assert dialog.decision is Decision.CHANGES_REQUESTED
    assert not dialog.save_button.isEnabled()  # changes need a comment
    dialog.comment.setPlainText("Más peso en redes sociales, menos exterior.")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: ids["review"] in card_ids(board, S.CHANGES_REQUESTED)))
    detail = get_campaign(cast.db, SYSTEM, ids["review"])
    assert detail.status is S.CHANGES_REQUESTED
    assert detail.approvals[0].comment == "Más peso en redes sociales, menos exterior."
    assert recorder.toasts[-1] == "«Rebranding de envases» pasa a «Cambios solicitados»."
    assert not board.moving


def test_cancelling_the_dialog_moves_nothing(qtbot: QtBot, cast: Cast) -> None:
    ids = pipeline(cast)
    board, _ = open_board(qtbot, cast, "supervisor")
    drop(board, ids["review"], S.READY_FOR_CLIENT)
    dialog = when_dialog(qtbot, InternalDecisionDialog)
    assert dialog.save_button.isEnabled()  # approving needs no comment
    assert ids["review"] in board.moving
    dialog.reject()
    qtbot.waitUntil(until(lambda: not board.moving))
    assert get_campaign(cast.db, SYSTEM, ids["review"]).status is S.INTERNAL_REVIEW
    assert ids["review"] in card_ids(board, S.INTERNAL_REVIEW)


def test_a_move_that_needs_nothing_happens_on_the_drop(qtbot: QtBot, cast: Cast) -> None:
    ids = pipeline(cast)
    board, _ = open_board(qtbot, cast)
    drop(board, ids["approved"], S.IN_PRODUCTION)
    qtbot.waitUntil(until(lambda: ids["approved"] in card_ids(board, S.IN_PRODUCTION)))
    drop(board, ids["brief"], S.IN_DEVELOPMENT)  # in the life, but the brief is not approved
    assert "brief aprobado" in refusal(board)
    assert ids["brief"] in card_ids(board, S.BRIEF)


def test_a_stale_card_is_refused_with_where_the_campaign_is_now(qtbot: QtBot, cast: Cast) -> None:
    ids = pipeline(cast)
    board, _ = open_board(qtbot, cast)
    move(cast, "executive", ids["approved"], S.IN_PRODUCTION)  # someone else, meanwhile
    drop(board, ids["approved"], S.IN_PRODUCTION)
    assert "ahora está en «En producción»" in refusal(board)


def test_the_keyboard_moves_a_card_through_its_menu(qtbot: QtBot, cast: Cast) -> None:
    ids = pipeline(cast)
    board, _ = open_board(qtbot, cast)
    opened: list[int] = []
    board.open_requested.connect(opened.append)
    assert board.select(ids["live"])
    column = board.columns[S.LIVE]
    qtbot.keyClick(column.list, Qt.Key.Key_Return)
    assert opened == [ids["live"]]
    qtbot.keyClick(column.list, Qt.Key.Key_Left)  # the next column to the left with cards
    assert board.columns[S.IN_PRODUCTION].list.hasFocus()
    menu = board.move_menu(ids["approved"])
    moves = menu.findChild(type(menu), "moveToMenu")
    assert [a.text().split("\t")[0] for a in moves.actions()] == ["En producción", "Cancelado"]
    moves.actions()[0].trigger()
    qtbot.waitUntil(until(lambda: ids["approved"] in card_ids(board, S.IN_PRODUCTION)))
    closed = board.move_menu(ids["completed"]).findChild(type(menu), "moveToMenu")
    assert not closed.isEnabled()


def test_the_presentation_dialog_takes_a_proposal_file_or_one_from_disk(
    qtbot: QtBot, cast: Cast, tmp_path: Path
) -> None:
    ids = pipeline(cast)
    board, _ = open_board(qtbot, cast)
    drop(board, ids["ready"], S.PRESENTED)
    dialog = when_dialog(qtbot, PresentationDialog)
    assert isinstance(dialog, PresentationDialog)
    assert dialog.documents.count() == 1 and dialog.save_button.isEnabled()
    dialog.documents.setCurrentRow(-1)
    assert not dialog.save_button.isEnabled()
    assert dialog.form.error("document") == "Indique el documento presentado al cliente."
    unreviewed = tmp_path / "otra versión.pdf"
    unreviewed.write_bytes(b"%PDF-1.7 lo que nadie reviso\n")
    dialog.use_file(unreviewed)
    qtbot.waitUntil(until(lambda: "revisión interna" in dialog.form.error("document")))
    assert not dialog.save_button.isEnabled()  # only what internal review approved
    deck = tmp_path / "presentación final.pdf"
    deck.write_bytes(PROPOSAL_PDF)  # the approved file, kept on disk
    dialog.use_file(deck)
    qtbot.waitUntil(until(dialog.save_button.isEnabled))
    assert "archivo nuevo" in dialog.documents.currentItem().text()
    empty = tmp_path / "vacío.pdf"
    empty.write_bytes(b"")
    dialog.use_file(empty)
    qtbot.waitUntil(until(lambda: "vacío" in dialog.form.error("document")))
    dialog.use_file(deck)
    qtbot.waitUntil(until(dialog.save_button.isEnabled))
    dialog.comment.setPlainText("En la sede del cliente, con su equipo de marketing.")
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: ids["ready"] in card_ids(board, S.PRESENTED)))
    detail = get_campaign(cast.db, SYSTEM, ids["ready"])
    from agencia.services.campaigns.documents import sha256

    assert detail.presented_sha256 == sha256(deck.read_bytes())


def test_the_client_decision_dialog_validates_contact_date_and_comment(
    qtbot: QtBot, cast: Cast, tmp_path: Path
) -> None:
    ids = pipeline(cast)
    edit_contact = cast.contact_id
    board, _ = open_board(qtbot, cast)
    drop(board, ids["presented"], S.REJECTED)
    dialog = when_dialog(qtbot, ClientDecisionDialog)
    assert isinstance(dialog, ClientDecisionDialog)
    assert dialog.decision is Decision.REJECTED
    assert dialog.contact.currentData() == edit_contact  # the account's only contact
    assert not dialog.save_button.isEnabled()  # a rejection needs a comment
    dialog.form.reveal_all()
    assert dialog.form.error("comment") == "Explique la decisión en un comentario."
    dialog.contact.setCurrentIndex(-1)
    assert dialog.form.error("contact_id") == "Este campo es obligatorio."
    dialog.contact.setCurrentIndex(0)
    dialog.today = date.today() - timedelta(days=1)  # as if the date were tomorrow
    dialog.revalidate()
    assert dialog.form.error("decided_on") == "La fecha de la decisión no puede ser futura."
    dialog.today = date.today()
    proof = tmp_path / "correo del cliente.eml"
    proof.write_bytes(b"From: carmen@example.com\n\nNo seguimos.")
    dialog.use_proof(proof)
    qtbot.waitUntil(until(lambda: dialog.proof is not None))
    dialog.comment.setPlainText("El patrocinio no entra en el presupuesto de este año.")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: ids["presented"] in card_ids(board, S.REJECTED)))
    decision = get_campaign(cast.db, SYSTEM, ids["presented"]).approvals[0]
    assert decision.contact == "Carmen Cliente"
    assert decision.proof is not None and decision.proof.name == "correo del cliente.eml"


def test_the_results_dialog_starts_from_the_briefs_kpis(qtbot: QtBot, cast: Cast) -> None:
    ids = pipeline(cast)
    board, _ = open_board(qtbot, cast)
    drop(board, ids["live"], S.COMPLETED)
    dialog = when_dialog(qtbot, ResultsDialog)
    assert isinstance(dialog, ResultsDialog)
    assert [(k.name, k.target) for k in dialog.rows()] == [
        ("Prueba", "12 %"),
        ("Notoriedad", "30 %"),
    ]
    assert not dialog.save_button.isEnabled()  # nothing reached yet, no story
    dialog.kpis.item(0, 2).setText("14 %")
    assert dialog.save_button.isEnabled()
    assert "Notoriedad" in dialog.form.warning("results")  # advice, not a block
    dialog.kpis.item(1, 0).setText("")
    dialog.kpis.item(1, 2).setText("31 %")
    assert not dialog.save_button.isEnabled()
    assert dialog.form.error("results") == "Cada valor alcanzado necesita el nombre de su KPI."
    dialog.kpis.item(1, 0).setText("Notoriedad asistida")
    dialog.story.setPlainText("La prueba superó el objetivo en dos puntos.")
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: ids["live"] in card_ids(board, S.COMPLETED)))
    detail = get_campaign(cast.db, SYSTEM, ids["live"])
    assert detail.results_kpis == (
        KpiResult("Prueba", "12 %", "14 %"),
        KpiResult("Notoriedad asistida", "30 %", "31 %"),
    )


def test_cancelling_a_campaign_asks_the_director_for_a_reason(qtbot: QtBot, cast: Cast) -> None:
    ids = pipeline(cast)
    board, _ = open_board(qtbot, cast, "director")
    drop(board, ids["brief2"], S.CANCELLED)  # onto the folded column
    dialog = when_dialog(qtbot, ReasonDialog)
    assert dialog.save_button.text() == "Cancelar campaña"
    assert not dialog.save_button.isEnabled()
    dialog.reason.setPlainText("El cliente aplaza la campaña al año que viene.")
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: ids["brief2"] in card_ids(board, S.CANCELLED)))


def test_run_move_from_a_page_reports_back(qtbot: QtBot, cast: Cast) -> None:
    """The campaign page's buttons use the same door, with on_done."""
    ids = pipeline(cast)
    ctx, _ = make_context(cast.db, cast.actor("executive"))
    page = QWidget()
    qtbot.addWidget(page)
    results: list[bool] = []
    run_move(page, ctx, ids["production"], version(cast, ids["production"]), S.LIVE, results.append)
    assert results == [True]
    run_move(page, ctx, ids["production"], 1, S.COMPLETED, results.append)  # stale version
    assert results == [True, False]
    assert "mientras tanto" in refusal(page)


def test_kpis_split_sensibly() -> None:
    assert split_kpis("Prueba 12 %, notoriedad 30 %") == [
        ("Prueba", "12 %"),
        ("Notoriedad", "30 %"),
    ]
    assert split_kpis("Ventas: +10 %; CTR 1,5 %\n- 1.000 leads") == [
        ("Ventas", "+10 %"),
        ("CTR", "1,5 %"),
        ("Leads", "1.000"),
    ]
    assert split_kpis("") == []


def test_empty_columns_fold_and_every_column_fits_a_1280_window(qtbot: QtBot, cast: Cast) -> None:
    """At 1280×800 (the rail open) the board shows all its columns with cards: the empty
    ones fold to a strip with their name and count, and unfold when a card arrives."""
    ids = pipeline(cast)
    board, _ = open_board(qtbot, cast)
    board.resize(1280 - 224 - 16, 640)
    kept = [board.rows[ids[k]] for k in ("brief", "brief2", "development", "live")]
    board.set_rows(kept)
    empty = [s for s, c in board.columns.items() if c.count == 0]
    for status in empty:
        column = board.columns[status]
        assert column.folded and column.width() < 60 and not column.list.isVisible()
    assert not board.columns[S.BRIEF].folded
    lane = board.lane.sizeHint().width()
    assert lane <= board.scroll_area.viewport().width(), "the board needs a scroll bar"
    rows = [r for r in kept if r.id != ids["brief"]]
    board.set_rows([*rows, replace(board.rows[ids["brief"]], status=empty[0])])
    assert not board.columns[empty[0]].folded  # a card arrived: it opens


def test_the_presentation_dialog_offers_only_the_file_review_approved(
    qtbot: QtBot, cast: Cast
) -> None:
    """A proposal of two files: internal review's approval records the main one's SHA-256,
    and only that one may be shown to the client (the service refuses another), so the
    dialog lists it alone."""
    from agencia.services.campaigns.documents import DocumentInput, sha256
    from agencia.services.campaigns.proposals import ProposalInput, save_proposal

    cid = _campaign(cast, "Dos archivos", "20000", date.today() + timedelta(days=20))
    _develop(cast, cid)
    save_proposal(
        cast.db,
        cast.actor("executive"),
        cid,
        ProposalInput(
            summary="Con anexo.",
            uploads=(
                DocumentInput("propuesta.pdf", PROPOSAL_PDF),
                DocumentInput("anexo.pdf", b"%PDF-1.7 anexo\n"),
            ),
        ),
    )
    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Bien"))
    board, _ = open_board(qtbot, cast)
    drop(board, cid, S.PRESENTED)
    dialog = when_dialog(qtbot, PresentationDialog)
    assert isinstance(dialog, PresentationDialog)
    assert dialog.documents.count() == 1
    assert "propuesta.pdf" in dialog.documents.item(0).text()
    assert dialog.approved_sha256 == {sha256(PROPOSAL_PDF)}
    dialog.reject()


# -- readable cards at 1280 and 1024 (the reviewer's screenshots) ---------------------------

BOARD_SIZES = {"1280": 1280 - 224 - 16, "1024": 1024 - 64 - 16}  # the rail open / folded


@pytest.mark.parametrize("window", list(BOARD_SIZES))
def test_cards_read_whole_and_every_column_is_reached_by_scrolling(
    qtbot: QtBot, cast: Cast, window: str
) -> None:
    """Cards at least wide enough for a name in two lines of ~18 characters (at 1280 the
    names were cut to 5–8, «Olmo · Dí…»), headers whole, the budget whole (never
    «420.00…», which reads as 420 €), one date format on every card, and the board
    scrolling sideways to its last column."""
    ids = pipeline(cast)
    board, _ = open_board(qtbot, cast)
    board.resize(BOARD_SIZES[window], 640)
    qtbot.waitUntil(lambda: board.scroll_area.viewport().width() <= BOARD_SIZES[window])
    shown = [c for c in board.columns.values() if not c.folded]
    assert len(shown) >= 8
    for column in shown:
        card = column.list.viewport().width() - 2 * column.list.spacing()
        assert card >= 150, f"{column.status}: cards {card} px wide"
        assert column._title_room(column.width(), two_rows=board.two_row_headers) >= (
            column._title_width()
        ), f"{column.status}: header cut"
    font = board.columns[S.BRIEF].list.font()
    for row in (r for c in shown for r in c.model.rows):
        card = board.columns[row.status].list.viewport().width() - 8
        text = board.delegate.card_text(row, card, font)
        shown_name = " ".join(text.name).removesuffix("…")
        assert len(text.name) <= 2 and row.name.startswith(shown_name.split(" ")[0])
        assert len(shown_name) >= min(len(row.name), 24), (row.name, text.name)
        assert text.budget == board.budget_text(row)  # whole
        assert text.deadline.removeprefix("Vencida ") == date_text(row.deadline, board.ctx.locale)
    late = board.delegate.card_text(board.rows[ids["development"]], 150, font)
    assert late.deadline.startswith("Vencida") or "/" not in late.deadline
    # every column reachable: the scroll bar's end shows the last one whole
    bar = board.scroll_area.horizontalScrollBar()
    last = board.columns[BOARD_ORDER[-1]]
    right = last.mapTo(board.lane, QPoint(last.width(), 0)).x()
    assert bar.maximum() + board.scroll_area.viewport().width() >= right
    bar.setValue(bar.maximum())
    assert last.visibleRegion().boundingRect().width() == last.width()


def test_a_budget_too_wide_for_its_card_is_compact_never_cut(qtbot: QtBot, cast: Cast) -> None:
    cid = _campaign(cast, "Institucional", "420000", date.today() + timedelta(days=30))
    board, _ = open_board(qtbot, cast)
    row = board.rows[cid]
    font = board.columns[S.BRIEF].list.font()
    assert board.delegate.card_text(row, 180, font).budget == "420.000\xa0€"
    narrow = board.delegate.card_text(row, 64, font)
    assert narrow.budget == "420\xa0mil\xa0€" and "…" not in narrow.budget
