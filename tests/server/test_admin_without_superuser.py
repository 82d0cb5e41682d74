"""The agency's administrator needs neither superuser nor CREATEROLE on the server.

People's roles are made and changed by the owner's SECURITY DEFINER function
(`agencia.db.server_logins`), so an administrator holds the group roles (`agencia_staff`,
`agencia_admins`) as plain memberships, never WITH ADMIN OPTION nor CREATEROLE (on
PostgreSQL 15 that made them superusers: security7 F4); an administrator made by
another — neither a superuser — adds a person, changes a role and disables a person
through the services."""

from __future__ import annotations

from dataclasses import replace

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import PASSWORD, ServerAgency

from agencia.db.server_security import ADMIN_GROUP, STAFF_GROUP
from agencia.domain.enums import Role
from agencia.domain.errors import DomainError
from agencia.services.people.handover import deactivate_staff
from agencia.services.people.sign_ins import add_user
from agencia.services.people.staff_edit import StaffInput, add_staff, edit_staff, input_from_detail
from agencia.services.people.views import get_staff


def _admin_option(server: ServerAgency, login: str) -> dict[str, bool]:
    """The group roles `login` holds directly, and whether WITH ADMIN OPTION."""
    with server.connect("admin", ADMIN_PASSWORD) as conn:
        rows = conn.execute(
            "SELECT g.rolname, m.admin_option FROM pg_auth_members m "
            "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
            "WHERE u.rolname = %s AND g.rolname IN (%s, %s)",
            (login, STAFF_GROUP, ADMIN_GROUP),
        ).fetchall()
    return {str(name): bool(option) for name, option in rows}


def _superuser(server: ServerAgency, login: str) -> bool:
    with server.connect(login, ADMIN_PASSWORD if login == "admin" else PASSWORD) as conn:
        row = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")
        found = row.fetchone()
    assert found is not None
    return bool(found[0])


def test_administrators_hold_the_group_roles_without_admin_option(
    server_agency: ServerAgency,
) -> None:
    """`db init`'s first administrator, and one made later by them."""
    assert _admin_option(server_agency, "admin") == {STAFF_GROUP: False, ADMIN_GROUP: False}
    staff = server_agency.agency.staff
    admin_db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        detail = get_staff(admin_db, admin, staff["andres"])
        edit_staff(
            admin_db,
            admin,
            staff["andres"],
            replace(input_from_detail(detail), role=Role.ADMINISTRATOR),
        )
    finally:
        admin_db.close()
    assert _admin_option(server_agency, "andres") == {STAFF_GROUP: False, ADMIN_GROUP: False}
    assert _admin_option(server_agency, "raul") == {STAFF_GROUP: False}  # people: membership only


def test_an_administrator_who_is_no_superuser_adds_changes_and_disables_people(
    server_agency: ServerAgency,
) -> None:
    staff = server_agency.agency.staff
    admin_db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:  # the first administrator makes Andrés one: neither superuser
        detail = get_staff(admin_db, admin, staff["andres"])
        edit_staff(
            admin_db,
            admin,
            staff["andres"],
            replace(input_from_detail(detail), role=Role.ADMINISTRATOR),
        )
    finally:
        admin_db.close()
    assert not _superuser(server_agency, "admin") and not _superuser(server_agency, "andres")

    db, andres = server_agency.signed_in("andres")
    try:
        nuevo = add_staff(db, andres, StaffInput(full_name="Nuria Vega", role=Role.TRAINEE)).id
        add_user(db, andres, "nuria", nuevo, PASSWORD)  # a user added: a role of her own
        detail = get_staff(db, andres, staff["laura"])  # a role changed
        edit_staff(
            db, andres, staff["laura"], replace(input_from_detail(detail), role=Role.ADMINISTRATOR)
        )
        deactivate_staff(db, andres, staff["pablo"], handover_id=staff["alvaro"])  # disabled
    finally:
        db.close()
    with server_agency.connect("nuria") as conn:
        assert conn.execute("SELECT session_user").fetchone() == ("nuria",)
    assert _admin_option(server_agency, "laura") == {STAFF_GROUP: False, ADMIN_GROUP: False}
    with pytest.raises(psycopg.OperationalError):
        server_agency.connect("pablo")
    with pytest.raises(DomainError):
        server_agency.signed_in("pablo")
