"""An empty «Atención al cliente» queue says why it is empty and what to do, for the
person's post, instead of an empty table: the administrator (who takes no requests) is
told who does and where she decides where they go; an executive is offered the first
request; the breached filter says it is the filter (explore 7, L5)."""

from __future__ import annotations

import sys
from pathlib import Path

from gui_support import make_context, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import Actor
from agencia.ui.service.area import ServiceArea, create
from agencia.ui.service.request_forms import NewRequestDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import service_desk


def _page(qtbot: QtBot, db: Database, actor: Actor):  # type: ignore[no-untyped-def]
    ctx, _ = make_context(db, actor)
    area = create(ctx)
    assert isinstance(area, ServiceArea)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    area.activated()
    view = area.controller.view
    qtbot.waitUntil(until(view.empty.isVisible))
    return area, view


def test_the_administrator_is_told_who_takes_requests(qtbot: QtBot, sqlite_db: Database) -> None:
    desk = service_desk(sqlite_db)
    _area, view = _page(qtbot, sqlite_db, desk.admin)
    assert not view.table.isVisible()
    assert view.empty.title.text() == "No hay solicitudes de clientes"
    assert "Reglas de reparto" in view.empty.body.text()
    assert not view.empty.button.isVisible()  # no first request she may not register


def test_an_executive_is_offered_the_first_request(qtbot: QtBot, sqlite_db: Database) -> None:
    desk = service_desk(sqlite_db)
    area, view = _page(qtbot, sqlite_db, desk.actor("exec"))
    assert view.empty.title.text() == "La cola está vacía"
    assert view.empty.button.isVisible() and view.empty.button.text() == "Nueva solicitud…"
    view.empty.button.click()
    qtbot.waitUntil(until(lambda: isinstance(area.controller.edits.dialog, NewRequestDialog)))
    area.controller.edits.dialog.reject()
    view.only_breached.setChecked(True)
    qtbot.waitUntil(until(lambda: view.empty.title.text() == "Ninguna solicitud incumplida"))
    assert "Solo incumplidas" in view.empty.body.text() and not view.empty.button.isVisible()
