"""Whose responses the results read, as SQL, and the templates' dimensions named once.

Both ways of reading the results (`results.scored`, every answer; `counted`, the answers
counted in the database) filter the responses here, so they read the same rows, and name
a dimension here: a shipped dimension by its key, so that both revisions of a template
and both languages meet in one line.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.sql.elements import True_

from agencia.db.uow import UnitOfWork
from agencia.domain import validation as v
from agencia.domain.labels import label
from agencia.domain.models import Account
from agencia.domain.satisfaction_enums import Dimension
from agencia.domain.satisfaction_models import SurveyResponse, SurveyTemplate
from agencia.domain.survey_templates import DimensionDef
from agencia.services.accounts.access import visible_clause

T = TypeVar("T", bound=tuple[Any, ...])


@dataclass(frozen=True, slots=True)
class Scope:
    """Whose responses: one account, an executive's accounts, a group, or all the person
    may see; within dates (both included)."""

    account_id: int | None = None
    group_id: int | None = None
    executive_id: int | None = None
    start: date | None = None
    end: date | None = None


def in_scope(query: Select[T], uow: UnitOfWork, scope: Scope) -> Select[T]:
    """`query` (over survey_responses) narrowed to the scope's responses the person may
    see. The accounts are joined only when something asks of them: someone who sees every
    account, over the whole agency, reads the responses alone. Dates the wrong way round
    are refused (`validation.check_period`): an empty report would not say why."""
    v.check_period(scope.start, scope.end)
    visible = visible_clause(uow.actor)
    if (
        not isinstance(visible, True_)
        or scope.group_id is not None
        or (scope.executive_id is not None)
    ):
        query = query.join(Account, Account.id == SurveyResponse.account_id).where(visible)
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
    return query


@dataclass(frozen=True, slots=True)
class NamedTemplate:
    """A template as the results read it: its scale, and each dimension's name (in the
    language asked for) with its questions, in order."""

    points: int
    dimensions: tuple[tuple[str, tuple[str, ...]], ...]

    def places(self) -> dict[tuple[int, int], tuple[str, str]]:
        """{(dimension number, question number): (dimension, question)}."""
        return {
            (d, q): (name, text)
            for d, (name, questions) in enumerate(self.dimensions, 1)
            for q, text in enumerate(questions, 1)
        }

    def question(self, dimension_no: int, question_no: int) -> tuple[str, str] | None:
        """(dimension, question) of an answer, or None for a place the template lacks."""
        if not 1 <= dimension_no <= len(self.dimensions):
            return None
        name, questions = self.dimensions[dimension_no - 1]
        if not 1 <= question_no <= len(questions):
            return None
        return name, questions[question_no - 1]


def _name(definition: DimensionDef, lang: str | None) -> str:
    return label(Dimension(definition.key), lang) if definition.key else definition.name


def named_templates(
    uow: UnitOfWork, ids: Collection[int], lang: str | None = None
) -> dict[int, NamedTemplate]:
    """The templates `ids`, each dimension named once (shipped ones in `lang`, by default
    the catalogue's)."""
    if not ids:
        return {}
    out = {}
    for template_id, points, dimensions in uow.session.execute(
        select(SurveyTemplate.id, SurveyTemplate.points, SurveyTemplate.dimensions).where(
            SurveyTemplate.id.in_(sorted(ids))
        )
    ):
        defs = [DimensionDef.from_json(d) for d in dimensions]
        out[template_id] = NamedTemplate(points, tuple((_name(d, lang), d.questions) for d in defs))
    return out
