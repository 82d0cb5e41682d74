"""SLA policies: the agency's default (targets per priority, its closures and its own
promises) and an account's own targets. The default is the administrator's; an account's
is edited by whoever may edit the account."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import sla
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import NotFound, ValidationError
from agencia.domain.models import Account
from agencia.domain.permissions import Action
from agencia.domain.service_enums import Priority
from agencia.domain.service_models import SlaPolicy
from agencia.services.accounts.access import require, require_global
from agencia.services.results import SaveResult


def _checked(
    targets: dict[Priority, sla.Targets], promises: dict[str, int]
) -> tuple[dict[str, list[int]], dict[str, int]]:
    errors: dict[str, tuple[str, dict[str, object]]] = {}
    for priority, t in targets.items():
        if not 0 < t.first_response <= t.resolution:
            errors[f"targets.{priority.value}"] = ("sla.bad_targets", {})
    for name, days in promises.items():
        if name not in sla.PROMISE_DAYS or not 0 <= days <= 60:
            errors[f"promises.{name}"] = ("sla.bad_promise", {})
    if errors:
        raise ValidationError(errors)
    return ({p.value: [t.first_response, t.resolution] for p, t in targets.items()}, promises)


def set_policy(
    db: Database,
    actor: Actor,
    account_id: int | None,
    targets: dict[Priority, sla.Targets],
    promises: dict[str, int] | None = None,
    closures: list[date] | None = None,
) -> SaveResult:
    """The agency's default (`account_id` None) or an account's own policy."""
    stored, kept = _checked(targets, promises or {})
    with unit_of_work(db, actor) as uow:
        if account_id is None:
            require_global(actor, Action.AGENCY_SETTINGS)
        else:
            account = uow.session.get(Account, account_id)
            if account is None:
                raise NotFound("account.not_found", id=account_id)
            require(uow, Action.EDIT_ACCOUNT, account)
        where = (
            SlaPolicy.account_id.is_(None)
            if account_id is None
            else SlaPolicy.account_id == account_id
        )
        policy = uow.session.scalar(select(SlaPolicy).where(where))
        if policy is None:
            policy = SlaPolicy(account_id=account_id, targets={}, closures=[], promises={})
            uow.session.add(policy)
        policy.targets = stored
        if account_id is None:
            policy.promises = kept
            policy.closures = sorted(d.isoformat() for d in closures or [])
        uow.session.flush()
        uow.audit(
            ChangeKind.SLA_POLICY,
            policy.id,
            AuditAction.UPDATE,
            {"targets": [None, stored]},
            account_id=account_id,
        )
        return SaveResult(policy.id, policy.version)


def promise_days(db: Database, actor: Actor) -> dict[str, int]:
    """The agency's promises in working days (its own, else the defaults)."""
    with unit_of_work(db, actor, write=False) as uow:
        stored = uow.session.scalar(
            select(SlaPolicy.promises).where(SlaPolicy.account_id.is_(None))
        )
    return {**sla.PROMISE_DAYS, **(stored or {})}
