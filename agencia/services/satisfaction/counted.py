"""The answers of a scope counted in the database (`survey_tally.Tally`): what the results
are computed from without reading every answer into Python.

A whole agency holds some 200,000 answers; reading each as an object and naming its
dimension took twenty seconds. Here the database reads them and counts how many hold
each combination of template, quarter, dimension, question, perceived, expected and
importance — one integer key per answer (whose parts are decoded here), grouped: a few
thousand rows come back. Everything else is read per response or per template:

- the responses per template, day and completeness (the totals, the quarters, and the
  responses that count in every dimension: a complete response holds a perceived answer
  to every question, which the counts themselves confirm — the complete responses of a
  template hold, between them, exactly as many perceived answers as they have questions;
  where they do not, every response is looked at);
- which dimensions the incomplete responses answered (how many responses count in each);
- the order the dimensions and questions were first met (date, response, dimension,
  question): the first responses in that order, a few at a time, until every counted
  question has been met.

The figures are `survey_tally`'s, equal to those of `results.scored` + `compute` (the
answers one by one), which `tests/services/test_satisfaction_counted.py` holds them to.
Values are on their template's scale (at most 9: the services refuse others), so each
fits the key's four bits.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import BigInteger, ColumnElement, case, cast, func, literal, select
from sqlalchemy.orm import InstrumentedAttribute

from agencia.db.uow import UnitOfWork
from agencia.domain.satisfaction_models import SurveyAnswer, SurveyResponse
from agencia.domain.survey_scoring import quarter
from agencia.domain.survey_tally import Combination, Tally
from agencia.services.satisfaction.scope import NamedTemplate, Scope, in_scope, named_templates

PLACES = 32  # dimension and question numbers are below this (a template has at most 20)
VALUES = 16  # a value (or importance) is below this; 0 stands for none
FIRST_BATCH = 64  # responses looked at first for the order; then eight times more each time


@dataclass(frozen=True, slots=True)
class Counted:
    """The counted answers of a scope, and its responses: how many, how many
    incomplete, of how many accounts."""

    tally: Tally
    responses: int
    incomplete: int
    accounts: int


@dataclass(frozen=True, slots=True)
class _Days:
    """Responses per template, day and completeness."""

    rows: tuple[tuple[int, date, bool, int], ...]

    def templates(self) -> set[int]:
        return {t for t, _on, _c, _n in self.rows}

    def periods(self) -> list[date]:
        return sorted({quarter(on) for _t, on, _c, _n in self.rows})


def count_answers(uow: UnitOfWork, scope: Scope, lang: str | None = None) -> Counted:
    """The scope's answers counted, shipped dimensions named in `lang`."""
    days = _days(uow, scope)
    responses = sum(n for *_rest, n in days.rows)
    incomplete = sum(n for _t, _on, complete, n in days.rows if not complete)
    if not responses:
        return Counted(Tally((), (), (), {}, {}), 0, 0, 0)
    templates = named_templates(uow, days.templates(), lang)
    periods = days.periods()
    combinations, perceived_complete = _combinations(uow, scope, templates, periods)
    complete = _complete(days, templates, perceived_complete)
    responses_in, period_responses = _responses(uow, scope, templates, complete)
    dimensions, questions = _order(
        uow, scope, templates, {(c.dimension, c.question) for c in combinations}
    )
    accounts = uow.session.scalar(
        in_scope(select(func.count(func.distinct(SurveyResponse.account_id))), uow, scope)
    )
    return Counted(
        Tally(combinations, dimensions, questions, responses_in, period_responses),
        responses,
        incomplete,
        int(accounts or 0),
    )


def _days(uow: UnitOfWork, scope: Scope) -> _Days:
    complete = case((SurveyResponse.answered < SurveyResponse.questions, 0), else_=1)
    inner = in_scope(
        select(
            SurveyResponse.template_id.label("template"),
            SurveyResponse.answered_on.label("day"),
            complete.label("complete"),
        ),
        uow,
        scope,
    ).subquery()
    rows = uow.session.execute(
        select(inner.c.template, inner.c.day, inner.c.complete, func.count()).group_by(
            inner.c.template, inner.c.day, inner.c.complete
        )
    )
    return _Days(tuple((int(t), on, bool(c), int(n)) for t, on, c, n in rows))


