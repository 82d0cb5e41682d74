"""explore10: a campaign's task dependencies and an account's kept health, held by the
server as the services write them, whatever SQL a person types in their own session.

Pablo (a trainee on Coca-Cola's team, who may log contacts but not plan tasks) could
link, re-link and unlink the campaign's tasks, and close a cycle (task 1 after 4, 4
after 1) that sent the task list into an endless walk; he could also set today's
health of Coca-Cola to a score of 1 read as healthy and add health for days long gone.
Álvaro, who plans the campaign, links tasks through the services and by hand, but not
into a cycle nor across campaigns; his improvement action dated back keeps its day."""

from __future__ import annotations

from datetime import date, timedelta

import psycopg
import pytest
from server_world import ServerAgency, _campaign
from sqlalchemy import text

from agencia.services.coordination.tasks import TaskInput, add_task
from agencia.services.satisfaction.health_history import record_health
from agencia.services.satisfaction.improvements import ActionInput, open_action

refused = psycopg.errors.InsufficientPrivilege


def _tasks(server_agency: ServerAgency, campaign: str, n: int) -> list[int]:
    """`n` tasks of the campaign, the first waiting for none, written by Álvaro."""
    db, alvaro = server_agency.signed_in("alvaro")
    start = date.today()
    try:
        return [
            add_task(
                db,
                alvaro,
                server_agency.campaigns[campaign],
                TaskInput(f"Tarea {i}", start + timedelta(i), start + timedelta(i + 1)),
            ).id
            for i in range(n)
        ]
    finally:
        db.close()


def _links(server_agency: ServerAgency) -> set[tuple[int, int]]:
    with server_agency.owner.reader.connect() as conn:
        sql = "SELECT task_id, depends_on_id FROM task_dependencies"
        return {(t, d) for t, d in conn.execute(text(sql)).tuples()}


_LINK = "INSERT INTO task_dependencies (task_id, depends_on_id, lag_days) VALUES (%s, %s, 0)"


def test_only_a_planner_links_tasks_and_never_into_a_cycle(server_agency: ServerAgency) -> None:
    one, two, three, four = _tasks(server_agency, "coca", 4)
    with server_agency.connect("alvaro") as conn:
        conn.execute(_LINK, (two, one))
        conn.execute(_LINK, (three, two))
        conn.execute(_LINK, (four, three))
    with server_agency.connect("pablo") as conn:  # he sees them, as the services show them
        seen = conn.execute("SELECT count(*) FROM task_dependencies").fetchone()
        assert seen == (3,)
        for sql, args in (
            (_LINK, (four, one)),
            ("UPDATE task_dependencies SET lag_days = 3 WHERE task_id = %s", (two,)),
            ("DELETE FROM task_dependencies WHERE task_id = %s", (four,)),
        ):
            with pytest.raises(refused), conn.transaction():
                conn.execute(sql, args)
    with server_agency.connect("alvaro") as conn:
        for cycle in ((one, four), (one, two), (two, three)):  # 1 after 4, 1 after 2, …
            with pytest.raises(refused), conn.transaction():
                conn.execute(_LINK, cycle)
        with pytest.raises(refused), conn.transaction():  # 4 after 3 made 1 after 3
            conn.execute(
                "UPDATE task_dependencies SET task_id = %s WHERE task_id = %s", (one, four)
            )
        with pytest.raises(refused), conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            conn.execute(_LINK, (four, one))
        conn.execute(_LINK, (four, one))  # a shortcut, no cycle
    assert _links(server_agency) == {(two, one), (three, two), (four, three), (four, one)}


def test_no_link_across_campaigns(server_agency: ServerAgency) -> None:
    (coca,) = _tasks(server_agency, "coca", 1)
    a, s = server_agency.agency.accounts, server_agency.agency.staff
    second = _campaign(server_agency.owner, a["coca"], s["alvaro"], "COCA-2")
    with server_agency.owner.writer.begin() as conn:  # his other campaign's
        other = conn.execute(
            text(
                "INSERT INTO tasks (campaign_id, title, description, start_on, due_on,"
                " estimated_hours, status, version, created_at) SELECT :c, 'Otra', '',"
                " start_on, due_on, 0, status, 1, now() FROM tasks WHERE id = :id RETURNING id"
            ),
            {"c": second, "id": coca},
        ).scalar_one()
    with server_agency.connect("alvaro") as conn, pytest.raises(refused):
        conn.execute(_LINK, (coca, other))
    assert _links(server_agency) == set()


def _health(server_agency: ServerAgency) -> dict[date, tuple[int | None, str | None]]:
    coca = server_agency.agency.accounts["coca"]
    with server_agency.owner.reader.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT computed_on, score, band FROM account_health_history WHERE account_id = :a"
            ),
            {"a": coca},
        ).tuples()
        return {d: (s, b) for d, s, b in rows}


def test_no_made_up_health(server_agency: ServerAgency) -> None:
    coca = server_agency.agency.accounts["coca"]
    today = date.today()
    db, pablo = server_agency.signed_in("pablo")
    try:
        assert record_health(db, pablo, today) == 1  # the services' write passes
    finally:
        db.close()
    with server_agency.owner.writer.begin() as conn:  # as a computation found it
        conn.execute(
            text(
                "UPDATE account_health_history SET score = 80, band = 'healthy'"
                " WHERE account_id = :a"
            ),
            {"a": coca},
        )
    past = today - timedelta(days=30)
    with server_agency.connect("pablo") as conn:
        for sql in (
            "UPDATE account_health_history SET score = 1",
            "INSERT INTO account_health_history (account_id, computed_on, score, band,"
            f" reasons) VALUES ({coca}, DATE '{past}', 12, 'at_risk', '[]')",
        ):
            with pytest.raises(refused), conn.transaction():
                conn.execute(sql)
        conn.execute("UPDATE account_health_history SET score = 75")  # still healthy
    db, alvaro = server_agency.signed_in("alvaro")  # an action dated back keeps its day
    try:
        open_action(
            db,
            alvaro,
            ActionInput(
                account_id=coca,
                dimension="Empatía",
                title="Llamar cada semana",
                owner_id=server_agency.agency.staff["alvaro"],
                opened_gap=-1.5,
                opened_on=past,
                due_on=today + timedelta(days=14),
            ),
        )
    finally:
        db.close()
    kept = _health(server_agency)
    assert set(kept) == {today, past} and kept[today] == (75, "healthy")
