"""The large demo's surveys at scale: 20,000 responses with their answers, written as bulk
inserts straight to the driver (one executemany per chunk, no unit of work, no audit
entry, no health kept per response), like the coordination's 200,000 tasks
(`agencia.demo.coordination.scale`): results that size exist only to try their speed.

`ACCOUNTS` accounts after the curated ones (spread over the whole list) answer each of
the `QUARTERS_BACK` surveys, a third of them on the eight values, the rest on the five
indicators, recorded by the account's lead from a call, a returned PDF or a CSV. Each
account keeps its level from quarter to quarter (a question moves a point now and then);
one in ten fell in the last quarter, and one response in twenty stopped halfway. Then
every account's health is kept for today, as the small demo's part does: after the
requests at scale (`DemoRun.later`), which it reads.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from typing import Any

from sqlalchemy import Connection, func, select, text

from agencia.demo import indexes
from agencia.demo.run import DemoRun
from agencia.domain.actor import SYSTEM
from agencia.domain.models import Account, Contact
from agencia.domain.satisfaction_enums import ResponseSource
from agencia.domain.satisfaction_models import SurveyTemplate
from agencia.services.satisfaction import bulk

COUNT = 20_000
QUARTERS_BACK = (355, 265, 175, 30)  # days before today, as the curated surveys
CURATED = 16  # the small demo's accounts (`agencia.demo.satisfaction.ACCOUNTS`)
CHUNK = 5_000
SOURCES = (ResponseSource.ENTRY,) * 7 + (ResponseSource.PDF,) * 2 + (ResponseSource.CSV,)
_RESPONSE_COLUMNS = (
    "id", "template_id", "account_id", "contact_id", "answered_on", "source", "importance",
    "answered", "questions", "notes", "recorded_by_id", "created_at", "version",
)  # fmt: skip
_ANSWER_COLUMNS = ("response_id", "dimension_no", "question_no", "expected", "perceived")


def _accounts(connection: Connection, wanted: int) -> list[tuple[int, int, int | None]]:
    """(account, its first contact, its lead) of `wanted` accounts spread over the list,
    after the curated ones."""
    firsts = select(Contact.account_id, func.min(Contact.id)).group_by(Contact.account_id)
    contact: dict[int, int] = {a: c for a, c in connection.execute(firsts)}
    rows = [
        (i, contact[i], lead)
        for i, lead in connection.execute(
            select(Account.id, Account.lead_executive_id).order_by(Account.id)
        )
        if i in contact
    ][CURATED:]
    step = max(1, len(rows) // max(1, wanted))
    return rows[::step][:wanted]


def _templates(connection: Connection) -> list[tuple[int, list[int]]]:
    """The shipped templates in use: (id, questions per dimension), five indicators first."""
    found = connection.execute(
        select(SurveyTemplate.id, SurveyTemplate.dimensions, SurveyTemplate.shipped)
        .where(SurveyTemplate.shipped.in_(("five_indicators", "eight_values")))
        .where(SurveyTemplate.retired.is_(False))
        .order_by(SurveyTemplate.shipped.desc())
    ).all()
    out = []
    for template_id, dimensions, _shipped in found:
        dims = json.loads(dimensions) if isinstance(dimensions, str) else dimensions
        out.append((template_id, [len(d["questions"]) for d in dims]))
    return out


def _rows(
    accounts: list[tuple[int, int, int | None]],
    templates: list[tuple[int, list[int]]],
    first_id: int,
    today: date,
    rng: random.Random,
    day_of: Callable[[date], Any],
    created: Callable[[date], Any],
) -> Iterator[tuple[tuple[Any, ...], list[tuple[int, int, int, int, int]]]]:
    """Each response's row and its answers' rows."""
    draw = rng.random
    response_id = first_id
    wobble = (-1, 0, 0, 0, 0, 0, 1)
    for place, (account, contact, lead) in enumerate(accounts):
        template_id, dims = templates[1 if place % 3 == 2 and len(templates) > 1 else 0]
        level = 2.0 + draw() * 2.8  # the account's own, kept from quarter to quarter
        fell = place % 10 == 7
        weights = {str(d): (3, 4, 5, 5)[int(draw() * 4)] for d in range(1, len(dims) + 1)}
        importance = json.dumps(weights)  # the same for its four surveys
        for survey, days in enumerate(QUARTERS_BACK):
            on = today - timedelta(days=days + int(draw() * 11))
            now_level = level - 1.6 if fell and survey == len(QUARTERS_BACK) - 1 else level
            halfway = draw() < 0.05
            answers = []
            for d, questions in enumerate(dims, 1):
                if halfway and d > 3:
                    break  # the client stopped halfway: only the first dimensions answered
                for q in range(1, questions + 1):
                    perceived = round(now_level) + wobble[int(draw() * 7)]
                    expected = 5 if (d + q + place) % 3 == 0 else 4
                    answers.append((response_id, d, q, expected, min(5, max(1, perceived))))
            total = sum(dims)
            source = SOURCES[int(draw() * len(SOURCES))].value
            yield (
                (response_id, template_id, account, contact, day_of(on), source, importance,
                 len(answers), total, "", lead, created(on), 1),
                answers,
            )  # fmt: skip
            response_id += 1


def _next_id(connection: Connection, table: str) -> int:
    found = connection.execute(text(f"SELECT COALESCE(MAX(id), 0) FROM {table}"))
    return int(found.scalar_one()) + 1


def fill_at_scale(
    connection: Connection, today: date, seed: int, count: int | None = None
) -> float:
    """Insert `count` responses (None: `COUNT`; whole accounts of four quarters) with
    their answers on `connection`, inside the demo's transaction; returns the seconds."""
    started = time.perf_counter()
    count = COUNT if count is None else count
    accounts = _accounts(connection, count // len(QUARTERS_BACK))
    templates = _templates(connection)
    if not accounts or not templates or count <= 0:
        return 0.0
    sqlite = connection.dialect.name == "sqlite"
    mark = "?" if sqlite else "%s"
    noon = clock_time(12)
    days: dict[date, Any] = {}
    if sqlite:  # as SQLAlchemy writes them there, each day's text made once
        day_of: Callable[[date], Any] = lambda on: days.setdefault(on, on.isoformat())  # noqa: E731
        created: Callable[[date], Any] = lambda on: f"{on.isoformat()} 12:00:00.000000"  # noqa: E731
    else:
        day_of = lambda on: on  # noqa: E731
        created = lambda on: datetime.combine(on, noon, UTC)  # noqa: E731
    rows = _rows(
        accounts, templates, _next_id(connection, "survey_responses"), today,
        random.Random(seed), day_of, created,
    )  # fmt: skip
    put_response = (
        f"INSERT INTO survey_responses ({', '.join(_RESPONSE_COLUMNS)}) "
        f"VALUES ({', '.join([mark] * len(_RESPONSE_COLUMNS))})"
    )
    put_answers = (
        f"INSERT INTO survey_answers ({', '.join(_ANSWER_COLUMNS)}) "
        f"VALUES ({', '.join([mark] * len(_ANSWER_COLUMNS))})"
    )
    with indexes.suspended(connection, ("survey_responses", "survey_answers")):
        while chunk := [pair for _, pair in zip(range(CHUNK), rows, strict=False)]:
            connection.exec_driver_sql(put_response, [r for r, _ in chunk])
            connection.exec_driver_sql(put_answers, [a for _, answers in chunk for a in answers])
    if not sqlite:  # explicit IDs leave the sequence behind
        connection.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('survey_responses', 'id'), "
                "(SELECT COALESCE(MAX(id), 1) FROM survey_responses))"
            )
        )
    return time.perf_counter() - started


def responses_at_scale(demo: DemoRun) -> None:
    """The large demo's responses at scale, then every account's health kept for today
    (`DemoRun.later`: after the requests at scale)."""
    today = demo.now.date()
    fill_at_scale(demo.connection, today, demo.seed)
    bulk.record_health(demo.services(), SYSTEM, today)
