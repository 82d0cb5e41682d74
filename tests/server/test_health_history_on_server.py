"""The account health kept day by day, on a secured server: whoever sees an account
keeps its health through their own connection; what they do not see they can neither
read nor write, whatever SQL they type (row-level security on account_health_history)."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from server_world import ServerAgency

from agencia.services.satisfaction.health_history import health_history, record_health


def test_each_person_keeps_and_reads_the_health_of_what_they_see(
    server_agency: ServerAgency,
) -> None:
    a = server_agency.agency.accounts
    db, pablo = server_agency.signed_in("pablo")  # the trainee: Coca-Cola's team only
    try:
        assert record_health(db, pablo, date.today()) == 1
        assert {p.account_id for p in health_history(db, pablo)} == {a["coca"]}
    finally:
        db.close()
    db, lucia = server_agency.signed_in("lucia")  # her group
    try:
        kept = record_health(db, lucia, date.today())
        assert kept >= 2 and a["coca"] in {p.account_id for p in health_history(db, lucia)}
    finally:
        db.close()
    with server_agency.connect("pablo") as conn:
        seen = {r[0] for r in conn.execute("SELECT account_id FROM account_health_history")}
        assert seen == {a["coca"]}
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO account_health_history (account_id, computed_on, reasons) "
                f"VALUES ({a['loreal']}, DATE '2026-11-21', '[]')"
            )
