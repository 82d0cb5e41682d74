"""«Satisfacción» as the person's post allows it: the administrator (who records no
responses and proposes no actions: RECORD_SURVEYS and MANAGE_IMPROVEMENTS are none for
the post) finds «Registrar respuesta…» disabled saying why, and each empty list says
why it is empty and what to do instead of an empty table (explore 7, L5)."""

from __future__ import annotations

import sys
from pathlib import Path

from gui_support import make_context, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.ui.satisfaction.area import SatisfactionArea, create

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_world import World, satisfaction_world


def _page(qtbot: QtBot, world: World, actor):  # type: ignore[no-untyped-def]
    ctx, _recorder = make_context(world.db, actor)
    area = create(ctx)
    assert isinstance(area, SatisfactionArea)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    area.activated()
    view = area.controller.view
    qtbot.waitUntil(until(lambda: area.controller.page is not None))
    return area, view


def test_the_administrator_may_not_record_and_is_told_why(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    world = satisfaction_world(sqlite_db)
    area, view = _page(qtbot, world, world.admin)
    assert not view.record.isEnabled()
    assert "no permite registrar respuestas" in view.record.toolTip()
    assert not view.propose.isEnabled()
    area.controller.open_entry()  # the action's shortcut path refuses too
    assert area.controller.dialog is None
    # no responses yet: the results say who records them, with no button she may not use
    view.tabs.setCurrentIndex(1)
    assert view.results_empty.isVisible() and not view.dimensions_table.isVisible()
    assert "equipos de cada cuenta" in view.results_empty.body.text()
    assert not view.results_empty.button.isVisible()
    view.tabs.setCurrentIndex(2)
    assert view.actions_empty.isVisible() and not view.actions_table.isVisible()
    assert "equipos de cada cuenta" in view.actions_empty.body.text()


def test_an_executive_records_and_empty_lists_say_what_to_do(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    world = satisfaction_world(sqlite_db)
    area, view = _page(qtbot, world, world.actor("exec"))
    assert view.record.isEnabled() and view.record.toolTip() == ""
    view.tabs.setCurrentIndex(1)
    assert view.results_empty.isVisible()
    assert view.results_empty.button.isVisible()  # «Registrar respuesta…», the first step
    view.results_empty.button.click()
    qtbot.waitUntil(until(lambda: area.controller.dialog is not None))
    area.controller.dialog.reject()


def test_someone_who_sees_no_account_is_told_why_the_health_list_is_empty(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    world = satisfaction_world(sqlite_db)
    _area, view = _page(qtbot, world, world.actor("outsider"))
    qtbot.waitUntil(until(view.health_empty.isVisible))
    assert not view.health_table.isVisible()
    assert "cuando le asignen" in view.health_empty.body.text()
