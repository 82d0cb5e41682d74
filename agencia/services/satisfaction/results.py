"""What the responses say: per dimension and question (means, distributions, gaps
unweighted and weighted), per quarter (the trend), for an account, an executive's
accounts, a group or the whole agency, within dates.

The arithmetic is `agencia.domain.survey_scoring`'s; this module reads the rows the
person may see and hands them over. A shipped dimension is named by its key, so that
both revisions of a template and both languages meet in one line.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.labels import label
from agencia.domain.models import Account
from agencia.domain.satisfaction_enums import Dimension
from agencia.domain.satisfaction_models import SurveyAnswer, SurveyResponse, SurveyTemplate
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
from agencia.domain.survey_templates import DimensionDef
from agencia.services.accounts.access import visible_clause


@dataclass(frozen=True, slots=True)
class Scope:
    """Whose responses: one account, an executive's accounts, a group, or all the person
    may see; within dates (both included)."""

    account_id: int | None = None
    group_id: int | None = None
    executive_id: int | None = None
    start: date | None = None
    end: date | None = None


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


def _name(definition: DimensionDef, lang: str | None = None) -> str:
    return label(Dimension(definition.key), lang) if definition.key else definition.name


def scored(
    uow: UnitOfWork, scope: Scope, lang: str | None = None
) -> tuple[list[Scored], list[SurveyResponse]]:
    """Every answer in the scope the person may see, as the scoring reads it (shipped
    dimensions named in `lang`, by default the catalogue's)."""
    query: Select[tuple[SurveyResponse]] = (
        select(SurveyResponse)
        .join(Account, Account.id == SurveyResponse.account_id)
        .where(visible_clause(uow.actor))
    )
    if scope.account_id is not None:
        query = query.where(SurveyResponse.account_id == scope.account_id)
    if scope.group_id is not None:
        query = query.where(Account.group_id == scope.group_id)
    if scope.executive_id is not None:
        query = query.where(Account.lead_executive_id == scope.executive_id)
    if scope.start is not None:
        query = query.where(SurveyResponse.answered_on >= scope.start)
    if scope.end is not None:
        query = query.where(SurveyResponse.answered_on <= scope.end)
    responses = list(uow.session.scalars(query.order_by(SurveyResponse.answered_on)))
    if not responses:
        return [], []
    by_id = {r.id: r for r in responses}
    templates = {
        t.id: t
        for t in uow.session.scalars(
            select(SurveyTemplate).where(SurveyTemplate.id.in_({r.template_id for r in responses}))
        )
    }
    defs = {tid: [DimensionDef.from_json(d) for d in t.dimensions] for tid, t in templates.items()}
    out: list[Scored] = []
    for chunk in _chunks(list(by_id), 500):
        for answer in uow.session.scalars(
            select(SurveyAnswer)
            .where(SurveyAnswer.response_id.in_(chunk))
            .order_by(SurveyAnswer.response_id, SurveyAnswer.dimension_no, SurveyAnswer.question_no)
        ):
            response = by_id[answer.response_id]
            template = templates[response.template_id]
            dims = defs[template.id]
            if not 1 <= answer.dimension_no <= len(dims):
                continue
            dim = dims[answer.dimension_no - 1]
            question = dim.questions[answer.question_no - 1]
            out.append(
                Scored(
                    response=response.id,
                    on=response.answered_on,
                    dimension=_name(dim, lang),
                    question=question,
                    points=template.points,
                    expected=answer.expected,
                    perceived=answer.perceived,
                    importance=response.importance.get(str(answer.dimension_no)),
                )
            )
    return out, responses


def _chunks(ids: list[int], size: int) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)] or [[]]


def common_points(answers: list[Scored]) -> int:
    """The scale results are read on: the answers' own when they share one, else 1–5."""
    scales = Counter(a.points for a in answers)
    return next(iter(scales)) if len(scales) == 1 else DEFAULT_POINTS


def compute(answers: list[Scored], responses: list[SurveyResponse]) -> Results:
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


def satisfaction_results(db: Database, actor: Actor, scope: Scope | None = None) -> Results:
    """The results for `scope` (everything the person may see by default)."""
    with unit_of_work(db, actor, write=False) as uow:
        answers, responses = scored(uow, scope or Scope())
        return compute(answers, responses)
