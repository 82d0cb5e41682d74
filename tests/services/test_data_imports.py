"""Imports from the files agencies really have: a Spanish Excel's CSV (Windows-1252,
semicolons, decimal commas, day-first dates), Excel's "Unicode text" (UTF-16, tabs), and
a workbook written by openpyxl — on SQLite and PostgreSQL, through the areas' services."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest
from factories import Agency, audit_events, small_agency
from openpyxl import Workbook
from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.data_models import DataImport
from agencia.domain.enums import Role, TitleGender
from agencia.domain.errors import DomainError
from agencia.domain.models import Account, Brand, Contact, Product, Staff
from agencia.domain.tax_ids import problem
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import ImportOptions, run_import
from agencia.services.data.rows import Duplicates
from agencia.services.data.undo import undo_import


def cif(number: int) -> str:
    """A Spanish company's tax ID (CIF) with the right control digit."""
    base = f"B{number:07d}"
    return next(base + str(d) for d in range(10) if problem("ES", base + str(d)) is None)


def spanish_excel_csv(path: Path, rows: list[list[str]]) -> Path:
    """What a Spanish Excel saves as «CSV (delimitado por punto y coma)»."""
    header = ["Nombre", "Razón social", "NIF", "Ciudad", "País", "Correo", "Grupo",
              "Ejecutivo", "Facturación", "Alta"]  # fmt: skip
    lines = [";".join(header)] + [";".join(r) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def count(db: Database, model: type) -> int:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


GOOD = [
    ["Cervezas Ñandú", "Cervezas Ñandú, S.A.", cif(1234567), "A Coruña", "España",
     "hola@nandu.es", "Gran Consumo", "Álvaro García Rubio", "1.234.567,89", "31/12/2026"],
    ["Peñalara Lácteos", "", cif(7654321), "Segovia", "ES", "", "gran consumo",
     "", "0,50", "01/02/2026"],
]  # fmt: skip


def test_a_spanish_excel_csv_imports_with_its_accents(agency: Agency, tmp_path: Path) -> None:
    path = spanish_excel_csv(tmp_path / "clientes.csv", GOOD)
    report = run_import(agency.db, agency.admin, path, ImportKind.ACCOUNTS)
    assert (report.encoding, report.delimiter) == ("cp1252", ";")
    assert report.written and report.created == 2 and not report.problems
    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        nandu = uow.session.scalars(select(Account).where(Account.tax_id == cif(1234567))).one()
        assert (nandu.trade_name, nandu.city, nandu.country) == ("Cervezas Ñandú", "A Coruña", "ES")
        assert nandu.group_id == agency.groups["consumo"]
        assert nandu.lead_executive_id == agency.staff["alvaro"]
        record = uow.session.get(DataImport, report.import_id)
        assert record is not None
        assert record.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    trail = audit_events(agency.db, "data_import", report.import_id)
    assert [e.changes["sha256"][1] for e in trail] == [report.sha256]
    # each account has its own creation entry, as if typed in the form
    assert len(audit_events(agency.db, "account", nandu.id)) == 1


def test_a_file_with_bad_rows_writes_nothing_and_names_rows_and_columns(
    agency: Agency, tmp_path: Path
) -> None:
    rows = [
        GOOD[0],
        ["", "Sin nombre", "", "", "", "", "", "", "", ""],
        ["Malo", "", "B12345678", "", "", "no-es-correo", "Grupo Fantasma", "Nadie", "", ""],
        ["Coca-Cola", "", "B86561412", "", "", "", "", "", "", ""],
    ]
    path = spanish_excel_csv(tmp_path / "malo.csv", rows)
    before = count(agency.db, Account)
    report = run_import(agency.db, agency.admin, path, ImportKind.ACCOUNTS)
    assert not report.written and report.import_id is None
    assert count(agency.db, Account) == before
    found = {(p.row, p.column, p.code) for p in report.problems}
    assert found == {
        (3, "Nombre", "field.required"),
        (4, "NIF", "field.tax_id_check"),
        (4, "Correo", "field.email"),
        (4, "Grupo", "data.unknown_group"),
        (4, "Ejecutivo", "data.unknown_lead"),
        (5, "NIF", "data.duplicate_account"),
    }
    assert "Fila 4, columna «Correo»" in next(p.describe() for p in report.problems if p.row == 4)


def test_skip_invalid_writes_exactly_the_good_rows(agency: Agency, tmp_path: Path) -> None:
    rows = [GOOD[0], ["", "", "", "", "", "", "", "", "", ""], ["X", "", "B1", "", "", "", "", "",
            "", ""], GOOD[1]]  # fmt: skip
    path = spanish_excel_csv(tmp_path / "mixto.csv", rows)
    before = count(agency.db, Account)
    report = run_import(
        agency.db, agency.admin, path, ImportKind.ACCOUNTS, ImportOptions(skip_invalid=True)
    )
    assert report.written and report.created == 2
    assert [r.row.number for r in report.rejected] == [4]  # row 3 is blank: not a row
    assert count(agency.db, Account) == before + 2


def test_a_dry_run_reports_and_writes_nothing(agency: Agency, tmp_path: Path) -> None:
    path = spanish_excel_csv(tmp_path / "prueba.csv", GOOD)
    before = count(agency.db, Account), count(agency.db, DataImport)
    report = run_import(
        agency.db, agency.admin, path, ImportKind.ACCOUNTS, ImportOptions(dry_run=True)
    )
    assert report.created == 2 and not report.written
    assert (count(agency.db, Account), count(agency.db, DataImport)) == before


def test_unicode_text_contacts_find_their_account_by_name_or_tax_id(
    agency: Agency, tmp_path: Path
) -> None:
    path = tmp_path / "contactos.txt"
    text = (
        "Cuenta\tNombre\tApellidos\tCargo\tCorreo\tMóvil\tDecisor\r\n"
        "coca-cola\tMaría\tPeña Ibáñez\tDirectora de marketing\tmaria@coca.es\t600 111 222\tSí\r\n"
        "A28050359\tJosé\tÑúñez\tCompras\t\t\tno\r\n"
    )
    path.write_bytes(text.encode("utf-16"))  # with its BOM, as Excel writes it
    report = run_import(agency.db, agency.admin, path, ImportKind.CONTACTS)
    assert (report.encoding, report.delimiter) == ("utf-16", "\t")
    assert report.created == 2, report.problems
    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        maria = uow.session.scalars(select(Contact).where(Contact.email == "maria@coca.es")).one()
        assert (maria.full_name, maria.account_id, maria.decision_maker) == (
            "María Peña Ibáñez", agency.accounts["coca"], True
        )  # fmt: skip
        jose = uow.session.scalars(select(Contact).where(Contact.full_name == "José Ñúñez")).one()
        assert uow.session.get(Account, jose.account_id).tax_id == "A28050359"  # type: ignore[union-attr]


def test_a_workbook_with_a_merged_title_imports_staff(agency: Agency, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Equipo"
    sheet.append(["Equipo de cuentas 2026"])
    sheet.merge_cells("A1:E1")
    sheet.append(["Nombre", "Rol", "Correo", "Jefe", "Grupo"])
    sheet.append(["Begoña Ruiz Sáez", "Directora de cuentas", "bego@agencia.es", "", ""])
    sheet.append(["Iñaki Otxoa", "Ejecutivo de cuenta", "inaki@agencia.es", "Begoña Ruiz Sáez",
                  "Gran Consumo"])  # fmt: skip
    path = tmp_path / "equipo.xlsx"
    book.save(path)
    report = run_import(agency.db, agency.admin, path, ImportKind.STAFF)
    assert (report.encoding, report.sheet) == ("xlsx", "Equipo")
    assert report.created == 2, report.problems
    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        bego = uow.session.scalars(select(Staff).where(Staff.email == "bego@agencia.es")).one()
        inaki = uow.session.scalars(select(Staff).where(Staff.email == "inaki@agencia.es")).one()
        assert bego.role is Role.ACCOUNT_DIRECTOR and bego.title_gender is TitleGender.MASCULINE
        assert inaki.reports_to_id == bego.id
        assert inaki.group_id == agency.groups["consumo"]


def test_staff_import_needs_the_people_permission(agency: Agency, tmp_path: Path) -> None:
    path = tmp_path / "equipo.csv"
    path.write_text("Nombre,Rol\nAna Gil,Asistente\n", encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        run_import(agency.db, agency.actor("lucia"), path, ImportKind.STAFF)
    assert refused.value.code.startswith("permission.")


def test_brands_and_products(agency: Agency, tmp_path: Path) -> None:
    path = tmp_path / "marcas.csv"
    path.write_text(
        "Cuenta,Marca,Producto\nCoca-Cola,Aquarius,Aquarius Limón\nCoca-Cola,Aquarius,Aquarius "
        "Naranja\n",
        encoding="utf-8-sig",
    )
    report = run_import(agency.db, agency.admin, path, ImportKind.BRANDS)
    assert report.created == 3, report.problems
    assert count(agency.db, Product) == 2
    undo_import(agency.db, agency.admin, report.import_id or 0)
    assert count(agency.db, Product) == 0
    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        assert uow.session.scalar(select(Brand.id).where(Brand.name == "Aquarius")) is None


def test_an_import_is_undone_whole_while_nothing_was_edited(agency: Agency, tmp_path: Path) -> None:
    path = spanish_excel_csv(tmp_path / "clientes.csv", GOOD)
    before = count(agency.db, Account)
    first = run_import(agency.db, agency.admin, path, ImportKind.ACCOUNTS)
    assert undo_import(agency.db, agency.admin, first.import_id or 0).records == 2
    assert count(agency.db, Account) == before
    with pytest.raises(DomainError, match="ya se deshizo"):
        undo_import(agency.db, agency.admin, first.import_id or 0)
    second = run_import(agency.db, agency.admin, path, ImportKind.ACCOUNTS)
    from agencia.services.accounts.account_edit import input_from_detail, update_account
    from agencia.services.accounts.queries import get_account

    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        nandu = uow.session.scalars(select(Account.id).where(Account.tax_id == cif(1234567))).one()
    detail = get_account(agency.db, agency.admin, nandu)
    edited = replace(input_from_detail(detail), city="Ferrol")
    update_account(agency.db, agency.admin, nandu, edited, detail.version)
    with pytest.raises(DomainError) as refused:
        undo_import(agency.db, agency.admin, second.import_id or 0)
    assert refused.value.code == "data.edited_since"
    assert count(agency.db, Account) == before + 2


def test_a_duplicate_updates_the_account_and_undo_puts_it_back(
    agency: Agency, tmp_path: Path
) -> None:
    path = tmp_path / "actualizar.csv"
    path.write_text("NIF;Nombre;Ciudad\nB86561412;Coca-Cola;Bilbao\n", encoding="utf-8")
    options = ImportOptions(duplicates=Duplicates.UPDATE)
    report = run_import(agency.db, agency.admin, path, ImportKind.ACCOUNTS, options)
    assert (report.created, report.updated) == (0, 1)
    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        coca = uow.session.get(Account, agency.accounts["coca"])
        assert coca is not None and coca.city == "Bilbao"
        old_city = ""
    undo_import(agency.db, agency.admin, report.import_id or 0)
    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        coca = uow.session.get(Account, agency.accounts["coca"])
        assert coca is not None and coca.city != "Bilbao"
        old_city = coca.city
    assert old_city != "Bilbao"
    skipped = run_import(
        agency.db,
        agency.admin,
        path,
        ImportKind.ACCOUNTS,
        ImportOptions(duplicates=Duplicates.SKIP),
    )
    assert (skipped.skipped, skipped.written) == (1, False)


def test_progress_climbs_and_ends_full(agency: Agency, tmp_path: Path) -> None:
    rows = [[f"Cliente {n}", "", cif(3300000 + n), "Lugo", "ES", "", "", "", "", ""]
            for n in range(450)]  # fmt: skip
    moves: list[tuple[int, int]] = []
    report = run_import(
        agency.db, agency.admin, spanish_excel_csv(tmp_path / "c.csv", rows),
        ImportKind.ACCOUNTS, progress=lambda done, total: moves.append((done, total)),
    )  # fmt: skip
    assert report.created == 450, report.problems[:3]
    assert moves == [(200, 450), (400, 450), (450, 450)]
