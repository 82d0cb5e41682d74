"""The campaigns list's first page read ahead of its IDs (list_model, first_page): shown as
soon as it comes, before the list counts as loaded; taken in by the IDs as their first
page (no second read of it); read again when a write came in between; only for a list
that shows nothing yet, in the index's order."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from campaign_world import Cast, build_cast, new_campaign
from gui_support import make_context, until
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.demo.campaigns import scale
from agencia.domain.enums import CampaignKind
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.campaigns.first_page import first_campaign_rows
from agencia.services.campaigns.queries import CampaignQuery, campaign_rows, search_campaign_ids
from agencia.ui.campaigns.list_model import CampaignListModel
from agencia.ui.ops import Operations
from agencia.ui.widgets.id_list_model import ROW_ROLE


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    cast = build_cast(sqlite_db)
    new_campaign(cast)
    with sqlite_db.writer.connect() as connection, connection.begin():
        scale.fill_at_scale(connection, date(2026, 3, 1), total=30)
    return cast


def _reads(ops: Operations, ids_after: threading.Event | None = None) -> list[str]:
    """The names of the functions `ops` is asked to read, from now on; the IDs' read
    waits for `ids_after` (the two reads run side by side: on a small database the IDs
    could come first, and the page would rightly not be shown ahead of them)."""
    asked: list[str] = []
    read = ops.read

    def noted(fn: Any, *args: Any, **kwargs: Any) -> int:
        name = getattr(fn, "__name__", str(fn))
        asked.append(name)
        if ids_after is not None and name == "_ids_and_first_page":
            inner = fn

            def fn(*a: Any, **k: Any) -> Any:
                ids_after.wait(20)
                return inner(*a, **k)

        return read(fn, *args, **kwargs)

    ops.read = noted  # type: ignore[method-assign]
    return asked


def _rows(model: CampaignListModel) -> list[Any]:
    return [model.index(n, 0).data(ROW_ROLE) for n in range(model.rowCount())]


def test_the_first_page_shows_before_the_ids_and_is_not_read_twice(
    qtbot: QtBot, qtmodeltester: Any, cast: Cast
) -> None:
    director = cast.actor("director")
    ctx, _ = make_context(cast.db, director, synchronous=False)
    model = CampaignListModel(ctx.ops, QLocale("es_ES"))
    shown = threading.Event()
    reads = _reads(ctx.ops, ids_after=shown)
    seen: list[tuple[bool, list[Any]]] = []
    model.first_page_shown.connect(lambda: seen.append((model.loaded, _rows(model))))
    model.first_page_shown.connect(shown.set)
    query = CampaignQuery()
    model.set_query(query)
    qtbot.waitUntil(until(lambda: model.loaded))
    ids = search_campaign_ids(cast.db, director, query)
    assert len(ids) > 20
    assert seen == [(False, campaign_rows(cast.db, director, ids[:200]))]  # before the IDs
    assert _rows(model) == campaign_rows(cast.db, director, ids)  # every row in, in order
    assert reads == ["first_campaign_rows", "_ids_and_first_page"]  # page 0 read once
    qtmodeltester.check(model)

    # a list already showing rows is read as before, in one read (a refresh keeps its place)
    model.refresh()
    qtbot.waitUntil(until(lambda: model.loaded))
    # and so is one in another order (no index gives it: the page comes with the IDs)
    model.set_query(replace(query, sort="name"))
    qtbot.waitUntil(until(lambda: model.loaded))
    assert reads[2:] == ["_ids_and_first_page", "_ids_and_first_page"]
    assert len(seen) == 1


def test_a_campaign_written_between_the_page_and_the_ids_is_listed(
    qtbot: QtBot, cast: Cast
) -> None:
    """The page read ahead is out of date by the time the IDs come: the IDs win and their
    first page is read again, with the new campaign (deadline first) at its top."""
    director = cast.actor("director")
    ctx, _ = make_context(cast.db, director)  # synchronous: the page, then the IDs
    model = CampaignListModel(ctx.ops, QLocale("es_ES"))
    query = CampaignQuery()
    before = first_campaign_rows(cast.db, director, query, 200)
    made: list[int] = []

    def write_meanwhile() -> None:
        assert _rows(model) == before and not model.loaded
        data = CampaignInput(
            account_id=cast.account_id,
            name="Urgente",
            kind=CampaignKind.LAUNCH,
            budget="100",
            deadline=date(2000, 1, 1),
        )
        made.append(create_campaign(cast.db, director, data).id)

    model.first_page_shown.connect(write_meanwhile)
    model.set_query(query)
    qtbot.waitUntil(until(lambda: model.loaded and model.is_page_loaded(0)))
    assert made and model.record_id(0) == made[0]
    assert _rows(model) == campaign_rows(
        cast.db, director, search_campaign_ids(cast.db, director, query)
    )
