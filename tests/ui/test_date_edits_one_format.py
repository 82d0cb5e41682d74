"""One way to edit a date, in every form: the house's (`edit_date_format`) — in Spanish
the locale's numbers with a four-digit year («07/12/2026»), in English the month named
(«7 Dec 2026»: 07/12/2026 is July to many English readers) — for the task form's days,
the survey answer's day (it read «7/12/26») and the logged contact's moment alike."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from gui_support import make_context
from PySide6.QtCore import QDate, QDateTime, QLocale
from pytestqt.qtbot import QtBot

from agencia.ui.formatting import interface_locale
from agencia.ui.satisfaction.entry_dialog import EntryDialog
from agencia.ui.widgets.doc_widgets import OptionalDateEdit, date_edit, moment_edit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_world import World, satisfaction_world

from agencia.db.database import Database

DAY = date(2026, 12, 7)
SHOWN = {"es": "07/12/2026", "en": "7 Dec 2026"}


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


def test_every_date_edit_reads_the_same(qtbot: QtBot, world: World, language: str) -> None:
    ctx, _ = make_context(world.db, world.actor("director"))
    locale = QLocale()
    task_day = date_edit(locale, DAY)
    optional = OptionalDateEdit(locale)
    optional.set_date_value(DAY)
    entry = EntryDialog(ctx.ops, [], [], today=DAY)
    for widget in (task_day, optional, entry):
        qtbot.addWidget(widget)
    assert task_day.text() == SHOWN[language]
    assert optional.text() == SHOWN[language]
    assert entry.day.text() == SHOWN[language], "the survey answer's day"
    moment = moment_edit(locale)
    qtbot.addWidget(moment)
    moment.setDateTime(QDateTime(QDate(2026, 12, 7), QDateTime.currentDateTime().time()))
    assert moment.text().startswith(SHOWN[language]), "the logged contact's moment"
