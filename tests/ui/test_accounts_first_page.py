"""The accounts list's first page read ahead of its IDs (list_model, AheadListModel,
services/accounts/first_page.py): with the IDs' read held, the list shows its first page
of real rows — not yet `loaded`, no count; when the IDs come they take the page in as
their first rows and the rest of the list is added after them, without a reset: the
same rows at the top, the scroll position and the selection kept, page 0 not read
again."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from factories import Agency, add_account, assign, small_agency
from gui_support import forget_layouts, make_context, until
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.accounts.queries import account_rows, search_account_ids
from agencia.ui.accounts import list_model
from agencia.ui.accounts.list_view import accounts_list
from agencia.ui.widgets.id_list_model import ROW_ROLE

TOTAL = 230  # more than a page: the IDs bring rows after the page shown


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    agency = small_agency(sqlite_db)
    consumo, lucia = agency.groups["consumo"], agency.staff["lucia"]
    for n in range(TOTAL):
        account = add_account(sqlite_db, f"Cuenta {n:03d}", group_id=consumo)
        if n % 10:
            assign(sqlite_db, account, lucia)  # «Mis cuentas»: most, not all
    return agency


def _rows(model: Any, count: int) -> list[Any]:
    return [model.index(n, 0).data(ROW_ROLE) for n in range(count)]


def test_the_first_page_is_painted_before_the_ids_and_kept_when_they_come(
    qtbot: QtBot, qtmodeltester: Any, monkeypatch: pytest.MonkeyPatch, agency: Agency
) -> None:
    forget_layouts()
    lucia = agency.actor("lucia")
    gate = threading.Event()
    read_ids = search_account_ids

    def held(db: Any, actor: Any, query: Any) -> list[int]:
        assert gate.wait(20), "the test never let the IDs' read answer"
        return read_ids(db, actor, query)

    monkeypatch.setattr(list_model, "search_account_ids", held)
    ctx, _ = make_context(agency.db, lucia, synchronous=False)
    view = accounts_list(ctx)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    model = view.model
    pages: list[int] = []
    read_rows = model._fetch_rows
    model._fetch_rows = lambda db, actor, ids: pages.append(len(ids)) or read_rows(db, actor, ids)
    view.apply_filters()
    try:
        qtbot.waitUntil(until(lambda: model.rowCount() > 0), timeout=15000)
        query = model.query
        assert query.mine  # as a director first sees it
        ids = search_account_ids(agency.db, lucia, query)
        assert len(ids) > model.PAGE_SIZE
        first = account_rows(agency.db, lucia, ids[: model.PAGE_SIZE])
        # the rows, real ones, before the IDs: no count yet
        assert not model.loaded and model.rowCount() == model.PAGE_SIZE
        assert model.is_page_loaded(0) and _rows(model, model.PAGE_SIZE) == first
        assert view.count_label.text() == ""
        qtbot.waitUntil(until(lambda: view.table.viewport().isVisible()))
        view.table.grab()  # painted with its rows
        bar = view.table.verticalScrollBar()
        qtbot.waitUntil(until(lambda: bar.maximum() > 0))
        view.table.scrollTo(model.index(50, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        scrolled, top = bar.value(), view.table.rowAt(0)
        assert scrolled > 0 and top > 0
        view.table.selectRow(top + 1)
        selected = model.record_id(top + 1)
    finally:
        gate.set()
    qtbot.waitUntil(until(lambda: model.loaded), timeout=15000)
    assert model.ids() == ids
    assert bar.value() == scrolled and view.table.rowAt(0) == top  # no jump
    assert view.selected_id == selected
    assert view.table.currentIndex().row() == top + 1
    assert _rows(model, model.PAGE_SIZE) == first  # the same rows at the top
    assert not any(pages)  # page 0 not read again (the IDs ask for no rows)
    assert view.count_label.text() != ""
    qtmodeltester.check(model)
