"""What the responses say: per dimension and question (means, distributions, gaps
unweighted and weighted), per quarter (the trend), for an account, an executive's
accounts, a group or the whole agency, within dates.

The arithmetic is `agencia.domain.survey_scoring`'s. `results_in` has the database count
the answers (`counted`) and computes from the counts (`survey_tally`): a whole agency's
200,000 answers in a fraction of a second. `scored` reads every answer as the scoring
reads it, in plain rows, for the account health (which looks at each account's own) and
as the reference `compute` holds the counts to: both give the same `Results`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import survey_tally
from agencia.domain.actor import Actor
from agencia.domain.errors import NotFound
from agencia.domain.models import Account
from agencia.domain.permissions import Action
from agencia.domain.satisfaction_models import SurveyAnswer, SurveyResponse
from agencia.domain.survey_scales import DEFAULT_POINTS
from agencia.domain.survey_scoring import (
    DimensionResult,
    QuestionResult,
    Scored,
    TrendPoint,
    dimensions,
    questions,
    trend,
    weakest,
)
from agencia.services.accounts import access as account_access
from agencia.services.satisfaction.counted import Counted, count_answers
from agencia.services.satisfaction.scope import Scope, in_scope, named_templates

__all__ = [
    "ResponseFacts",
    "Results",
    "Scope",
    "common_points",
    "compute",
    "paired_in",
    "results_in",
    "satisfaction_results",
    "scored",
]


@dataclass(frozen=True, slots=True)
class Results:
    """The results for a scope, on one scale (`points`)."""

    points: int
    responses: int
    incomplete: int
    accounts: int
    dimensions: tuple[DimensionResult, ...]
    questions: tuple[QuestionResult, ...]
    trend: tuple[TrendPoint, ...]
    weakest: tuple[DimensionResult, ...]


@dataclass(frozen=True, slots=True)
class ResponseFacts:
    """What the results read of a response besides its answers."""

    id: int
    account_id: int
    answered_on: date
    answered: int
    questions: int


CHUNK = 500  # responses whose answers are asked for in one statement


def scored(
    uow: UnitOfWork, scope: Scope, lang: str | None = None
) -> tuple[list[Scored], list[ResponseFacts]]:
    """Every answer in the scope the person may see, as the scoring reads it (shipped
    dimensions named in `lang`, by default the catalogue's), in the order they were
    given: by date, response, dimension and question. Answers to a place their template
    lacks are left out."""
    rows = (
        uow.session.connection()
        .execute(
            in_scope(
                select(
                    SurveyResponse.id,
                    SurveyResponse.account_id,
                    SurveyResponse.template_id,
                    SurveyResponse.answered_on,
                    SurveyResponse.answered,
                    SurveyResponse.questions,
                    SurveyResponse.importance,
                ),
                uow,
                scope,
            ).order_by(SurveyResponse.answered_on, SurveyResponse.id)
        )
        .all()
    )
    if not rows:
        return [], []
    templates = named_templates(uow, {r.template_id for r in rows}, lang)
    answers: dict[int, list[tuple[int, int, int | None, int | None]]] = defaultdict(list)
    ids = [r.id for r in rows]
    connection = uow.session.connection()  # plain rows: the ORM's loading adds nothing here
    for start in range(0, len(ids), CHUNK):
        for response_id, dimension_no, question_no, expected, perceived in connection.execute(
            select(
                SurveyAnswer.response_id,
                SurveyAnswer.dimension_no,
                SurveyAnswer.question_no,
                SurveyAnswer.expected,
                SurveyAnswer.perceived,
            )
            .where(SurveyAnswer.response_id.in_(ids[start : start + CHUNK]))
            .order_by(SurveyAnswer.response_id, SurveyAnswer.dimension_no, SurveyAnswer.question_no)
        ):
            answers[response_id].append((dimension_no, question_no, expected, perceived))
    places_of = {template_id: t.places() for template_id, t in templates.items()}
    out: list[Scored] = []
    for r in rows:
        template = templates[r.template_id]
        places = places_of[r.template_id]
        importance = r.importance or {}
        for dimension_no, question_no, expected, perceived in answers.get(r.id, ()):
            place = places.get((dimension_no, question_no))
            if place is None:
                continue
            out.append(
                Scored(
                    r.id,
                    r.answered_on,
                    place[0],
                    place[1],
                    template.points,
                    expected,
                    perceived,
                    importance.get(str(dimension_no)),
                )
            )
    facts = [
        ResponseFacts(r.id, r.account_id, r.answered_on, r.answered, r.questions) for r in rows
    ]
    return out, facts


def common_points(answers: list[Scored]) -> int:
    """The scale results are read on: the answers' own when they share one, else 1–5."""
    scales = Counter(a.points for a in answers)
    return next(iter(scales)) if len(scales) == 1 else DEFAULT_POINTS


def compute(answers: list[Scored], responses: list[ResponseFacts]) -> Results:
    """The results of answers read one by one (`scored`)."""
    points = common_points(answers)
    dims = dimensions(answers, points)
    return Results(
        points=points,
        responses=len(responses),
        incomplete=sum(1 for r in responses if r.answered < r.questions),
        accounts=len({r.account_id for r in responses}),
        dimensions=tuple(dims),
        questions=tuple(questions(answers, points)),
        trend=tuple(trend(answers, points)),
        weakest=tuple(weakest(dims, points)),
    )


def results_in(uow: UnitOfWork, scope: Scope, lang: str | None = None) -> Results:
    """The results for `scope` inside a caller's unit of work, from the answers counted
    in the database: the same as `compute(*scored(uow, scope, lang))`."""
    return _from_counts(count_answers(uow, scope, lang))


def _from_counts(found: Counted) -> Results:
    points = survey_tally.common_points(found.tally)
    dims = survey_tally.dimensions(found.tally, points)
    return Results(
        points=points,
        responses=found.responses,
        incomplete=found.incomplete,
        accounts=found.accounts,
        dimensions=tuple(dims),
        questions=tuple(survey_tally.questions(found.tally, points)),
        trend=tuple(survey_tally.trend(found.tally, points)),
        weakest=tuple(weakest(dims, points)),
    )


def paired_in(
    uow: UnitOfWork, scope: Scope, lang: str | None = None
) -> tuple[Results, dict[str, DimensionResult]]:
    """`results_in`, and per dimension the means of the answers that hold both an
    expectation and a perception: the gap is theirs (perceived − expected, pair by
    pair), while a dimension's score and expectation are the means of every answer
    given; a report that shows the gap beside those means shows these too, so that its
    row adds up (score 2.5 and expectation 5.0 beside a gap of −2.0: the one pair, 3
    against 5)."""
    found = count_answers(uow, scope, lang)
    results = _from_counts(found)
    pairs = replace(
        found.tally,
        combinations=tuple(
            c
            for c in found.tally.combinations
            if c.expected is not None and c.perceived is not None
        ),
    )
    paired = {d.dimension: d for d in survey_tally.dimensions(pairs, results.points)}
    return results, paired


def satisfaction_results(db: Database, actor: Actor, scope: Scope | None = None) -> Results:
    """The results for `scope` (everything the person may see by default); an account
    asked for by id must exist and be the person's to see, as everywhere."""
    with unit_of_work(db, actor, write=False) as uow:
        if scope is not None and scope.account_id is not None:
            account = uow.session.get(Account, scope.account_id)
            if account is None:
                raise NotFound("account.not_found", id=scope.account_id)
            account_access.require(uow, Action.SEE_ACCOUNTS, account)
        return results_in(uow, scope or Scope())
