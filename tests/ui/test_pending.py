"""Pendientes: what waits for the person, grouped by urgency with counts; the rail's
count; Enter opens the item in its own area where its work is; Ctrl+Enter (or the
button) does its action in place through the area's service."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from typing import Any
from typing import cast as typed

import pytest
import shiboken6
from campaign_world import Cast, build_cast, version
from factories import Agency
from gui_support import Recorder, make_context, until
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_campaign_board import pipeline

from agencia.areas import ui_modules
from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.areas import AreaId
from agencia.domain.enums import CampaignStatus, Channel
from agencia.services.campaigns import flow
from agencia.services.campaigns.meetings import (
    MeetingInput,
    NextStepInput,
    save_meeting,
    send_meeting,
)
from agencia.services.campaigns.queries import get_campaign
from agencia.services.pending.items import PendingItem
from agencia.ui.pending.actions import ActionDialog, Answer
from agencia.ui.pending.area import PendingArea, create
from agencia.ui.pending.controller import PendingController
from agencia.ui.pending.view import group_of
from agencia.ui.widgets.places import Places

S = CampaignStatus


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def open_pending(qtbot: QtBot, cast: Cast, who: str) -> tuple[PendingArea, Recorder, list[int]]:
    ctx, recorder = make_context(cast.db, cast.actor(who))
    area = create(ctx)
    assert isinstance(area, PendingArea)
    badges: list[int] = []
    area.badge_changed.connect(badges.append)  # as the window does, right after create()
    qtbot.waitUntil(until(lambda: badges))  # counted at start, without opening the page
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    area.activated()
    return area, recorder, badges


def test_pendientes_comes_first_on_the_rail() -> None:
    assert ui_modules()[0] == "agencia.ui.pending.area"


def test_the_supervisor_sees_the_approval_and_its_count(qtbot: QtBot, cast: Cast) -> None:
    ids = pipeline(cast)
    area, recorder, badges = open_pending(qtbot, cast, "supervisor")
    view = area.controller.view
    groups = dict(view.rows())
    assert list(groups) == ["Más adelante o sin fecha (1)"]  # its deadline is 20 days off
    assert groups["Más adelante o sin fecha (1)"][0][:3] == (
        "Revisar y aprobar la propuesta",
        "Rebranding de envases",
        "Bebidas Sol de Mayo",
    )
    assert badges[-1] == 1
    assert view.summary.text() == "1 asunto espera de usted"
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)  # from the group to its first item
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert recorder.navigations == [("campaigns", ids["review"])]
    # deciding it (through Operations, as every screen does) empties the list and the badge
    cid = ids["review"]
    area.ctx.ops.write(
        lambda db, actor: flow.move_campaign(
            db,
            actor,
            cid,
            S.READY_FOR_CLIENT,
            version=version(cast, cid),
            step=flow.InternalDecisionStep("Adelante"),
        ),
    )
    qtbot.waitUntil(until(lambda: badges[-1] == 0))
    assert view.stack.currentWidget() is view.empty
    assert view.empty.title.text() == "Nada pendiente"


def test_the_executive_sees_what_is_overdue_first_in_red(qtbot: QtBot, cast: Cast) -> None:
    pipeline(cast)
    area, _recorder, badges = open_pending(qtbot, cast, "executive")
    view = area.controller.view
    groups = view.rows()
    assert groups[0][0] == "Vencidos (1)"
    assert [(r[0], r[1]) for r in groups[0][1]] == [("Fecha límite vencida", "Verano sin azúcar")]
    assert groups[0][1][0][3].startswith("Vencida: ")
    assert groups[-1][0].startswith("Más adelante o sin fecha (")
    assert sum(len(rows) for _, rows in groups) == 5  # present, decide, changes, 2 deadlines
    heading = view.model.index(0, 0)
    assert heading.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    late = view.model.index(0, 3, heading)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    later = view.model.index(view.model.rowCount() - 1, 0)
    assert view.model.index(0, 3, later).data(Qt.ItemDataRole.ForegroundRole) is None
    assert badges[-1] == 5
    assert "1 vencida" in view.summary.text()


def item(due: date | None, overdue: bool = False) -> PendingItem:
    return PendingItem(AreaId.CAMPAIGNS, "deadline", 1, "C", "A", "C", due, overdue)


def test_items_group_by_urgency() -> None:
    """Overdue, today, the rest of this week (to Sunday), later or without a date."""
    monday = date(2026, 12, 7)
    assert group_of(item(monday - timedelta(days=1), overdue=True), monday) == "overdue"
    assert group_of(item(monday), monday) == "today"
    assert group_of(item(monday + timedelta(days=6)), monday) == "week"
    assert group_of(item(monday + timedelta(days=7)), monday) == "later"
    assert group_of(item(None), monday) == "later"
    sunday = monday + timedelta(days=6)
    assert group_of(item(sunday + timedelta(days=1)), sunday) == "later"


def test_every_area_opens_on_its_own_record(qtbot: QtBot, cast: Cast) -> None:
    """One mechanism for every area: a service request opens in Servicio on the request,
    a task in Coordinación on its campaign, an acta on the acta (by its id)."""
    area, recorder, _badges = open_pending(qtbot, cast, "executive")
    controller = area.controller
    request = PendingItem(AreaId.SERVICE, "service_request", 7, "Avería", "A", "Avería", None, True)
    task = PendingItem(AreaId.COORDINATION, "task_overdue", 3, "C", "A", "Rodaje", None, True)
    acta = PendingItem(AreaId.CAMPAIGNS, "send_report", 4, "C", "A", "Kick-off", None, False, 9)
    for one in (request, task, acta):
        controller.open_item(one)
    assert recorder.navigations == [("service", 7), ("coordination", 3), ("campaigns", 4)]
    wanted = area.ctx.actions.findChild(Places, "places")
    assert isinstance(wanted, Places) and wanted.wanted is not None
    assert (wanted.wanted.where, wanted.wanted.item_id) == ("meetings", 9)


def test_the_proposal_is_approved_in_place(qtbot: QtBot, cast: Cast) -> None:
    ids = pipeline(cast)
    area, recorder, badges = open_pending(qtbot, cast, "supervisor")
    view, controller = area.controller.view, area.controller
    asked: list[str] = []

    def answer(dialog: ActionDialog) -> Answer:
        asked.append(dialog.windowTitle())
        return Answer("Adelante")

    controller.ask = answer  # type: ignore[method-assign]
    assert view.select("approve_proposal")
    assert view.act_button.isVisible() and view.act_button.text() == "Aprobar propuesta…"
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Aprobar propuesta"]
    qtbot.waitUntil(until(lambda: badges[-1] == 0))
    assert get_campaign(cast.db, SYSTEM, ids["review"]).status is S.READY_FOR_CLIENT
    assert recorder.toasts[-1] == "Propuesta aprobada: lista para el cliente"
    assert recorder.navigations == []  # done here: nothing opened


def test_a_change_made_meanwhile_is_shown_not_overwritten(qtbot: QtBot, cast: Cast) -> None:
    ids = pipeline(cast)
    area, _recorder, _badges = open_pending(qtbot, cast, "supervisor")
    view, controller = area.controller.view, area.controller
    controller.ask = lambda _dialog: Answer("")  # type: ignore[method-assign, assignment]
    cid = ids["review"]  # the manager asks for changes while the list is on screen
    flow.move_campaign(
        cast.db,
        cast.actor("manager"),
        cid,
        S.CHANGES_REQUESTED,
        version=version(cast, cid),
        step=flow.InternalDecisionStep("Más digital"),
    )
    assert view.select("approve_proposal")
    view.act_button.click()
    qtbot.waitUntil(until(lambda: view.action_error.isVisible()))
    assert view.action_error.text()
    assert get_campaign(cast.db, SYSTEM, cid).status is S.CHANGES_REQUESTED


def test_a_next_step_is_marked_done_in_place(qtbot: QtBot, cast: Cast) -> None:
    ids = pipeline(cast)
    executive = cast.actor("executive")
    steps = (
        NextStepInput(
            "Enviar el contrabrief", owner_staff_id=cast.staff["executive"], due_on=date.today()
        ),
        NextStepInput("Pasar los datos de venta", owner_contact_id=cast.contact_id),
    )
    data = MeetingInput(date.today(), "Arranque", next_steps=steps)
    saved = save_meeting(cast.db, executive, ids["brief"], data)
    area, _recorder, badges = open_pending(qtbot, cast, "executive")
    view = area.controller.view
    groups = dict(view.rows())
    assert groups["Hoy (1)"][0][0] == "Enviar el contrabrief"
    assert view.select("next_step")
    assert view.act_button.text() == "Marcar como hecho"
    before = badges[-1]
    view.act_button.click()
    qtbot.waitUntil(until(lambda: badges[-1] == before - 1))
    meeting = get_campaign(cast.db, executive, ids["brief"]).meetings[0]
    assert [(s.description, s.done) for s in meeting.next_steps] == [
        ("Enviar el contrabrief", True),
        ("Pasar los datos de venta", False),
    ]
    assert meeting.id == saved.id
    assert not view.select("next_step")
    assert view.select("send_report")  # the acta itself still waits to be sent: it opens
    assert not view.act_button.isVisible()


def test_nothing_pending_says_so(qtbot: QtBot, cast: Cast) -> None:
    pipeline(cast)
    area, _recorder, badges = open_pending(qtbot, cast, "assistant")
    assert badges[-1] == 0
    view = area.controller.view
    assert view.stack.currentWidget() is view.empty
    assert view.empty.title.text() == "Nada pendiente"


def test_an_item_opens_where_its_work_is(qtbot: QtBot, cast: Cast, make_ops) -> None:  # type: ignore[no-untyped-def]
    """«Revisar y aprobar la propuesta» opens the campaign on its proposals, the version
    under review chosen — not on the brief."""
    from PySide6.QtCore import QLocale

    from agencia.ui.area import AppContext
    from agencia.ui.campaigns.detail_view import TAB_PROPOSALS
    from agencia.ui.shell.window import MainWindow

    ids = pipeline(cast)
    window = MainWindow()
    qtbot.addWidget(window)
    actor = cast.actor("supervisor")
    window.install(AppContext(make_ops(actor), window.registry, actor, QLocale("es_ES"), "EUR"))
    window.resize(1280, 800)
    window.show()
    window.switch_to(AreaId.PENDING)
    view = typed(Any, window.areas[AreaId.PENDING]).controller.view
    qtbot.waitUntil(until(lambda: view.rows()))
    view.tree.setFocus()
    view.tree.setCurrentIndex(view.model.index(0, 0, view.model.index(0, 0)))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    campaigns = typed(Any, window.areas[AreaId.CAMPAIGNS]).controller
    qtbot.waitUntil(
        until(lambda: campaigns.detail is not None and campaigns.detail.id == ids["review"])
    )
    detail = campaigns.detail_view
    qtbot.waitUntil(until(lambda: detail.tabs.currentIndex() == TAB_PROPOSALS))
    chosen = detail.proposals_tab.current_version()
    assert chosen is not None
    assert chosen.number == max(p.number for p in campaigns.detail.proposals)
    window.close_guard.allow = lambda _event: True  # type: ignore[method-assign, assignment]


def test_the_clients_confirmation_of_an_acta_is_recorded_in_place(qtbot: QtBot, cast: Cast) -> None:
    ids = pipeline(cast)
    executive = cast.actor("executive")
    data = MeetingInput(date.today(), "Arranque", contact_ids=(cast.contact_id,))
    saved = save_meeting(cast.db, executive, ids["brief"], data)
    send_meeting(cast.db, executive, saved.id, cast.contact_id, saved.version)
    area, recorder, _badges = open_pending(qtbot, cast, "executive")
    view, controller = area.controller.view, area.controller
    asked: list[str] = []

    def answer(dialog: ActionDialog) -> Answer:
        asked.append(dialog.windowTitle())
        return Answer("Por teléfono, conforme", date.today(), Channel.PHONE)

    controller.ask = answer  # type: ignore[method-assign]
    assert view.select("acknowledgement", "Arranque")
    assert view.act_button.text() == "Registrar confirmación…"
    view.act_button.click()
    qtbot.waitUntil(until(lambda: not view.select("acknowledgement", "Arranque")))
    meeting = get_campaign(cast.db, executive, ids["brief"]).meetings[0]
    assert meeting.acknowledged_on == date.today()
    assert meeting.acknowledged_channel is Channel.PHONE
    assert recorder.toasts[-1] == "Confirmación del cliente registrada"
    assert asked == ["Registrar confirmación"]


def test_an_acta_opens_on_itself_by_its_id(qtbot: QtBot, cast: Cast, make_ops) -> None:  # type: ignore[no-untyped-def]
    """Two actas with the same subject: «Enviar el acta» opens the one it is about."""
    from PySide6.QtCore import QLocale

    from agencia.ui.area import AppContext
    from agencia.ui.campaigns.detail_view import TAB_MEETINGS
    from agencia.ui.shell.window import MainWindow

    ids = pipeline(cast)
    executive = cast.actor("executive")
    cid = ids["brief"]
    older = MeetingInput(date.today() - timedelta(days=7), "Seguimiento")
    unsent = save_meeting(cast.db, executive, cid, older)
    sent = save_meeting(cast.db, executive, cid, MeetingInput(date.today(), "Seguimiento"))
    send_meeting(cast.db, executive, sent.id, cast.contact_id, sent.version)
    window = MainWindow()
    qtbot.addWidget(window)
    window.install(
        AppContext(make_ops(executive), window.registry, executive, QLocale("es_ES"), "EUR")
    )
    window.resize(1280, 800)
    window.show()
    window.switch_to(AreaId.PENDING)
    view = typed(Any, window.areas[AreaId.PENDING]).controller.view
    qtbot.waitUntil(until(lambda: view.select("send_report", "Seguimiento")))
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    campaigns = typed(Any, window.areas[AreaId.CAMPAIGNS]).controller
    qtbot.waitUntil(
        until(lambda: campaigns.detail is not None and campaigns.detail.id == ids["brief"])
    )
    detail = campaigns.detail_view
    qtbot.waitUntil(until(lambda: detail.tabs.currentIndex() == TAB_MEETINGS))
    chosen = detail.meetings_tab.current_meeting()
    rows = detail.meetings_tab.model.rows()
    assert rows[0].id == sent.id  # listed first: matching by the subject would choose it
    assert chosen is not None and chosen.id == unsent.id
    window.close_guard.allow = lambda _event: True  # type: ignore[method-assign, assignment]


def test_beyond_the_listed_approvals_one_line_opens_the_campaigns_awaiting_review(
    qtbot: QtBot,
    cast: Cast,
    make_ops,  # type: ignore[no-untyped-def]
) -> None:
    """An agency at scale: each urgency group lists at most `LISTED` approvals, its count
    says how many wait in all, and «y N briefs más» opens the campaigns list on exactly
    the briefs awaiting her decision — the rest of that work — behind a filter it shows."""
    from PySide6.QtCore import QLocale

    from agencia.db.uow import unit_of_work
    from agencia.demo.campaigns import scale
    from agencia.services.campaigns.pending import LISTED, _approvals
    from agencia.ui.area import AppContext
    from agencia.ui.shell.window import MainWindow

    with cast.db.writer.connect() as connection, connection.begin():
        scale.fill_at_scale(connection, date.today(), total=1200)
    actor = cast.actor("director")
    with unit_of_work(cast.db, actor, write=False) as uow:
        every = _approvals(uow, date.today())
    window = MainWindow()
    qtbot.addWidget(window)
    window.install(AppContext(make_ops(actor), window.registry, actor, QLocale("es_ES"), "EUR"))
    window.resize(1280, 800)
    window.show()
    window.switch_to(AreaId.PENDING)
    pending = typed(Any, window.areas[AreaId.PENDING]).controller
    view = pending.view
    qtbot.waitUntil(until(lambda: view.select("approve_brief_more")))
    shown = sum(len(rows) for _group, rows in view.rows())
    listed = len(pending.items)
    assert shown == listed < len(every)  # bounded
    for group, rows in view.rows():
        approvals = [r for r in rows if r[0].startswith(("Aprobar el brief", "Revisar y"))]
        assert len(approvals) <= LISTED, group
    summary = view.summary.text()
    assert summary.split()[0] == str(sum(i.more or 1 for i in pending.items))
    assert sum(i.more or 1 for i in pending.items) >= len(every)  # every approval counted
    line = view.current_item()
    assert line is not None and line.more > 0
    assert view.tree.currentIndex().data().startswith(f"y {line.more} briefs más por aprobar")
    assert not view.act_button.isVisible()  # opened, not done here
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    campaigns = typed(Any, window.areas[AreaId.CAMPAIGNS]).controller
    listing = campaigns.list_view
    qtbot.waitUntil(until(lambda: listing.model.loaded and listing.model.query.awaiting == "brief"))
    assert window.stack.currentWidget() is campaigns.page
    assert not campaigns.page.showing_campaign
    assert not listing.mine.isChecked() and listing.awaiting_filter.isVisible()
    briefs = {i.campaign_id for i in every if i.kind == "approve_brief"}
    assert set(listing.model.ids()) == briefs  # exactly the briefs awaiting her
    listing.awaiting_filter.click()  # the filter shown is the one cleared
    qtbot.waitUntil(until(lambda: listing.model.loaded and not listing.model.query.awaiting))
    assert not listing.awaiting_filter.isVisible()
    window.close_guard.allow = lambda _event: True  # type: ignore[method-assign, assignment]


def test_a_gone_controller_hears_no_more_changes(qtbot: QtBot, agency: Agency) -> None:
    """The operations outlive a session («Cambiar de usuario…»): the old Pendientes
    controller's answer to a change reached its deleted timer, an error at every change."""
    ctx, _ = make_context(agency.db, agency.admin)
    gone = PendingController(ctx)
    shiboken6.delete(gone)
    errors: list[BaseException] = []
    previous = sys.excepthook
    sys.excepthook = lambda _t, error, _tb: errors.append(error)
    try:
        ctx.ops.changed.emit(set())
        QApplication.processEvents()
    finally:
        sys.excepthook = previous
    assert errors == []
