"""Redrawing the timeline (every refresh of a campaign of 500 tasks) reuses what it
worked out before without drawing anything differently: the scene still reaches exactly
the last word drawn, and a title cut to the names' column is cut anew in a new font."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from agencia.domain.coordination_enums import TaskStatus
from agencia.domain.enums import CampaignStatus
from agencia.services.coordination.queries import TaskRow, Timeline
from agencia.ui.coordination.gantt import HEADER, ROW, GanttView

TODAY = date(2026, 11, 2)
LONG = "Rodaje del spot de televisión con la productora y el equipo creativo completo"


def _row(n: int, title: str, start: date, due: date, overdue: bool = False) -> TaskRow:
    return TaskRow(
        n, 1, 1, "Campaña", "Cuenta", title, "", None, None, "", None, "",
        start, due, Decimal(8), TaskStatus.TODO, None, (), start, due,
        overdue, overdue, False, False, False,
    )  # fmt: skip


def _timeline() -> Timeline:
    deadline = TODAY + timedelta(days=30)
    rows = (
        _row(1, LONG, TODAY, TODAY + timedelta(days=4)),
        _row(2, "Corto", TODAY, TODAY + timedelta(days=2)),
        _row(3, "Tarde", deadline - timedelta(days=3), deadline + timedelta(days=9), True),
    )
    return Timeline(1, "Campaña", "Cuenta", CampaignStatus.IN_DEVELOPMENT, TODAY, deadline,
                    rows, (), (), deadline, 0, True)  # fmt: skip


def _names(view: GanttView) -> list[str]:
    assert view.labels is not None
    return sorted(shown for _top, shown, _title in view.labels.rows)


def test_a_redraw_reaches_the_last_word_and_cuts_titles_in_the_font_of_the_day(
    qtbot: QtBot,
) -> None:
    view = GanttView(QLocale("es_ES"))
    qtbot.addWidget(view)
    view.resize(900, 400)
    for _ in range(2):  # the first drawing and a redraw of the same campaign
        view.show_timeline(_timeline(), TODAY)
        scene = view.scene()
        assert scene.sceneRect().right() == scene.itemsBoundingRect().right() + 16
        names = _names(view)
        cut = next(n for n in names if n.endswith("…"))
        assert LONG.startswith(cut[:-1]) and "Corto" in names
        # the cut name tells its whole title when pointed at, a whole one nothing more
        assert view.labels is not None
        assert view.labels.title_at(HEADER + ROW / 2) == LONG
        assert view.labels.title_at(HEADER + ROW * 1.5) == ""
        assert view.labels.title_at(HEADER / 2) == ""
        assert view.labels.title_at(HEADER + ROW * 3.5) == ""
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    view.show_timeline(_timeline(), TODAY)
    smaller = next(n for n in _names(view) if n.endswith("…"))
    assert len(smaller) < len(cut)  # measured again in the bigger font, not remembered
    assert view.scene().sceneRect().right() == view.scene().itemsBoundingRect().right() + 16
