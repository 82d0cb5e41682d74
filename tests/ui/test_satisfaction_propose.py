"""«Proponer acción de mejora…» is the house form: what will be done, its owner and its
due date, the service's refusal shown under the field as the person types (a title
with a line break was silently not saved by the old one-line question), and the action
saved as typed (explore 7, L5)."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from gui_support import make_context, until
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.satisfaction import improvements, responses
from agencia.ui.satisfaction.area import SatisfactionArea, create
from agencia.ui.satisfaction.propose_dialog import ProposeDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_world import World, every_question, satisfaction_world, survey_response


@pytest.fixture
def world(sqlite_db: Database) -> World:
    w = satisfaction_world(sqlite_db)
    data = survey_response(w, "cafe", date.today(), every_question(4, 2))
    responses.record_response(w.db, w.actor("exec"), data)
    return w


def test_a_proposal_with_owner_and_due_date(qtbot: QtBot, world: World) -> None:
    ctx, _ = make_context(world.db, world.actor("director"))
    area = create(ctx)
    assert isinstance(area, SatisfactionArea)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    area.activated()
    view = area.controller.view
    qtbot.waitUntil(until(view.propose.isEnabled))
    view.tabs.setCurrentIndex(1)
    view.propose.click()
    dialog = area.controller.dialog
    assert isinstance(dialog, ProposeDialog)
    qtbot.waitUntil(until(lambda: dialog.owner.count() >= 3))
    assert dialog.owner.currentText() == "Lucía Directora"  # the person proposing, by default
    assert dialog.title.text().startswith("Mejorar «")
    dialog.title.setText("Llamar\nal cliente")  # pasted with a line break
    dialog.form.reveal_all()
    assert dialog.form.error("title") != "" and not dialog.save_button.isEnabled()
    dialog.title.setText("")
    assert dialog.form.error("title") == "Este campo es obligatorio."
    dialog.title.setText("Llamada semanal al cliente")
    assert dialog.form.error("title") == "" and dialog.save_button.isEnabled()
    dialog.owner.setCurrentIndex(dialog.owner.findText("Álvaro Ejecutivo"))
    due = date.today() + timedelta(days=10)
    dialog.due.setDate(QDate(due.year, due.month, due.day))
    dialog.save()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    [row] = improvements.list_actions(world.db, ctx.actor)
    assert (row.title, row.owner, row.due_on) == ("Llamada semanal al cliente",
                                                  "Álvaro Ejecutivo", due)  # fmt: skip
    qtbot.waitUntil(until(lambda: view.actions_model.rowCount() == 1))
