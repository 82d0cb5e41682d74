"""security7 F9 and the last-administrator race: what one session's locks do to others.

F9: a person's role may `LOCK TABLE … IN ACCESS EXCLUSIVE MODE` (it needs only UPDATE,
which people hold on the accounts' tables; the agency's, sign-ins and people among them,
only administrators may lock) and hold it. That cannot be refused by privilege, so
people's sessions wait at most `LOCK_TIMEOUT` for a lock (their role's setting, the
app's connections included) and are told the database is busy, instead of hanging;
an idle transaction is ended by the server.

The last administrator: two administrators demoting each other at once must leave one.
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency
from sqlalchemy import select, update

from agencia.db.uow import unit_of_work
from agencia.domain.enums import Role
from agencia.domain.errors import DomainError
from agencia.domain.models import Account, Staff
from agencia.services.people.last_admin import keep_an_administrator
from agencia.services.people.staff_edit import edit_staff, input_from_detail
from agencia.services.people.views import get_staff


def test_people_sessions_wait_for_a_lock_only_so_long(server_agency: ServerAgency) -> None:
    with server_agency.connect("pablo") as conn:
        assert conn.execute("SHOW lock_timeout").fetchone() == ("8s",)
        assert conn.execute("SHOW idle_in_transaction_session_timeout").fetchone() == ("2min",)


def test_a_trainees_held_lock_does_not_hang_a_colleagues_window(
    server_agency: ServerAgency,
) -> None:
    db, lucia = server_agency.signed_in("lucia")
    trainee = server_agency.connect("pablo")
    outcome: list[BaseException | object] = []

    def read() -> None:
        try:
            with unit_of_work(db, lucia, write=False) as uow:  # as every screen reads
                outcome.append(uow.session.scalars(select(Account.id)).all())
        except BaseException as exc:
            outcome.append(exc)

    try:
        trainee.execute("BEGIN")
        trainee.execute("LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE")  # cannot be refused
        reader = threading.Thread(target=read, daemon=True)
        started = time.monotonic()
        reader.start()
        reader.join(30)
        assert not reader.is_alive(), "the colleague's read hung behind the trainee's lock"
        assert time.monotonic() - started < 20
    finally:
        trainee.close()  # the trainee's session ends: the lock goes
        db.close()
    refused = outcome[0]
    assert isinstance(refused, DomainError), refused
    assert refused.code == "db.server_busy_read", refused.code


def test_signing_in_behind_a_held_lock_fails_in_time_with_a_message(
    server_agency: ServerAgency,
) -> None:
    """Sign-in reads users and staff: locked (by an administrator: nobody else may lock
    them, test_lock_rights_on_server), it is refused, not hung."""
    trainee = server_agency.connect("admin", ADMIN_PASSWORD)
    outcome: list[BaseException | object] = []

    def sign_in() -> None:
        try:
            db, _actor = server_agency.signed_in("lucia")
            db.close()
            outcome.append("signed in")
        except BaseException as exc:
            outcome.append(exc)

    try:
        trainee.execute("BEGIN")
        trainee.execute("LOCK TABLE users, staff IN ACCESS EXCLUSIVE MODE")
        signing = threading.Thread(target=sign_in, daemon=True)
        signing.start()
        signing.join(30)
        assert not signing.is_alive(), "the sign-in hung behind the trainee's lock"
    finally:
        trainee.close()
    assert isinstance(outcome[0], DomainError), outcome[0]
    assert outcome[0].code == "db.server_busy_read", outcome[0].code


def _make_andres_admin(server: ServerAgency) -> None:
    staff = server.agency.staff
    admin_db, admin = server.signed_in("admin", ADMIN_PASSWORD)
    try:
        detail = get_staff(admin_db, admin, staff["andres"])
        edit_staff(
            admin_db,
            admin,
            staff["andres"],
            replace(input_from_detail(detail), role=Role.ADMINISTRATOR),
        )
    finally:
        admin_db.close()


def test_two_administrators_demoting_each_other_at_once_leave_one(
    server_agency: ServerAgency,
) -> None:
    _make_andres_admin(server_agency)
    andres_id = server_agency.agency.staff["andres"]
    admin_db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    andres_db, andres = server_agency.signed_in("andres")
    admin_id = admin.staff_id
    assert admin_id is not None
    second: list[BaseException | None] = []

    def andres_demotes_admin() -> None:
        try:
            with unit_of_work(andres_db, andres) as uow:
                keep_an_administrator(uow, admin_id)
                uow.session.execute(
                    update(Staff).where(Staff.id == admin_id).values(role=Role.ACCOUNT_DIRECTOR)
                )
            second.append(None)
        except BaseException as exc:
            second.append(exc)

    try:
        with unit_of_work(admin_db, admin) as uow:  # the admin demotes Andrés, not yet committed
            keep_an_administrator(uow, andres_id)
            uow.session.execute(
                update(Staff).where(Staff.id == andres_id).values(role=Role.ACCOUNT_DIRECTOR)
            )
            other = threading.Thread(target=andres_demotes_admin, daemon=True)
            other.start()
            other.join(2)
            assert other.is_alive(), "both guards passed at once (write skew)"
        other.join(20)
        assert not other.is_alive()
    finally:
        admin_db.close()
        andres_db.close()
    refused = second[0]
    assert isinstance(refused, DomainError) and refused.code == "staff.last_admin", refused
    with server_agency.owner.reader.connect() as conn:
        admins = conn.exec_driver_sql(
            "SELECT count(*) FROM staff WHERE role = 'administrator' AND active"
        ).scalar()
    assert admins == 1


@pytest.mark.parametrize("table", ["accounts", "users", "staff", "campaigns"])
def test_people_may_not_truncate(server_agency: ServerAgency, table: str) -> None:
    import psycopg

    with (
        server_agency.connect("pablo") as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(f"TRUNCATE {table}")
