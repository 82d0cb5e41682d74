"""Satisfacción as a reviewer's screenshots found it: the health line ran through the
bands' names, the gap chart's axis wrote «-1.0» in a Spanish window, Enter cancelled
«Registrar respuesta» (Cancelar took the focus and became the default), «Nueva encuesta»
could be saved empty, an action's due day was «16/4/26» in Spanish only, the last
dimension of a survey stood a blank line above its questions, and the health reasons
started in lowercase."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from gui_support import until
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain import messages
from agencia.ui.satisfaction.charts import SCORE, Bar, GapChart, HealthTrendChart
from agencia.ui.satisfaction.designer_dialog import DesignerDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_support import answered_world, satisfaction_page
from satisfaction_world import World


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return answered_world(sqlite_db)


# -- 1. the health chart's band names ----------------------------------------------------------
def _health_grab(
    qtbot: QtBot, width: int, limits: list[tuple[int, str]], level: float | None
) -> QImage:
    chart = HealthTrendChart("Evolución de la salud")
    qtbot.addWidget(chart)
    chart.resize(width, 220)
    points = [] if level is None else [(0.0, level), (0.5, level), (1.0, level)]
    chart.set_points(("1 ene 2026", "7 dic 2026"), points, limits)
    return chart.grab().toImage()


def _is_line(colour: QColor) -> bool:
    return (
        abs(colour.red() - SCORE.red()) < 60
        and abs(colour.green() - SCORE.green()) < 60
        and abs(colour.blue() - SCORE.blue()) < 60
    )


@pytest.mark.parametrize("words", [("Sana", "En riesgo"), ("Healthy", "At risk")])
@pytest.mark.parametrize("width", [420, 300])
@pytest.mark.parametrize("level", [75.0, 55.0, 72.0, 52.0])
def test_the_health_line_never_runs_through_a_band_name(
    qtbot: QtBot, width: int, level: float, words: tuple[str, str]
) -> None:
    """The names' pixels (the ink the named limits add to the unnamed ones) stay clear
    of the line wherever it runs: a flat line just above each limit, where a name sat."""
    named = [(70, words[0]), (50, words[1])]
    unnamed = [(70, ""), (50, "")]
    names = _health_grab(qtbot, width, named, None)
    without = _health_grab(qtbot, width, unnamed, None)
    drawn = _health_grab(qtbot, width, named, level)
    name_pixels = [
        (x, y)
        for y in range(names.height())
        for x in range(names.width())
        if QColor(names.pixel(x, y)).lightness() < QColor(without.pixel(x, y)).lightness()
    ]
    assert len(name_pixels) > 40  # the names are drawn
    widest = max(map(QFontMetrics(QApplication.font()).horizontalAdvance, words))
    xs = [x for x, _y in name_pixels]
    assert max(xs) - min(xs) >= widest - 3  # and whole («Healt…» at their exact advance)
    crossed = [(x, y) for x, y in name_pixels if _is_line(QColor(drawn.pixel(x, y)))]
    assert crossed == []


# -- 2. numbers on the charts in the window's locale --------------------------------------------
def test_the_gap_axis_writes_numbers_as_the_window_does(qtbot: QtBot) -> None:
    images = {}
    for name in ("es_ES", "en_US"):
        chart = GapChart("Brecha", locale=QLocale(name))
        qtbot.addWidget(chart)
        chart.resize(420, 220)
        chart.set_bars([Bar("Tangibles", -1.0), Bar("Empatía", 0.5)])
        images[name] = chart.grab().toImage()
        texts = [text for _value, text in chart.marks()]
        assert texts == (["-1,00", "0", "+1,00"] if name == "es_ES" else ["-1.00", "0", "+1.00"])
    assert images["es_ES"] != images["en_US"]  # the comma drawn, not the point


def test_the_page_charts_take_the_agencys_locale(qtbot: QtBot, world: World) -> None:
    _ctx, _rec, _area, view = satisfaction_page(qtbot, world)
    assert [t for _v, t in view.gap_chart.marks()] == ["-1,00", "0", "+1,00"]
    assert view.dimensions_model.index(0, 3).data() == "-1,00"  # as the table writes it


# -- 3. Enter never cancels the entry form ------------------------------------------------------
def test_enter_never_cancels_the_entry_form(qtbot: QtBot, world: World) -> None:
    _ctx, _rec, area, _view = satisfaction_page(qtbot, world, "exec")
    area.controller.open_entry()
    dialog = area.controller.dialog
    qtbot.waitUntil(until(lambda: dialog.contact.count() == 1))
    dialog.activateWindow()
    qtbot.waitUntil(until(lambda: dialog.focusWidget() is not None))
    assert not dialog.save_button.isEnabled()  # nothing answered yet
    assert dialog.save_button.isDefault() and not dialog.cancel_button.isDefault()
    assert dialog.focusWidget() is not dialog.cancel_button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.cancel_button.setFocus()
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.cancel_button.isDefault()


# -- 4. the designer saves only a valid survey --------------------------------------------------
def test_a_new_survey_saves_only_once_valid(qtbot: QtBot, world: World) -> None:
    _ctx, _rec, area, _view = satisfaction_page(qtbot, world)
    area.controller.open_designer(None)
    dialog = area.controller.dialog
    assert isinstance(dialog, DesignerDialog)
    qtbot.waitUntil(until(dialog.isVisible))
    assert dialog.form.labels["name"].text() == "Nombre *"
    assert not dialog.save_button.isEnabled()  # an empty name and no dimensions
    dialog.activateWindow()
    qtbot.waitUntil(until(lambda: dialog.focusWidget() is not None))
    assert dialog.focusWidget() is dialog.name  # typing starts at the name
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.cancel_button.isDefault()
    dialog.name.setText("Encuesta breve")
    assert not dialog.save_button.isEnabled()
    dialog.text.setPlainText("Tangibles")  # a dimension without questions
    dialog.lines.reveal_all()
    assert not dialog.save_button.isEnabled()
    assert dialog.lines.error("dimensions")  # said under the lines, not only by a grey button
    dialog.text.setPlainText("Tangibles\n- ¿Las oficinas están cuidadas?")
    assert dialog.save_button.isEnabled() and not dialog.lines.error("dimensions")


# -- 5. an action's due day as UI.md writes dates ---------------------------------------------
@pytest.mark.parametrize("locale", ["es_ES", "en_US"])
def test_an_actions_due_day_is_written_whole(qtbot: QtBot, world: World, locale: str) -> None:
    if locale.startswith("en"):
        messages.set_language("en")  # (the conftest puts the language back)
    _ctx, _rec, area, view = satisfaction_page(qtbot, world, locale=locale)
    area.controller.propose(area.controller.page.results.weakest[0], "Revisar las oficinas")
    qtbot.waitUntil(until(lambda: view.actions_model.rowCount() == 1))
    due = view.actions_model.index(0, 4).data()
    assert "/" not in due and re.search(r"\b20\d\d\b", due), due
    if locale == "es_ES":
        assert re.fullmatch(r"\d{1,2} [a-zé]{3,4} 20\d\d", due), due


# -- 6. the surveys detail and the reasons ------------------------------------------------------
def test_every_dimension_stands_as_close_to_its_questions(qtbot: QtBot, world: World) -> None:
    _ctx, _rec, _area, view = satisfaction_page(qtbot, world)
    view.tabs.setCurrentIndex(3)
    view.templates_table.selectRow(0)
    document = view.template_detail.document()
    document.setTextWidth(500)
    layout = document.documentLayout()
    names = {d.name for d in view.templates_model.row(0).dimensions}
    gaps = []
    block = document.begin()
    while block.isValid():
        if block.text() in names:
            following = block.next()
            while following.isValid() and not following.text().strip():
                following = following.next()
            here = layout.blockBoundingRect(block)
            gaps.append(layout.blockBoundingRect(following).top() - here.bottom())
        block = block.next()
    assert len(gaps) == 5
    assert max(gaps) - min(gaps) < 2, gaps


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_health_reasons_start_with_a_capital(qtbot: QtBot, world: World, language: str) -> None:
    messages.set_language(language)  # (the conftest puts the language back)
    _ctx, _rec, _area, view = satisfaction_page(qtbot, world)
    reasons = view.health_model.index(0, 3).data()
    assert reasons and reasons[0].isupper(), reasons
    view.health_table.selectRow(0)
    detail = " ".join(view.health_detail.toPlainText().split())
    assert " ".join(reasons.split()) in detail  # the detail's «Motivos» too
