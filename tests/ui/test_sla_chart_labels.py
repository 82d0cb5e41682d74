"""The SLA chart's week dates never run into one another: at the width the queue leaves it
in a 1024×700 window, twelve dates («14 sept», «21 sept»…) touched («14 Sept21 Sept»);
the chart labels every second week then, the latest always, each date whole."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from agencia.ui.service.sla_chart import SlaChart

pytestmark = pytest.mark.gui
FIRST = date(2026, 9, 14)


@pytest.fixture(autouse=True)
def _spanish() -> object:
    before = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize("width", [1200, 620, 420, 260])
def test_week_dates_do_not_overlap(qtbot: QtBot, width: int) -> None:
    chart = SlaChart()
    qtbot.addWidget(chart)
    weeks = [
        SimpleNamespace(monday=FIRST + timedelta(weeks=n), met=n % 3, breached=1) for n in range(12)
    ]
    chart.set_weeks(weeks)
    chart.resize(width, 160)
    labels = chart.labels()
    assert labels, "no dates at all"
    latest = QLocale().toString(weeks[-1].monday, "d MMM")
    assert labels[-1][1] == latest  # the latest week always has its date
    metrics = chart.fontMetrics()
    for place, words in labels:
        assert place.width() >= metrics.horizontalAdvance(words), words  # whole
        assert place.left() >= 0 and place.right() <= width, (words, place)
    for (one, a), (other, b) in pairwise(labels):
        assert one.right() <= other.left(), (a, b, one, other)  # apart
    if width >= 1200:
        assert len(labels) == len(weeks)  # room for every week: every date
