"""The trail is append-only by privilege, and who and when are the server's: for every
role, a psql-level session as that person tries what the role table forbids, and the
server refuses each (the owner alone may change the schema)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from psycopg import errors
from server_world import PEOPLE, ServerAgency
from sqlalchemy import func, select

from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Approval, Brief
from agencia.domain.enums import CampaignKind

EVERYONE = ["admin", *PEOPLE]
TRAIL = ("approvals", "campaign_status_changes", "documents", "audit_events")
REFUSED = errors.InsufficientPrivilege  # by privilege, not by a trigger that fires


def _connect(agency: ServerAgency, login: str) -> psycopg.Connection:
    return agency.connect(login, ADMIN_PASSWORD) if login == "admin" else agency.connect(login)


def _refused(conn: psycopg.Connection, statement: str, *params: object) -> None:
    with pytest.raises(REFUSED):
        conn.execute(statement, params or None)


@pytest.mark.parametrize("login", EVERYONE)
def test_nobody_but_the_owner_edits_or_empties_the_trail(
    server_agency: ServerAgency, login: str
) -> None:
    with _connect(server_agency, login) as conn:
        for table in TRAIL:
            _refused(conn, f"UPDATE {table} SET id = id")
            _refused(conn, f"DELETE FROM {table}")
            _refused(conn, f"TRUNCATE {table} CASCADE")
            _refused(conn, f"ALTER TABLE {table} DISABLE TRIGGER ALL")
        _refused(
            conn,
            "CREATE OR REPLACE FUNCTION agencia_append_only() RETURNS trigger AS "
            "$$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql",
        )
        _refused(
            conn,
            "CREATE OR REPLACE FUNCTION agencia_stamp() RETURNS trigger AS "
            "$$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql",
        )
        _refused(
            conn, "CREATE FUNCTION public.now() RETURNS timestamptz AS 'SELECT 1' LANGUAGE sql"
        )
        _refused(conn, "DROP TRIGGER approvals_append_only ON approvals")
    with server_agency.owner.reader.connect() as owner:
        counts = [owner.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in TRAIL]
    assert counts[0] == 2 and counts[1] == 2  # the two campaigns' decisions and moves


@pytest.mark.parametrize("login", EVERYONE)
def test_nobody_changes_their_own_role_or_grants_themselves_more(
    server_agency: ServerAgency, login: str
) -> None:
    me = (
        server_agency.agency.admin.staff_id
        if login == "admin"
        else server_agency.agency.staff[login]
    )
    with _connect(server_agency, login) as conn:
        if login != "admin":  # the role table lets only the administrator manage people
            # (by privilege: only administrators update the staff table at all, F9)
            _refused(conn, "UPDATE staff SET role = 'administrator' WHERE id = %s", me)
            _refused(conn, "INSERT INTO account_groups (name, version) VALUES ('Mía', 1)")
        _refused(conn, f'GRANT agencia_admins TO "{login}"' if login != "admin" else
                 'ALTER ROLE admin SUPERUSER')  # fmt: skip
        _refused(conn, "ALTER ROLE agencia_staff BYPASSRLS")
        _refused(conn, "ALTER TABLE accounts DISABLE ROW LEVEL SECURITY")
        _refused(conn, "DROP POLICY agencia_read ON accounts")
        role = conn.execute("SELECT role FROM staff WHERE id = %s", (me,)).fetchone()
    assert role is not None and (role[0] == "administrator") == (login == "admin")


def test_an_approval_in_someone_elses_name_is_refused(server_agency: ServerAgency) -> None:
    """Marta (supervisor of the group) may decide on Coca-Cola's brief, but only as
    herself; the trainee may not decide at all; a back-dated audit row gets the server's
    clock. (What else an approval must be: tests/server/test_campaign_life_on_server.py.)"""
    s = server_agency.agency.staff
    campaign = server_agency.campaigns["coca"]
    with unit_of_work(server_agency.owner, SYSTEM) as uow:  # Álvaro's brief, version 2
        brief = Brief(
            campaign_id=campaign, number=2, template=CampaignKind.LAUNCH, author_id=s["alvaro"]
        )
        uow.session.add(brief)
        uow.session.flush()
        brief_id = brief.id
        standing = uow.session.scalar(  # the set-up's decision
            select(func.max(Approval.id)).where(Approval.campaign_id == campaign)
        )
    insert = (
        "INSERT INTO approvals (campaign_id, stage, brief_id, subject_number, decision, "
        "comment, required_role, decided_by_id, decided_on, document_sha256, at, "
        "supersedes_id) VALUES (%s, 'brief', %s, 2, 'approved', '', 'account_supervisor', "
        f"%s, '2026-01-06', '', %s, {standing})"
    )
    long_ago = datetime(2001, 1, 1, tzinfo=UTC)
    with server_agency.connect("marta") as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(insert, (campaign, brief_id, s["lucia"], long_ago))
        conn.execute(insert, (campaign, brief_id, None, long_ago))
        found = conn.execute("SELECT decided_by_id, at FROM approvals WHERE brief_id IS NOT NULL")
        rows = found.fetchall()
        assert {r[0] for r in rows} == {s["marta"]}  # who: the session's person
        assert all(r[1] > datetime.now(UTC) - timedelta(minutes=5) for r in rows)  # when
        conn.execute(
            "INSERT INTO audit_events (at, staff_id, login, entity, action, summary, changes) "
            "VALUES (%s, NULL, 'lucia', 'account', 'update', 'x', '{}')",
            (long_ago,),
        )
        at, staff_id, login = conn.execute(
            "SELECT at, staff_id, login FROM audit_events WHERE summary = 'x'"
        ).fetchone() or (None, None, None)
        assert (staff_id, login) == (s["marta"], "marta")
        assert at is not None and at > datetime.now(UTC) - timedelta(minutes=5)
    # a trainee decides nothing
    with server_agency.connect("pablo") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(insert, (campaign, brief_id, s["pablo"], long_ago))
    # nor a director on another group's campaign
    with server_agency.connect("lucia") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(insert, (server_agency.campaigns["andino"], None, s["lucia"], long_ago))
