"""The SLA chart's count axis is readable: it showed one number, the busiest week's
(«11»), at the top and nothing else. It is marked in whole numbers from 0 to a round top
no lower than the busiest week, each number whole beside its height, none on another."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot

from agencia.ui.service.sla_chart import SlaChart

pytestmark = pytest.mark.gui
FIRST = date(2026, 9, 14)


@pytest.mark.parametrize("busiest", [1, 3, 11, 37, 1234])
@pytest.mark.parametrize("height", [150, 240])
def test_the_counts_run_from_zero_past_the_busiest_week(
    qtbot: QtBot, busiest: int, height: int
) -> None:
    chart = SlaChart()
    qtbot.addWidget(chart)
    weeks = [
        SimpleNamespace(monday=FIRST + timedelta(weeks=n), met=0, breached=0) for n in range(12)
    ]
    weeks[7] = SimpleNamespace(
        monday=weeks[7].monday, met=busiest - busiest // 3, breached=busiest // 3
    )
    chart.set_weeks(weeks)
    chart.resize(620, height)
    ticks = chart.ticks()
    values = [int(words) for _, words in ticks]  # whole numbers
    assert values[0] == 0 and values[-1] >= busiest, values
    assert len(values) >= 2 and values == sorted(set(values))
    steps = {b - a for a, b in pairwise(values)}
    assert len(steps) == 1, values  # evenly spaced
    metrics = chart.fontMetrics()
    bars = [rect for rect, _ in chart._bars()]
    for place, words in ticks:
        assert place.width() >= metrics.horizontalAdvance(words), words  # whole
        assert place.left() >= 0 and place.right() <= bars[0].left(), words  # beside the bars
        assert place.top() >= 0 and place.bottom() <= height, words
    for (lower, a), (upper, b) in pairwise(ticks):
        assert upper.bottom() <= lower.top(), (a, b)  # one above the other, apart
    # the tallest bar reaches its own count, no higher than the axis's top
    tallest = chart.scale()[1]
    assert tallest >= busiest


def test_no_requests_no_counts(qtbot: QtBot) -> None:
    chart = SlaChart()
    qtbot.addWidget(chart)
    chart.set_weeks([SimpleNamespace(monday=FIRST, met=0, breached=0)])
    chart.resize(620, 160)
    assert chart.ticks() == []
