"""Testers' finding: the queue is ordered by the resolution deadline (`queue_at`, one
index) while its countdown counted to the first answer's, so it read unsorted
(-45 d, -45 d, -48 d, -45 d). The countdown, its colour and the «Plazo» chip now count
to the deadline the order uses; the first answer's, while owed, is in the countdown's
tooltip and in the request's pane."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agencia.db.database import Database
from agencia.domain.enums import Channel
from agencia.domain.service_enums import Priority, RequestKind
from agencia.services.service import queries, requests
from agencia.ui.service import clock_text
from agencia.ui.service.queue_model import QueueModel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import service_desk

pytestmark = pytest.mark.gui
NOW = datetime(2026, 3, 9, 8, tzinfo=UTC)


def test_the_countdown_counts_to_the_deadline_the_queue_is_ordered_by(db: Database) -> None:
    desk = service_desk(db)
    director = desk.actor("director")
    for priority, received in (
        (Priority.HIGH, datetime(2026, 3, 9, 9, tzinfo=UTC)),  # answer Monday, done Tuesday
        (Priority.URGENT, datetime(2026, 3, 10, 9, tzinfo=UTC)),  # both on Tuesday
    ):
        data = requests.NewRequest(
            desk.accounts["madrid"], Channel.EMAIL, RequestKind.REQUEST, priority, "Algo",
            received_at=received,
        )  # fmt: skip
        requests.open_request(db, director, data)
    rows = queries.list_requests(db, director, now=NOW)
    assert [r.due for r in rows] == sorted(r.due for r in rows if r.due)  # the order's
    assert [r.next_due for r in rows] != sorted(r.next_due for r in rows if r.next_due)
    model = QueueModel()
    model.now = NOW
    model.set_rows(rows)
    shown = [model.index(n, 0).data() for n in range(model.rowCount())]
    assert shown == [clock_text.countdown(r.due, NOW) for r in rows]
    for n, row in enumerate(rows):  # the first answer, owed: said in the tooltip
        assert row.next_due is not None
        answer = clock_text.countdown(row.next_due, NOW)
        assert answer in model.index(n, 0).data(3), model.index(n, 0).data(3)
