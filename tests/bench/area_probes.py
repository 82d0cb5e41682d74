"""The areas' figures of the benchmark suite, each measured inside a fresh process that
run.py starts (through probes.py, which hands these on): the service queue over 100,000
requests, an account's timeline of 10,000 communications, a campaign's timeline of 500
tasks and «Mis tareas» over 200,000, the satisfaction results over 20,000 responses, and
the satisfaction page's first view (the accounts in the worst health) for the director.

Each probe calls the service as the window does (the demo's director signed in, the
wall clock's today) `BENCH_REPEAT` times after a first call (the process's first reads
fill SQLite's page cache and SQLAlchemy's statement cache, once per window, not once per
page), and prints one JSON line: the samples in ms, and the floor: the very statements
that call sent (caught on the engine), run again straight on the driver's connection and
fetched, so the ratio says what the service adds to its SQL. The calls run under the
window's cycle collector (`_WindowCollector`), as its reader thread does. Only the standard library
is imported here: probes.py imports this module before every probe, the start-up figures
included.
"""

from __future__ import annotations

import gc
import json
import os
import threading
import time
from collections.abc import Callable
from datetime import date
from typing import Any

Statement = tuple[str, Any]


def _repeat() -> int:
    return int(os.environ.get("BENCH_REPEAT", "7"))


def _emit(**values: Any) -> None:
    print(json.dumps(values), flush=True)


