"""Moving people and accounts between account groups, and giving a group another director
(an administrator's work).

A move is planned first (`plan_move`: what moves, who reports to whom afterwards, who
leads what) so the confirmation can say it, then done (`move_to_group`) with the same plan
in one transaction, every change audited. What a move must keep true:
- an account's lead belongs to the account's group: accounts a moving person leads move
  with them, and an account moved alone keeps its lead only if the lead is of the target
  group, else it needs a new one (`lead_id`);
- a director directing a group does not leave it (give it another director first);
- a moving person whose boss stays behind reports to the target group's director where
  the ladder allows it, or to nobody.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Role
from agencia.domain.errors import DomainError, NotFound, ValidationError
from agencia.domain.messages import render
from agencia.domain.models import Account, AccountGroup, Staff
from agencia.domain.permissions import Action
from agencia.services.accounts.access import require_global
from agencia.services.accounts.leads import check_lead, sync_lead_assignment
from agencia.services.people.groups import check_director, load_group
from agencia.services.people.staff_edit import load_staff
from agencia.services.results import Option, SaveResult


@dataclass(frozen=True, slots=True)
class Line:
    """One thing the move changes, as a message code and its parameters."""

    code: str
    params: dict[str, object]

    def text(self, lang: str | None = None) -> str:
        params = dict(self.params)
        more = params.pop("more_n", 0)  # «y 2 más», in the reader's language
        params["more"] = render("words.and_more", {"n": more}, lang) if more else ""
        return render(self.code, params, lang)


@dataclass(frozen=True, slots=True)
class MovePlan:
    """What a move to `group` does: the people and accounts that move, and the reporting
    lines and leads that change with them."""

    group_id: int
    group: str
    people: tuple[int, ...]
    accounts: tuple[int, ...]
    lines: tuple[Line, ...]
    # each moved person's version after the move (what an undo expects to find)
    versions: tuple[tuple[int, int], ...] = ()

    def texts(self, lang: str | None = None) -> list[str]:
        return [line.text(lang) for line in self.lines]


def _group_name(uow: UnitOfWork, group_id: int | None) -> str:
    if group_id is None:
        return render("group.no_group")
    return uow.session.scalar(select(AccountGroup.name).where(AccountGroup.id == group_id)) or ""


def _name(uow: UnitOfWork, staff_id: int | None) -> str:
    if staff_id is None:
        return "—"
    return uow.session.scalar(select(Staff.full_name).where(Staff.id == staff_id)) or "—"


NAMES_SHOWN = 5  # accounts named in a confirmation line; the rest are counted


class _Planner:
    """One move worked out (and, with `apply`, done) inside the caller's unit of work."""

    def __init__(self, uow: UnitOfWork, group_id: int, apply: bool) -> None:
        target = load_group(uow, group_id)
        self.uow, self.s, self.target, self.to, self.apply = (
            uow,
            uow.session,
            target,
            target.name,
            apply,
        )
        self.lines: list[Line] = []
        self.moving: list[Staff] = []
        self.accounts: dict[int, tuple[Account, int | None]] = {}  # id → (account, new lead)

    def line(self, code: str, **params: object) -> None:
        self.lines.append(Line(code, params))

    def choose_people(self, staff_ids: Sequence[int]) -> None:
        for staff_id in dict.fromkeys(staff_ids):
            person = load_staff(self.uow, staff_id)
            if not person.active:
                raise ValidationError({"staff": ("staff.inactive", {"name": person.full_name})})
            directs = self.s.scalar(
                select(AccountGroup).where(AccountGroup.director_id == person.id)
            )
            if directs is not None and directs.id != self.target.id:
                raise DomainError("group.move_director", name=person.full_name, group=directs.name)
            if person.group_id != self.target.id:
                self.moving.append(person)
        for person in self.moving:
            self.move_person(person)

    def move_person(self, person: Staff) -> None:
        source = _group_name(self.uow, person.group_id)
        self.line("group.moves_person", name=person.full_name, source=source, target=self.to)
        led = list(
            self.s.scalars(
                select(Account)
                .where(Account.lead_executive_id == person.id, Account.group_id != self.target.id)
                .order_by(Account.name_key)
            )
        )
        for account in led:
            self.accounts[account.id] = (account, person.id)
        if led:  # one line however many: the confirmation stays readable
            names = ", ".join(a.trade_name for a in led[:NAMES_SHOWN])
            more = len(led) - NAMES_SHOWN
            self.line(
                "group.moves_with_lead",
                lead=person.full_name,
                target=self.to,
                count=len(led),
                names=names,
                more_n=max(more, 0),
            )
        boss = self.s.get(Staff, person.reports_to_id) if person.reports_to_id else None
        stays = boss is not None and boss.id not in {p.id for p in self.moving}
        if boss is not None and stays and _group_of(self.uow, boss) != self.target.id:
            self.new_boss(person, boss)
        if self.apply:
            _set(self.uow, person, "group_id", self.target.id, "group", source, self.to)

    def new_boss(self, person: Staff, boss: Staff) -> None:
        """The boss stays behind: the target's director where the ladder allows it."""
        director = self.target.director_id
        new = self.s.get(Staff, director) if director is not None else None
        if (
            new is None
            or not new.active
            or person.role is Role.ADMINISTRATOR
            or new.role.rank <= person.role.rank
        ):
            new = None
            self.line("group.no_boss", name=person.full_name, boss=boss.full_name)
        else:
            self.line("group.new_boss", name=person.full_name, boss=new.full_name)
        if self.apply:
            _set(
                self.uow,
                person,
                "reports_to_id",
                new.id if new else None,
                "reports_to",
                boss.full_name,
                new.full_name if new else None,
            )

    def choose_accounts(self, account_ids: Sequence[int], lead_id: int | None) -> None:
        moving_ids = {p.id for p in self.moving}
        for account_id in dict.fromkeys(account_ids):
            account = self.s.get(Account, account_id)
            if account is None:
                raise NotFound("account.not_found", id=account_id)
            if account_id in self.accounts or account.group_id == self.target.id:
                continue
            lead = account.lead_executive_id
            source = _group_name(self.uow, account.group_id)
            self.line("group.moves_account", name=account.trade_name, source=source, target=self.to)
            if lead is None or lead in moving_ids or _in_group(self.uow, lead, self.target):
                self.accounts[account.id] = (account, lead)
                continue
            if lead_id is None:
                why = {
                    "name": _name(self.uow, lead),
                    "account": account.trade_name,
                    "group": self.to,
                }
                raise ValidationError({"lead_id": ("group.lead_outside", why)})
            new_lead = check_lead(self.uow, self.target.id, lead_id, "lead_id")
            self.line(
                "group.new_lead",
                account=account.trade_name,
                lead=new_lead.full_name,
                old=_name(self.uow, lead),
            )
            self.accounts[account.id] = (account, new_lead.id)

    def move_accounts(self) -> None:
        for account, new_lead in self.accounts.values():
            old_lead = account.lead_executive_id
            changes: dict[str, object] = {
                "group": [_group_name(self.uow, account.group_id), self.to]
            }
            account.group_id = self.target.id
            if new_lead != old_lead:
                changes["lead_executive"] = [_name(self.uow, old_lead), _name(self.uow, new_lead)]
                account.lead_executive_id = new_lead
                sync_lead_assignment(self.uow, account)
            self.uow.audit(
                ChangeKind.ACCOUNT,
                account.id,
                AuditAction.UPDATE,
                changes,
                account_id=account.id,
                summary=account.trade_name,
            )


