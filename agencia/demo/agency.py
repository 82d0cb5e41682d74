"""The agency's part of the demo: "Atlántica Comunicación", its profile and policy, three
account groups with every role and a proper reporting line, the administrator, and a
sign-in for everyone (password "demo"; the first director signs in as "demo").

Written in bulk, with explicit IDs: the directors first, so that the demo's sign-in has
the lowest. The groups' people (`DemoRun.teams`) and logins are what the clients and
the campaigns are then given to.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import update

from agencia.demo import images as demo_images
from agencia.demo.data import agency as agency_data
from agencia.demo.plan import DIRECTOR, REPORTS_TO, Person
from agencia.demo.run import DemoRun, Team, table
from agencia.domain.enums import Department, Role, TitleGender
from agencia.domain.models import AccountGroup, Agency, Staff, User
from agencia.domain.text import sort_key, words
from agencia.services.auth import hash_password


def fill_agency(demo: DemoRun) -> None:
    """The agency, its people and their sign-ins."""
    _agency(demo)
    _people(demo)


def _agency(demo: DemoRun) -> None:
    """The agency's profile, logo and policy."""
    demo.insert(
        Agency,
        [
            {
                **agency_data.AGENCY,
                "id": 1,
                "logo": demo_images.agency_logo(
                    str(agency_data.AGENCY["name"]),
                    str(agency_data.AGENCY["primary_color"]),
                    str(agency_data.AGENCY["secondary_color"]),
                ),
                # the policy before this year's; the administrator raises it through
                # approval_settings when the campaigns begin (see agencia.demo.campaigns)
                "approval_threshold": Decimal(agency_data.THRESHOLDS_BEFORE[0]),
                "manager_approval_threshold": Decimal(agency_data.THRESHOLDS_BEFORE[1]),
                "is_demo": True,
                "created_at": demo.now - timedelta(days=3 * 365),
                "version": 1,
            }
        ],
    )


def _people(demo: DemoRun) -> None:
    """The groups and their people, each reporting to their boss, and the administrator."""
    groups = [
        {"id": n + 1, "name": plan.name, "director_id": None, "version": 1}
        for n, plan in enumerate(agency_data.GROUPS)
    ]
    demo.insert(AccountGroup, groups)
    staff: list[dict[str, Any]] = []
    next_id = 1
    # Directors first, so that the first director (the demo's sign-in) has the lowest ID.
    order = [(g, DIRECTOR) for g in range(len(agency_data.GROUPS))] + [
        (g, pos) for g in range(len(agency_data.GROUPS)) for pos in range(1, 8)
    ]
    ids: dict[tuple[int, int], int] = {}
    for g, pos in order:
        ids[(g, pos)] = next_id
        next_id += 1
    for g, pos in order:
        role, person = agency_data.GROUPS[g].people[pos]
        boss = REPORTS_TO.get(pos)
        staff.append(
            _staff_row(
                ids[(g, pos)],
                person,
                role,
                reports_to=ids[(g, boss)] if boss is not None else None,
                group_id=g + 1,
            )
        )
    admin_id = next_id
    staff.append(_staff_row(admin_id, agency_data.ADMINISTRATOR, Role.ADMINISTRATOR, None, None))
    staff[-1]["department"] = Department.ADMINISTRATION
    demo.insert(Staff, staff)
    for n in range(len(agency_data.GROUPS)):
        demo.session.execute(
            update(table(AccountGroup))
            .where(table(AccountGroup).c.id == n + 1)
            .values(director_id=ids[(n, DIRECTOR)])
        )
        demo.teams.append(Team(n + 1, [ids[(n, pos)] for pos in range(8)]))
    demo.staff_count = len(staff)
    _users(demo, staff)


def _staff_row(
    staff_id: int,
    person: Person,
    role: Role,
    reports_to: int | None,
    group_id: int | None,
) -> dict[str, Any]:
    male, female = agency_data.TITLES[role]
    first = "".join(words(person.first.split()[0]))
    last = "".join(words(person.last.split()[0]))
    return {
        "id": staff_id,
        "full_name": person.full_name,
        "name_key": sort_key(person.full_name),
        "role": role,
        "title": female if person.female else male,
        "title_gender": TitleGender.FEMININE if person.female else TitleGender.MASCULINE,
        "department": Department.ACCOUNTS,
        "email": f"{first}.{last}@atlantica-comunicacion.es",
        "phone": f"+34 91 555 40 {20 + staff_id:02d}",
        "reports_to_id": reports_to,
        "group_id": group_id,
        "active": True,
        "version": 1,
    }


def _users(demo: DemoRun, staff: list[dict[str, Any]]) -> None:
    """A sign-in for everyone, all with the demo's password."""
    password_hash = hash_password(agency_data.PASSWORD)  # argon2 is slow: hash once, share it
    taken: set[str] = set()
    users = []
    for row in sorted(staff, key=lambda r: int(r["id"])):
        if not taken:
            login = agency_data.DEMO_LOGIN  # the first director: who the demo signs in as
        else:
            first, *rest = row["full_name"].split(" ")
            last = "".join(words(" ".join(rest)))
            stem = "".join(words(first))
            login = stem + last[:1]
            n = 1
            while login in taken:
                n += 1
                login = stem + last[:n]
        taken.add(login)
        demo.logins[row["id"]] = login
        users.append(
            {
                "login": login,
                "password_hash": password_hash,
                "staff_id": row["id"],
                "active": True,
                "last_sign_in": None,
                "version": 1,
            }
        )
    demo.insert(User, users)
    demo.users = len(users)
