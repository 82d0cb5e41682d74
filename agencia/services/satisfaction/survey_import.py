"""Answers collected elsewhere, from a CSV file: one response per row, all or nothing.

Columns: `template`, `account`, `contact` (ids), `date` (ISO), optionally `campaign`
and `notes`; per question `d{n}q{m}_expected` and `d{n}q{m}_perceived` (dimension n,
question m, from 1); per dimension `importance_{n}`. A blank cell is a question not
answered. Every row goes through the entry form's rules; a bad row is refused with its
line number and nothing is written.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.errors import DomainError, ValidationError
from agencia.domain.satisfaction_enums import ResponseSource
from agencia.services.satisfaction.health_history import record_account_health
from agencia.services.satisfaction.responses import AnswerInput, ResponseInput, add_response

REQUIRED = ("template", "account", "contact", "date")
_QUESTION = re.compile(r"^d(\d+)q(\d+)_(expected|perceived)$")
_IMPORTANCE = re.compile(r"^importance_(\d+)$")
MAX_ROWS = 10_000


class ImportRefused(ValidationError):
    """Rows that cannot be imported, by line: (code, params) each."""


def _int(
    row: dict[str, str], column: str, problems: list[tuple[str, dict[str, object]]]
) -> int | None:
    raw = (row.get(column) or "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        problems.append(("survey_import.bad_value", {"value": raw, "column": column}))
        return None


def parse_row(
    row: dict[str, str],
) -> tuple[ResponseInput | None, list[tuple[str, dict[str, object]]]]:
    """One row as a response, or what is wrong with it."""
    problems: list[tuple[str, dict[str, object]]] = []
    ids = {c: _int(row, c, problems) for c in ("template", "account", "contact", "campaign")}
    try:
        day = date.fromisoformat((row.get("date") or "").strip())
    except ValueError:
        problems.append(
            ("survey_import.bad_value", {"value": row.get("date", ""), "column": "date"})
        )
        day = None
    answers: dict[tuple[int, int], dict[str, int | None]] = {}
    importance: dict[int, int] = {}
    for column in row:
        if column is None:
            continue
        if m := _QUESTION.match(column.strip()):
            value = _int(row, column, problems)
            answers.setdefault((int(m[1]), int(m[2])), {})[m[3]] = value
        elif m := _IMPORTANCE.match(column.strip()):
            value = _int(row, column, problems)
            if value is not None:
                importance[int(m[1])] = value
    if problems or day is None or None in (ids["template"], ids["account"], ids["contact"]):
        if not problems:
            missing = [c for c in REQUIRED if not (row.get(c) or "").strip()]
            problems.append(("survey_import.columns", {"columns": ", ".join(missing)}))
        return None, problems
    data = ResponseInput(
        template_id=ids["template"] or 0,
        account_id=ids["account"] or 0,
        contact_id=ids["contact"] or 0,
        answered_on=day,
        answers=tuple(
            AnswerInput(d, q, v.get("expected"), v.get("perceived"))
            for (d, q), v in sorted(answers.items())
        ),
        importance=importance,
        campaign_id=ids["campaign"],
        notes=(row.get("notes") or "").strip(),
        source=ResponseSource.CSV,
    )
    return data, []


def import_csv(db: Database, actor: Actor, text: str, today: date | None = None) -> list[int]:
    """Import every row, or none: the ids of the new responses."""
    day = today or date.today()
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise ImportRefused({"line 1": ("survey_import.columns", {"columns": ", ".join(missing)})})
    errors: dict[str, tuple[str, dict[str, object]]] = {}
    ids: list[int] = []
    touched: set[int] = set()
    with unit_of_work(db, actor) as uow:
        for number, row in enumerate(reader, start=2):
            if number > MAX_ROWS + 1:
                break
            data, problems = parse_row(row)
            if data is None:
                errors[f"line {number}"] = problems[0]
                continue
            try:
                # every check comes before any row is added: a refused row adds nothing
                response, _ = add_response(uow, data, day)
                uow.session.flush()
                ids.append(response.id)
                touched.add(response.account_id)
            except ValidationError as bad:
                code, params = next(iter(bad.field_errors.values()))
                errors[f"line {number}"] = (code, params)
            except DomainError as refused:
                errors[f"line {number}"] = (refused.code, dict(refused.params))
        if errors:
            raise ImportRefused(errors)
        for account_id in sorted(touched):
            record_account_health(uow, account_id, day)
    return ids
