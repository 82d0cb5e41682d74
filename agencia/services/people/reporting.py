"""The reporting line: who a person may report to.

Checked on every add and edit, so the hierarchy is always a tree: nobody reports to
themselves or to someone below them (no cycle), a reporting line goes up the account
ladder, and a supervisor reports to a manager or to the director of their own group.
"""

from __future__ import annotations

from sqlalchemy import select

from agencia.db.uow import UnitOfWork
from agencia.domain.enums import Role
from agencia.domain.errors import ValidationError
from agencia.domain.models import AccountGroup, Staff

FIELD = "reports_to_id"
_SUPERVISOR_BOSSES = frozenset({Role.ACCOUNT_MANAGER, Role.ACCOUNT_DIRECTOR})


def _refuse(code: str, **params: object) -> ValidationError:
    return ValidationError({FIELD: (code, dict(params))})


def _group_of(uow: UnitOfWork, person: Staff) -> int | None:
    """A person's group: theirs, or the one they direct."""
    if person.group_id is not None:
        return person.group_id
    return uow.session.scalar(
        select(AccountGroup.id).where(AccountGroup.director_id == person.id).limit(1)
    )


def _reports_up_to(uow: UnitOfWork, start: int, person_id: int) -> bool:
    """Whether `start`'s line of bosses reaches `person_id` (`start` included)."""
    seen: set[int] = set()
    current: int | None = start
    while current is not None and current not in seen:
        if current == person_id:
            return True
        seen.add(current)
        current = uow.session.scalar(select(Staff.reports_to_id).where(Staff.id == current))
    return False


def check_reports_to(
    uow: UnitOfWork,
    person_id: int | None,
    role: Role,
    group_id: int | None,
    boss_id: int | None,
) -> None:
    """Refuse a boss that would break the tree or the ladder (`person_id` None: a new
    person, who cannot be anyone's boss yet)."""
    if boss_id is None:
        return
    if boss_id == person_id:
        raise _refuse("staff.reports_to_self")
    boss = uow.session.get(Staff, boss_id)
    if boss is None:
        raise _refuse("staff.not_found", id=boss_id)
    if not boss.active:
        raise _refuse("staff.inactive", name=boss.full_name)
    if person_id is not None and _reports_up_to(uow, boss_id, person_id):
        raise _refuse("staff.reports_to_cycle", name=boss.full_name)
    on_ladder = Role.ADMINISTRATOR not in (role, boss.role)
    if on_ladder and boss.role.rank <= role.rank:
        raise _refuse("staff.reports_to_rank", name=boss.full_name)
    if role is Role.ACCOUNT_SUPERVISOR:
        same_group = group_id is not None and _group_of(uow, boss) == group_id
        if boss.role not in _SUPERVISOR_BOSSES or not same_group:
            raise _refuse("staff.supervisor_reports_to", name=boss.full_name)
