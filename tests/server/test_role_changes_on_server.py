"""The people services' changes reach the server roles in the same transaction: a person
deactivated cannot connect and their sessions end, brought back they can; a person made
administrator gets the administrators' membership (never CREATEROLE: security7 F4) and
loses it again."""

from __future__ import annotations

from dataclasses import replace

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency

from agencia.domain.enums import Role
from agencia.domain.errors import DomainError
from agencia.services.people.handover import deactivate_staff, reactivate_staff
from agencia.services.people.staff_edit import edit_staff, input_from_detail
from agencia.services.people.views import get_staff


def _role(server: ServerAgency, login: str) -> tuple[bool, bool, bool]:
    """(may log in, CREATEROLE, member of agencia_admins), as the server says."""
    with server.connect("admin", ADMIN_PASSWORD) as conn:
        row = conn.execute(
            "SELECT rolcanlogin, rolcreaterole, pg_has_role(rolname, 'agencia_admins', "
            "'MEMBER') FROM pg_roles WHERE rolname = %s",
            (login,),
        ).fetchone()
    assert row is not None
    return bool(row[0]), bool(row[1]), bool(row[2])


def test_deactivating_a_person_disables_their_role_and_ends_their_sessions(
    server_agency: ServerAgency,
) -> None:
    staff = server_agency.agency.staff
    session = server_agency.connect("raul")
    admin_db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        assert _role(server_agency, "raul")[0]
        deactivate_staff(admin_db, admin, staff["raul"], handover_id=staff["andres"])
        assert _role(server_agency, "raul")[0] is False
        with pytest.raises(psycopg.OperationalError):
            session.execute("SELECT 1")
        with pytest.raises(DomainError) as refused:
            server_agency.signed_in("raul")
        assert refused.value.code == "auth.inactive"
        reactivate_staff(admin_db, admin, staff["raul"])
        assert _role(server_agency, "raul")[0] is True
        db, actor = server_agency.signed_in("raul")
        db.close()
        assert actor.login == "raul"
    finally:
        session.close()
        admin_db.close()


def test_making_someone_administrator_and_back_changes_their_server_role(
    server_agency: ServerAgency,
) -> None:
    staff = server_agency.agency.staff
    admin_db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        assert _role(server_agency, "andres") == (True, False, False)
        detail = get_staff(admin_db, admin, staff["andres"])
        as_admin = replace(input_from_detail(detail), role=Role.ADMINISTRATOR)
        saved = edit_staff(admin_db, admin, staff["andres"], as_admin)
        assert _role(server_agency, "andres") == (True, False, True)  # never CREATEROLE
        with (
            server_agency.connect("andres") as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute("CREATE ROLE agencia_t_probe NOLOGIN")
        back = input_from_detail(detail)
        edit_staff(admin_db, admin, staff["andres"], back, saved.version)
        assert _role(server_agency, "andres") == (True, False, False)
        with (
            server_agency.connect("andres") as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute("CREATE ROLE agencia_t_probe NOLOGIN")
    finally:
        admin_db.close()
