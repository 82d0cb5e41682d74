"""One owner test on the server (`agencia_owner_session()`): every rule asks it, the
second one an older agency had is dropped by `db upgrade`, and a session that is
neither the owner nor an active person passes no campaign rule (security7 F2)."""

from __future__ import annotations

import psycopg
import pytest
from server_world import ServerAgency

from agencia.db import migrate
from agencia.db.urls import libpq

GHOST = "ghost"  # a role of the server in agencia_staff, with no sign-in behind it


def _functions(agency: ServerAgency, *signatures: str) -> list[bool]:
    with agency.owner.writer.connect() as owner:
        return [
            bool(owner.exec_driver_sql(f"SELECT to_regprocedure('{s}') IS NOT NULL").scalar())
            for s in signatures
        ]


def test_db_upgrade_drops_the_second_owner_test_and_the_old_code_series(
    server_agency: ServerAgency,
) -> None:
    """An agency set up before still has both functions (and triggers that name one)."""
    with server_agency.owner.writer.begin() as owner:
        owner.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION agencia_session_is_owner() RETURNS boolean "
            "LANGUAGE sql AS 'SELECT pg_has_role(session_user, current_user, ''MEMBER'')'"
        )
        owner.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION agencia_last_campaign_code(p_year integer) "
            "RETURNS text LANGUAGE sql AS 'SELECT max(code) FROM campaigns'"
        )
        owner.exec_driver_sql("DROP TRIGGER campaigns_trail_new ON campaigns")
        owner.exec_driver_sql(
            "CREATE CONSTRAINT TRIGGER campaigns_trail_new AFTER INSERT ON campaigns "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NOT agencia_session_is_owner()) "
            "EXECUTE FUNCTION agencia_campaign_trail()"
        )
    old = ("agencia_session_is_owner()", "agencia_last_campaign_code(integer)")
    assert _functions(server_agency, *old) == [True, True]
    for _ in range(2):  # idempotent
        with server_agency.owner.writer.connect() as owner:
            migrate.upgrade(owner)
        assert _functions(server_agency, *old, "agencia_owner_session()") == [False, False, True]
    with server_agency.owner.writer.connect() as owner:
        bodies = owner.exec_driver_sql(
            "SELECT count(*) FROM pg_proc WHERE proname LIKE 'agencia%%' "
            "AND prosrc LIKE '%%session_is_owner%%'"
        ).scalar()
    assert bodies == 0


def test_a_session_that_is_no_person_does_not_pass_the_decision_rule(
    server_agency: ServerAgency,
) -> None:
    """A server role in agencia_staff with no sign-in (one reading past row-level
    security, so that the row reaches the rule) touching only what a decision writes:
    before, `agencia_decision_only` let it through as if it were the owner."""
    coca = server_agency.campaigns["coca"]
    with server_agency.owner.writer.begin() as owner:
        owner.exec_driver_sql(
            f"CREATE ROLE {GHOST} LOGIN PASSWORD 'x' BYPASSRLS IN ROLE agencia_staff"
        )
        database = owner.exec_driver_sql("SELECT current_database()").scalar()
        owner.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO {GHOST}')
        # the column rule refuses it too: set aside, so that this rule alone answers
        owner.exec_driver_sql("ALTER TABLE campaigns DISABLE TRIGGER campaigns_columns")
    try:
        url = server_agency.url.set(username=GHOST, password="x")
        with (
            psycopg.connect(libpq(url), autocommit=True) as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege, match="no active person"),
        ):
            conn.execute("UPDATE campaigns SET updated_at = now() WHERE id = %s", (coca,))
    finally:
        with server_agency.owner.writer.begin() as owner:
            owner.exec_driver_sql("ALTER TABLE campaigns ENABLE TRIGGER campaigns_columns")
            owner.exec_driver_sql(f"DROP OWNED BY {GHOST}")
            owner.exec_driver_sql(f"DROP ROLE {GHOST}")
