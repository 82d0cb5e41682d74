"""The agency keeps an active administrator with a sign-in, on the server too: a
person's transaction that would leave none is refused at commit (with the services'
words when it comes through a unit of work), whoever skips the people services."""

from __future__ import annotations

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import PASSWORD, ServerAgency
from sqlalchemy import text

from agencia.db import server_last_admin
from agencia.db.uow import unit_of_work
from agencia.domain.enums import Role
from agencia.domain.errors import DomainError
from agencia.services.people import last_admin
from agencia.services.people.sign_ins import add_user
from agencia.services.people.staff_edit import StaffInput, add_staff

ADMIN_NAME = "Ana Administradora"


def _admin_id(agency: ServerAgency) -> int:
    with agency.owner.writer.connect() as owner:
        found = owner.exec_driver_sql("SELECT staff_id FROM users WHERE login = 'admin'").scalar()
    assert isinstance(found, int)
    return found


@pytest.mark.parametrize(
    "attack",
    [
        "UPDATE staff SET role = 'account_director' WHERE id = {admin}",
        "UPDATE staff SET active = false WHERE id = {admin}",
        "UPDATE users SET active = false WHERE login = 'admin'",
    ],
)
def test_the_last_administrator_stays_whatever_the_sql(
    server_agency: ServerAgency, attack: str
) -> None:
    admin = _admin_id(server_agency)
    with server_agency.connect("admin", ADMIN_PASSWORD) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused, conn.transaction():
            conn.execute(attack.format(admin=admin))
        assert refused.value.diag.message_hint == "agencia:staff.last_admin"
        assert conn.execute(
            "SELECT s.role::text, s.active, u.active FROM staff s JOIN users u "
            "ON u.staff_id = s.id WHERE s.id = %s",
            (admin,),
        ).fetchone() == ("administrator", True, True)


def test_with_another_administrator_one_may_step_down(server_agency: ServerAgency) -> None:
    db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        other = add_staff(db, admin, StaffInput("Otra Administradora", Role.ADMINISTRATOR))
        add_user(db, admin, "otra", other.id, PASSWORD)
    finally:
        db.close()
    me = _admin_id(server_agency)
    with server_agency.connect("admin", ADMIN_PASSWORD) as conn:
        conn.execute("UPDATE staff SET role = 'account_director' WHERE id = %s", (me,))
    with (  # and now she is the last one
        server_agency.connect("otra") as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("UPDATE users SET active = false WHERE login = 'otra'")


def test_a_unit_of_work_says_it_in_the_services_words(server_agency: ServerAgency) -> None:
    """The services' own check asked first refuses too; past it (a race, raw SQL in a
    unit of work) the server's refusal reads the same."""
    db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        with pytest.raises(DomainError) as refused, unit_of_work(db, admin) as uow:
            uow.session.execute(
                text("UPDATE staff SET role = 'account_director' WHERE id = :i"),
                {"i": _admin_id(server_agency)},
            )
    finally:
        db.close()
    assert (refused.value.code, refused.value.params) == ("staff.last_admin", {"name": ADMIN_NAME})


def test_the_server_and_the_services_take_the_same_lock() -> None:
    assert server_last_admin.LAST_ADMIN_LOCK == last_admin.LAST_ADMIN_LOCK
