"""The campaign page's «Plan de medios» tab: lines added, edited in their cells, reordered
and removed, the total against the budget, saved over the campaign's version, kept across
reloads and campaigns while unsaved, a save meanwhile never overwritten, and read-only for
whom may not edit the campaign."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from campaign_world import Cast, build_cast, new_campaign, ready_for_development, version
from gui_support import Recorder, make_context, until
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import CampaignStatus, MediaChannel
from agencia.services.campaigns import flow
from agencia.services.campaigns.media_plan import PlanLineInput, save_plan
from agencia.services.campaigns.queries import get_campaign
from agencia.ui.campaigns.area import CampaignsArea
from agencia.ui.campaigns.controller import CampaignsController
from agencia.ui.campaigns.detail_view import TAB_MEDIA_PLAN, TAB_PROPOSALS
from agencia.ui.campaigns.media_plan_model import AMOUNT, CHANNEL, DESCRIPTION, ENDS, STARTS
from agencia.ui.campaigns.media_plan_tab import MediaPlanTab
from agencia.ui.widgets.doc_widgets import MoneyEdit

_AREAS: list[CampaignsArea] = []


@pytest.fixture(autouse=True)
def _areas() -> Iterator[None]:
    yield
    _AREAS.clear()


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


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
    _AREAS.append(area)
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    area.open_record(campaign_id)
    qtbot.waitUntil(until(lambda: controller.page.showing_campaign))
    controller.detail_view.tabs.setCurrentIndex(TAB_MEDIA_PLAN)
    return controller, recorder


def plan_tab(controller: CampaignsController) -> MediaPlanTab:
    return controller.detail_view.media_plan_tab


def put(tab: MediaPlanTab, row: int, column: int, value: object) -> None:
    """What the cell's editor hands the model when the person leaves it."""
    assert tab.model.setData(tab.model.index(row, column), value)


def stored_plan(cast: Cast, campaign_id: int) -> list[tuple[MediaChannel, str, Decimal]]:
    return [
        (line.channel, line.description, line.amount)
        for line in get_campaign(cast.db, SYSTEM, campaign_id).plan
    ]


def test_the_tab_sits_after_the_proposals(qtbot: QtBot, cast: Cast) -> None:
    controller, _ = open_page(qtbot, cast, "executive", new_campaign(cast))
    tabs = controller.detail_view.tabs
    assert tabs.tabText(TAB_PROPOSALS).startswith("Propuestas")
    assert tabs.tabText(TAB_MEDIA_PLAN) == "Plan de medios"
    assert tabs.widget(TAB_MEDIA_PLAN) is plan_tab(controller)


def test_lines_are_added_totalled_saved_and_shown_again(qtbot: QtBot, cast: Cast) -> None:
    cid = new_campaign(cast)
    controller, recorder = open_page(qtbot, cast, "executive", cid)
    tab = plan_tab(controller)
    assert tab.stack.currentWidget() is tab.empty
    assert tab.empty.title.text() == "Aún no hay plan de medios"
    assert tab.empty.button.text() == "Añadir línea" and tab.empty.button.isVisibleTo(tab)
    assert not tab.save_button.isEnabled()

    tab.empty.button.click()  # the first line, with the campaign's dates
    assert tab.model.rowCount() == 1 and tab.stack.currentIndex() == 0
    first = tab.model.rows[0]
    assert (first.starts, first.ends) == (date(2026, 1, 10), date(2026, 12, 20))
    put(tab, 0, CHANNEL, MediaChannel.ONLINE_VIDEO.value)
    put(tab, 0, DESCRIPTION, "Pre-roll de 15 s en YouTube")
    put(tab, 0, AMOUNT, Decimal("14500"))
    tab.add_line()
    assert tab.model.rows[1].channel is MediaChannel.TV  # the first channel not used yet
    put(tab, 1, CHANNEL, MediaChannel.OUTDOOR.value)
    put(tab, 1, DESCRIPTION, "Mupis en Madrid")
    put(tab, 1, AMOUNT, Decimal("8200.5"))
    put(tab, 1, STARTS, None)
    put(tab, 1, ENDS, None)
    index = tab.model.index(1, STARTS)
    assert index.data() == "Sin fecha"
    assert tab.model.index(0, AMOUNT).data() == "14.500,00\u00a0€"
    assert tab.model.index(0, CHANNEL).data() == "Vídeo online"
    assert tab.total_value.text() == "22.700,50\u00a0€"
    assert tab.budget_label.text() == "Presupuesto 40.000,00\u00a0€ · quedan 17.299,50\u00a0€"
    assert "Cambios sin guardar" in tab.state_label.text()

    # reordered: the outdoor line first
    tab.table.selectRow(1)
    tab.up_button.click()
    assert [r.channel for r in tab.model.rows] == [MediaChannel.OUTDOOR, MediaChannel.ONLINE_VIDEO]

    assert tab.save_button.isEnabled()
    tab.save_button.click()
    qtbot.waitUntil(until(lambda: "Plan de medios guardado" in recorder.toasts))
    assert stored_plan(cast, cid) == [
        (MediaChannel.OUTDOOR, "Mupis en Madrid", Decimal("8200.50")),
        (MediaChannel.ONLINE_VIDEO, "Pre-roll de 15 s en YouTube", Decimal("14500.00")),
    ]
    # the page reloaded the campaign (ops.changed): the lines as stored, nothing unsaved
    qtbot.waitUntil(until(lambda: len(controller.detail_view.detail.plan) == 2))
    assert not tab.has_unsaved_changes() and not tab.save_button.isEnabled()
    assert tab.model.index(0, DESCRIPTION).data() == "Mupis en Madrid"

    # someone opening the campaign afresh sees the plan
    other, _ = open_page(qtbot, cast, "supervisor", cid)
    shown = plan_tab(other)
    assert shown.model.rowCount() == 2 and shown.total_value.text() == "22.700,50\u00a0€"

    # a line removed and the plan saved again
    tab.table.selectRow(0)
    tab.remove_button.click()
    assert tab.model.rowCount() == 1
    tab.save()
    qtbot.waitUntil(until(lambda: len(stored_plan(cast, cid)) == 1))


