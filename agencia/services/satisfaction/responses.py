"""Recording a client's response: who answered (an account's contact), when, maybe for a
campaign, and per question what they expected and what they perceived, with how much
each dimension matters to them.

Every question may be left blank: an incomplete response is kept, counts only what it
answers, and the write says so (a warning). The same rules serve the entry form, the
CSV import and the PDF questionnaire's import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Campaign
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import NotFound, ValidationError
from agencia.domain.models import Account, Contact
from agencia.domain.permissions import Action
from agencia.domain.satisfaction_enums import ResponseSource
from agencia.domain.satisfaction_models import SurveyAnswer, SurveyResponse
from agencia.domain.survey_scoring import completeness
from agencia.services.accounts import access as account_access
from agencia.services.results import SaveResult
from agencia.services.satisfaction.health_history import record_account_health
from agencia.services.satisfaction.templates import TemplateView, template_of, view_of

NOTES_MAX = 2000


@dataclass(frozen=True, slots=True)
class AnswerInput:
    """One question (dimension and question numbers from 1) and what the client said."""

    dimension: int
    question: int
    expected: int | None = None
    perceived: int | None = None


@dataclass(frozen=True, slots=True)
class ResponseInput:
    """What the entry form, an imported row or a returned PDF sends."""

    template_id: int
    account_id: int
    contact_id: int
    answered_on: date
    answers: tuple[AnswerInput, ...]
    importance: Mapping[int, int] = field(default_factory=dict)  # dimension number → 1..points
    campaign_id: int | None = None
    notes: str = ""
    source: ResponseSource = ResponseSource.ENTRY
    form_token: str | None = None  # a returned questionnaire's: unique, so it counts once


def validate_response(template: TemplateView, data: ResponseInput, today: date) -> v.FieldErrors:
    """The form's rules: values on the template's scale, questions it has, a date not
    after today, at least one answer."""
    errors: v.FieldErrors = {}
    points = template.points
    if data.answered_on > today:
        errors["answered_on"] = ("response.future", {"day": data.answered_on.isoformat()})
    v.too_long(errors, "notes", data.notes, NOTES_MAX)
    any_value = False
    for a in data.answers:
        name = f"answer.{a.dimension}.{a.question}"
        if not (
            1 <= a.dimension <= len(template.dimensions)
            and 1 <= a.question <= len(template.dimensions[a.dimension - 1].questions)
        ):
            errors[name] = (
                "response.no_such_question",
                {"dimension": a.dimension, "question": a.question},
            )
            continue
        for value in (a.expected, a.perceived):
            if value is not None and not 1 <= value <= points:
                errors[name] = ("response.out_of_scale", {"value": value, "points": points})
        any_value = any_value or a.expected is not None or a.perceived is not None
    for dimension, value in data.importance.items():
        if not 1 <= dimension <= len(template.dimensions):
            errors[f"importance.{dimension}"] = (
                "response.no_such_question",
                {"dimension": dimension, "question": "-"},
            )
        elif not 1 <= value <= points:
            errors[f"importance.{dimension}"] = (
                "response.out_of_scale",
                {"value": value, "points": points},
            )
    if not any_value and "answers" not in errors:
        errors["answers"] = ("response.empty", {})
    return errors


def _check_refs(uow: UnitOfWork, data: ResponseInput) -> Account:
    account = uow.session.get(Account, data.account_id)
    if account is None:
        raise NotFound("account.not_found", id=data.account_id)
    account_access.require(uow, Action.RECORD_SURVEYS, account)
    contact_account = uow.session.scalar(
        select(Contact.account_id).where(Contact.id == data.contact_id)
    )
    if contact_account != account.id:
        raise ValidationError({"contact_id": ("response.contact_elsewhere", {})})
    if data.campaign_id is not None:
        campaign_account = uow.session.scalar(
            select(Campaign.account_id).where(Campaign.id == data.campaign_id)
        )
        if campaign_account != account.id:
            raise ValidationError({"campaign_id": ("response.campaign_elsewhere", {})})
    return account


def add_response(
    uow: UnitOfWork, data: ResponseInput, today: date
) -> tuple[SurveyResponse, tuple[int, int, bool]]:
    """Within a caller's unit of work (an import adds many in one): checks, then rows."""
    return keep_response(uow, data, *check_response(uow, data, today))


