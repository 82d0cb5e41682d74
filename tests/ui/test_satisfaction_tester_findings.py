"""Satisfacción as a tester found it (explore 8, L4 and L8): an improvement action's
dimension named in the window's language, the trend's legend whole at the window's
sizes, «Cerrar la acción» only with an open action chosen, and «Evolución de la salud»
ending at the figure the list shows, not at the last kept day."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from gui_support import until
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import messages
from agencia.domain.satisfaction_models import HealthRecord
from agencia.ui.formatting import date_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_support import answered_world, satisfaction_page
from satisfaction_world import World


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return answered_world(sqlite_db)


def test_an_action_proposed_in_spanish_names_its_dimension_in_english(
    qtbot: QtBot, world: World
) -> None:
    _ctx, _rec, area, view = satisfaction_page(qtbot, world)
    weakest = area.controller.page.results.weakest[0]
    assert weakest.dimension == "Tangibles"
    empathy = next(d for d in area.controller.page.results.dimensions if d.dimension == "Empatía")
    area.controller.propose(empathy, "Llamada semanal al cliente")
    qtbot.waitUntil(until(lambda: view.actions_model.rowCount() == 1))
    assert view.actions_model.index(0, 1).data() == "Empatía"
    messages.set_language("en")  # (the conftest puts the language back)
    area.controller.reload()
    qtbot.waitUntil(until(lambda: view.actions_model.index(0, 1).data() == "Empathy"))
    # and its gap is still followed: the English results name the same dimension
    assert view.actions_model.row(0).latest_gap is not None


def test_close_the_action_only_with_an_open_action_chosen(qtbot: QtBot, world: World) -> None:
    _ctx, _rec, area, view = satisfaction_page(qtbot, world)
    area.controller.propose(area.controller.page.results.weakest[0], "Revisar las oficinas")
    qtbot.waitUntil(until(lambda: view.actions_model.rowCount() == 1))
    view.tabs.setCurrentIndex(2)
    assert not view.close_action.isEnabled()  # nothing chosen: nothing to close
    assert view.close_action.toolTip()  # and it says why
    view.actions_table.selectionModel().setCurrentIndex(
        view.actions_model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert view.close_action.isEnabled() and not view.close_action.toolTip()
    view.close_action.click()
    qtbot.waitUntil(until(lambda: view.actions_model.row(0).status.value == "done"))
    view.actions_table.selectRow(0)
    assert not view.close_action.isEnabled()  # a closed action is not closed again


NAMES = {
    "es": ["Media", "Competencia", "Tangibles", "Cumplimiento de expectativas"],
    "en": ["Mean", "Competence", "Tangibles", "Fulfilment of expectations"],
}


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_trend_legend_shows_every_name_whole(
    qtbot: QtBot, world: World, lang: str, size: tuple[int, int]
) -> None:
    """The page as the window holds it at `size` (less the rail and the window's frame),
    the results tab shown: each line's name whole, inside the chart; a narrower chart
    wraps the names onto more rows rather than cutting them."""
    _ctx, _rec, _area, view = satisfaction_page(qtbot, world, size=(size[0] - 90, size[1] - 110))
    view.tabs.setCurrentIndex(1)
    chart = view.trend_chart
    chart.set_lines(["T1 26", "T2 26"], {n: [3.0, 4.0] for n in NAMES[lang]}, 5)
    qtbot.waitUntil(until(lambda: chart.isVisible() and chart.width() > 100))
    for width in (chart.width(), 260, 330):
        chart.resize(width, chart.height())
        metrics = QFontMetrics(chart.font())
        legend = chart.legend(metrics)
        assert [text for _x, _row, text in legend] == NAMES[lang]
        for x, _row, text in legend:
            assert x + metrics.horizontalAdvance(text) <= chart.width(), (width, text)
    assert not chart.grab().isNull()


def test_health_evolution_ends_at_the_figure_the_list_shows(qtbot: QtBot, world: World) -> None:
    """The kept days end ten days ago at 100; the list shows today's live figure: the
    chart's last point is that figure, on today's date."""
    today = date.today()
    with unit_of_work(world.db, world.admin, write=True) as uow:
        uow.session.execute(
            update(HealthRecord)
            .where(HealthRecord.account_id == world.accounts["cafe"])
            .values(computed_on=today - timedelta(days=10), score=100)
        )
    _ctx, _rec, _area, view = satisfaction_page(qtbot, world)
    assert view.health_model.index(0, 0).data() == "Café Madrid"
    live = int(view.health_model.index(0, 1).data())
    assert live < 100
    view.health_table.selectRow(0)
    qtbot.waitUntil(until(view.health_trend.isVisible))
    chart = view.health_trend
    assert chart.points[0] == (0.0, 100) and chart.points[-1] == (1.0, live)
    assert chart.ends[1] == date_text(today, view.agency_locale)


def test_an_accounts_weights_are_percentages_in_the_windows_language(
    qtbot: QtBot, world: World
) -> None:
    """English writes «43%», Spanish «43 %» (the house's `percent`), never a hand-made «%»."""
    messages.set_language("en")  # (the conftest puts the language back)
    _ctx, _rec, _area, view = satisfaction_page(qtbot, world, locale="en_001")
    view.health_table.setCurrentIndex(view.health_model.index(0, 0))
    detail = view.health_detail.toPlainText()
    assert "%" in detail and " %" not in detail, detail
