"""A person's own psql session cannot take what the services never give (security7 F7,
F1, F12): a delegation is given by its delegator, a sign-in is the administrator's but
for its stamps, an account's group and lead are a director's or the administrator's.
Each attack runs as the attacker's own server role; the services still do the same
thing for the person allowed to."""

from __future__ import annotations

from datetime import date, timedelta

import psycopg
import pytest
from server_world import ServerAgency
from sqlalchemy import text

from agencia.db.server_agency_tables import NAMED
from agencia.db.server_security import plan
from agencia.services.campaigns.approval_settings import delegate_approvals, revoke_delegation

_DELEGATION = (
    "INSERT INTO approval_delegations (from_staff_id, to_staff_id, starts_on, ends_on,"
    " revoked, reason, created_at, version)"
    " VALUES (%s, %s, current_date - 1, current_date + 30, false, '', now(), 1)"
)


def _count(conn: psycopg.Connection, sql: str) -> int:
    row = conn.execute(sql).fetchone()
    assert row is not None
    return int(row[0])


def test_a_trainee_cannot_give_himself_a_directors_delegation(
    server_agency: ServerAgency,
) -> None:
    """F7: the receiver wrote the delegation and read (and decided) as the director."""
    staff = server_agency.agency.staff
    with server_agency.connect("pablo") as pablo:
        seen = _count(pablo, "SELECT count(*) FROM accounts")
        for giver in ("lucia", "javier"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                pablo.execute(_DELEGATION, (staff[giver], staff["pablo"]))
        assert _count(pablo, "SELECT count(*) FROM accounts") == seen
    refused = pytest.raises(psycopg.errors.InsufficientPrivilege)
    with server_agency.connect("marta") as marta, refused:  # a giver, not to another role
        marta.execute(_DELEGATION, (staff["marta"], staff["pablo"]))


def test_a_delegation_is_revoked_for_good_and_its_dates_stay(
    server_agency: ServerAgency,
) -> None:
    """F7: the receiver brought a revoked, expired delegation back; now neither the
    receiver nor the giver can, and the giver's service still gives and revokes."""
    staff = server_agency.agency.staff
    db, lucia = server_agency.signed_in("lucia")
    try:
        today = date.today()
        given = delegate_approvals(db, lucia, staff["andres"], today, today + timedelta(days=7))
        with server_agency.connect("andres") as andres:
            reach = _count(andres, "SELECT count(*) FROM accounts")
            assert reach > 1  # Lucía's accounts besides his own
            taken = andres.execute(
                "UPDATE approval_delegations SET ends_on = '2099-12-31' WHERE id = %s",
                (given.id,),
            )
            assert taken.rowcount == 0
        refused = pytest.raises(psycopg.errors.InsufficientPrivilege)
        with server_agency.connect("lucia") as conn, refused:
            conn.execute(
                "UPDATE approval_delegations SET ends_on = '2099-12-31', to_staff_id = %s"
                " WHERE id = %s",
                (staff["marta"], given.id),
            )
        revoke_delegation(db, lucia, given.id, given.version)
    finally:
        db.close()
    for login in ("andres", "lucia"):
        with server_agency.connect(login) as conn:
            try:
                back = conn.execute(
                    "UPDATE approval_delegations SET revoked = false WHERE id = %s", (given.id,)
                )
                assert back.rowcount == 0
            except psycopg.errors.InsufficientPrivilege:
                pass
    with server_agency.connect("andres") as andres:
        assert _count(andres, "SELECT count(*) FROM accounts") < reach


def test_a_person_cannot_point_their_sign_in_at_someone_else(
    server_agency: ServerAgency,
) -> None:
    """F1: `update users set staff_id = …` made a trainee the account manager."""
    staff = server_agency.agency.staff
    with server_agency.connect("pablo") as pablo:
        for change in (
            f"staff_id = {staff['javier']}",
            "login = 'otro'",
            "active = false",
            "must_change_password = true",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                pablo.execute(f"UPDATE users SET {change} WHERE login = session_user")
        assert pablo.execute("SELECT agencia_me()").fetchone() == (staff["pablo"],)
        stamped = pablo.execute(
            "UPDATE users SET last_sign_in = now(), version = version + 1"
            " WHERE login = session_user"
        )
        assert stamped.rowcount == 1
    db, _ = server_agency.signed_in("pablo")  # the sign-in stamps its own row
    db.close()
    with server_agency.owner.reader.connect() as conn:
        signed = conn.execute(
            text("SELECT last_sign_in FROM users WHERE login = 'pablo'")
        ).scalar_one()
    assert signed is not None


def test_an_executive_cannot_move_his_account_to_another_group_or_lead(
    server_agency: ServerAgency,
) -> None:
    """F12: an executive on the account's team changed its group and lead by psql; a
    new account of his goes to his own group, led by himself."""
    a, s, g = (
        server_agency.agency.accounts,
        server_agency.agency.staff,
        server_agency.agency.groups,
    )
    with server_agency.connect("alvaro") as alvaro:
        for change in (
            f"group_id = {g['servicios']}, lead_executive_id = {s['raul']}",
            f"lead_executive_id = {s['laura']}",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                alvaro.execute(f"UPDATE accounts SET {change} WHERE id = {a['coca']}")
        for group, lead in ((g["servicios"], s["alvaro"]), (g["consumo"], s["laura"])):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                alvaro.execute(
                    "INSERT INTO accounts (legal_name, trade_name, tax_id, country, group_id,"
                    " lead_executive_id) VALUES ('X SA', 'X', '', 'ES', %s, %s)",
                    (group, lead),
                )
        edited = alvaro.execute(f"UPDATE accounts SET phone = '+34 600' WHERE id = {a['coca']}")
        assert edited.rowcount == 1


def test_a_director_still_reassigns_her_groups_account(server_agency: ServerAgency) -> None:
    from agencia.services.accounts.queries import get_account
    from agencia.services.agency.hierarchy import reassign_account

    a, s = server_agency.agency.accounts, server_agency.agency.staff
    db, lucia = server_agency.signed_in("lucia")
    try:
        detail = get_account(db, lucia, a["coca"])
        reassign_account(db, lucia, a["coca"], s["laura"], detail.version)
        assert get_account(db, lucia, a["coca"]).lead_executive_id == s["laura"]
    finally:
        db.close()


def test_every_agency_table_has_its_own_rule(server_agency: ServerAgency) -> None:
    """A table of no account says who writes it (server_agency_tables); else only the
    administrator does, never "every person" (F3)."""
    with server_agency.owner.reader.connect() as conn:
        agency_tables = {p.name for p in plan(conn) if p.account is None}
        loose = {p.name for p in plan(conn) if p.loose}
    assert agency_tables <= NAMED, agency_tables - NAMED
    # rows that may have no account: only where the services write one (F14)
    assert loose == {
        "audit_events",
        "documents",
        "improvement_actions",
        "sla_policies",
        "vendor_ratings",
    }
