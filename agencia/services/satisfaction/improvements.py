"""Improvement actions: the weakest dimensions turned into work with an owner and a due
date, followed until closed; the next survey says whether the gap closed.

An action names the dimension and the gap it opened with (for an account, or for the
whole agency when no account is given). Its verdict is read from the answers given
after it was opened (`survey_scoring.gap_verdict`).
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, NotFound, ValidationError
from agencia.domain.models import Account, Staff
from agencia.domain.permissions import Action
from agencia.domain.satisfaction_enums import ActionStatus
from agencia.domain.satisfaction_models import ImprovementAction, SurveyTemplate
from agencia.domain.survey_scales import ALLOWED_POINTS
from agencia.domain.survey_scoring import gap_verdict
from agencia.services.accounts import access as account_access
from agencia.services.results import SaveResult
from agencia.services.satisfaction.health_history import record_account_health
from agencia.services.satisfaction.improvement_owners import check_owner
from agencia.services.satisfaction.reason_words import dimension_now, shipped_names
from agencia.services.satisfaction.results import Scope, results_in

TITLE_MAX = 200
GAP_MOST = max(ALLOWED_POINTS) - 1  # the widest gap there is: expected 9, perceived 1


@dataclass(frozen=True, slots=True)
class ActionInput:
    """What the form sends to open an action."""

    dimension: str
    title: str
    owner_id: int
    due_on: date
    opened_gap: float
    account_id: int | None = None
    opened_on: date | None = None  # today by default


@dataclass(frozen=True, slots=True)
class ActionRow:
    """An action in the list, with what the later answers say of its gap."""

    id: int
    account_id: int | None
    account: str
    dimension: str  # a shipped one named in the language of the moment (kept as proposed)
    title: str
    owner_id: int
    owner: str
    due_on: date
    status: ActionStatus
    opened_gap: float
    latest_gap: float | None
    verdict: str | None
    overdue: bool
    version: int


def validate_action(
    data: ActionInput, today: date | None = None, dimensions: Collection[str] | None = None
) -> v.FieldErrors:
    """The form's rules and the service's: a title and a dimension; opened today or
    before and due that day or later, within the dates a plan takes; a gap of a dimension
    below what was expected (or none measured: 0), a finite number on the widest scale.
    `dimensions`: the names a survey gives (`known_dimensions`, casefolded), the
    dimension looked up among them (the form sends only the results' own)."""
    errors: v.FieldErrors = {}
    v.required(errors, "title", data.title, TITLE_MAX)
    v.required(errors, "dimension", data.dimension, 160)
    name = data.dimension.strip()
    if "dimension" not in errors and dimensions is not None and name.casefold() not in dimensions:
        errors["dimension"] = ("improvement.no_such_dimension", {"name": name})
    day = today or date.today()
    v.plan_date(errors, "opened_on", data.opened_on)
    opened = data.opened_on or day
    if "opened_on" not in errors and opened > day:
        errors["opened_on"] = ("improvement.opened_future", {})
    v.plan_date(errors, "due_on", data.due_on)
    if "due_on" not in errors and data.due_on < opened:
        errors["due_on"] = ("improvement.due_before_opened", {})
    gap = data.opened_gap
    if not (math.isfinite(gap) and -GAP_MOST <= gap <= 0):  # NaN fails every comparison
        errors["opened_gap"] = ("improvement.gap", {"most": GAP_MOST})
    return errors


def known_dimensions(uow: UnitOfWork) -> set[str]:
    """Every dimension a survey of the agency's gives (retired ones too: their results
    stay), and every shipped one in each of its names; casefolded."""
    names = set(shipped_names())
    for dimensions in uow.session.scalars(select(SurveyTemplate.dimensions)):
        names.update(str(d.get("name", "")).strip().casefold() for d in dimensions or ())
    return names


def account_to_manage(uow: UnitOfWork, account_id: int | None) -> Account | None:
    """The action's account (None for the agency's), refused unless the person may
    manage its improvement actions."""
    if account_id is None:
        account_access.require_global(uow.actor, Action.MANAGE_IMPROVEMENTS)
        return None
    account = uow.session.get(Account, account_id)
    if account is None:
        raise NotFound("account.not_found", id=account_id)
    account_access.require(uow, Action.MANAGE_IMPROVEMENTS, account)
    return account


def open_action(db: Database, actor: Actor, data: ActionInput) -> SaveResult:
    """Open an improvement action on a weak dimension."""
    with unit_of_work(db, actor) as uow:
        if errors := validate_action(data, date.today(), known_dimensions(uow)):
            raise ValidationError(errors)
        account = account_to_manage(uow, data.account_id)
        owner = check_owner(uow, data.owner_id, account)  # sees and may close it
        action = ImprovementAction(
            account_id=account.id if account else None,
            dimension=data.dimension.strip(),
            title=data.title.strip(),
            owner_id=owner.id,
            opened_on=data.opened_on or date.today(),
            due_on=data.due_on,
            status=ActionStatus.OPEN,
            opened_gap=Decimal(str(round(data.opened_gap, 2))),
        )
        uow.session.add(action)
        uow.session.flush()
        uow.audit(
            ChangeKind.IMPROVEMENT_ACTION,
            action.id,
            AuditAction.CREATE,
            {"dimension": [None, action.dimension], "due_on": [None, str(data.due_on)]},
            account_id=action.account_id,
            summary=action.title,
        )
        record_account_health(uow, action.account_id, action.opened_on)
        return SaveResult(action.id, action.version)


def close_action(
    db: Database,
    actor: Actor,
    action_id: int,
    status: ActionStatus = ActionStatus.DONE,
    today: date | None = None,
    version: int | None = None,
) -> SaveResult:
    """Close an action (done or cancelled), keeping the gap the latest answers show."""
    day = today or date.today()
    with unit_of_work(db, actor) as uow:
        action = uow.session.get(ImprovementAction, action_id)
        if action is None:
            raise NotFound("improvement.not_found", id=action_id)
        account_to_manage(uow, action.account_id)
        if version is not None and action.version != version:
            raise Conflict("record.stale")
        if action.status is not ActionStatus.OPEN:
            raise Conflict("improvement.closed", id=action_id)
        latest = _latest_gap(uow, action)
        action.status = status
        action.closed_on = day
        action.closing_gap = None if latest is None else Decimal(str(round(latest, 2)))
        uow.audit(
            ChangeKind.IMPROVEMENT_ACTION,
            action.id,
            AuditAction.UPDATE,
            {"status": ["open", status.value]},
            account_id=action.account_id,
            summary=action.title,
        )
        uow.session.flush()
        record_account_health(uow, action.account_id, day)
        return SaveResult(action.id, action.version)


def _latest_gap(uow: UnitOfWork, action: ImprovementAction) -> float | None:
    """The dimension's gap in the answers given since the action was opened (that day
    included)."""
    found = results_in(uow, Scope(account_id=action.account_id, start=action.opened_on))
    wanted = dimension_now(action.dimension)  # proposed in Spanish, read now in English
    for result in found.dimensions:
        if dimension_now(result.dimension) == wanted:
            return result.gap
    return None


def list_actions(
    db: Database,
    actor: Actor,
    *,
    account_id: int | None = None,
    open_only: bool = False,
    today: date | None = None,
) -> list[ActionRow]:
    """The actions the person may see, the earliest due first."""
    day = today or date.today()
    with unit_of_work(db, actor, write=False) as uow:
        return actions_in(uow, day, account_id=account_id, open_only=open_only)


def actions_in(
    uow: UnitOfWork, today: date, *, account_id: int | None = None, open_only: bool = False
) -> list[ActionRow]:
    query = (
        select(ImprovementAction, Account.trade_name, Staff.full_name)
        .outerjoin(Account, Account.id == ImprovementAction.account_id)
        .join(Staff, Staff.id == ImprovementAction.owner_id)
        .where((ImprovementAction.account_id.is_(None)) | account_access.visible_clause(uow.actor))
        .order_by(ImprovementAction.due_on, ImprovementAction.id)
    )
    if account_id is not None:
        query = query.where(ImprovementAction.account_id == account_id)
    if open_only:
        query = query.where(ImprovementAction.status == ActionStatus.OPEN)
    out = []
    for action, account, owner in uow.session.execute(query):
        latest = (
            float(action.closing_gap)
            if action.closing_gap is not None
            else _latest_gap(uow, action)
            if action.status is ActionStatus.OPEN
            else None
        )
        out.append(
            ActionRow(
                id=action.id,
                account_id=action.account_id,
                account=account or "",
                dimension=dimension_now(action.dimension),
                title=action.title,
                owner_id=action.owner_id,
                owner=owner,
                due_on=action.due_on,
                status=action.status,
                opened_gap=float(action.opened_gap),
                latest_gap=latest,
                verdict=gap_verdict(float(action.opened_gap), latest),
                overdue=action.status is ActionStatus.OPEN and action.due_on < today,
                version=action.version,
            )
        )
    return out
