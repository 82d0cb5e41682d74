"""«Satisfacción» on the account page: a tab the satisfaction area adds through its
declaration (the accounts area imports nothing of it), following the account shown —
its health and reasons, the trend kept day by day, the latest responses, the open
actions — and read again when a response is recorded."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from gui_support import make_context, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.areas import AreaId
from agencia.services.satisfaction import health_history, improvements, responses
from agencia.ui.accounts.area import AccountsArea
from agencia.ui.area import AppContext
from agencia.ui.satisfaction.account_tab import SatisfactionTab

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_world import World, every_question, satisfaction_world, survey_response

TODAY = date.today()


def _respond(w: World, account: str, perceived: int, today: date) -> None:
    data = survey_response(w, account, today, every_question(4, perceived))
    responses.record_response(w.db, w.actor("exec"), data, today)


@pytest.fixture
def world(sqlite_db: Database) -> World:
    w = satisfaction_world(sqlite_db)
    _respond(w, "cafe", 5, TODAY - timedelta(days=200))
    _respond(w, "cafe", 2, TODAY - timedelta(days=10))
    improvements.open_action(
        w.db,
        w.actor("director"),
        improvements.ActionInput(
            dimension="Empatía",
            title="Llamar cada semana",
            owner_id=w.staff["exec"],
            due_on=TODAY + timedelta(days=20),
            opened_gap=-2.0,
            account_id=w.accounts["cafe"],
            opened_on=TODAY - timedelta(days=10),
        ),
    )
    return w


def _accounts_page(qtbot: QtBot, ctx: AppContext) -> tuple[AccountsArea, SatisfactionTab]:
    """The accounts page shown, its list read, and its last tab, «Satisfacción» (the test
    keeps the area: it owns the controller)."""
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    controller = area.controller
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    tabs = controller.detail_view.tabs
    tab = tabs.widget(tabs.count() - 1)
    assert isinstance(tab, SatisfactionTab)
    return area, tab


def test_the_account_page_shows_the_accounts_satisfaction(qtbot: QtBot, world: World) -> None:
    ctx, recorder = make_context(world.db, world.actor("director"))
    area, tab = _accounts_page(qtbot, ctx)
    controller = area.controller
    tabs = controller.detail_view.tabs
    assert tabs.tabText(tabs.count() - 1) == "Satisfacción"
    controller.open_account(world.accounts["cafe"])
    qtbot.waitUntil(until(lambda: controller.detail is not None))
    assert tab.shown is None  # not in sight: nothing read yet
    tabs.setCurrentWidget(tab)
    qtbot.waitUntil(until(lambda: tab.shown is not None))
    assert tab.band.text() == "En riesgo"
    assert "la satisfacción bajó 3,0 en Empatía" in tab.reasons.text()
    assert tab.trend.isVisible() and len(tab.trend.points) == 2
    before, now = (value for _where, value in tab.trend.points)
    assert before is not None and now is not None and before > now  # health fell
    assert tab.responses_model.rowCount() == 2 and tab.responses_title.text() == "Respuestas (2)"
    assert tab.actions_model.index(0, 1).data() == "Llamar cada semana"
    # another account: the tab follows it
    controller.open_account(world.accounts["tacos"])
    qtbot.waitUntil(until(lambda: controller.detail.id == world.accounts["tacos"]))  # type: ignore[union-attr]
    tabs.setCurrentWidget(tab)
    qtbot.waitUntil(
        until(lambda: tab.shown is not None and tab.account_id == world.accounts["tacos"])
    )
    assert tab.score.text() == "—" and tab.responses_model.rowCount() == 0
    assert not tab.trend.isVisible() and tab.trend_empty.isVisible()
    # a response recorded from the window: read again, the trend has its first day
    ctx.ops.write(
        responses.record_response, survey_response(world, "tacos", TODAY, every_question(4, 4))
    )
    qtbot.waitUntil(until(lambda: tab.responses_model.rowCount() == 1))
    assert tab.band.text() == "Sana" and tab.trend.isVisible()
    kept = health_history.health_history(world.db, world.actor("director"), world.accounts["tacos"])
    assert [p.on for p in kept] == [date.today()]  # (kept on the day it is: past midnight too)
    tab.open_button.click()
    assert recorder.navigations[-1] == (AreaId.SATISFACTION, world.accounts["tacos"])


def test_out_of_sight_the_tab_neither_reads_nor_redraws_and_shows_no_old_account(
    qtbot: QtBot, world: World
) -> None:
    """The page opens on «Datos»: opening one account after another does not read the
    satisfaction nor refill its tables; shown, it is emptied of the last account it
    showed before this one's answer comes."""
    ctx, _recorder = make_context(world.db, world.actor("director"))
    area, tab = _accounts_page(qtbot, ctx)
    controller = area.controller
    tabs = controller.detail_view.tabs
    controller.open_account(world.accounts["cafe"])
    qtbot.waitUntil(until(lambda: controller.detail is not None))
    tabs.setCurrentWidget(tab)
    qtbot.waitUntil(until(lambda: tab.shown is not None))
    assert tab.responses_model.rowCount() == 2
    tabs.setCurrentIndex(0)
    fills: list[object] = []
    real_fill = tab._fill
    tab._fill = lambda data: (fills.append(data), real_fill(data))[1]  # type: ignore[method-assign]
    reads: list[str] = []
    read = ctx.ops.read

    def recorded(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> int:
        reads.append(fn.__name__)
        return read(fn, *args, **kwargs)

    ctx.ops.read = recorded  # type: ignore[method-assign]

    def showing(account_id: int) -> Callable[[], bool]:
        return lambda: controller.detail is not None and controller.detail.id == account_id

    for key in ("tacos", "cafe", "tacos"):
        controller.open_account(world.accounts[key])
        qtbot.waitUntil(until(showing(world.accounts[key])))
    assert fills == [] and "account_satisfaction" not in reads
    assert tab.responses_model.rowCount() == 2  # still cafe's, but out of sight
    # shown: emptied at once (not cafe's figures under tacos' name), then tacos' own
    ctx.ops.synchronous = False  # the answer comes later, as in the window
    tabs.setCurrentWidget(tab)
    assert fills[0] is None and tab.responses_model.rowCount() == 0
    qtbot.waitUntil(until(lambda: tab.shown is not None))
    assert tab.account_id == world.accounts["tacos"] and reads.count("account_satisfaction") == 1
