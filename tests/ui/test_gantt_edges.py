"""The timeline's words at its right edge stay in reach: the deadline's name and a late
bar's ⚠ are inside the scene the scroll bars cover (they were cut at the last day)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGraphicsSimpleTextItem
from pytestqt.qtbot import QtBot

from agencia.domain.coordination_enums import TaskStatus
from agencia.domain.enums import CampaignStatus
from agencia.services.coordination.queries import TaskRow, Timeline
from agencia.ui.coordination.gantt import GanttView

TODAY = date(2026, 11, 2)


def _row(n: int, start: date, due: date, overdue: bool = False) -> TaskRow:
    return TaskRow(
        n, 1, 1, "Campaña", "Cuenta", f"Tarea {n}", "", None, None, "", None, "",
        start, due, Decimal(8), TaskStatus.TODO, None, (), start, due,
        overdue, overdue, False, False, False,
    )  # fmt: skip


@pytest.mark.parametrize("zoom", ["week", "month"])
def test_the_deadline_and_a_late_bar_are_named_inside_the_scene(qtbot: QtBot, zoom: str) -> None:
    deadline = TODAY + timedelta(days=40)
    rows = (
        _row(1, TODAY, TODAY + timedelta(days=5)),
        _row(2, deadline - timedelta(days=8), deadline + timedelta(days=9), overdue=True),
    )
    timeline = Timeline(1, "Campaña", "Cuenta", CampaignStatus.IN_DEVELOPMENT, TODAY, deadline,
                        rows, (), (), deadline, 0, True)  # fmt: skip
    view = GanttView(QLocale("es_ES"))
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.set_zoom(zoom)
    view.show_timeline(timeline, TODAY)
    scene = view.scene()
    words = {
        item.text(): item.sceneBoundingRect()
        for item in scene.items()
        if isinstance(item, QGraphicsSimpleTextItem)
    }
    edge = scene.sceneRect().right()
    assert words["Fecha límite"].right() <= edge
    late = next(rect for text, rect in words.items() if text.startswith("⚠"))
    assert late.right() <= edge
