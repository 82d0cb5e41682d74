"""A refusal names the person's own role as their title says it: Lucía, whose title is
feminine, reads «Su rol (Directora de cuentas)», never «Director de cuentas»."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import Agency, small_agency
from sqlalchemy import update

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.enums import TitleGender
from agencia.domain.errors import PermissionDenied
from agencia.domain.messages import render
from agencia.domain.models import Staff
from agencia.services import auth
from agencia.services.backups import restore_sqlite
from agencia.services.people import sign_ins

FIRST, OWN = "una-clave-provisional", "la-frase-propia-nueva"


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def _signed_in(agency: Agency, who: str, gender: TitleGender) -> Actor:
    """`who` as signing in makes them: their title's gender from their record."""
    with unit_of_work(agency.db, SYSTEM) as uow:
        uow.session.execute(
            update(Staff).where(Staff.id == agency.staff[who]).values(title_gender=gender)
        )
    sign_ins.add_user(agency.db, agency.admin, who, agency.staff[who], FIRST)
    sign_ins.change_password(agency.db, who, FIRST, OWN)
    return auth.sign_in(agency.db, who, OWN)


def _refusal(call: object) -> PermissionDenied:
    with pytest.raises(PermissionDenied) as refused:
        call()  # type: ignore[operator]
    return refused.value


def test_a_refusal_names_her_role_in_the_feminine(agency: Agency, tmp_path: Path) -> None:
    lucia = _signed_in(agency, "lucia", TitleGender.FEMININE)
    for refused in (
        _refusal(lambda: restore_sqlite(lucia, tmp_path / "a.db", tmp_path / "b.db")),
        _refusal(lambda: sign_ins.reset_password(agency.db, lucia, "admin", "otra-frase-larga")),
    ):
        assert str(refused).startswith("Su rol (Directora de cuentas) no le permite ")
        assert render(refused.code, refused.params, "en").startswith(
            "Your role (Account Director) does not allow you to "
        )


def test_and_his_in_the_masculine(agency: Agency, tmp_path: Path) -> None:
    andres = _signed_in(agency, "andres", TitleGender.MASCULINE)
    refused = _refusal(lambda: restore_sqlite(andres, tmp_path / "a.db", tmp_path / "b.db"))
    assert str(refused).startswith("Su rol (Director de cuentas) no le permite ")
