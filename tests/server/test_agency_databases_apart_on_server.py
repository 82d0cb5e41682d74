"""Two agency databases on one server keep their people apart (explore9 M6, explore7 H5):
server roles are the whole server's, and CONNECT was granted to the group every
agency's people are in, so the administrator of a second agency opened the first one
and read its people, sign-ins and trail. Now each database lets in its own sign-ins
only — the first administrator at `db init`, each later sign-in as it is made — and
`db upgrade` takes the shared grant from an agency set up before."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from pg_server import PgServer
from server_world import PASSWORD, ServerAgency
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from agencia.db import server_roles, server_security
from agencia.db.database import open_database
from agencia.db.urls import libpq
from agencia.services.first_run import FirstRun, set_up_agency

_JEFA = "otra-clave-de-la-directora"


@pytest.fixture
def second_agency(server_agency: ServerAgency, pg_server: PgServer) -> Iterator[URL]:
    """«Otra Agencia» on the same server, set up by `db init` with its administrator
    jefa; the URL without credentials. Dropped before the first one (and its roles)."""
    name = pg_server.new_name()
    admin = pg_server.admin()
    admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_server.template}"')
    try:
        owner = open_database(pg_server.url(name))
        try:
            set_up_agency(
                owner,
                FirstRun("Otra Agencia", "es_ES", "EUR", "Jefa Otra", "jefa", _JEFA),
            )
            with owner.writer.begin() as connection:
                server_roles.secure_database(connection, "jefa", _JEFA)
        finally:
            owner.close()
        yield server_agency.url.set(database=name)
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _connects(url: URL, login: str, password: str) -> bool:
    try:
        conninfo = libpq(url.set(username=login, password=password))
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.OperationalError as exc:
        assert "permission denied for database" in str(exc)
        return False
    return True


def test_each_agencys_people_connect_to_their_own_database_only(
    server_agency: ServerAgency, second_agency: URL
) -> None:
    first = server_agency.url
    assert _connects(second_agency, "jefa", _JEFA)
    assert not _connects(first, "jefa", _JEFA)  # before: she read the first's people
    assert _connects(first, "pablo", PASSWORD)
    assert not _connects(second_agency, "pablo", PASSWORD)
    assert not _connects(second_agency, "admin", "secreto-123")


def test_db_upgrade_takes_the_shared_grant_and_new_sign_ins_get_their_own(
    server_agency: ServerAgency, second_agency: URL
) -> None:
    first = server_agency.url
    database = make_url(str(first)).database
    with server_agency.owner.writer.begin() as conn:  # as `db init` granted it before
        conn.execute(text(f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO agencia_staff'))
    assert _connects(first, "jefa", _JEFA)
    with server_agency.owner.writer.begin() as conn:  # `db upgrade` now
        server_security.apply(conn)
    with server_agency.owner.writer.begin() as conn:  # every administrator held each person
        conn.execute(text("GRANT pablo TO agencia_admins"))
    assert _connects(first, "jefa", _JEFA)
    with server_agency.owner.writer.begin() as conn:  # `db upgrade`, twice
        server_security.apply(conn)
        server_security.apply(conn)
    assert not _connects(first, "jefa", _JEFA)
    assert _connects(first, "pablo", PASSWORD)
    with server_agency.owner.reader.connect() as conn:
        temp = conn.execute(
            text("SELECT has_database_privilege('pablo', current_database(), 'TEMPORARY')")
        ).scalar_one()
    assert temp is False
    from factories import ADMIN_PASSWORD

    from agencia.services.people.sign_ins import add_user

    admin_db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        add_user(admin_db, admin, "irene", server_agency.agency.staff["irene"], PASSWORD)
    finally:
        admin_db.close()
    assert _connects(first, "irene", PASSWORD)
    assert not _connects(second_agency, "irene", PASSWORD)
