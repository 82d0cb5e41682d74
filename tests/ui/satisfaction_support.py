"""The «Satisfacción» page's tests' set-up (`test_satisfaction_page.py`,
`test_satisfaction_screens_review.py`, `test_satisfaction_tester_findings.py`): the small
agency with its three responses, and the page as the window shows it. Each test module
names its own `world` fixture (`answered_world`), as the service forms' tests do."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import NamedTuple

from gui_support import Recorder, make_context, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.satisfaction import responses
from agencia.ui.area import AppContext
from agencia.ui.satisfaction.area import SatisfactionArea, create
from agencia.ui.satisfaction.page_view import SatisfactionView

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_world import World, every_question, satisfaction_world, survey_response


def answered_world(db: Database) -> World:
    """`satisfaction_world` with three responses, each answering every question: Café
    Madrid's of June last year (perceived 4) and of today (1), Tacos CDMX's of today (4) —
    two accounts in the health list, Café Madrid's the worse."""
    w = satisfaction_world(db)
    today = date.today()
    for account, perceived, on in (
        ("cafe", 4, date(today.year - 1, 6, 1)),
        ("cafe", 1, today),
        ("tacos", 4, today),
    ):
        data = survey_response(w, account, on, every_question(4, perceived))
        responses.record_response(w.db, w.actor("exec"), data)
    return w


class Shown(NamedTuple):
    """The page `satisfaction_page` shows: its context, what it said, the area, its view."""

    ctx: AppContext
    recorder: Recorder
    area: SatisfactionArea
    view: SatisfactionView


def satisfaction_page(
    qtbot: QtBot,
    world: World,
    who: str = "director",
    *,
    locale: str = "es_ES",
    size: tuple[int, int] = (1100, 650),
) -> Shown:
    """The page for `who` (a name in `world`'s staff), in an agency of `locale`, at
    `size`, shown and activated as the window does, once its health list holds both
    accounts."""
    ctx, recorder = make_context(world.db, world.actor(who), locale=locale)
    area = create(ctx)
    assert isinstance(area, SatisfactionArea)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    area.activated()
    view = area.controller.view
    qtbot.waitUntil(until(lambda: view.health_model.rowCount() == 2))
    return Shown(ctx, recorder, area, view)
