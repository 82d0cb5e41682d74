"""Rows whose account is their parent's (a task's dependency: its task's campaign's),
read and written at a psql prompt as the person: the parent is read in the policy under
its own row-level security (agencia.db.server_tables.RowPath), through two parents here,
and no table's policy comes back to itself (PostgreSQL's "infinite recursion")."""

from __future__ import annotations

import psycopg
import pytest
from server_world import PEOPLE, ServerAgency
from sqlalchemy import text

from agencia.db.server_tables import _ANY_WORK as ANY_WORK
from agencia.db.server_tables import ACCOUNT_CHANGES, ACCOUNT_REMOVES, ACCOUNT_WRITES, plan
from agencia.domain.enums import Role
from agencia.domain.permissions import Action, scope_for

_TASK = (
    "INSERT INTO tasks (campaign_id, title, description, start_on, due_on, estimated_hours,"
    " status, created_at, version) VALUES (:c, :t, '', DATE '2026-03-02', DATE '2026-03-06',"
    " 4, 'todo', now(), 1) RETURNING id"
)


@pytest.mark.parametrize("login", PEOPLE)
def test_every_table_is_read_as_the_person(server_agency: ServerAgency, login: str) -> None:
    with server_agency.owner.reader.connect() as owner:
        tables = [p.name for p in plan(owner) if p.account is not None]
    with server_agency.connect(login) as conn:
        for table in tables:
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()


def test_a_dependency_is_written_by_who_works_on_its_tasks_campaign(
    server_agency: ServerAgency,
) -> None:
    coca = server_agency.campaigns["coca"]
    with server_agency.owner.writer.begin() as owner:
        first, then = (
            owner.execute(text(_TASK), {"c": coca, "t": title}).scalar_one()
            for title in ("Guion", "Rodaje")
        )
    add = "INSERT INTO task_dependencies (task_id, depends_on_id, lag_days) VALUES (%s, %s, 0)"
    count = "SELECT count(*) FROM task_dependencies"
    with (
        server_agency.connect("raul") as raul,  # Servicios: not Coca-Cola's
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        raul.execute(add, [then, first])
    with server_agency.connect("alvaro") as alvaro:  # Coca-Cola's lead executive
        alvaro.execute(add, [then, first])
        changed = alvaro.execute(
            "UPDATE task_dependencies SET lag_days = 2 WHERE task_id = %s", [then]
        )
        assert changed.rowcount == 1 and alvaro.execute(count).fetchone() == (1,)
    with server_agency.connect("pablo") as pablo:  # on the team: reads it
        assert pablo.execute(count).fetchone() == (1,)
    with server_agency.connect("raul") as raul:
        assert raul.execute(count).fetchone() == (0,)
        for statement in (
            "UPDATE task_dependencies SET lag_days = 9",
            "DELETE FROM task_dependencies",
        ):
            assert raul.execute(statement).rowcount == 0


def test_whoever_may_write_a_row_reads_its_parents() -> None:
    """A row is written only where its parent can be read: every action that writes an
    account's rows reaches no further than reading them (a child's write check reads
    the parent under its own row-level security, which must not refuse what the role
    table allows)."""
    named = (ACCOUNT_WRITES, ACCOUNT_CHANGES, ACCOUNT_REMOVES)
    writing = {a for d in named for v in d.values() for a in v} | set(ANY_WORK)
    wider = [
        (role, action)
        for role in Role
        for action in writing
        if int(scope_for(role, action)) > int(scope_for(role, Action.SEE_ACCOUNTS))
    ]
    assert wider == []
