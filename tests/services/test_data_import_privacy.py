"""What an import tells a person about records they may not see (explore9 L4): another
group's client is said to exist in the agency, never by its ID; a person who may not add
people is refused before any row is read, in the role ladder's words."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import Agency, small_agency

from agencia.db.database import Database
from agencia.domain.errors import DomainError
from agencia.domain.messages import render
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import ImportOptions, run_import
from agencia.services.data.rows import Duplicates


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def _andino(tmp_path: Path) -> Path:
    path = tmp_path / "clientes.csv"
    path.write_text("Nombre;NIF;País\nBanco Andino;20100047218;PE\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("duplicates", [Duplicates.REPORT, Duplicates.UPDATE])
def test_another_group_s_client_exists_without_its_id(
    agency: Agency, tmp_path: Path, duplicates: Duplicates
) -> None:
    report = run_import(
        agency.db, agency.actor("alvaro"), _andino(tmp_path), ImportKind.ACCOUNTS,
        ImportOptions(duplicates=duplicates),
    )  # fmt: skip
    assert not report.written
    (problem,) = report.problems
    said = " ".join(problem.describe(lang) for lang in ("es", "en"))
    assert problem.code == "data.duplicate_account_elsewhere"
    assert "ya existe en la agencia" in said and "already exists at the agency" in said
    assert str(agency.accounts["andino"]) not in said and "ID" not in said


def test_one_s_own_client_is_still_named_by_its_id(agency: Agency, tmp_path: Path) -> None:
    report = run_import(agency.db, agency.actor("andres"), _andino(tmp_path), ImportKind.ACCOUNTS)
    (problem,) = report.problems
    assert problem.code == "data.duplicate_account"
    assert f"ID {agency.accounts['andino']}" in problem.describe("es")


def test_a_director_importing_people_is_refused_before_any_row(
    agency: Agency, tmp_path: Path
) -> None:
    path = tmp_path / "equipo.csv"
    path.write_text(
        "Nombre,Rol\nJavier Núñez Calvo,Ejecutivo de cuenta\n", encoding="utf-8"
    )  # the row repeats a person: a row's problem would name them by ID
    with pytest.raises(DomainError) as refused:
        run_import(
            agency.db, agency.actor("lucia"), path, ImportKind.STAFF,
            ImportOptions(skip_invalid=True),
        )  # fmt: skip
    assert refused.value.code == "permission.denied_global"
    said = render(refused.value.code, refused.value.params, "es")
    assert said.startswith("Su rol (Director de cuentas) no le permite dar de alta")