def _plan(
    uow: UnitOfWork,
    group_id: int,
    staff_ids: Sequence[int],
    account_ids: Sequence[int],
    lead_id: int | None,
    apply: bool,
    expected: Mapping[int, int] | None = None,
) -> MovePlan:
    planner = _Planner(uow, group_id, apply)
    if not staff_ids and not account_ids:
        raise DomainError("group.nothing_chosen")
    for staff_id, version in (expected or {}).items():
        load_staff(uow, staff_id, version)
    planner.choose_people(staff_ids)
    planner.choose_accounts(account_ids, lead_id)
    if not planner.lines:
        raise DomainError("group.no_change", name=planner.to)
    if apply:
        planner.move_accounts()
        uow.session.flush()
    return MovePlan(
        planner.target.id,
        planner.to,
        tuple(p.id for p in planner.moving),
        tuple(planner.accounts),
        tuple(planner.lines),
        tuple((p.id, p.version) for p in planner.moving) if apply else (),
    )


def _group_of(uow: UnitOfWork, person: Staff) -> int | None:
    if person.group_id is not None:
        return person.group_id
    return uow.session.scalar(
        select(AccountGroup.id).where(AccountGroup.director_id == person.id).limit(1)
    )


def _in_group(uow: UnitOfWork, staff_id: int, group: AccountGroup) -> bool:
    if staff_id == group.director_id:
        return True
    return uow.session.scalar(select(Staff.group_id).where(Staff.id == staff_id)) == group.id


