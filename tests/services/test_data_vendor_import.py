"""Suppliers from a spreadsheet, through the coordination area's own service: categories
by their Spanish or English word, duplicates by tax ID or name, and undo — on SQLite and
PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import Agency, small_agency
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.coordination_enums import VendorCategory
from agencia.domain.coordination_models import Vendor
from agencia.domain.tax_ids import problem
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import run_import
from agencia.services.data.undo import undo_import


def cif(number: int) -> str:
    base = f"B{number:07d}"
    return next(base + str(d) for d in range(10) if problem("ES", base + str(d)) is None)


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def _vendors(db: Database) -> dict[str, tuple[VendorCategory, str, str]]:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return {
            v.name: (v.category, v.tax_id, v.rates) for v in uow.session.scalars(select(Vendor))
        }


def test_suppliers_import_and_undo(agency: Agency, tmp_path: Path) -> None:
    path = tmp_path / "proveedores.csv"
    rows = [
        "Proveedor;Categoría;NIF;Contacto;Correo;Tarifas",
        f"Producciones Ñu;Productora;{cif(5500001)};Ana Muñoz;ana@nu.es;1.200 €/día",
        f"Imprenta Peñíscola;Printer;{cif(5500002)};;;",
    ]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    report = run_import(agency.db, agency.admin, path, ImportKind.VENDORS)
    assert report.created == 2, report.problems
    found = _vendors(agency.db)
    assert found["Producciones Ñu"] == (
        VendorCategory.PRODUCTION_HOUSE,
        cif(5500001),
        "1.200 €/día",
    )
    assert found["Imprenta Peñíscola"][0] is VendorCategory.PRINTER

    again = run_import(agency.db, agency.admin, path, ImportKind.VENDORS)
    assert not again.written
    assert {(p.row, p.column, p.code) for p in again.problems} == {
        (2, "NIF", "data.duplicate_vendor"),
        (3, "NIF", "data.duplicate_vendor"),
    }
    assert undo_import(agency.db, agency.admin, report.import_id or 0).records == 2
    assert _vendors(agency.db) == {}


def test_an_unknown_category_is_named_by_its_cell(agency: Agency, tmp_path: Path) -> None:
    path = tmp_path / "malo.csv"
    path.write_text("Nombre,Tipo\nEstudio Foto,Astronauta\n", encoding="utf-8")
    report = run_import(agency.db, agency.admin, path, ImportKind.VENDORS)
    assert [(p.row, p.column, p.code) for p in report.problems] == [(2, "Tipo", "field.choice")]
