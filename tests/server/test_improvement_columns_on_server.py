"""An improvement action is changed on the server only as the services change it
(services.satisfaction.improvements, improvement_tasks): closed once, with its day and
gap, and linked to its task once. Álvaro manages Coca-Cola's improvements, yet in his
own psql session he rewrites neither what was proposed (the dimension, the gap it
opened with, when it was opened or written) nor whose it is, nor reopens a closed one;
the services still link its task and close it, as his own server role."""

from __future__ import annotations

from datetime import date, timedelta

import psycopg
import pytest
from server_world import ServerAgency
from sqlalchemy import text

from agencia.domain.satisfaction_enums import ActionStatus
from agencia.services.satisfaction.improvement_tasks import task_from_improvement
from agencia.services.satisfaction.improvements import ActionInput, close_action, open_action

_AS_OPENED = (
    "SELECT dimension, title, owner_id, opened_on, opened_gap, created_at, account_id"
    " FROM improvement_actions WHERE id = :i"
)
_REWRITES = (
    "created_at = now() - interval '1 year'",
    "opened_on = current_date - 90",
    "dimension = 'Creatividad'",
    "opened_gap = 0.1",
    "title = 'Otra cosa'",
    "due_on = current_date + 365",
    "account_id = NULL",
)


def _owner_row(server_agency: ServerAgency, sql: str, **params: object) -> tuple[object, ...]:
    with server_agency.owner.reader.connect() as conn:
        return tuple(conn.execute(text(sql), params).one())


def _refused(conn: psycopg.Connection, statement: str, *args: object) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement, args)


def test_what_was_proposed_stays_and_the_services_still_close_it(
    server_agency: ServerAgency,
) -> None:
    staff, coca = server_agency.agency.staff, server_agency.agency.accounts["coca"]
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        data = ActionInput(
            "Empatía",
            "Llamar cada semana",
            staff["alvaro"],
            date.today() + timedelta(days=14),
            -1.5,
            coca,
        )
        opened = open_action(db, alvaro, data).id
        before = _owner_row(server_agency, _AS_OPENED, i=opened)
        with server_agency.connect("alvaro") as conn:
            for change in _REWRITES:
                _refused(conn, f"UPDATE improvement_actions SET {change} WHERE id = %s", opened)
            _refused(  # whose it is: handed over by the people's manager only
                conn,
                "UPDATE improvement_actions SET owner_id = %s WHERE id = %s",
                staff["laura"],
                opened,
            )
            _refused(  # a closing is the service's: a day, and only done or cancelled
                conn,
                "UPDATE improvement_actions SET status = 'done' WHERE id = %s",
                opened,
            )
        assert _owner_row(server_agency, _AS_OPENED, i=opened) == before
        task = task_from_improvement(db, alvaro, opened, server_agency.campaigns["coca"]).id
        closed = close_action(db, alvaro, opened, ActionStatus.CANCELLED)
    finally:
        db.close()
    sql = "SELECT status, closed_on, task_id FROM improvement_actions WHERE id = :i"
    assert _owner_row(server_agency, sql, i=opened) == ("cancelled", date.today(), task)
    assert _owner_row(server_agency, _AS_OPENED, i=opened) == before
    with server_agency.connect("alvaro") as conn:
        _refused(  # closed for good, its task linked once
            conn,
            "UPDATE improvement_actions SET status = 'open', closed_on = NULL WHERE id = %s",
            opened,
        )
        _refused(conn, "UPDATE improvement_actions SET task_id = NULL WHERE id = %s", opened)
        _refused(conn, "UPDATE improvement_actions SET closing_gap = 0 WHERE id = %s", opened)
    sql = "SELECT version, status FROM improvement_actions WHERE id = :i"
    assert _owner_row(server_agency, sql, i=opened) == (closed.version, "cancelled")