def check_response(
    uow: UnitOfWork, data: ResponseInput, today: date
) -> tuple[TemplateView, Account]:
    """What `add_response` checks before it adds a row (the form's rules, the account
    the person may record for, its contact and campaign): its template and account."""
    template = view_of(uow, template_of(uow, data.template_id))
    if errors := validate_response(template, data, today):
        raise ValidationError(errors)
    return template, _check_refs(uow, data)


def keep_response(
    uow: UnitOfWork, data: ResponseInput, template: TemplateView, account: Account
) -> tuple[SurveyResponse, tuple[int, int, bool]]:
    """The rows of a response `check_response` passed, and its audit entry."""
    answered = sum(1 for a in data.answers if a.perceived is not None)
    state = completeness(answered, template.question_count)
    response = SurveyResponse(
        template_id=template.id,
        account_id=account.id,
        contact_id=data.contact_id,
        campaign_id=data.campaign_id,
        answered_on=data.answered_on,
        source=data.source,
        importance={str(k): val for k, val in sorted(data.importance.items())},
        answered=answered,
        questions=template.question_count,
        notes=data.notes.strip(),
        recorded_by_id=uow.actor.staff_id,
        form_token=data.form_token,
    )
    uow.session.add(response)
    uow.session.flush()
    for a in data.answers:
        if a.expected is None and a.perceived is None:
            continue
        uow.session.add(
            SurveyAnswer(
                response_id=response.id,
                dimension_no=a.dimension,
                question_no=a.question,
                expected=a.expected,
                perceived=a.perceived,
            )
        )
    uow.audit(
        ChangeKind.SURVEY_RESPONSE,
        response.id,
        AuditAction.CREATE,
        {"template_id": [None, template.id], "answered": [None, answered]},
        account_id=account.id,
        summary=f"{template.name} · {data.answered_on.isoformat()}",
    )
    return response, state


def record_response(
    db: Database, actor: Actor, data: ResponseInput, today: date | None = None
) -> SaveResult:
    """Keep one response; an incomplete one is kept with a warning that says so."""
    with unit_of_work(db, actor) as uow:
        response, (answered, total, complete) = add_response(uow, data, today or date.today())
        uow.session.flush()
        record_account_health(uow, response.account_id, today or date.today())
        warnings: tuple[tuple[str, dict[str, object]], ...] = ()
        if not complete:
            warnings = (("response.incomplete", {"answered": answered, "total": total}),)
        return SaveResult(response.id, response.version, warnings)


@dataclass(frozen=True, slots=True)
class ResponseRow:
    """A response in an account's list."""

    id: int
    template: str
    contact: str
    answered_on: date
    answered: int
    questions: int
    campaign_id: int | None

    @property
    def complete(self) -> bool:
        return self.answered >= self.questions


def account_responses(db: Database, actor: Actor, account_id: int) -> list[ResponseRow]:
    """An account's responses, the newest first."""
    from agencia.domain.satisfaction_models import SurveyTemplate

    with unit_of_work(db, actor, write=False) as uow:
        account = uow.session.get(Account, account_id)
        if account is None:
            raise NotFound("account.not_found", id=account_id)
        account_access.require(uow, Action.SEE_ACCOUNTS, account)
        rows = uow.session.execute(
            select(SurveyResponse, SurveyTemplate.name, Contact.full_name)
            .join(SurveyTemplate, SurveyTemplate.id == SurveyResponse.template_id)
            .join(Contact, Contact.id == SurveyResponse.contact_id)
            .where(SurveyResponse.account_id == account_id)
            .order_by(SurveyResponse.answered_on.desc(), SurveyResponse.id.desc())
        ).all()
        return [
            ResponseRow(r.id, name, contact, r.answered_on, r.answered, r.questions, r.campaign_id)
            for r, name, contact in rows
        ]


def response_count(uow: UnitOfWork) -> int:
    return uow.session.scalar(select(func.count()).select_from(SurveyResponse)) or 0
