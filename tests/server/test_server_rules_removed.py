"""Migration 0008's downgrade (`server_security.remove`) takes the server's rules away
whole on a database `db init` set up: the settings table's trigger that gives a new
sign-in CONNECT (server_database_access, added later) went on calling its function, so
dropping the functions failed and the downgrade with it."""

from __future__ import annotations

from server_world import ServerAgency
from sqlalchemy import text

from agencia.db import server_security

_TRIGGERS = text(
    "SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass('agencia_settings') "
    "AND NOT tgisinternal"
)
_FUNCTIONS = text(
    "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
    "WHERE n.nspname = 'public' AND p.proname LIKE 'agencia%' "
    "AND p.proname <> 'agencia_append_only'"
)


def test_taking_the_rules_away_takes_the_settings_trigger_too(
    server_agency: ServerAgency,
) -> None:
    with server_agency.owner.writer.connect() as conn, conn.begin() as transaction:
        assert list(conn.execute(_TRIGGERS).scalars()) == ["agencia_settings_connect"]
        server_security.remove(conn)
        triggers, functions = list(conn.execute(_TRIGGERS)), list(conn.execute(_FUNCTIONS))
        transaction.rollback()
    assert triggers == [] and functions == []