def test_the_cells_edit_with_the_house_editors(qtbot: QtBot, cast: Cast) -> None:
    controller, _ = open_page(qtbot, cast, "executive", new_campaign(cast))
    tab = plan_tab(controller)
    tab.add_line()
    delegate = tab.table.itemDelegate()
    option = QStyleOptionViewItem()
    channel_index = tab.model.index(0, CHANNEL)
    combo = delegate.createEditor(tab.table.viewport(), option, channel_index)
    assert isinstance(combo, QComboBox)
    delegate.setEditorData(combo, channel_index)
    combo.setCurrentIndex(combo.findData(MediaChannel.RADIO.value))
    delegate.setModelData(combo, tab.model, channel_index)
    assert tab.model.rows[0].channel is MediaChannel.RADIO
    amount_index = tab.model.index(0, AMOUNT)
    editor = delegate.createEditor(tab.table.viewport(), option, amount_index)
    assert isinstance(editor, MoneyEdit)
    editor.setText("1.250,5")
    delegate.setModelData(editor, tab.model, amount_index)
    assert tab.model.rows[0].amount == Decimal("1250.5")
    editor.setText("mucho")  # not an amount: the cell keeps what it had
    delegate.setModelData(editor, tab.model, amount_index)
    assert tab.model.rows[0].amount == Decimal("1250.5")
    for widget in (combo, editor):
        widget.deleteLater()


def test_ctrl_s_inside_a_cell_saves_what_it_holds(qtbot: QtBot, cast: Cast) -> None:
    cid = new_campaign(cast)
    controller, recorder = open_page(qtbot, cast, "executive", cid)
    tab = plan_tab(controller)
    tab.activateWindow()  # shortcuts work in the active window only
    qtbot.waitUntil(tab.isActiveWindow)
    tab.add_line()  # a new line opens its channel's editor
    editor = tab.table.indexWidget(tab.model.index(0, CHANNEL))
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(MediaChannel.RADIO.value))
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(until(lambda: "Plan de medios guardado" in recorder.toasts))
    assert [c for c, _d, _a in stored_plan(cast, cid)] == [MediaChannel.RADIO]


def test_an_end_before_its_start_is_marked_and_not_saved(qtbot: QtBot, cast: Cast) -> None:
    cid = new_campaign(cast)
    controller, _ = open_page(qtbot, cast, "executive", cid)
    tab = plan_tab(controller)
    tab.add_line()
    put(tab, 0, STARTS, date(2026, 5, 10))
    put(tab, 0, ENDS, date(2026, 5, 1))
    assert tab.model.index(0, ENDS).data(Qt.ItemDataRole.ToolTipRole) == tab.model.cell_error(
        0, ENDS
    )
    assert tab.model.cell_error(0, ENDS)
    tab.save()
    assert tab.notice.text() == "Revise las celdas marcadas en rojo."
    assert stored_plan(cast, cid) == []
    put(tab, 0, ENDS, date(2026, 6, 1))
    assert tab.model.errors() == []


def test_the_total_says_when_it_goes_over_the_budget(qtbot: QtBot, cast: Cast) -> None:
    controller, _ = open_page(qtbot, cast, "executive", new_campaign(cast, budget="10000"))
    tab = plan_tab(controller)
    tab.add_line()
    put(tab, 0, AMOUNT, Decimal("12000"))
    assert tab.budget_label.text() == "Presupuesto 10.000,00\u00a0€ · lo supera en 2000,00\u00a0€"