def _period_index(
    day: ColumnElement[date] | InstrumentedAttribute[date], periods: Sequence[date]
) -> ColumnElement[int]:
    """The index in `periods` (quarters' first days, in order) of `day`'s quarter: a
    CASE that halves the quarters at each step."""

    def within(low: int, high: int) -> ColumnElement[int]:
        if low == high:
            return literal(low)
        middle = (low + high + 1) // 2
        return case((day < periods[middle], within(low, middle - 1)), else_=within(middle, high))

    return within(0, len(periods) - 1)


def _combinations(
    uow: UnitOfWork, scope: Scope, templates: dict[int, NamedTemplate], periods: Sequence[date]
) -> tuple[tuple[Combination, ...], Counter[int]]:
    """The answers counted per combination (those of places their template lacks left
    out), and per template the perceived answers of its complete responses."""
    most = max(len(t.dimensions) for t in templates.values())
    importance = func.coalesce(
        case(
            {d: SurveyResponse.importance[str(d)].as_integer() for d in range(1, most + 1)},
            value=SurveyAnswer.dimension_no,
        ),
        0,
    )
    complete = case((SurveyResponse.answered < SurveyResponse.questions, 0), else_=1)
    # template, quarter, dimension, question, perceived, expected, importance, complete:
    # 23 bits below the template and quarter; a signed 64-bit integer holds template ids
    # up to a billion over a hundred quarters
    key: ColumnElement[int] = cast(SurveyResponse.template_id, BigInteger) * len(periods)
    key = key + _period_index(SurveyResponse.answered_on, periods)
    key = (key * PLACES + SurveyAnswer.dimension_no) * PLACES + SurveyAnswer.question_no
    key = (key * VALUES + func.coalesce(SurveyAnswer.perceived, 0)) * VALUES
    key = (key + func.coalesce(SurveyAnswer.expected, 0)) * VALUES
    key = (key + importance) * 2 + complete
    inner = in_scope(
        select(key.label("key"))
        .select_from(SurveyAnswer)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(
            SurveyAnswer.dimension_no.between(1, PLACES - 1),
            SurveyAnswer.question_no.between(1, PLACES - 1),
        ),
        uow,
        scope,
    ).subquery()
    counts: Counter[tuple[str, str, int, date, int | None, int | None, int | None]] = Counter()
    perceived_complete: Counter[int] = Counter()
    places: dict[tuple[int, int, int], tuple[str, str, int] | None] = {}
    for packed, n in uow.session.execute(select(inner.c.key, func.count()).group_by(inner.c.key)):
        packed, complete_bit = divmod(int(packed), 2)
        packed, importance_value = divmod(packed, VALUES)
        packed, expected = divmod(packed, VALUES)
        packed, perceived = divmod(packed, VALUES)
        packed, question_no = divmod(packed, PLACES)
        packed, dimension_no = divmod(packed, PLACES)
        template_id, period = divmod(packed, len(periods))
        where = (template_id, dimension_no, question_no)
        if where not in places:
            template = templates.get(template_id)
            place = template.question(dimension_no, question_no) if template else None
            places[where] = None if place is None or not template else (*place, template.points)
        found = places[where]
        if found is None:
            continue
        dimension, question, points = found
        counts[
            (
                dimension,
                question,
                points,
                periods[period],
                expected or None,
                perceived or None,
                importance_value or None,
            )
        ] += int(n)
        if complete_bit and perceived:
            perceived_complete[template_id] += int(n)
    combinations = tuple(Combination(*key, n) for key, n in counts.items())
    return combinations, perceived_complete


def _complete(
    days: _Days, templates: dict[int, NamedTemplate], perceived: Counter[int]
) -> Counter[tuple[int, date]] | None:
    """The complete responses per template and quarter, when each holds a perceived
    answer to every question of its template (None when the counts say otherwise)."""
    out: Counter[tuple[int, date]] = Counter()
    for template_id, day, complete, n in days.rows:
        if complete:
            out[(template_id, quarter(day))] += n
    per_template: Counter[int] = Counter()
    for (template_id, _period), n in out.items():
        per_template[template_id] += n
    for template_id, n in per_template.items():
        template = templates.get(template_id)
        questions = sum(len(q) for _name, q in template.dimensions) if template else -1
        if perceived[template_id] != n * questions:
            return None
    return out


