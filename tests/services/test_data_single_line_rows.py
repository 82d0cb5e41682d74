"""Imports refuse a row whose one-line field holds a line break or a bidirectional
override, row by row (as the forms refuse it), and write the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import Agency, small_agency
from openpyxl import Workbook

from agencia.db.database import Database
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import ImportOptions, run_import


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def test_a_csv_row_with_a_line_break_or_an_override_is_refused(
    agency: Agency, tmp_path: Path
) -> None:
    path = tmp_path / "clientes.csv"
    path.write_text(
        "Nombre;Razón social\n"
        "Buena;Buena S.L.\n"
        '"Dos\nlíneas";\n'
        "Al\u202erevés;\n"
        ";Falsa\u2067 S.A.\n",
        encoding="utf-8",
    )
    report = run_import(agency.db, agency.admin, path, ImportKind.ACCOUNTS)
    assert not report.written
    found = {(p.column, p.code) for p in report.problems}
    assert found == {
        ("Nombre", "field.line_break"),
        ("Nombre", "field.bidi"),
        ("Nombre", "field.required"),
        ("Razón social", "field.bidi"),
    }
    kept = run_import(
        agency.db, agency.admin, path, ImportKind.ACCOUNTS, ImportOptions(skip_invalid=True)
    )
    assert kept.written and kept.created == 1 and len(kept.rejected) == 3


def test_a_workbook_row_with_a_line_break_in_a_name_is_refused(
    agency: Agency, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nombre", "Rol", "Correo"])
    sheet.append(["Nuria\nPeñas", "Asistente", "nuria@agencia.es"])
    sheet.append(["Pedro Gil", "Asistente", "pedro@agencia.es"])
    path = tmp_path / "equipo.xlsx"
    book.save(path)
    report = run_import(
        agency.db, agency.admin, path, ImportKind.STAFF, ImportOptions(skip_invalid=True)
    )
    assert report.created == 1
    assert [(p.row, p.code) for p in report.problems] == [(2, "field.line_break")]
