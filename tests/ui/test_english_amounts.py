"""An English window in a Spanish agency writes amounts and numbers the English way
(«€12,500.00», «4.5»), never Spain's «12.500,00 €»; the currency stays the record's; the
Spanish window keeps the agency's own formats. The locale is the one signing in sets
(`use_agency_formats`), as the app makes it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from campaign_world import Cast, build_cast, new_campaign
from gui_support import make_context, until
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.campaigns.queries import CampaignQuery, list_campaigns
from agencia.ui import formatting
from agencia.ui.area import AppContext
from agencia.ui.campaigns.area import CampaignsArea
from agencia.ui.campaigns.board import CampaignBoard
from agencia.ui.campaigns.list_model import BUDGET_COLUMN
from agencia.ui.formatting import use_agency_formats

NBSP = "\u00a0"


@dataclass(frozen=True)
class Agency:
    time_zone: str
    locale: str


@pytest.fixture(autouse=True)
def _as_before() -> Iterator[None]:
    default = QLocale()
    yield
    formatting.set_time_zone("")
    formatting.set_region("")
    QLocale.setDefault(default)


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    cast = build_cast(sqlite_db)
    cast.staff["campaign"] = new_campaign(cast, budget="12500", name="Lanzamiento")
    return cast


def _context(cast: Cast, language: str) -> AppContext:
    ctx, _recorder = make_context(cast.db, cast.actor("executive"))
    ctx.locale = use_agency_formats(Agency("Europe/Madrid", "es_ES"), language)
    return ctx


@pytest.mark.parametrize(
    ("language", "full", "card"),
    [("en", "€12,500.00", "€12,500"), ("es", f"12.500,00{NBSP}€", f"12.500{NBSP}€")],
)
def test_the_campaigns_list_and_board_write_budgets_in_the_windows_language(
    qtbot: QtBot, cast: Cast, language: str, full: str, card: str
) -> None:
    ctx = _context(cast, language)
    area = CampaignsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    model = area.controller.model
    qtbot.waitUntil(until(lambda: model.loaded and model.rowCount() == 1))
    assert model.index(0, BUDGET_COLUMN).data() == full

    board = CampaignBoard(ctx)
    qtbot.addWidget(board)
    board.set_rows(list_campaigns(cast.db, cast.actor("executive"), CampaignQuery()))
    assert board.budget_text(board.rows[cast.staff["campaign"]]) == card
