"""What each person's server role runs with (`agencia_shape_login`): no JIT, and a
transaction left idle ended by the server.

JIT: PostgreSQL compiles a query it costs high, and row-level security makes people's
plans look costly; a trainee's count of 29,700 task dependencies took 1,183 ms with JIT
and 32 ms without. The idle timeout: a person at a psql prompt who runs `BEGIN; LOCK
TABLE accounts;` (writers may lock what they write; PostgreSQL has no LOCK privilege)
and walks away would otherwise hold every workstation off that table for good.
"""

from __future__ import annotations

import time

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import PASSWORD, PEOPLE, ServerAgency
from sqlalchemy import select, text

from agencia.db import migrate
from agencia.db.server_logins import IDLE_IN_TRANSACTION_TIMEOUT
from agencia.db.uow import unit_of_work
from agencia.domain.models import Account

EVERYONE = {"admin": ADMIN_PASSWORD, **dict.fromkeys(PEOPLE, PASSWORD)}


def _settings(agency: ServerAgency, login: str) -> tuple[str, str]:
    with agency.connect(login, EVERYONE[login]) as conn:
        (jit,) = conn.execute("SHOW jit").fetchone() or ("",)
        (idle,) = conn.execute("SHOW idle_in_transaction_session_timeout").fetchone() or ("",)
    return jit, idle


def test_every_persons_sessions_run_without_jit_and_with_the_idle_timeout(
    server_agency: ServerAgency,
) -> None:
    for login in EVERYONE:
        assert _settings(server_agency, login) == ("off", IDLE_IN_TRANSACTION_TIMEOUT), login
    db, lucia = server_agency.signed_in("lucia")  # the app's own connections too
    try:
        with unit_of_work(db, lucia, write=False) as uow:
            assert uow.session.execute(text("SHOW jit")).scalar() == "off"
    finally:
        db.close()


def _gone(agency: ServerAgency, pid: int) -> bool:
    """Whether the server ended backend `pid` (asked until it has, for at most a minute:
    a guard against a hang, not a measure)."""
    deadline = time.monotonic() + 60
    with agency.owner.reader.connect() as conn:
        while time.monotonic() < deadline:
            alive = conn.execute(
                text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"), {"pid": pid}
            ).scalar()
            conn.rollback()  # a fresh snapshot of the activity each time
            if not alive:
                return True
            time.sleep(0.1)
    return False


def test_a_lock_left_idle_in_a_transaction_is_ended_by_the_server(
    server_agency: ServerAgency,
) -> None:
    """The trainee's session lowers its own timeout to a second (as any session may; the
    role's value is checked above): what the server does when it passes is the point."""
    trainee = server_agency.connect("pablo")
    try:
        trainee.execute("BEGIN")
        trainee.execute("SET LOCAL idle_in_transaction_session_timeout = '1s'")
        trainee.execute("LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE")
        assert _gone(server_agency, trainee.info.backend_pid), "the idle lock was kept"
        with pytest.raises(psycopg.errors.IdleInTransactionSessionTimeout):
            trainee.execute("SELECT 1")  # the session was told why on its way out
    finally:
        trainee.close()
    db, lucia = server_agency.signed_in("lucia")
    try:  # the table is free again for everyone else
        with unit_of_work(db, lucia, write=False) as uow:
            assert uow.session.scalars(select(Account.id)).all()
    finally:
        db.close()


def test_upgrading_from_0026_gives_the_people_already_there_their_settings(
    server_agency: ServerAgency,
) -> None:
    """An agency at revision 0026, whose people's roles were shaped without them: the
    migration itself (not only `db upgrade`'s rules after it) sets them."""
    with server_agency.owner.writer.connect() as owner:
        migrate.downgrade(owner, "0026")
        with owner.begin():
            for login in EVERYONE:
                owner.exec_driver_sql(f'ALTER ROLE "{login}" RESET jit')
                owner.exec_driver_sql(
                    f'ALTER ROLE "{login}" RESET idle_in_transaction_session_timeout'
                )
    assert _settings(server_agency, "pablo") == ("on", "0")
    with server_agency.owner.writer.connect() as owner:
        migrate.upgrade(owner, "0027")
        assert migrate.current(owner) == "0027"
    for login in EVERYONE:
        assert _settings(server_agency, login) == ("off", IDLE_IN_TRANSACTION_TIMEOUT), login
