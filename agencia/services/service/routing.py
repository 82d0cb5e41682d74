"""The switchboard: who a new request goes to.

The administrator's rules are tried in order (lowest position first); the first whose
conditions all hold (kind, channel, priority, brand; an unset condition holds for any
request) sends the request to its person, or to its team's least busy member (the fewest
open requests, then the lowest id: the same answer every time). Only someone who may
work the account's requests takes one: a rule whose person has left or may not see the
account, or whose team has nobody who may, is passed over. With no rule that applies: the account's
lead executive, else the first person on its team, else its group's director. Nothing
stays unassigned: with nobody at all, the request is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import service_life as life
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Channel, Department, Role
from agencia.domain.errors import NotFound, ValidationError
from agencia.domain.models import Account, AccountAssignment, AccountGroup, Brand, Staff
from agencia.domain.permissions import Action, Scope, allowed, scope_for
from agencia.domain.service_enums import Priority, RequestKind
from agencia.domain.service_models import RoutingRule, ServiceRequest
from agencia.domain.text import search_words
from agencia.services.accounts.access import relation, require_global
from agencia.services.results import SaveResult


@dataclass(frozen=True, slots=True)
class Facts:
    """What the rules look at in a new request."""

    kind: RequestKind
    channel: Channel
    priority: Priority
    brand_id: int | None = None


@dataclass(frozen=True, slots=True)
class Routed:
    """Who got the request and why: `rule` (its id in `rule_id`), `lead`, `team` or
    `director` (the fallbacks, in that order)."""

    staff_id: int
    how: str
    rule_id: int | None = None


@dataclass(frozen=True, slots=True)
class NewRule:
    """A rule as the administrator writes it: at least one condition and exactly one of
    a person or a team. `rule_position` None: after the last rule (named apart from a
    contact's `position`, their «Cargo», so that a refusal names the right field)."""

    kind: RequestKind | None = None
    channel: Channel | None = None
    priority: Priority | None = None
    brand_id: int | None = None
    staff_id: int | None = None
    team: Department | None = None
    rule_position: int | None = None


@dataclass(frozen=True, slots=True)
class RuleRow:
    """One rule as `agencia routing list` and the window show it."""

    id: int
    position: int
    kind: str | None
    channel: str | None
    priority: str | None
    brand: str | None  # «Cuenta · Marca»
    brand_id: int | None
    staff: str | None
    staff_id: int | None
    team: str | None


def _matches(rule: RoutingRule, facts: Facts) -> bool:
    return (
        (rule.kind is None or rule.kind is facts.kind)
        and (rule.channel is None or rule.channel is facts.channel)
        and (rule.priority is None or rule.priority is facts.priority)
        and (rule.brand_id is None or rule.brand_id == facts.brand_id)
    )


def may_take(uow: UnitOfWork, person: Staff, account: Account) -> bool:
    """Whether `person` could work the request: active, and allowed to log contacts on
    the account (someone who cannot see it would never find it in their queue)."""
    if not person.active:
        return False
    scope = relation(uow, person.id, person.group_id, account)
    return allowed(person.role, Action.LOG_COMMUNICATION, scope)


def ever_takes(role: Role) -> bool:
    """Whether someone in `role` may take a request on some account: a rule to anyone
    else (the administrator) would be listed, then passed over on every request."""
    return scope_for(role, Action.LOG_COMMUNICATION) is not Scope.NONE


def _least_busy(uow: UnitOfWork, team: Department, account: Account) -> int | None:
    open_count = (
        select(func.count(ServiceRequest.id))
        .where(
            ServiceRequest.assignee_id == Staff.id,
            ServiceRequest.status.in_(life.OPEN),
        )
        .correlate(Staff)
        .scalar_subquery()
    )
    members = uow.session.scalars(
        select(Staff)
        .where(Staff.department == team, Staff.active.is_(True))
        .order_by(open_count, Staff.id)
    )
    return next((m.id for m in members if may_take(uow, m, account)), None)


def _by_rule(uow: UnitOfWork, account: Account, facts: Facts) -> Routed | None:
    rules = uow.session.scalars(select(RoutingRule).order_by(RoutingRule.position, RoutingRule.id))
    for rule in rules:
        if not _matches(rule, facts):
            continue
        if rule.staff_id is not None:
            person = uow.session.get(Staff, rule.staff_id)
            if person is not None and may_take(uow, person, account):
                return Routed(person.id, "rule", rule.id)
        elif rule.team is not None:
            member = _least_busy(uow, rule.team, account)
            if member is not None:
                return Routed(member, "rule", rule.id)
    return None


def route(uow: UnitOfWork, account: Account, facts: Facts) -> Routed:
    """Who a new request on `account` goes to (see the module's docstring)."""
    routed = _by_rule(uow, account, facts)
    if routed is not None:
        return routed
    if account.lead_executive_id is not None:
        return Routed(account.lead_executive_id, "lead")
    member = uow.session.scalar(
        select(AccountAssignment.staff_id)
        .where(AccountAssignment.account_id == account.id)
        .order_by(AccountAssignment.id)
        .limit(1)
    )
    if member is not None:
        return Routed(member, "team")
    if account.group_id is not None:
        director = uow.session.scalar(
            select(AccountGroup.director_id).where(AccountGroup.id == account.group_id)
        )
        if director is not None:
            return Routed(director, "director")
    raise ValidationError({"account_id": ("request.nobody_to_route", {"name": account.trade_name})})


def _checked(uow: UnitOfWork, data: NewRule) -> None:
    errors: dict[str, tuple[str, dict[str, object]]] = {}
    if (data.staff_id is None) == (data.team is None):
        errors["target"] = ("routing.one_target", {})
    if not any(v is not None for v in (data.kind, data.channel, data.priority, data.brand_id)):
        errors["conditions"] = ("routing.no_condition", {})
    if data.staff_id is not None:
        person = uow.session.get(Staff, data.staff_id)
        if person is None or not person.active:
            errors["staff_id"] = ("staff.not_found", {"id": data.staff_id})
        elif not ever_takes(person.role):
            errors["staff_id"] = ("routing.never_takes", {"name": person.full_name})
    if data.brand_id is not None and uow.session.get(Brand, data.brand_id) is None:
        errors["brand_id"] = ("routing.no_such_brand", {"id": data.brand_id})
    if data.rule_position is not None and data.rule_position < 1:
        errors["rule_position"] = ("routing.bad_position", {})
    if errors:
        raise ValidationError(errors)


def _renumber(rules: list[RoutingRule]) -> None:
    for n, rule in enumerate(rules, start=1):
        if rule.position != n:
            rule.position = n


def _ordered(uow: UnitOfWork) -> list[RoutingRule]:
    return list(
        uow.session.scalars(select(RoutingRule).order_by(RoutingRule.position, RoutingRule.id))
    )


def add_rule(db: Database, actor: Actor, data: NewRule) -> SaveResult:
    """Add a rule at `position` (1: tried first), the others moving down; the
    administrator's, and in the trail."""
    with unit_of_work(db, actor) as uow:
        require_global(actor, Action.AGENCY_SETTINGS)
        _checked(uow, data)
        rules = _ordered(uow)
        rule = RoutingRule(
            position=0,
            kind=data.kind,
            channel=data.channel,
            priority=data.priority,
            brand_id=data.brand_id,
            staff_id=data.staff_id,
            team=data.team,
        )
        at = len(rules) if data.rule_position is None else min(data.rule_position - 1, len(rules))
        rules.insert(at, rule)
        uow.session.add(rule)
        _renumber(rules)
        uow.session.flush()
        uow.audit(
            ChangeKind.ROUTING_RULE,
            rule.id,
            AuditAction.CREATE,
            {
                "position": [None, rule.position],
                "target": [None, data.staff_id if data.staff_id is not None else str(data.team)],
            },
        )
        return SaveResult(rule.id, rule.version)


def remove_rule(db: Database, actor: Actor, rule_id: int) -> None:
    """Take a rule off the switchboard; those after it move up."""
    with unit_of_work(db, actor) as uow:
        require_global(actor, Action.AGENCY_SETTINGS)
        rule = uow.session.get(RoutingRule, rule_id)
        if rule is None:
            raise NotFound("routing.not_found", id=rule_id)
        uow.audit(
            ChangeKind.ROUTING_RULE,
            rule.id,
            AuditAction.DEACTIVATE,
            {"position": [rule.position, None]},
        )
        uow.session.delete(rule)
        uow.session.flush()
        _renumber(_ordered(uow))
        uow.session.flush()


def list_rules(db: Database, actor: Actor) -> list[RuleRow]:
    """The switchboard in the order it is tried."""
    with unit_of_work(db, actor, write=False) as uow:
        rows = uow.session.execute(
            select(RoutingRule, Account.trade_name, Brand.name, Staff.full_name)
            .outerjoin(Brand, Brand.id == RoutingRule.brand_id)
            .outerjoin(Account, Account.id == Brand.account_id)
            .outerjoin(Staff, Staff.id == RoutingRule.staff_id)
            .order_by(RoutingRule.position, RoutingRule.id)
        ).all()
        return [
            RuleRow(
                r.id,
                r.position,
                r.kind.value if r.kind else None,
                r.channel.value if r.channel else None,
                r.priority.value if r.priority else None,
                f"{account} · {brand}" if brand else None,
                r.brand_id,
                person,
                r.staff_id,
                r.team.value if r.team else None,
            )
            for r, account, brand, person in rows
        ]


@dataclass(frozen=True, slots=True)
class Choice:
    """Something a rule may name: a person or a brand, as the window lists it."""

    id: int
    name: str


def people(db: Database, actor: Actor) -> list[Choice]:
    """Who a rule may send requests to: the active people who may take a request on
    some account, by name."""
    with unit_of_work(db, actor, write=False) as uow:
        rows = uow.session.execute(
            select(Staff.id, Staff.full_name, Staff.role)
            .where(Staff.active.is_(True))
            .order_by(Staff.name_key, Staff.id)
        ).all()
        return [Choice(i, n) for i, n, role in rows if ever_takes(role)]


def brands(db: Database, actor: Actor, text: str, limit: int = 30) -> list[Choice]:
    """Brands whose name or account's name holds `text` («Cuenta · Marca»), a few at a
    time: an agency may have thousands. Typed without a word (`%`): none."""
    if search_words(text) is None:
        return []
    words = text.strip().lower()
    with unit_of_work(db, actor, write=False) as uow:
        query = (
            select(Brand.id, Account.trade_name, Brand.name)
            .join(Account, Account.id == Brand.account_id)
            .where(Brand.active.is_(True))
            .order_by(Account.trade_name, Brand.name, Brand.id)
            .limit(limit)
        )
        if words:
            pattern = f"%{words}%"
            query = query.where(
                func.lower(Brand.name).like(pattern) | func.lower(Account.trade_name).like(pattern)
            )
        return [Choice(i, f"{a} · {b}") for i, a, b in uow.session.execute(query)]
