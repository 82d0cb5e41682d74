"""security7's role findings, tried as the attacker's own role (psql-level sessions).

F4: on PostgreSQL 15 an administrator's CREATEROLE let them grant themselves
`pg_execute_server_program` (commands as the server's OS user), take other roles and
make roles with no sign-in. Administrators now hold no CREATEROLE; people's roles are
made by the owner's `agencia_manage_login`, which does only that and only for this
agency's sign-ins; `db upgrade` takes CREATEROLE from administrators of an older set-up.
"""

from __future__ import annotations

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import PASSWORD, ServerAgency

from agencia.db import migrate
from agencia.domain.enums import Role
from agencia.services.people.sign_ins import add_user, reset_password
from agencia.services.people.staff_edit import StaffInput, add_staff

REFUSED = (psycopg.errors.InsufficientPrivilege, psycopg.errors.InvalidParameterValue)


def _attributes(server: ServerAgency, login: str) -> tuple[bool, bool, bool]:
    """(CREATEROLE, holds agencia_staff WITH ADMIN OPTION, holds agencia_admins so)."""
    with server.connect("admin", ADMIN_PASSWORD) as conn:
        row = conn.execute(
            "SELECT r.rolcreaterole, "
            "EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = r.oid "
            "AND m.roleid = 'agencia_staff'::regrole AND m.admin_option), "
            "EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = r.oid "
            "AND m.roleid = 'agencia_admins'::regrole AND m.admin_option) "
            "FROM pg_roles r WHERE r.rolname = %s",
            (login,),
        ).fetchone()
    assert row is not None
    return bool(row[0]), bool(row[1]), bool(row[2])


@pytest.mark.parametrize(
    "attack",
    [
        "GRANT pg_execute_server_program TO admin",
        "GRANT pg_read_server_files TO admin",
        "CREATE ROLE ghost LOGIN PASSWORD 'x' IN ROLE agencia_staff",
        "ALTER ROLE pablo PASSWORD 'mine'",
        "GRANT agencia_admins TO pablo",
        "GRANT agencia_staff TO pg_monitor",
        "ALTER ROLE admin CREATEROLE",
    ],
)
def test_an_administrator_cannot_take_the_server_as_their_own_role(
    server_agency: ServerAgency, attack: str
) -> None:
    assert _attributes(server_agency, "admin") == (False, False, False)
    with (
        server_agency.connect("admin", ADMIN_PASSWORD) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
        conn.transaction(force_rollback=True),  # (were it to succeed: nothing kept)
    ):
        conn.execute(attack)


def test_the_owners_function_manages_only_this_agencys_sign_ins(
    server_agency: ServerAgency,
) -> None:
    verifier = "SCRAM-SHA-256$4096:c2FsdA==$YQ==:Yg=="
    with server_agency.owner.writer.begin() as owner:  # a role of the server, not a sign-in
        owner.exec_driver_sql("CREATE ROLE stranger NOLOGIN IN ROLE agencia_staff")
        owner.exec_driver_sql(
            "INSERT INTO users (login, password_hash, staff_id, active, must_change_password, "
            "version) SELECT 'stranger', '', id, true, false, 1 "
            "FROM staff WHERE id NOT IN (SELECT staff_id FROM users) LIMIT 1"
        )
    try:
        with server_agency.connect("admin", ADMIN_PASSWORD) as conn:
            for login in ("postgres", "agencia_owner", "ghost", "stranger", 'x"; DROP ROLE y; --'):
                with pytest.raises(REFUSED):
                    conn.execute("SELECT agencia_manage_login(%s, %s)", (login, verifier))
            with pytest.raises(REFUSED):  # never a password in plain text
                conn.execute("SELECT agencia_manage_login('pablo', 'mine')")
            with pytest.raises(REFUSED):  # nor the shape itself, which checks nobody
                conn.execute("SELECT agencia_shape_login('admin', true, true)")
        with server_agency.connect("alvaro") as conn, pytest.raises(REFUSED):
            conn.execute("SELECT agencia_manage_login('pablo', %s)", (verifier,))
    finally:
        with server_agency.owner.writer.begin() as owner:
            owner.exec_driver_sql("DELETE FROM users WHERE login = 'stranger'")
            owner.exec_driver_sql("DROP ROLE stranger")


def test_adding_and_resetting_people_still_works_without_createrole(
    server_agency: ServerAgency,
) -> None:
    db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        nuria = add_staff(db, admin, StaffInput(full_name="Nuria Vega", role=Role.TRAINEE)).id
        add_user(db, admin, "Nuria.Vega@x", nuria, PASSWORD)
        reset_password(db, admin, "laura", "otra frase larga de prueba")
    finally:
        db.close()
    with server_agency.connect("Nuria.Vega@x") as conn:
        assert conn.execute("SHOW lock_timeout").fetchone() == ("8s",)
    with server_agency.connect("laura", "otra frase larga de prueba") as conn:
        assert conn.execute("SELECT session_user").fetchone() == ("laura",)
    assert _attributes(server_agency, "Nuria.Vega@x") == (False, False, False)


def test_db_upgrade_takes_createrole_from_administrators_of_an_older_set_up(
    server_agency: ServerAgency,
) -> None:
    """An agency set up before: its administrator had CREATEROLE and both groups WITH
    ADMIN OPTION, and the settings table listed no sign-in."""
    with server_agency.owner.writer.begin() as owner:
        owner.exec_driver_sql("ALTER ROLE admin CREATEROLE")
        owner.exec_driver_sql("GRANT agencia_staff, agencia_admins TO admin WITH ADMIN OPTION")
        owner.exec_driver_sql("DELETE FROM agencia_settings WHERE name LIKE 'login:%%'")
    assert _attributes(server_agency, "admin") == (True, True, True)
    with server_agency.owner.writer.connect() as owner:
        migrate.upgrade(owner)
    assert _attributes(server_agency, "admin") == (False, False, False)
    with (
        server_agency.connect("admin", ADMIN_PASSWORD) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("GRANT pg_execute_server_program TO admin")
    db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:  # the people services still work for the administrator, and a second upgrade
        reset_password(db, admin, "pablo", "otra frase larga de prueba")
    finally:
        db.close()
    with server_agency.owner.writer.connect() as owner:
        migrate.upgrade(owner)
    with server_agency.connect("pablo", "otra frase larga de prueba") as conn:
        assert conn.execute("SHOW idle_in_transaction_session_timeout").fetchone() == ("2min",)
