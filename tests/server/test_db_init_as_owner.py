"""`agencia db init` run as the README's owner: a role with LOGIN and CREATEROLE that owns
the database, no superuser (PostgreSQL 15's Debian 12 refused it a custom database
parameter, and left the database half set up). A failed init leaves nothing behind: the
same command then succeeds."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import URL, make_url

from agencia.cli.db import init_database
from agencia.db import server_roles
from agencia.db.database import open_database
from agencia.db.urls import libpq
from agencia.domain.enums import Role
from agencia.services import auth
from agencia.services.first_run import is_empty

ADMIN_PW = "la clave de sistemas de la agencia"
OWNER_PW = "la clave del dueño del esquema"


@pytest.fixture
def owner_url(pg_admin_url: str) -> Iterator[str]:
    """A database owned by `agencia_owner` (LOGIN CREATEROLE, no superuser), as the README
    sets it up; its URL as that owner."""
    admin = make_url(pg_admin_url)
    name = f"agencia_owned_{os.getpid()}"
    with psycopg.connect(libpq(admin), autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'agencia_owner'").fetchone():
            conn.execute(
                sql.SQL("ALTER ROLE agencia_owner LOGIN CREATEROLE NOSUPERUSER PASSWORD {}").format(
                    sql.Literal(OWNER_PW)
                )
            )
        else:
            conn.execute(
                sql.SQL("CREATE ROLE agencia_owner LOGIN CREATEROLE PASSWORD {}").format(
                    sql.Literal(OWNER_PW)
                )
            )
        conn.execute(sql.SQL("CREATE DATABASE {} OWNER agencia_owner").format(sql.Identifier(name)))
    try:
        yield admin.set(
            username="agencia_owner", password=OWNER_PW, database=name
        ).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(libpq(admin), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))  # fmt: skip
            for (role,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname IN ('jefa', 'otra')"
            ).fetchall():
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def _init(url: str, login: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PW + "\n"))
    args = argparse.Namespace(
        db=url, admin=login, agency="Nueva", name=None, locale="es_ES", currency="EUR",
        format="text",
    )  # fmt: skip
    return init_database(args)


def test_db_init_as_a_createrole_owner_who_is_no_superuser(
    owner_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with psycopg.connect(libpq(make_url(owner_url))) as conn:
        row = conn.execute(
            "SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user"
        )
        assert row.fetchone() == (False, True)
    assert _init(owner_url, "jefa", monkeypatch) == 0
    db = open_database(owner_url)
    try:
        with db.reader.connect() as connection:
            assert server_roles.is_secured(connection)
    finally:
        db.close()
    full = make_url(owner_url)  # a workstation's: the server and the database only
    workstation = URL.create(
        full.drivername, host=full.host, port=full.port, database=full.database
    )
    db = open_database(workstation)
    try:
        assert db.needs_sign_in
        jefa = auth.sign_in(db, "jefa", ADMIN_PW)
        assert jefa.role is Role.ADMINISTRATOR and db.url.username == "jefa"
    finally:
        db.close()


def test_a_failed_db_init_leaves_the_database_as_it_was(
    owner_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last step fails (a role of that name appears meanwhile, made by someone else):
    no agency, no administrator, no role are left, and init then succeeds."""
    real = server_roles.create_login

    def taken_meanwhile(connection, login, password, *, admin):  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("CREATE ROLE otra NOLOGIN")  # our work so far, then
        raise psycopg.errors.DuplicateObject("role already exists")

    monkeypatch.setattr(server_roles, "create_login", taken_meanwhile)
    with pytest.raises(psycopg.Error):
        _init(owner_url, "jefa", monkeypatch)
    monkeypatch.setattr(server_roles, "create_login", real)
    db = open_database(owner_url)
    try:
        assert is_empty(db)
        with db.reader.connect() as connection:
            assert not server_roles.is_secured(connection)
            assert not server_roles.role_exists(connection, "otra")
    finally:
        db.close()
    assert _init(owner_url, "jefa", monkeypatch) == 0


def test_an_upgrade_by_the_owner_takes_createrole_from_an_older_administrator(
    owner_url: str, pg_admin_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """security7 F4 on the README's set-up: an agency initialised before gave its
    administrator CREATEROLE and the groups WITH ADMIN OPTION; `db upgrade`, run as the
    owner (no superuser), takes them away, and the administrator still adds people."""
    from agencia.db import migrate
    from agencia.services.people.sign_ins import add_user
    from agencia.services.people.staff_edit import StaffInput, add_staff

    assert _init(owner_url, "jefa", monkeypatch) == 0
    with psycopg.connect(libpq(make_url(pg_admin_url)), autocommit=True) as conn:
        conn.execute("ALTER ROLE jefa CREATEROLE")
        conn.execute("GRANT agencia_staff, agencia_admins TO jefa WITH ADMIN OPTION")
    owner = open_database(owner_url)
    try:
        with owner.writer.connect() as connection:
            migrate.upgrade(connection)
    finally:
        owner.close()
    with psycopg.connect(libpq(make_url(pg_admin_url))) as conn:
        row = conn.execute(
            "SELECT r.rolcreaterole, bool_or(m.admin_option) FROM pg_roles r "
            "JOIN pg_auth_members m ON m.member = r.oid WHERE r.rolname = 'jefa' "
            "GROUP BY r.rolcreaterole"
        ).fetchone()
    assert row == (False, False)
    full = make_url(owner_url)
    workstation = URL.create(
        full.drivername, host=full.host, port=full.port, database=full.database
    )
    db = open_database(workstation)
    try:
        jefa = auth.sign_in(db, "jefa", ADMIN_PW)
        nuevo = add_staff(db, jefa, StaffInput(full_name="Otra Persona", role=Role.TRAINEE)).id
        add_user(db, jefa, "otra", nuevo, ADMIN_PW)
    finally:
        db.close()
    with psycopg.connect(libpq(make_url(owner_url).set(username="otra", password=ADMIN_PW))) as c:
        assert c.execute("SHOW lock_timeout").fetchone() == ("8s",)
