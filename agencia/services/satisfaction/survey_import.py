"""Answers collected elsewhere, from a CSV file: one response per row, all or nothing.

Columns: `template`, `account`, `contact` (ids), `date` (ISO), optionally `campaign`
and `notes`; per question `d{n}q{m}_expected` and `d{n}q{m}_perceived` (dimension n,
question m, from 1); per dimension `importance_{n}`. A blank cell is a question not
answered. Every row goes through the entry form's rules; a bad row is refused with its
line number and nothing is written.

A row that is a response already kept — the same survey, account, contact, day,
campaign, importance, notes and answers, imported before by anyone, or twice in one
file — is skipped and counted, not kept again: a file imported twice would count its
clients twice in every mean and in the account's health (the returned PDF is refused
alike, «Cuestionario ya importado»). A contact who answered twice in one day, for two
campaigns, gave two responses.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.errors import DomainError, ValidationError
from agencia.domain.satisfaction_enums import ResponseSource
from agencia.domain.satisfaction_models import SurveyAnswer, SurveyResponse
from agencia.services.satisfaction.health_history import record_account_health
from agencia.services.satisfaction.responses import (
    AnswerInput,
    ResponseInput,
    check_response,
    keep_response,
)

REQUIRED = ("template", "account", "contact", "date")
_QUESTION = re.compile(r"^d(\d+)q(\d+)_(expected|perceived)$")
_IMPORTANCE = re.compile(r"^importance_(\d+)$")
MAX_ROWS = 10_000


class ImportRefused(ValidationError):
    """Rows that cannot be imported, by line: (code, params) each."""


@dataclass(frozen=True, slots=True)
class Imported:
    """What an import kept (the new responses' ids) and how many rows it skipped as
    responses already kept."""

    ids: tuple[int, ...]
    skipped: int


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
    for column in REQUIRED:  # there, but empty in this row: not a missing column
        if not (row.get(column) or "").strip():
            return None, [("survey_import.empty", {"column": column})]
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


def _answers_of(data: ResponseInput) -> set[tuple[int, int, int | None, int | None]]:
    return {
        (a.dimension, a.question, a.expected, a.perceived)
        for a in data.answers
        if a.expected is not None or a.perceived is not None
    }


def already_kept(uow: UnitOfWork, data: ResponseInput) -> int | None:
    """The response `data` already is, if one is kept: the same in every field a row
    carries (survey, account, contact, day, campaign, importance, notes, answers) — a
    contact who answered twice in a day, for two campaigns, gave two responses."""
    candidates = uow.session.execute(
        select(SurveyResponse.id, SurveyResponse.importance, SurveyResponse.notes).where(
            SurveyResponse.template_id == data.template_id,
            SurveyResponse.account_id == data.account_id,
            SurveyResponse.contact_id == data.contact_id,
            SurveyResponse.answered_on == data.answered_on,
            SurveyResponse.campaign_id.is_not_distinct_from(data.campaign_id),
        )
    ).all()
    importance = {str(k): v for k, v in data.importance.items()}  # as keep_response keeps it
    wanted = _answers_of(data)
    for response_id, kept_importance, notes in candidates:
        if (kept_importance or {}) != importance or (notes or "") != data.notes.strip():
            continue
        rows = uow.session.execute(
            select(
                SurveyAnswer.dimension_no,
                SurveyAnswer.question_no,
                SurveyAnswer.expected,
                SurveyAnswer.perceived,
            ).where(SurveyAnswer.response_id == response_id)
        )
        if {tuple(r) for r in rows} == wanted:
            return int(response_id)
    return None


def import_csv(db: Database, actor: Actor, text: str, today: date | None = None) -> Imported:
    """Import every row, or none: the ids of the new responses, and how many rows were
    responses already kept (skipped)."""
    day = today or date.today()
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise ImportRefused({"line 1": ("survey_import.columns", {"columns": ", ".join(missing)})})
    errors: dict[str, tuple[str, dict[str, object]]] = {}
    ids: list[int] = []
    skipped = 0
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
                checked = check_response(uow, data, day)
            except ValidationError as bad:
                code, params = next(iter(bad.field_errors.values()))
                errors[f"line {number}"] = (code, params)
                continue
            except DomainError as refused:
                errors[f"line {number}"] = (refused.code, dict(refused.params))
                continue
            if errors:  # refused anyway: what is left is only looked at
                continue
            if already_kept(uow, data) is not None:
                skipped += 1
                continue
            response, _ = keep_response(uow, data, *checked)
            uow.session.flush()
            ids.append(response.id)
            touched.add(response.account_id)
        if errors:
            raise ImportRefused(errors)
        for account_id in sorted(touched):
            record_account_health(uow, account_id, day)
    return Imported(tuple(ids), skipped)
