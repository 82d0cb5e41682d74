"""Testers' findings on the service page: the request's pane kept a description's and a
thread summary's lines (a 50-line description read as one paragraph), and the queue's
countdown says the standing in words where the «Plazo» column gave way."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot

from agencia.ui.service.queue_view import QueueView

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("house_style")]
NOW = datetime(2026, 11, 2, 9, tzinfo=UTC)


def _row() -> SimpleNamespace:
    due = NOW - timedelta(days=3)
    return SimpleNamespace(
        id=1,
        due=due,
        next_due=due,
        status="assigned",
        breached=True,
        escalation=1,
        subject="Logo pixelado",
        account="D'Arcy Cosmética",
        channel="email",
        kind="incident",
        priority="high",
        assignee="Álvaro García Rubio",
    )


def _detail(description: str, summary: str) -> SimpleNamespace:
    return SimpleNamespace(
        row=_row(),
        description=description,
        resolution="Primera línea\nSegunda línea",
        received_at=NOW - timedelta(days=4),
        first_response_at=None,
        due_response_at=NOW - timedelta(days=4),
        thread=(
            SimpleNamespace(
                occurred_at=NOW - timedelta(days=4),
                channel="email",
                direction="inbound",
                subject="Logo <pixelado>",
                summary=summary,
            ),
        ),
        campaign="",
        task="",
    )


def test_the_pane_keeps_the_lines_and_long_text_scrolls(qtbot: QtBot) -> None:
    view = QueueView()
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    lines = [f"Línea {n} <b>sin</b> formato" for n in range(1, 51)]
    view.show_detail(_detail("\n".join(lines), "Dijo:\r\nuno\ndos"))
    text = view.detail.toPlainText()
    for line in lines:  # each on its own line, escaped (client text, not markup)
        assert f"\n{line}\n" in text, line
    assert "\nDijo:\nuno\ndos" in text
    assert "Primera línea\nSegunda línea" in text
    assert "Logo <pixelado>" in text
    qtbot.waitUntil(lambda: view.detail.verticalScrollBar().maximum() > 0)


def test_the_countdown_says_the_standing_in_words() -> None:
    view = QueueView()
    view.model.now = NOW
    view.model.set_rows([_row()])
    tip = view.model.index(0, 0).data(0x03)  # ToolTipRole
    assert tip == "-3 d 0 h · Incumplida, Escalada"
    view.show_detail(_detail("x", "y"))
    assert "Asignada · Incumplida, Escalada · Álvaro" in view.detail.toPlainText()
    view.deleteLater()