def _responses(
    uow: UnitOfWork,
    scope: Scope,
    templates: dict[int, NamedTemplate],
    complete: Counter[tuple[int, date]] | None,
) -> tuple[dict[str, int], dict[tuple[date, str], int]]:
    """How many responses hold a perceived answer in each dimension, and in each quarter:
    the complete ones in every dimension of their template; the others (every response,
    when `complete` is None) as their answers say."""
    per_dimension: Counter[str] = Counter()
    per_period: Counter[tuple[date, str]] = Counter()
    for (template_id, period), n in (complete or {}).items():
        for name in _names(templates[template_id].dimensions):
            per_dimension[name] += n
            per_period[(period, name)] += n
    ids = in_scope(
        select(SurveyResponse.id, SurveyResponse.template_id, SurveyResponse.answered_on),
        uow,
        scope,
    )
    if complete is not None:
        ids = ids.where(SurveyResponse.answered < SurveyResponse.questions)
    looked_at = {r: (t, quarter(on)) for r, t, on in uow.session.execute(ids)}
    if not looked_at:
        return dict(per_dimension), dict(per_period)
    # each dimension a response answered (perceived), with its first question: a place
    # the template has when that question is one of the dimension's
    answered = (
        select(
            SurveyAnswer.response_id,
            SurveyAnswer.dimension_no,
            func.min(SurveyAnswer.question_no),
        )
        .where(
            SurveyAnswer.response_id.in_(
                ids.with_only_columns(SurveyResponse.id).scalar_subquery()
            ),
            SurveyAnswer.perceived.is_not(None),
            SurveyAnswer.question_no >= 1,
        )
        .group_by(SurveyAnswer.response_id, SurveyAnswer.dimension_no)
    )
    names: dict[int, set[str]] = defaultdict(set)
    for response_id, dimension_no, question_no in uow.session.execute(answered):
        template_id, _period = looked_at.get(response_id, (0, None))
        template = templates.get(template_id)
        place = template.question(dimension_no, question_no) if template else None
        if place is not None:
            names[response_id].add(place[0])
    for response_id, dimensions in names.items():
        period = looked_at[response_id][1]
        for name in dimensions:
            per_dimension[name] += 1
            per_period[(period, name)] += 1
    return dict(per_dimension), dict(per_period)


def _names(dimensions: Iterable[tuple[str, tuple[str, ...]]]) -> set[str]:
    return {name for name, questions in dimensions if questions}


def _order(
    uow: UnitOfWork,
    scope: Scope,
    templates: dict[int, NamedTemplate],
    wanted: set[tuple[str, str]],
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The dimensions and the questions in the order the answers first meet them (by
    date, response, dimension, question), reading the responses in that order a batch at
    a time until every question in `wanted` has been met."""
    dimensions: dict[str, None] = {}
    questions: dict[tuple[str, str], None] = {}
    left = set(wanted)
    ordered = in_scope(select(SurveyResponse.id, SurveyResponse.template_id), uow, scope).order_by(
        SurveyResponse.answered_on, SurveyResponse.id
    )
    offset, size = 0, FIRST_BATCH
    while left:
        batch = uow.session.execute(ordered.offset(offset).limit(size)).all()
        if not batch:
            break
        offset, size = offset + size, size * 8
        answers: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for response_id, dimension_no, question_no in uow.session.execute(
            select(SurveyAnswer.response_id, SurveyAnswer.dimension_no, SurveyAnswer.question_no)
            .where(SurveyAnswer.response_id.in_([r for r, _t in batch]))
            .order_by(SurveyAnswer.response_id, SurveyAnswer.dimension_no, SurveyAnswer.question_no)
        ):
            answers[response_id].append((dimension_no, question_no))
        for response_id, template_id in batch:
            template = templates.get(template_id)
            for dimension_no, question_no in answers.get(response_id, ()):
                place = template.question(dimension_no, question_no) if template else None
                if place is not None:
                    dimensions.setdefault(place[0])
                    questions.setdefault(place)
                    left.discard(place)
    for place in sorted(left):  # answered since the counts were read (another writer)
        dimensions.setdefault(place[0])
        questions.setdefault(place)
    return tuple(dimensions), tuple(questions)
