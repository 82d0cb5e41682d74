"""Each person connects as themselves: their own server role and password, checked and
kept by the server; disabling a sign-in disables the role and ends its sessions."""

from __future__ import annotations

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import PASSWORD, ServerAgency

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.errors import DomainError
from agencia.domain.models import User
from agencia.services import auth
from agencia.services.people.sign_ins import change_password, reset_password, set_user_active


def test_signing_in_connects_as_the_person(server_agency: ServerAgency) -> None:
    db, actor = server_agency.signed_in("alvaro")
    try:
        assert actor.login == "alvaro"
        assert db.url.username == "alvaro"  # the workstation's URL held no password
        with db.writer.connect() as conn:
            assert conn.exec_driver_sql("SELECT session_user").scalar() == "alvaro"
    finally:
        db.close()


def test_a_wrong_password_is_refused_by_the_server(server_agency: ServerAgency) -> None:
    for login, password in (("alvaro", "no-es-la-buena"), ("nadie", PASSWORD)):
        with pytest.raises(DomainError) as refused:
            server_agency.signed_in(login, password)
        assert refused.value.code == "auth.failed"


def test_no_password_hash_is_kept_in_a_table(server_agency: ServerAgency) -> None:
    with server_agency.connect("marta") as conn:
        hashes = {row[0] for row in conn.execute("SELECT password_hash FROM users")}
        assert hashes == {""}
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT rolpassword FROM pg_authid")


def test_the_roles_the_server_holds(server_agency: ServerAgency) -> None:
    """Nobody's role is a superuser or has CREATEROLE, the administrator's included
    (on PostgreSQL 15 CREATEROLE made them superuser: security7 F4)."""
    with server_agency.connect("admin", ADMIN_PASSWORD) as conn:
        rows = {
            r[0]: tuple(r[1:])
            for r in conn.execute(
                "SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls "
                "FROM pg_roles WHERE rolname IN ('admin', 'pablo', 'lucia')"
            )
        }
    assert rows == {
        "admin": (False, False, False, False),
        "pablo": (False, False, False, False),
        "lucia": (False, False, False, False),
    }


def test_disabling_a_sign_in_disables_the_role_and_ends_its_sessions(
    server_agency: ServerAgency,
) -> None:
    session = server_agency.connect("laura")
    admin_db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        set_user_active(admin_db, admin, "laura", False)
        with pytest.raises(psycopg.OperationalError):
            session.execute("SELECT 1")
        with pytest.raises(DomainError) as refused:
            server_agency.signed_in("laura")
        assert refused.value.code == "auth.inactive"
        set_user_active(admin_db, admin, "laura", True)
        db, _ = server_agency.signed_in("laura")
        db.close()
    finally:
        session.close()
        admin_db.close()


def test_a_reset_and_the_persons_own_change_reach_the_server(
    server_agency: ServerAgency,
) -> None:
    admin_db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        reset_password(admin_db, admin, "raul", "otra frase larga del admin")
    finally:
        admin_db.close()
    with pytest.raises(DomainError) as asked:
        server_agency.signed_in("raul", "otra frase larga del admin")
    assert asked.value.code == "auth.password_change_required"
    change_password(
        server_agency.owner, "raul", "otra frase larga del admin", "mi frase nueva y mía"
    )
    db, _ = server_agency.signed_in("raul", "mi frase nueva y mía")
    db.close()
    with unit_of_work(server_agency.owner, admin, write=False) as uow:
        user = uow.session.query(User).filter_by(login="raul").one()
        assert (user.must_change_password, user.password_hash) == (False, "")


def test_a_workstation_url_without_a_password_opens_at_sign_in(
    server_agency: ServerAgency,
) -> None:
    """The workstation knows the server and the database only; the server lets nothing
    be read before the person signs in, then the schema is checked and it is theirs."""
    db = open_database(server_agency.url)
    try:
        assert db.needs_sign_in and db.url.password is None
        with pytest.raises(DomainError) as refused:
            auth.sign_in(db, "marta", "no es la suya")
        assert refused.value.code == "auth.failed" and db.needs_sign_in
        marta = auth.sign_in(db, "marta", PASSWORD)
        assert marta.login == "marta" and not db.needs_sign_in
        assert db.url.username == "marta"
    finally:
        db.close()
