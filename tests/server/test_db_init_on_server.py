"""`agencia db init --admin LOGIN` on an empty server database: the owner-held schema,
the rules, and the first administrator as a server role (no superuser, no CREATEROLE),
who then adds people whose sign-ins become roles of their own."""

from __future__ import annotations

import argparse
import io
import sys

import psycopg
import pytest
from server_world import PASSWORD
from sqlalchemy.engine import make_url

from agencia.cli.db import init_database
from agencia.db.database import open_database
from agencia.db.urls import libpq
from agencia.domain.enums import Role
from agencia.domain.errors import DomainError
from agencia.services import auth
from agencia.services.people.sign_ins import add_user
from agencia.services.people.staff_edit import StaffInput, add_staff

ADMIN_PW = "la clave de sistemas de la agencia"


def _init(url: str, login: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PW + "\n"))
    args = argparse.Namespace(
        db=url, admin=login, agency="Nueva", name=None, locale="es_ES", currency="EUR",
        format="text",
    )  # fmt: skip
    return init_database(args)


def test_db_init_makes_the_first_administrator_a_server_role(
    pg_blank_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _init(pg_blank_url, "jefa", monkeypatch) == 0
    assert "Nueva" in capsys.readouterr().out
    db = open_database(pg_blank_url)
    try:
        jefa = auth.sign_in(db, "jefa", ADMIN_PW)
        assert db.url.username == "jefa" and jefa.role is Role.ADMINISTRATOR
        ana = add_staff(db, jefa, StaffInput(full_name="Ana Sol", role=Role.ACCOUNT_EXECUTIVE))
        add_user(db, jefa, "ana", ana.id, PASSWORD)
    finally:
        db.close()
    person = make_url(pg_blank_url).set(username="ana", password=PASSWORD)
    with psycopg.connect(libpq(person)) as conn:
        assert conn.execute("SELECT session_user").fetchone() == ("ana",)
    anyone = make_url(pg_blank_url).set(username="ana", password="otra cosa")
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(libpq(anyone))


def test_db_init_refuses_a_login_the_server_already_has(
    pg_blank_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`postgres` is the server's own: refused before anything is written."""
    with pytest.raises(DomainError) as refused:
        _init(pg_blank_url, "postgres", monkeypatch)
    assert refused.value.code == "server.login_reserved"
    from agencia.db.database import current_revision

    assert current_revision(pg_blank_url) is None  # not even the schema (before migrating)
