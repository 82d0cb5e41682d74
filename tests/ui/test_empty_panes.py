"""Nothing empty without a word: a pane with nothing chosen says what goes there
(«Comunicaciones», «Atención al cliente»), the imports list says how to make the first
one, and «Deshacer importación» is offered only once an import still in place is chosen."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from gui_support import make_context, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.enums import Channel
from agencia.domain.service_enums import Direction, Priority, RequestKind
from agencia.domain.tax_ids import problem
from agencia.services.communications import log
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import run_import
from agencia.services.service import requests
from agencia.ui.actions import ActionId
from agencia.ui.communications.area import create as communications
from agencia.ui.data.area import DataArea
from agencia.ui.service.area import create as service

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(sqlite_db: Database) -> Desk:
    return service_desk(sqlite_db)


def test_a_communication_not_chosen_is_asked_for(qtbot: QtBot, desk: Desk) -> None:
    log.log_communication(
        desk.db,
        desk.actor("exec"),
        log.NewCommunication(
            desk.accounts["madrid"], Channel.EMAIL, Direction.OUTBOUND, "Propuesta enviada"
        ),
    )
    ctx, _ = make_context(desk.db, desk.actor("exec"))
    area = communications(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    area.activated()
    view = area.controller.log  # type: ignore[attr-defined]
    qtbot.waitUntil(until(lambda: view.model.rowCount() == 1))
    assert view.detail_pane.currentWidget() is view.nothing_chosen
    assert view.nothing_chosen.isVisible()
    assert "Elija una comunicación para verla" in view.nothing_chosen.body.text()
    view.table.selectRow(0)
    assert view.detail_pane.currentWidget() is view.detail
    assert "Propuesta enviada" in view.detail.toPlainText()


def test_a_request_not_chosen_is_asked_for(qtbot: QtBot, desk: Desk) -> None:
    data = requests.NewRequest(
        desk.accounts["madrid"],
        Channel.EMAIL,
        RequestKind.INCIDENT,
        Priority.HIGH,
        "Factura duplicada",
        received_at=datetime(2026, 3, 9, 9, tzinfo=UTC),
    )
    request_id = requests.open_request(desk.db, desk.actor("exec"), data).id
    ctx, _ = make_context(desk.db, desk.actor("exec"))
    area = service(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    area.activated()
    view = area.controller.view  # type: ignore[attr-defined]
    qtbot.waitUntil(until(lambda: view.model.rowCount() == 1))
    assert view.detail_pane.currentWidget() is view.nothing_chosen
    assert view.nothing_chosen.isVisible() and view.nothing_chosen.title.text()
    assert not view.campaign_button.isEnabled()
    area.open_record(request_id)
    qtbot.waitUntil(until(lambda: view.detail_pane.currentWidget() is view.detail))
    assert "Factura duplicada" in view.detail.toPlainText()


def _cif(number: int) -> str:
    base = f"B{number:07d}"
    return next(base + str(d) for d in range(10) if problem("ES", base + str(d)) is None)


def test_the_imports_list_empty_and_undo_only_with_one_chosen(
    qtbot: QtBot, agency: object, tmp_path: Path
) -> None:
    ctx, _ = make_context(agency.db, agency.admin)  # type: ignore[attr-defined]
    area = DataArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    undo = ctx.actions.get(ActionId.DATA_UNDO)
    qtbot.waitUntil(until(lambda: area.list_stack.currentWidget() is area.empty))
    assert area.empty.isVisible() and area.empty.button.isVisible()  # «Importar…» offered
    assert not area.undo_button.isEnabled() and not undo.isEnabled()

    path = tmp_path / "clientes.csv"
    path.write_text(f"Nombre;NIF;Ciudad\nVinos Peñafiel;{_cif(5500002)};Valladolid\n")
    report = run_import(agency.db, agency.admin, path, ImportKind.ACCOUNTS)  # type: ignore[attr-defined]
    assert report.created == 1, report.problems
    area.refresh()
    qtbot.waitUntil(until(lambda: area.model.rowCount() == 1))
    assert area.list_stack.currentWidget() is area.table
    assert not area.undo_button.isEnabled() and not undo.isEnabled()  # nothing chosen yet
    area.table.selectRow(0)
    assert area.undo_button.isEnabled() and undo.isEnabled()
    area.table.clearSelection()
    assert not area.undo_button.isEnabled() and not undo.isEnabled()
