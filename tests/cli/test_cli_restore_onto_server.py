"""`agencia restore EXPORT_DIR` onto a new PostgreSQL database leaves it as `agencia db
init` would: before, the restored database was left open — any role of the server (a
trainee of another agency's database) connected and read `users` with its argon2 hashes
and all the staff, nobody restored could sign in as themselves, and a role the server
already had with a restored login (another database's `carmen`) read it as that person.
Now the restore secures it in the same transaction (only its own sign-ins connect, no
hash left), names the administrator who signs in first, and refuses a login the server
already has, restoring nothing."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from cli_support import run
from factories import small_agency
from pg_server import PgServer
from psycopg import sql
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from agencia.db import server_roles
from agencia.db.database import Database, open_database
from agencia.db.urls import libpq
from agencia.domain.actor import SYSTEM
from agencia.services import auth
from agencia.services.data.export_all import export_all
from agencia.services.first_run import is_empty
from agencia.services.people.sign_ins import add_user

NEW = "la clave nueva de sistemas 2026"
OUTSIDER = "la clave de otra agencia 2026"
PABLO = "una frase larga de prueba"


@pytest.fixture
def exported(sqlite_db: Database, tmp_path: Path) -> Path:
    """A one-workstation agency (its administrator `admin`, Pablo and Irene with
    sign-ins: Irene's login is `carmen`), exported."""
    agency = small_agency(sqlite_db)
    add_user(sqlite_db, agency.admin, "pablo", agency.staff["pablo"], PABLO)
    add_user(sqlite_db, agency.admin, "carmen", agency.staff["irene"], PABLO)
    export_all(sqlite_db, SYSTEM, tmp_path / "export")
    return tmp_path / "export"


@pytest.fixture
def outsider(pg_server: PgServer) -> Iterator[str]:
    """A role of the same server that is none of this agency's: another agency's
    trainee. Its login."""
    admin = pg_server.admin()
    admin.execute(
        sql.SQL("CREATE ROLE intrusa LOGIN IN ROLE agencia_staff PASSWORD {}").format(
            sql.Literal(OUTSIDER)
        )
    )
    try:
        yield "intrusa"
    finally:
        admin.execute("DROP ROLE IF EXISTS intrusa")


def _restore(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    folder: Path,
    url: str,
    *extra: str,
) -> tuple[int, str, str]:
    """`agencia restore DIR --db URL …`, the new password on standard input."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(NEW + "\n"))
    return run(capsys, "restore", str(folder), "--db", url, *extra)


def _bare(url: str) -> URL:
    full = make_url(url)
    return URL.create(full.drivername, host=full.host, port=full.port, database=full.database)


def _connects(url: URL, login: str, password: str) -> bool:
    try:
        with psycopg.connect(
            libpq(url.set(username=login, password=password)), autocommit=True, connect_timeout=5
        ) as conn:
            conn.execute("SELECT 1")
    except psycopg.OperationalError:
        return False
    return True


def test_a_restore_onto_the_server_is_secured_as_db_init_does(
    capsys: pytest.CaptureFixture[str],
    exported: Path,
    pg_url: str,
    outsider: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    status, out, err = _restore(capsys, monkeypatch, exported, pg_url, "--admin", "admin")
    assert (status, err) == (0, ""), err
    assert "protegida" in out and "reset-password LOGIN --user admin" in out, out
    assert "secreto" not in out and "@" not in out.split("--db")[-1].split()[0]
    bare = _bare(pg_url)
    assert not _connects(bare, outsider, OUTSIDER)  # before: read every person and hash
    owner = open_database(pg_url)
    try:
        with owner.writer.connect() as conn:
            assert server_roles.is_secured(conn)
            hashes = conn.execute(text("SELECT DISTINCT password_hash FROM users")).all()
            assert hashes == [("",)]
            for login in ("pablo", "carmen"):  # their roles wait for the administrator
                assert server_roles.role_exists(conn, login)
    finally:
        owner.close()
    restored = open_database(bare)
    try:
        admin = auth.sign_in(restored, "admin", NEW)
        assert admin.login == "admin"
        with pytest.raises(Exception):  # noqa: B017 - the old password went with the hash
            auth.sign_in(restored, "pablo", PABLO)
    finally:
        restored.close()


def test_a_server_restore_names_its_first_administrator_or_restores_nothing(
    capsys: pytest.CaptureFixture[str],
    exported: Path,
    pg_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    status, _out, err = _restore(capsys, monkeypatch, exported, pg_url)
    assert status == 1 and "--admin" in err and "agencia db init" in err, err
    status, _out, err = _restore(capsys, monkeypatch, exported, pg_url, "--admin", "pablo")
    assert status == 1 and "«pablo» no es un administrador" in err, err
    owner = open_database(pg_url)
    try:
        assert is_empty(owner)
    finally:
        owner.close()


def test_a_login_the_server_already_has_refuses_the_restore(
    capsys: pytest.CaptureFixture[str],
    exported: Path,
    pg_url: str,
    pg_server: PgServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = pg_server.admin()
    admin.execute(sql.SQL("CREATE ROLE carmen LOGIN PASSWORD {}").format(sql.Literal(OUTSIDER)))
    try:
        status, _out, err = _restore(capsys, monkeypatch, exported, pg_url, "--admin", "admin")
        assert status == 1 and "«carmen»" in err, err
        owner = open_database(pg_url)
        try:
            assert is_empty(owner)
            with owner.writer.connect() as conn:
                assert not server_roles.is_secured(conn)
                assert not server_roles.role_exists(conn, "pablo")
        finally:
            owner.close()
    finally:
        admin.execute("DROP ROLE IF EXISTS carmen")
