"""Every enum column refuses a value the app does not know, on the server (explore9 H1):
Pablo, a trainee on Coca-Cola's team, in his own psql session, logs a contact whose
delivery is 'none' — before, the server took it and every reader of the account then
failed with «Error interno: LookupError»; now the server refuses it. The checks come
from the models' Enum types (every one of them), `db upgrade` adds them to an older
agency and says which table and column hold a value the app does not know."""

from __future__ import annotations

import psycopg
import pytest
from server_world import ServerAgency
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from agencia.db import server_security
from agencia.db.database import upgrade_database
from agencia.db.server_enum_checks import constraint_name, enum_columns
from agencia.domain.errors import DatabaseRefused

_CONTACT = (
    "INSERT INTO communications (account_id, channel, direction, contact_ids, addresses,"
    " staff_id, subject, summary, occurred_at, their_zone, delivery, confirmation,"
    " message_id, in_reply_to, document_sha256) VALUES (%s, 'email', 'outbound', '[]', '[]',"
    " %s, 'x', 'y', now(), 'Europe/Madrid', %s, '{}', '', '', '') RETURNING id"
)


def _log(conn: psycopg.Connection, account: int, staff: int, delivery: str) -> None:
    with conn.transaction():
        row = conn.execute(_CONTACT, (account, staff, delivery)).fetchone()
        assert row is not None
        conn.execute(
            "INSERT INTO audit_events (entity, entity_id, account_id, action, summary, changes)"
            " VALUES ('communication', %s, %s, 'create', 'x', '{}')",
            (row[0], account),
        )


def _checks(server_agency: ServerAgency) -> set[str]:
    with server_agency.owner.reader.connect() as conn:
        return set(
            conn.execute(
                text(
                    "SELECT conname FROM pg_constraint c JOIN pg_namespace n"
                    " ON n.oid = c.connamespace WHERE n.nspname = 'public' AND c.contype = 'c'"
                    " AND conname LIKE 'agencia_enum_%'"
                )
            ).scalars()
        )


def test_a_trainee_cannot_log_a_contact_with_an_unknown_delivery(
    server_agency: ServerAgency,
) -> None:
    staff, coca = server_agency.agency.staff, server_agency.agency.accounts["coca"]
    with server_agency.connect("pablo") as pablo:
        with pytest.raises(psycopg.errors.CheckViolation, match="delivery"):
            _log(pablo, coca, staff["pablo"], "none")
        _log(pablo, coca, staff["pablo"], "not_applicable")  # a known one is taken


def test_every_enum_column_of_the_models_has_its_check(server_agency: ServerAgency) -> None:
    columns = enum_columns()
    assert ("communications", "delivery") in {(t, c) for t, c, _ in columns}
    assert len(columns) >= 30
    assert _checks(server_agency) == {constraint_name(*column) for column in columns}


def test_db_upgrade_adds_the_checks_once_and_names_a_bad_column(
    server_agency: ServerAgency,
) -> None:
    """An older agency (no checks) gets them; a second upgrade changes nothing; a row
    holding an unknown value stops the upgrade naming its table and column."""
    name = constraint_name(
        "accounts",
        "status",
        next(v for t, c, v in enum_columns() if (t, c) == ("accounts", "status")),
    )
    before = _checks(server_agency)
    with server_agency.owner.writer.begin() as conn:
        for check in before:
            table = conn.execute(
                text("SELECT conrelid::regclass::text FROM pg_constraint WHERE conname = :n"),
                {"n": check},
            ).scalar_one()
            conn.execute(text(f"ALTER TABLE {table} DROP CONSTRAINT {check}"))
    assert _checks(server_agency) == set()
    for _ in range(2):
        with server_agency.owner.writer.begin() as conn:
            server_security.apply(conn)
        assert _checks(server_agency) == before
    with server_agency.owner.writer.begin() as conn:
        conn.execute(text(f"ALTER TABLE accounts DROP CONSTRAINT {name}"))
        conn.execute(
            text("UPDATE accounts SET status = 'gone' WHERE id = :a"),
            {"a": server_agency.agency.accounts["coca"]},
        )
    refused = pytest.raises(DBAPIError, match=r"accounts\.status.*'gone'")
    with refused, server_agency.owner.writer.begin() as conn:
        server_security.apply(conn)
    with pytest.raises(DatabaseRefused) as said:  # `agencia db upgrade`, in words
        upgrade_database(server_agency.owner.url)
    assert said.value.code == "db.unknown_values"
    assert said.value.params == {"column": "accounts.status", "values": "'gone'"}
