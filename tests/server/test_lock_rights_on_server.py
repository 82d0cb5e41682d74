"""security7 F9: `LOCK TABLE … IN ACCESS EXCLUSIVE MODE` needs UPDATE, DELETE or TRUNCATE
on the table itself (a column's UPDATE does not count). The agency's tables only
administrators write — sign-ins and people among them, which every sign-in reads — grant
those to administrators alone; a person updates their own sign-in through column
privileges. The accounts' tables stay lockable by whoever writes them (lock_timeout and
docs/ARCHITECTURE.md say what is left)."""

from __future__ import annotations

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency

ADMINS_ONLY = ("users", "staff", "agency", "account_groups", "exchange_rates", "routing_rules")


@pytest.mark.parametrize("table", ADMINS_ONLY)
@pytest.mark.parametrize("mode", ["ACCESS EXCLUSIVE", "EXCLUSIVE", "SHARE"])
def test_a_person_cannot_lock_the_agencys_tables(
    server_agency: ServerAgency, table: str, mode: str
) -> None:
    with (
        server_agency.connect("alvaro") as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
        conn.transaction(force_rollback=True),
    ):
        conn.execute(f"LOCK TABLE {table} IN {mode} MODE NOWAIT")


def test_a_person_still_signs_in_and_an_administrator_still_writes(
    server_agency: ServerAgency,
) -> None:
    db, actor = server_agency.signed_in("pablo")  # the sign-in stamps its users row
    db.close()
    assert actor.login == "pablo"
    with server_agency.connect("pablo") as conn:
        assert conn.execute(
            "UPDATE users SET last_sign_in = now() WHERE login = session_user RETURNING login"
        ).fetchone() == ("pablo",)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # F1, by privilege too
            conn.execute("UPDATE users SET staff_id = staff_id WHERE login = session_user")
    with (
        server_agency.connect("admin", ADMIN_PASSWORD) as conn,
        conn.transaction(force_rollback=True),
    ):
        conn.execute("LOCK TABLE users IN ACCESS EXCLUSIVE MODE NOWAIT")
        assert conn.execute("UPDATE staff SET phone = '910 000 000' RETURNING id").fetchall()
