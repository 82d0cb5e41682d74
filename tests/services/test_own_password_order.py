"""A person changing their own password proves the current one first: a wrong one is
said as such («Usuario o contraseña incorrectos»), never the new one's rules first (which
would answer a guesser before the password they guessed was checked)."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency

from agencia.db.database import Database
from agencia.domain.errors import DomainError, ValidationError
from agencia.services.people import sign_ins

TEMPORARY = "una-clave-provisional"


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    agency = small_agency(sqlite_db)
    sign_ins.add_user(sqlite_db, agency.admin, "tomas", agency.staff["laura"], TEMPORARY)
    return agency


@pytest.mark.parametrize(
    "new",
    ["newtomas-xxxx1", "corta", "equivocada-del-todo"],  # holds the login, too short, = typed
)
def test_a_wrong_current_password_is_said_before_anything_about_the_new(
    agency: Agency, new: str
) -> None:
    with pytest.raises(DomainError) as refused:
        sign_ins.change_password(agency.db, "tomas", "equivocada-del-todo", new)
    assert not isinstance(refused.value, ValidationError)
    assert refused.value.code == "auth.failed"


def test_with_the_right_current_password_the_new_ones_rules_are_said(agency: Agency) -> None:
    with pytest.raises(ValidationError) as weak:
        sign_ins.change_password(agency.db, "tomas", TEMPORARY, "newtomas-xxxx1")
    assert weak.value.field_errors == {"new_password": ("password.has_login", {})}
    assert str(weak.value) == (
        "Revise los campos: Contraseña nueva: La contraseña no puede contener el nombre de usuario."
    )
    with pytest.raises(ValidationError) as same:
        sign_ins.change_password(agency.db, "tomas", TEMPORARY, TEMPORARY)
    assert same.value.field_errors["new_password"][0] == "password.same_as_current"
