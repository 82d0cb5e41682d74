"""The records list every big list shares (`IdListModel`, `RecordsListView`), through the
campaigns list: IDs from SQL, rows by the page, selection and scroll kept across reloads."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from campaign_world import Cast, build_cast, new_campaign
from gui_support import make_context, until
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.campaigns.queries import CampaignQuery
from agencia.ui import settings
from agencia.ui.campaigns.list_model import CampaignListModel
from agencia.ui.campaigns.list_view import CampaignListView
from agencia.ui.widgets.id_list_model import ID_ROLE, ROW_ROLE

COUNT = 30


@pytest.fixture(autouse=True)
def _fresh_layouts() -> Iterator[None]:
    settings.settings().remove("campaigns")
    yield
    settings.settings().remove("campaigns")


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    cast = build_cast(sqlite_db)
    for n in range(COUNT):
        new_campaign(cast, name=f"Campaña {n:02d}")
    return cast


def open_list(qtbot: QtBot, cast: Cast) -> tuple[CampaignListView, CampaignListModel]:
    ctx, _ = make_context(cast.db, cast.actor("director"))
    model = CampaignListModel(ctx.ops, QLocale("es_ES"))
    model.PAGE_SIZE = 8
    view = CampaignListView(model, ctx.ops, ctx.locale, mine_default=False)
    model.setParent(view)
    qtbot.addWidget(view)
    view.resize(900, 320)  # a few rows show: the rest scrolls
    view.show()
    qtbot.waitExposed(view)
    view.set_sort("name")
    view.apply_filters()
    qtbot.waitUntil(until(lambda: model.loaded and model.rowCount() == COUNT))
    return view, model


def test_the_campaigns_model_holds_ids_and_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, cast: Cast
) -> None:
    ctx, _ = make_context(cast.db, cast.actor("director"))
    model = CampaignListModel(ctx.ops, QLocale("es_ES"))
    model.PAGE_SIZE = 8
    qtmodeltester.check(model)  # empty
    model.set_query(CampaignQuery(sort="name"))
    assert model.rowCount() == COUNT
    assert model.is_page_loaded(0)  # the first page comes with the IDs
    assert not model.is_page_loaded(8)  # the others when they are painted
    assert model.index(20, 0).data() == "Cargando…"
    assert model.index(20, 1).data(ROW_ROLE) is None
    assert model.index(20, 1).data(ID_ROLE) == model.ids()[20]
    qtmodeltester.check(model)
    qtbot.waitUntil(until(lambda: model.is_page_loaded(20)))
    assert model.index(20, 1).data() == "Campaña 20"
    assert model.record(20) is not None and model.record(20).name == "Campaña 20"
    qtmodeltester.check(model)
    model.set_query(CampaignQuery(text="campaña 07"))
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Campaña 07"]
    qtmodeltester.check(model)


def test_a_list_that_does_not_prefetch_reads_the_first_rows_with_the_ids(
    qtbot: QtBot, qtmodeltester: Any, cast: Cast
) -> None:
    """The IDs come with the rows a screen shows (`FIRST_ROWS`), not a whole page; the
    rest of the first page is read when it is painted, and only then."""
    ctx, _ = make_context(cast.db, cast.actor("director"))
    model = CampaignListModel(ctx.ops, QLocale("es_ES"))
    model.PREFETCH, model.PAGE_SIZE, model.FIRST_ROWS = False, 8, 3
    asked: list[list[int]] = []
    reads = model._fetch_rows

    def reading(db: Any, actor: Any, ids: list[int]) -> Any:  # the rows the model asks for
        asked.append(list(ids))
        return reads(db, actor, ids)

    model._fetch_rows = reading
    model.set_query(CampaignQuery(sort="name"))
    assert asked == [model.ids()[:3]]  # with the IDs
    assert all(model.is_page_loaded(row) for row in range(3))
    assert model.index(2, 1).data() == "Campaña 02"
    assert not model.is_page_loaded(3) and not model.is_page_loaded(8)
    assert len(asked) == 1  # nothing read that nobody looked at
    assert model.index(5, 1).data() == ""  # loading: the rest of the first page is asked
    qtbot.waitUntil(until(lambda: model.is_page_loaded(5)))
    assert asked[1] == model.ids()[:8]
    assert [model.index(r, 1).data() for r in range(8)] == [f"Campaña {n:02d}" for n in range(8)]
    qtmodeltester.check(model)
    model.set_query(CampaignQuery(text="campaña 07"))  # fewer than the first rows: whole
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Campaña 07"]
    assert model.is_page_loaded(0)


def test_selection_and_scroll_are_kept_across_a_reload(qtbot: QtBot, cast: Cast) -> None:
    view, model = open_list(qtbot, cast)
    bar = view.table.verticalScrollBar()
    qtbot.waitUntil(until(lambda: bar.maximum() > 0))  # once the table is laid out
    chosen = model.ids()[17]
    assert view.select_campaign(chosen)
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    view.refresh()  # a change somewhere: the same list again
    qtbot.waitUntil(until(lambda: model.loaded))
    assert view.selected_id == chosen
    assert view.table.currentIndex().row() == model.row_of(chosen)
    assert bar.value() == scrolled

    view.search.setText("campaña 1")  # a new query: the choice stays, and is shown
    view.apply_filters()
    assert model.rowCount() == 10
    current = view.table.currentIndex()
    assert current.row() == model.row_of(chosen)
    assert view.table.viewport().rect().contains(view.table.visualRect(current))


def test_a_record_created_elsewhere_is_selected_when_it_appears(qtbot: QtBot, cast: Cast) -> None:
    view, model = open_list(qtbot, cast)
    created = new_campaign(cast, name="Campaña nueva")
    changes: list[object] = []
    view.current_changed.connect(changes.append)
    view.remember_selection(created)
    view.refresh()
    qtbot.waitUntil(until(lambda: model.row_of(created) >= 0))
    assert view.table.currentIndex().row() == model.row_of(created)
    assert changes == []  # the same choice again, not a new one


def test_the_rows_kept_are_bounded_and_read_again_when_shown(qtbot: QtBot, cast: Cast) -> None:
    """Scrolled end to end, a long list keeps its last pages only; an evicted page shows
    its placeholder and is read again."""
    view, model = open_list(qtbot, cast)
    model.MAX_PAGES = 3

    def shown(row: int) -> None:  # scrolled to, as a person scrolling the list would
        view.table.scrollTo(model.index(row, 1))  # the top rows leave the screen: a
        model.index(row, 1).data()  # repaint meanwhile must not ask for them again
        qtbot.waitUntil(until(lambda: model.is_page_loaded(row)))

    for row in range(COUNT):
        shown(row)
    view.table.viewport().repaint()  # what is on screen now is the end of the list
    assert sum(model.is_page_loaded(p * model.PAGE_SIZE) for p in range(4)) <= 3
    assert not model.is_page_loaded(0)
    assert model.index(0, 0).data() == "Cargando…"
    qtbot.waitUntil(until(lambda: model.is_page_loaded(0)))
    assert model.index(0, 1).data() == "Campaña 00"


def test_the_page_cache_holds_a_printed_list_and_the_screen() -> None:
    """«Imprimir la lista» waits until its rows are all in at once: the cache must hold
    them and the pages on screen, or printing would evict what it waits for."""
    from agencia.ui.shell.printing import MAX_ROWS
    from agencia.ui.widgets.id_list_model import IdListModel

    assert IdListModel.MAX_PAGES * IdListModel.PAGE_SIZE >= MAX_ROWS + 2 * IdListModel.PAGE_SIZE
