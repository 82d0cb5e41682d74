"""Reading spreadsheets: every encoding and delimiter people's programs write, headers in
Spanish and English, and hostile files refused with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from agencia.domain.errors import DomainError
from agencia.services.data import reading, values
from agencia.services.data.fields import ImportKind, guess_mapping
from agencia.services.data.reading import open_table

ROWS = [["Nombre", "Razón social", "Ciudad"], ["Ñandú", "Peña y Cía, S.L.", "A Coruña"],
        ["Àlex", "L'Oréal España", "Logroño"]]  # fmt: skip


def _text(delimiter: str) -> str:
    def cell(c: str) -> str:
        return f'"{c}"' if delimiter in c else c

    return "\r\n".join(delimiter.join(cell(c) for c in r) for r in ROWS) + "\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16",
                                      "utf-16-le", "utf-16-be"])  # fmt: skip
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_every_encoding_and_delimiter(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(_text(delimiter).encode(encoding))
    table = open_table(path)
    assert table.delimiter == delimiter
    assert table.headers == tuple(ROWS[0])
    assert [list(r.cells) for r in table.rows()] == ROWS[1:]
    assert [r.number for r in table.rows()] == [2, 3]


def test_a_comma_inside_a_semicolon_file_is_a_decimal_comma(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b"Nombre;Importe;Alta\nA;1.234,56;31/12/2026\nB;0,5;01/01/2026\n")
    table = open_table(path)
    assert table.delimiter == ";"
    rows = list(table.rows())
    assert values.amount(rows[0].cell(1)) == values.amount("1234.56")
    assert str(values.day(rows[0].cell(2))) == "2026-12-31"


def test_headers_in_spanish_and_english() -> None:
    spanish = ["NOMBRE", "Razón Social", "NIF/CIF", "Teléfono", "Correo electrónico", "País"]
    english = ["Name", "Legal name", "Tax ID", "Phone", "E-mail", "Country"]
    expected = {"trade_name": 0, "legal_name": 1, "tax_id": 2, "phone": 3, "email": 4,
                "country": 5}  # fmt: skip
    assert guess_mapping(ImportKind.ACCOUNTS, spanish) == expected
    assert guess_mapping(ImportKind.ACCOUNTS, english) == expected


def test_a_workbook_is_read_by_its_content_with_typed_cells(tmp_path: Path) -> None:
    from datetime import date

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nombre", "Alta", "Importe"])
    sheet.append(["Ñandú", date(2026, 12, 31), 1250.0])
    path = tmp_path / "libro.csv"  # a workbook with the wrong name is still a workbook
    book.save(path)
    table = open_table(path)
    assert [r.cells for r in table.rows()] == [("Ñandú", "2026-12-31", "1250")]


def test_nul_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b"Nombre,Ciudad\nA\x00B,Madrid\n")
    with pytest.raises(DomainError) as refused:
        open_table(path)
    assert refused.value.code == "data.nul_bytes"


def test_mixed_encodings_are_refused_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes("Nombre\nPeña\n".encode() + "Muñoz\n".encode("cp1252"))
    with pytest.raises(DomainError) as refused:
        open_table(path)
    assert (refused.value.code, refused.value.params["line"]) == ("data.mixed_encoding", 3)


def test_an_old_excel_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "viejo.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(DomainError, match=r"\.xlsx"):
        open_table(path)


def test_huge_rows_and_cells_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wide = tmp_path / "ancho.csv"
    wide.write_text("A,B\n" + ",".join("x" * (reading.MAX_COLUMNS + 1)) + "\n", encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        list(open_table(wide).rows())
    assert (refused.value.code, refused.value.params["row"]) == ("data.too_many_columns", 2)
    long = tmp_path / "largo.csv"
    long.write_text("A,B\nx," + "y" * (reading.MAX_CELL + 1) + "\n", encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        list(open_table(long).rows())
    assert refused.value.code == "data.cell_too_long"
    monkeypatch.setattr(reading, "MAX_BYTES", 10)
    with pytest.raises(DomainError) as refused:
        open_table(long)
    assert refused.value.code == "data.too_big"


def test_an_empty_file_and_a_missing_sheet(tmp_path: Path) -> None:
    empty = tmp_path / "vacio.csv"
    empty.write_bytes(b"")
    with pytest.raises(DomainError, match="vacío"):
        open_table(empty)
    book = Workbook()
    book.active.append(["Nombre", "Rol"])  # type: ignore[union-attr]
    path = tmp_path / "libro.xlsx"
    book.save(path)
    with pytest.raises(DomainError, match="Sheet"):
        open_table(path, sheet="Otra")


def test_a_list_as_a_workbook_has_typed_cells_and_no_formula(tmp_path: Path) -> None:
    from datetime import date
    from decimal import Decimal

    from openpyxl import load_workbook

    from agencia.services.data.xlsx_export import write_xlsx

    path = write_xlsx(
        tmp_path / "cuentas.xlsx",
        ["Nombre", "Alta", "Presupuesto", "Campañas"],
        [["=cmd|' /C calc'!A0", date(2026, 12, 31), Decimal("1250000.50"), 3]],
    )
    sheet = load_workbook(path).active
    assert sheet is not None
    name, day, money, count = (c for c in sheet[2])
    assert (name.value, name.data_type) == ("=cmd|' /C calc'!A0", "s")  # text, not a formula
    assert day.is_date and day.value.date() == date(2026, 12, 31)
    assert (money.value, money.number_format) == (1250000.5, '#,##0.00 "€"')
    assert count.value == 3
    # and it reads back through the import's reader as the same text
    rows = list(open_table(path).rows())
    assert rows[0].cells == ("=cmd|' /C calc'!A0", "2026-12-31", "1250000.5", "3")


def test_a_workbooks_rows_for_the_progress_bar_come_from_its_declared_size(
    tmp_path: Path,
) -> None:
    """Excel declares a sheet's size: the bar's total is read from it, not by reading every
    row twice; a sheet that declares none (openpyxl's write-only mode) is counted."""
    sized, unsized = tmp_path / "excel.xlsx", tmp_path / "streamed.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["Nombre", "Ciudad"], ["Ñandú", "Lugo"], ["Peñalara", "Segovia"], ["Ávila", ""]):
        sheet.append(row)
    book.save(sized)
    streamed = Workbook(write_only=True)
    lines = streamed.create_sheet("Hoja1")
    for row in (["Nombre", "Ciudad"], ["Ñandú", "Lugo"], ["Peñalara", "Segovia"]):
        lines.append(row)
    streamed.save(unsized)
    assert reading._declared_rows(sized, "Sheet") == 4
    assert open_table(sized).expected_rows() == 3
    assert reading._declared_rows(unsized, "Hoja1") is None
    assert open_table(unsized).expected_rows() == 2