def _set(
    uow: UnitOfWork,
    person: Staff,
    attr: str,
    value: int | None,
    field: str,
    old: str | None,
    new: str | None,
) -> None:
    setattr(person, attr, value)
    uow.audit(
        ChangeKind.STAFF,
        person.id,
        AuditAction.UPDATE,
        {field: [old, new]},
        summary=person.full_name,
    )


def plan_move(
    db: Database,
    actor: Actor,
    group_id: int,
    staff_ids: Sequence[int] = (),
    account_ids: Sequence[int] = (),
    lead_id: int | None = None,
) -> MovePlan:
    """What `move_to_group` would do, for the confirmation; refuses what it would refuse."""
    require_global(actor, Action.MANAGE_GROUPS)
    with unit_of_work(db, actor, write=False) as uow:
        return _plan(uow, group_id, staff_ids, account_ids, lead_id, apply=False)


def move_to_group(
    db: Database,
    actor: Actor,
    group_id: int,
    staff_ids: Sequence[int] = (),
    account_ids: Sequence[int] = (),
    lead_id: int | None = None,
    expected: Mapping[int, int] | None = None,
) -> MovePlan:
    """Move people and accounts into `group_id`, in one transaction (see the module).
    `expected` (person id → version, an undo's) refuses the move as a conflict when
    someone changed one of them since."""
    require_global(actor, Action.MANAGE_GROUPS)
    with unit_of_work(db, actor) as uow:
        return _plan(uow, group_id, staff_ids, account_ids, lead_id, True, expected)


def set_director(
    db: Database, actor: Actor, group_id: int, director_id: int, version: int | None = None
) -> SaveResult:
    """Give a group another director (an active account director who directs no other
    group; they join the group). The one before stays in the group as a member."""
    require_global(actor, Action.MANAGE_GROUPS)
    with unit_of_work(db, actor) as uow:
        group = load_group(uow, group_id, version)
        if group.director_id != director_id:
            person = check_director(uow, director_id, group.id)
            old = _name(uow, group.director_id) if group.director_id else None
            group.director_id = person.id
            if person.group_id != group.id:
                _set(
                    uow,
                    person,
                    "group_id",
                    group.id,
                    "group",
                    _group_name(uow, person.group_id),
                    group.name,
                )
            uow.audit(
                ChangeKind.GROUP,
                group.id,
                AuditAction.UPDATE,
                {"director": [old, person.full_name]},
                summary=group.name,
            )
        uow.session.flush()
        return SaveResult(group.id, group.version)


def accounts_of_group(db: Database, actor: Actor, group_id: int) -> list[Option]:
    """The accounts of a group, by name, each with who leads it (what a move chooses from)."""
    require_global(actor, Action.MANAGE_GROUPS)
    with unit_of_work(db, actor, write=False) as uow:
        found = uow.session.execute(
            select(Account.id, Account.trade_name, Staff.full_name)
            .outerjoin(Staff, Staff.id == Account.lead_executive_id)
            .where(Account.group_id == group_id)
            .order_by(Account.name_key, Account.id)
        ).tuples()
        return [Option(i, f"{name} — {lead}" if lead else name) for i, name, lead in found]
