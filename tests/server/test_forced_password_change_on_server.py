"""A forced password change ends only with a new password (the owner's
`agencia_change_own_password`) or by an administrator, never by the person clearing
the flag of their own sign-in with raw SQL."""

from __future__ import annotations

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency

from agencia.domain.errors import DomainError
from agencia.services.people.sign_ins import change_password, reset_password

RESET = "otra frase larga del admin"
MINE = "mi frase nueva y mía"


def _forced(agency: ServerAgency, login: str) -> bool:
    with agency.owner.writer.connect() as owner:
        return bool(
            owner.exec_driver_sql(
                "SELECT must_change_password FROM users WHERE login = %(l)s", {"l": login}
            ).scalar()
        )


def _reset(agency: ServerAgency, login: str) -> None:
    db, admin = agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        reset_password(db, admin, login, RESET)
    finally:
        db.close()
    assert _forced(agency, login)


@pytest.mark.parametrize(
    "attack",
    [
        "UPDATE users SET must_change_password = false WHERE login = session_user",
        "UPDATE users SET must_change_password = false, last_sign_in = now() "
        "WHERE login = session_user",
    ],
)
def test_a_person_cannot_clear_their_own_forced_change(
    server_agency: ServerAgency, attack: str
) -> None:
    _reset(server_agency, "pablo")
    with (
        server_agency.connect("pablo", RESET) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="forced password change"),
    ):
        conn.execute(attack)
    assert _forced(server_agency, "pablo")


def test_the_persons_new_password_ends_it(server_agency: ServerAgency) -> None:
    _reset(server_agency, "laura")
    with pytest.raises(DomainError) as asked:
        server_agency.signed_in("laura", RESET)
    assert asked.value.code == "auth.password_change_required"
    change_password(server_agency.owner, "laura", RESET, MINE)
    assert not _forced(server_agency, "laura")
    db, actor = server_agency.signed_in("laura", MINE)
    db.close()
    assert actor.login == "laura"
    with pytest.raises(DomainError):  # the reset password no longer opens
        server_agency.signed_in("laura", RESET)


def test_the_owners_function_takes_only_a_verifier_from_a_person(
    server_agency: ServerAgency,
) -> None:
    _reset(server_agency, "pablo")
    with (
        server_agency.connect("pablo", RESET) as conn,
        pytest.raises(psycopg.errors.InvalidParameterValue),
    ):
        conn.execute("SELECT agencia_change_own_password('plain text')")
    assert _forced(server_agency, "pablo")


def test_an_administrator_still_clears_it(server_agency: ServerAgency) -> None:
    _reset(server_agency, "raul")
    with server_agency.connect("admin", ADMIN_PASSWORD) as conn:
        conn.execute("UPDATE users SET must_change_password = false WHERE login = 'raul'")
    assert not _forced(server_agency, "raul")