def test_unsaved_lines_survive_reloads_and_other_campaigns(qtbot: QtBot, cast: Cast) -> None:
    cid = new_campaign(cast)
    other = new_campaign(cast, name="Verano")
    controller, _ = open_page(qtbot, cast, "executive", cid)
    view = controller.detail_view
    tab = plan_tab(controller)
    tab.add_line()
    put(tab, 0, DESCRIPTION, "Cuñas en radio local")
    # the page reloads the same campaign (anything of it changed): the line stays
    view.show_detail(get_campaign(cast.db, cast.actor("executive"), cid))
    assert tab.model.rowCount() == 1 and tab.has_unsaved_changes()
    # another campaign, and back: the edits were set aside and come back
    view.show_detail(get_campaign(cast.db, cast.actor("executive"), other))
    assert tab.model.rowCount() == 0 and not tab.has_unsaved_changes()
    view.show_detail(get_campaign(cast.db, cast.actor("executive"), cid))
    assert tab.model.index(0, DESCRIPTION).data() == "Cuñas en radio local"
    assert tab.notice.text() == "Se han recuperado sus cambios sin guardar en el plan de medios."


def test_a_campaign_moved_meanwhile_still_takes_the_plan(qtbot: QtBot, cast: Cast) -> None:
    """The campaign's version moved (a status change), its plan did not: saving goes on."""
    cid = new_campaign(cast)
    ready_for_development(cast, cid)
    controller, recorder = open_page(qtbot, cast, "executive", cid)
    tab = plan_tab(controller)
    tab.add_line()
    put(tab, 0, AMOUNT, Decimal("5000"))
    flow.move_campaign(
        cast.db,
        cast.actor("executive"),
        cid,
        CampaignStatus.IN_DEVELOPMENT,
        version=version(cast, cid),
    )
    tab.save()
    qtbot.waitUntil(until(lambda: "Plan de medios guardado" in recorder.toasts))
    assert [amount for _c, _d, amount in stored_plan(cast, cid)] == [Decimal("5000.00")]


def test_a_plan_saved_meanwhile_is_never_overwritten_unasked(qtbot: QtBot, cast: Cast) -> None:
    cid = new_campaign(cast)
    controller, recorder = open_page(qtbot, cast, "executive", cid)
    tab = plan_tab(controller)
    tab.add_line()
    put(tab, 0, DESCRIPTION, "La mía")
    save_plan(
        cast.db,
        cast.actor("supervisor"),
        cid,
        [PlanLineInput(MediaChannel.PRESS, "La suya", Decimal("100"))],
        version(cast, cid),
    )
    tab.save()
    assert tab.notice.kind == "warning"
    assert "Otra persona guardó el plan de medios" in tab.notice.text()
    assert stored_plan(cast, cid) == [(MediaChannel.PRESS, "La suya", Decimal("100.00"))]
    assert tab.model.index(0, DESCRIPTION).data() == "La mía"  # the edits stay
    over = next(b for b in tab.notice.buttons() if b.text() == "Guardar los míos encima")
    over.click()
    qtbot.waitUntil(until(lambda: "Plan de medios guardado" in recorder.toasts))
    assert [d for _c, d, _a in stored_plan(cast, cid)] == ["La mía"]


def test_read_only_for_an_assistant(qtbot: QtBot, cast: Cast) -> None:
    cid = new_campaign(cast)
    save_plan(
        cast.db,
        cast.actor("executive"),
        cid,
        [PlanLineInput(MediaChannel.SOCIAL, "Reels", Decimal("900"))],
        version(cast, cid),
    )
    controller, _ = open_page(qtbot, cast, "assistant", cid)
    tab = plan_tab(controller)
    assert not controller.detail_view.detail.can_edit
    assert tab.model.rowCount() == 1
    assert not tab.model.flags(tab.model.index(0, DESCRIPTION)) & Qt.ItemFlag.ItemIsEditable
    for button in (tab.add_button, tab.save_button, tab.remove_button, tab.discard_button):
        assert not button.isVisibleTo(tab)
    assert "Su rol no permite editar el plan de medios" in tab.state_label.text()
    tab.add_line()  # reached some other way: nothing happens
    assert tab.model.rowCount() == 1


def test_an_assistant_sees_an_empty_plan_without_the_first_action(qtbot: QtBot, cast: Cast) -> None:
    controller, _ = open_page(qtbot, cast, "assistant", new_campaign(cast))
    tab = plan_tab(controller)
    assert tab.stack.currentWidget() is tab.empty
    assert not tab.empty.button.isVisibleTo(tab)
    assert tab.empty.body.text() == "Su rol no permite editar el plan de medios de esta campaña."
