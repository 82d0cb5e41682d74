"""«Satisfacción»: the health list in its colours with each account's weights and
reasons, the results and their charts, the fast entry form (an incomplete response is
kept and says so), a proposed action, and the designer's new revision of a used survey."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from gui_support import until
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.satisfaction import improvements, responses, templates
from agencia.ui.satisfaction.designer_dialog import DesignerDialog, as_text, from_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_support import answered_world, satisfaction_page
from satisfaction_world import World


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return answered_world(sqlite_db)


def test_health_results_and_charts(qtbot: QtBot, world: World) -> None:
    _ctx, _rec, area, view = satisfaction_page(qtbot, world)
    assert area.title() == "Satisfacción"
    model = view.health_model
    assert model.index(0, 0).data() == "Café Madrid"
    assert model.index(0, 2).data() == "En riesgo"
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert "la satisfacción bajó 3,0 en Empatía" in model.index(0, 3).data()
    view.health_table.selectRow(0)
    detail = view.health_detail.toPlainText()
    assert "Satisfacción: 67 %" in detail and "Tendencia de la satisfacción: 33 %" in detail
    # its health as kept day by day (each response kept the day's), drawn under the reasons
    qtbot.waitUntil(until(view.health_trend.isVisible))
    [(_where, kept)] = view.health_trend.points
    assert str(kept) == model.index(0, 1).data()  # today's figure, as the list shows it
    assert "30 respuestas" not in view.summary.text()
    assert view.summary.text().startswith("3 respuestas de 2 cuentas")
    dims = view.dimensions_model
    assert dims.rowCount() == 5 and dims.index(0, 0).data() == "Tangibles"
    assert dims.index(0, 1).data() == "3,00" and dims.index(0, 3).data() == "-1,00"
    assert len(view.score_chart.bars) == 5 and view.gap_chart.bars[0].score == pytest.approx(-1)
    assert view.trend_chart.periods and "Media" in view.trend_chart.lines
    view.tabs.setCurrentIndex(1)
    assert not view.score_chart.grab().isNull()
    # one account's results
    area.open_record(world.accounts["tacos"])
    qtbot.waitUntil(until(lambda: view.summary.text().startswith("1 respuesta de 1 cuenta,")))
    assert view.scope.currentText() == "Tacos CDMX"


def test_the_health_list_holds_the_worst_and_more_on_asking(qtbot: QtBot, world: World) -> None:
    _ctx, _rec, area, view = satisfaction_page(qtbot, world)
    assert view.health_more.isHidden() and not view.health_count.text()  # every account
    area.controller.health_limit = 1  # a page of one line
    area.controller.reload()
    qtbot.waitUntil(until(lambda: view.health_model.rowCount() == 1))
    assert view.health_model.index(0, 0).data() == "Café Madrid"  # the worst first
    assert view.health_count.text() == "1 de 2 cuentas: las de peor salud."
    assert not view.health_more.isHidden()
    qtbot.mouseClick(view.health_more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(until(lambda: view.health_model.rowCount() == 2))
    assert view.health_model.index(1, 0).data() == "Tacos CDMX"
    assert view.health_more.isHidden() and not view.health_count.text()
    assert view.health_table.currentIndex().row() == 0  # the chosen line kept
    # the scope and the entry form still offer every account the person sees
    assert [view.scope.itemText(n) for n in range(view.scope.count())][1:] == [
        "Café Madrid",
        "Tacos CDMX",
    ]


def test_fast_entry_keeps_an_incomplete_response_and_says_so(qtbot: QtBot, world: World) -> None:
    _ctx, recorder, area, _view = satisfaction_page(qtbot, world, "exec")
    area.controller.open_entry()
    dialog = area.controller.dialog
    qtbot.waitUntil(until(lambda: dialog.contact.count() == 1))
    assert dialog.scale.text().startswith("1 Pésimo · 2 Malo")
    dialog.set_answer(1, 1, 5, 3)
    dialog.set_answer(5, 2, 4, 2)
    dialog.save()
    qtbot.waitUntil(until(lambda: recorder.toasts))
    assert recorder.toasts == ["Incompleta: 2 de 10 preguntas contestadas."]
    listed = responses.account_responses(world.db, world.admin, world.accounts["cafe"])
    assert (listed[0].answered, listed[0].questions) == (2, 10)


def test_save_waits_for_an_answer(qtbot: QtBot, world: World) -> None:
    _ctx, _rec, area, _view = satisfaction_page(qtbot, world, "exec")
    area.controller.open_entry()
    dialog = area.controller.dialog
    qtbot.waitUntil(until(lambda: dialog.contact.count() == 1))
    assert not dialog.save_button.isEnabled()  # nothing answered yet
    dialog.set_answer(2, 1, 3, 4)
    assert dialog.save_button.isEnabled()


def test_a_proposed_action_and_its_closing(qtbot: QtBot, world: World) -> None:
    ctx, _rec, area, view = satisfaction_page(qtbot, world)
    weakest = area.controller.page.results.weakest[0]
    area.controller.propose(weakest, "Llamada semanal al cliente")
    qtbot.waitUntil(until(lambda: view.actions_model.rowCount() == 1))
    row = view.actions_model.row(0)
    assert row.title == "Llamada semanal al cliente" and row.owner == "Lucía Directora"
    area.controller.close_action(row)
    qtbot.waitUntil(until(lambda: view.actions_model.row(0).status.value == "done"))
    assert improvements.list_actions(world.db, ctx.actor)[0].status.value == "done"


def test_the_designer_revises_a_used_survey(qtbot: QtBot, world: World) -> None:
    _ctx, _rec, area, view = satisfaction_page(qtbot, world)
    used = view.templates_model.row(0)
    assert used.responses == 3
    dims = from_text(as_text(used.dimensions))
    assert [d.questions for d in dims] == [d.questions for d in used.dimensions]
    area.controller.open_designer(used)
    dialog = area.controller.dialog
    assert isinstance(dialog, DesignerDialog)
    dialog.text.setPlainText(as_text(used.dimensions) + "\nCreatividad\n- ¿Nos sorprende?")
    dialog.save()
    qtbot.waitUntil(until(lambda: any(r.revision == 2 for r in view.templates_model.rows())))
    assert view.templates_model.rowCount() == 2  # the old revision is retired
    revised = next(r for r in view.templates_model.rows() if r.revision == 2)
    assert len(revised.dimensions) == 6 and revised.dimensions[0].key is not None
    assert templates.get_template(world.db, world.admin, used.id).retired
