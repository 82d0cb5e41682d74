"""The agency's people as decks show them: a person's name and title, org chart trees
under each one's nearest shown boss, and an account's team from its director down.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select

from agencia.db.uow import UnitOfWork
from agencia.decks.content import Person, TeamNode
from agencia.domain.enums import AssignmentRole, Role
from agencia.domain.labels import label
from agencia.domain.models import Account, AccountAssignment, AccountGroup, Staff

# Who the general credentials' org chart shows: the account department from executives up.
_CHART_FROM = Role.ACCOUNT_EXECUTIVE
# The order of an account team's parts, from the top.
_PART_ORDER = (
    AssignmentRole.DIRECTOR,
    AssignmentRole.SUPERVISOR,
    AssignmentRole.LEAD_EXECUTIVE,
    AssignmentRole.EXECUTIVE,
    AssignmentRole.ASSISTANT,
)


def team_person(staff: Staff, lang: str, part: str = "") -> Person:
    """Someone as a team slide names them: in Spanish by the agency's own title for them
    ("Directora de Cuentas"), in English by their role; never both (they say the same)."""
    role = staff.title if lang == "es" and staff.title else label(staff.role, lang)
    return Person(name=staff.full_name, role=role, part=part)


def org_trees(
    people: Sequence[tuple[Staff, str]], bosses: dict[int, int | None], lang: str
) -> tuple[TeamNode, ...]:
    """People as org chart trees: each under their nearest boss who is also shown (`bosses`
    is everyone's reporting line); the highest role first, then by name."""
    shown = {s.id: (s, part) for s, part in people}

    def shown_boss(staff: Staff) -> int | None:
        boss, seen = staff.reports_to_id, {staff.id}
        while boss is not None and boss not in shown and boss not in seen:
            seen.add(boss)
            boss = bosses.get(boss)
        return boss if boss in shown and boss != staff.id else None

    children: dict[int | None, list[Staff]] = defaultdict(list)
    for staff, _ in people:
        children[shown_boss(staff)].append(staff)

    def node(staff: Staff, path: frozenset[int]) -> TeamNode:
        below = sorted(children.get(staff.id, []), key=lambda s: (-s.role.rank, s.name_key))
        return TeamNode(
            team_person(staff, lang, shown[staff.id][1]),
            tuple(node(s, path | {s.id}) for s in below if s.id not in path),
        )

    roots = sorted(children.get(None, []), key=lambda s: (-s.role.rank, s.name_key))
    return tuple(node(s, frozenset({s.id})) for s in roots)


def reporting_lines(uow: UnitOfWork) -> dict[int, int | None]:
    """Everyone's boss, by staff id: the lines an org chart follows."""
    return dict(uow.session.execute(select(Staff.id, Staff.reports_to_id)).tuples().all())


def agency_team(uow: UnitOfWork, lang: str) -> tuple[TeamNode, ...]:
    """The account department from executives up, by group."""
    groups = dict(uow.session.execute(select(AccountGroup.id, AccountGroup.name)).tuples().all())
    people = list(
        uow.session.scalars(
            select(Staff)
            .where(Staff.active.is_(True), Staff.role != Role.ADMINISTRATOR)
            .order_by(Staff.name_key)
        )
    )
    shown = [
        (s, groups.get(s.group_id or -1, "")) for s in people if s.role.rank >= _CHART_FROM.rank
    ]
    return org_trees(shown, reporting_lines(uow), lang)


def account_team(
    uow: UnitOfWork, account: Account, lang: str
) -> list[tuple[Staff, AssignmentRole]]:
    """The account's team, from its director down, active people only."""
    rows = uow.session.execute(
        select(Staff, AccountAssignment.role)
        .join(AccountAssignment, AccountAssignment.staff_id == Staff.id)
        .where(AccountAssignment.account_id == account.id, Staff.active.is_(True))
    ).all()
    team = [(staff, part) for staff, part in rows]
    team.sort(key=lambda t: (_PART_ORDER.index(t[1]), -t[0].role.rank, t[0].name_key))
    return team
