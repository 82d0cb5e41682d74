"""Every date box in the window is made by the house's helpers (`date_edit`,
`OptionalDateEdit`, `moment_edit`), so every one writes a day the same way, with four
figures for the year, in the window's language: the confirmed delivery's day, the log's
filters, the rate's first day, the campaign's dates and the client's decision read
«7/12/26» or «7 dic 2026» while the task form read «07/12/2026».

Two checks: the real dialogs opened, in Spanish and English, every date box in them
read; and a scan of the window's code for a date box built by hand (the dialogs that need
a whole campaign to open are held by that one)."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from campaign_world import build_cast, new_campaign
from gui_support import make_context
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateTimeEdit, QWidget
from pytestqt.qtbot import QtBot

import agencia.ui
from agencia.domain.enums import CampaignStatus, Channel
from agencia.domain.service_enums import Direction
from agencia.services.accounts.queries import account_options
from agencia.services.campaigns.queries import account_choices, get_campaign
from agencia.services.results import Option
from agencia.ui.agency.rates_dialog import RatesDialog
from agencia.ui.campaigns.campaign_form import CampaignFormDialog
from agencia.ui.campaigns.decision_dialogs import ClientDecisionDialog, PresentationDialog
from agencia.ui.communications.confirm_delivery import ConfirmDeliveryDialog
from agencia.ui.communications.log_form import LogContactDialog
from agencia.ui.communications.log_view import LogView
from agencia.ui.formatting import interface_locale
from agencia.ui.satisfaction.entry_dialog import EntryDialog
from agencia.ui.satisfaction.propose_dialog import ProposeDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_world import World, satisfaction_world

from agencia.db.database import Database

DAY = QDate(2026, 12, 7)
SHOWN = {"es": "07/12/2026", "en": "7 Dec 2026"}
HELPERS = Path(agencia.ui.__file__).parent / "widgets" / "doc_widgets.py"
BUILT_BY_HAND = {"QDateEdit", "QDateTimeEdit", "QCalendarWidget"}


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return satisfaction_world(sqlite_db)


@pytest.fixture(params=["es", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The window's locale, as signing in sets it (put back after)."""
    was = QLocale()
    QLocale.setDefault(interface_locale(QLocale("es_ES"), request.param))
    yield request.param
    QLocale.setDefault(was)


def _pending_delivery(world: World) -> SimpleNamespace:
    """A courier delivery waiting to be confirmed, as a row of the log carries it."""
    return SimpleNamespace(
        id=1,
        subject="Envío",
        account="Café Madrid",
        channel=Channel.COURIER.value,
        direction=Direction.OUTBOUND.value,
        occurred_at=datetime(2026, 3, 9, 9, tzinfo=UTC),
        confirmation=(),
    )


def _windows(qtbot: QtBot, world: World) -> dict[str, QWidget]:
    ctx, _ = make_context(world.db, world.actor("director"))
    locale = QLocale()  # the window's, as the areas hand it on
    account = world.accounts["cafe"]
    windows: dict[str, QWidget] = {
        "confirm delivery": ConfirmDeliveryDialog(ctx.ops, _pending_delivery(world)),
        "communications log": LogView(ctx.ops, account_options),
        "log a contact": LogContactDialog(ctx.ops),
        "rates": RatesDialog(ctx.ops, locale, "EUR"),
        "campaign": CampaignFormDialog(ctx.ops, ctx.actor, locale, [Option(account, "Café")]),
        "survey answer": EntryDialog(ctx.ops, [], [], today=date(2026, 12, 7)),
        "improvement action": ProposeDialog(
            ctx.ops, SimpleNamespace(dimension="Plazos", gap=1.5), account, None
        ),
    }
    for widget in windows.values():
        qtbot.addWidget(widget)
    return windows


def _written(windows: dict[str, QWidget]) -> dict[str, str]:
    """DAY as each date box in `windows` writes it (a moment's day, without its time)."""
    seen: dict[str, str] = {}
    for name, window in windows.items():
        boxes = window.findChildren(QDateTimeEdit)
        assert boxes, f"{name}: no date box found"
        for n, box in enumerate(boxes):
            seen[f"{name} #{n}"] = box.locale().toString(DAY, box.displayFormat().split(" HH")[0])
    return seen


def test_every_date_box_writes_the_day_the_same_way(
    qtbot: QtBot, world: World, language: str
) -> None:
    seen = _written(_windows(qtbot, world))
    assert seen == dict.fromkeys(seen, SHOWN[language])


def test_the_campaigns_decisions_write_the_day_the_same_way(
    qtbot: QtBot, sqlite_db: Database, language: str
) -> None:
    """The day a proposal was presented and the day the client decided (the window hands
    the dialogs its locale, as `move_run` does)."""
    cast = build_cast(sqlite_db)
    ctx, _ = make_context(sqlite_db, cast.actor("executive"))
    detail = get_campaign(sqlite_db, ctx.actor, new_campaign(cast))
    choices = account_choices(sqlite_db, ctx.actor, detail.row.account_id)
    S = CampaignStatus
    windows: dict[str, QWidget] = {
        "presentation": PresentationDialog(
            ctx.ops, detail, S.PRESENTED, detail.row.version, locale=QLocale()
        ),
        "client decision": ClientDecisionDialog(
            ctx.ops, detail, S.APPROVED, detail.row.version, choices, locale=QLocale()
        ),
    }
    for widget in windows.values():
        qtbot.addWidget(widget)
    seen = _written(windows)
    assert seen == dict.fromkeys(seen, SHOWN[language])


def test_no_date_box_is_built_by_hand() -> None:
    """A date box made anywhere but the helpers would slip back to Qt's own format."""
    found = []
    for path in sorted(HELPERS.parents[1].rglob("*.py")):
        if path == HELPERS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in BUILT_BY_HAND:
                found.append(f"{path.relative_to(HELPERS.parents[2])}:{node.lineno} {name}")
    assert found == []