def _caught(db: Any, call: Callable[[], Any]) -> tuple[Any, list[Statement]]:
    """`call()`'s result and the statements it sent to the reader, with their parameters
    as the driver got them."""
    from sqlalchemy import event

    sent: list[Statement] = []

    def catch(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        sent.append((statement, parameters))

    engine = db.reader
    event.listen(engine, "before_cursor_execute", catch)
    try:
        result = call()
    finally:
        event.remove(engine, "before_cursor_execute", catch)
    return result, sent


def _timed(call: Callable[[], Any], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


class _WindowCollector:
    """The cycle collector as the window runs it (agencia/ui/shell/collector.py): what
    start-up made frozen, no automatic collection in whichever thread allocates, and
    once a second a collection by Python's own thresholds, on another thread than the
    reads (the GUI thread's timer). Left automatic, a probe's 33,000 lines of health
    were walked by two full collections inside the read (120 ms of its 500), which no
    window does."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._thresholds = gc.get_threshold()
        self._looking = threading.Thread(target=self._look, daemon=True)

    def _look(self) -> None:
        while not self._stop.wait(1.0):
            generation = -1
            for n, (count, most) in enumerate(zip(gc.get_count(), self._thresholds, strict=True)):
                if count <= most:
                    break
                generation = n
            if generation >= 0:
                gc.collect(generation)

    def __enter__(self) -> _WindowCollector:
        gc.freeze()
        gc.disable()
        self._looking.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._looking.join()
        gc.enable()
        gc.unfreeze()


def _measured(
    db: Any, call: Callable[[], Any], repeat: int
) -> tuple[Any, list[float], list[float]]:
    """`call`'s result, its samples, and its floor's: the same statements on the driver."""
    with _WindowCollector():
        return _measured_in_window(db, call, repeat)


def _measured_in_window(
    db: Any, call: Callable[[], Any], repeat: int
) -> tuple[Any, list[float], list[float]]:
    result, sent = _caught(db, call)  # the first: caches filled, as in a window in use
    samples = _timed(call, repeat)
    raw = db.reader.raw_connection()
    try:

        def straight() -> None:
            cursor = raw.cursor()
            for statement, parameters in sent:
                cursor.execute(statement, parameters)
                if cursor.description is not None:
                    cursor.fetchall()
            cursor.close()
            raw.rollback()  # the read's transaction ends (its BEGIN is among the statements)

        straight()
        floor = _timed(straight, repeat)
    finally:
        raw.close()
    return result, samples, floor


def _director(url: str) -> tuple[Any, Any]:
    from agencia.db.database import open_database
    from agencia.services import auth

    db = open_database(url)
    login = auth.default_login(db)
    assert login is not None
    return db, auth.actor_for(db, login)


def _busiest(db: Any, actor: Any, table: Any) -> tuple[int, int, int]:
    """(the account with the most rows in `table` that the person sees, its rows, all
    rows): the account the heavy figures open."""
    from sqlalchemy import func, select

    from agencia.db.uow import unit_of_work
    from agencia.domain.models import Account
    from agencia.services.accounts.access import visible_clause

    with unit_of_work(db, actor, write=False) as uow:
        total = uow.session.scalar(select(func.count()).select_from(table)) or 0
        account, rows = uow.session.execute(
            select(table.c.account_id, func.count().label("n"))
            .join(Account, Account.id == table.c.account_id)
            .where(visible_clause(actor))
            .group_by(table.c.account_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    return int(account), int(rows), int(total)


def service_queue(url: str) -> None:
    """The service queue as its page reads it (`QUEUE_PAGE` rows, what is due first):
    filtered to the breached requests, and to the account with the most requests."""
    from agencia.domain.service_models import ServiceRequest
    from agencia.services.service.queries import list_requests
    from agencia.ui.service.controller import QUEUE_PAGE

    db, director = _director(url)
    account, _mine, total = _busiest(db, director, ServiceRequest.__table__)
    repeat = _repeat()
    breached, ms, floor = _measured(
        db, lambda: list_requests(db, director, breached=True, limit=QUEUE_PAGE), repeat
    )
    one, account_ms, account_floor = _measured(
        db, lambda: list_requests(db, director, account_id=account, limit=QUEUE_PAGE), repeat
    )
    db.close()
    _emit(breached=ms, breached_floor=floor, account=account_ms, account_floor=account_floor,
          requests=total, breached_rows=len(breached), account_rows=len(one))  # fmt: skip


def communications_timeline(url: str) -> None:
    """An account's timeline (its newest 200 moments of every kind), on the account with
    the most communications."""
    from agencia.domain.service_models import Communication
    from agencia.services.communications.timeline import timeline

    db, director = _director(url)
    account, communications, _total = _busiest(db, director, Communication.__table__)
    _moments, ms, floor = _measured(db, lambda: timeline(db, director, account), _repeat())
    db.close()
    _emit(ms=ms, floor=floor, communications=communications)


def _busiest_open_campaign(db: Any, actor: Any) -> tuple[int, int]:
    from sqlalchemy import func, select

    from agencia.db.uow import unit_of_work
    from agencia.domain.campaign_life import CLOSED
    from agencia.domain.campaign_models import Campaign
    from agencia.domain.coordination_models import Task

    with unit_of_work(db, actor, write=False) as uow:
        campaign, tasks = uow.session.execute(
            select(Task.campaign_id, func.count(Task.id))
            .join(Campaign, Campaign.id == Task.campaign_id)
            .where(Campaign.status.not_in(CLOSED))
            .group_by(Task.campaign_id)
            .order_by(func.count(Task.id).desc())
            .limit(1)
        ).one()
    return int(campaign), int(tasks)


def coordination(url: str) -> None:
    """A campaign's timeline of 500 tasks read and painted (the Gantt, offscreen), and
    the director's «Mis tareas» over every task."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from agencia.services.coordination import queries
    from agencia.ui.coordination.gantt import GanttView

    app = QApplication.instance() or QApplication([])
    db, director = _director(url)
    campaign, tasks = _busiest_open_campaign(db, director)
    view = GanttView(QLocale("es_ES"))
    view.resize(1000, 600)
    view.show()
    today = date.today()
    repeat = _repeat()

    def read_and_paint() -> None:
        view.show_timeline(queries.timeline(db, director, campaign), today)
        view.viewport().repaint()
        app.processEvents()

    read_and_paint()
    _timeline, _read, read_floor = _measured(
        db, lambda: queries.timeline(db, director, campaign), repeat
    )
    painted = _timed(read_and_paint, repeat)
    mine, mine_ms, mine_floor = _measured(db, lambda: queries.my_tasks(db, director), repeat)
    db.close()
    _emit(timeline=painted, timeline_floor=read_floor, tasks=tasks, mine=mine_ms,
          mine_floor=mine_floor, mine_rows=len(mine))  # fmt: skip


def satisfaction(url: str) -> None:
    """The satisfaction results (every dimension, question and quarter) over every
    response in the agency, as an administrator of the whole agency sees them."""
    from agencia.domain.actor import SYSTEM
    from agencia.services.satisfaction.results import satisfaction_results

    db, _who = _director(url)  # the database opened as the window opens it
    results, ms, floor = _measured(db, lambda: satisfaction_results(db, SYSTEM), _repeat())
    db.close()
    _emit(ms=ms, floor=floor, responses=results.responses)


def satisfaction_page(url: str) -> None:
    """The satisfaction page's first view as the window reads it: the director's
    accounts in the worst health (a page of the list), ranked over every account she
    sees, before the results and the rest are read."""
    from agencia.services.satisfaction.page import read_health

    db, director = _director(url)
    worst, ms, floor = _measured(db, lambda: read_health(db, director), _repeat())
    db.close()
    _emit(ms=ms, floor=floor, accounts=worst.total, rows=len(worst.rows))


AREA_PROBES: dict[str, Callable[[str], None]] = {
    "service_queue": service_queue,
    "communications_timeline": communications_timeline,
    "coordination": coordination,
    "satisfaction": satisfaction,
    "satisfaction_page": satisfaction_page,
}
