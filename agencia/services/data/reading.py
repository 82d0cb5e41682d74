"""Reading a spreadsheet as people save it: CSV in whatever encoding and delimiter their
Excel chose, or XLSX.

An agency's CSV is often a Spanish Excel's (Windows-1252, semicolons), or Excel's
"Unicode text" (UTF-16 with tabs); the encoding and the delimiter are found here, never
asked. Rows come out as text cells numbered as the spreadsheet shows them (the header is
row 1), one at a time, so a big file never sits in memory as rows. A file that is not a
spreadsheet, too big, or with a row or cell no person would type is refused with a
message that says which.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from agencia.domain.errors import DomainError
from agencia.services.text_files import detect_delimiter, detect_encoding

MAX_BYTES = 64 * 1024 * 1024  # ~500,000 rows of a typical client list
MAX_ROWS = 500_000
MAX_COLUMNS = 200
MAX_CELL = 10_000  # characters: a notes field, never a whole document in one cell
_XLSX_MAGIC = b"PK\x03\x04"
_OLD_EXCEL_MAGIC = b"\xd0\xcf\x11\xe0"


@dataclass(frozen=True, slots=True)
class Row:
    """One row: its number as the spreadsheet shows it, and its cells as text."""

    number: int
    cells: tuple[str, ...]

    def cell(self, column: int) -> str:
        return self.cells[column] if column < len(self.cells) else ""


@dataclass(frozen=True, slots=True)
class Table:
    """A spreadsheet opened: what was found (encoding, delimiter, sheet) and its header.
    `rows()` reads the data rows again each time it is called."""

    path: Path
    headers: tuple[str, ...]
    header_row: int
    encoding: str  # "xlsx" for a workbook
    delimiter: str  # "" for a workbook
    sheet: str  # "" for a CSV
    sheets: tuple[str, ...] = ()

    def rows(self) -> Iterator[Row]:
        if self.encoding == "xlsx":
            return _xlsx_rows(self.path, self.sheet, self.header_row)
        return _csv_rows(self.path, self.encoding, self.delimiter)

    def expected_rows(self) -> int:
        """About how many data rows, for a progress bar: a workbook's as its sheet
        declares its size (Excel does), since reading 100,000 rows of a workbook a second
        time costs as much as importing them; a CSV's, or an unsized sheet's, counted."""
        if self.encoding == "xlsx":
            declared = _declared_rows(self.path, self.sheet)
            if declared is not None:
                return max(declared - self.header_row, 0)
        return sum(1 for _ in self.rows())


def open_table(path: Path, *, sheet: str | None = None) -> Table:
    """The table in `path`: a workbook by its content (whatever its name), else text."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise DomainError("data.unreadable", path=str(path), detail=exc.strerror or "") from None
    if size > MAX_BYTES:
        raise DomainError("data.too_big", mb=size // (1024 * 1024), max=MAX_BYTES // 1024 // 1024)
    if size == 0:
        raise DomainError("data.empty", path=str(path))
    if head.startswith(_XLSX_MAGIC):
        return _open_xlsx(path, sheet)
    if head.startswith(_OLD_EXCEL_MAGIC):
        raise DomainError("data.old_excel", path=str(path))
    encoding = detect_encoding(path.read_bytes())
    delimiter = detect_delimiter(_decoded(path, encoding)[:65536])
    first = next(_csv_records(path, encoding, delimiter), None)
    if first is None:
        raise DomainError("data.empty", path=str(path))
    return Table(path, _header(first), 1, encoding, delimiter, "")


def _decoded(path: Path, encoding: str) -> str:
    text = path.read_bytes().decode(encoding)
    if "\x00" in text:
        raise DomainError("data.nul_bytes", offset=text.index("\x00"))
    return text


def _csv_records(path: Path, encoding: str, delimiter: str) -> Iterator[list[str]]:
    reader = csv.reader(io.StringIO(_decoded(path, encoding), newline=""), delimiter=delimiter)
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise DomainError("data.cell_too_long", row=reader.line_num, max=MAX_CELL) from None
        yield record


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[Row]:
    records = _csv_records(path, encoding, delimiter)
    next(records, None)  # the header
    for number, record in enumerate(records, start=2):
        row = _checked(number, record)
        if row is not None:
            yield row


def _checked(number: int, cells: list[str]) -> Row | None:
    """The row as cells, or None when it is blank; a row past the limits is refused."""
    if number > MAX_ROWS + 1:
        raise DomainError("data.too_many_rows", max=MAX_ROWS)
    while cells and not cells[-1].strip():
        cells = cells[:-1]
    if not cells:
        return None
    if len(cells) > MAX_COLUMNS:
        raise DomainError("data.too_many_columns", row=number, max=MAX_COLUMNS)
    for cell in cells:
        if len(cell) > MAX_CELL:
            raise DomainError("data.cell_too_long", row=number, max=MAX_CELL)
    return Row(number, tuple(c.strip() for c in cells))


def _header(cells: list[str]) -> tuple[str, ...]:
    row = _checked(1, list(cells))
    if row is None:
        raise DomainError("data.no_header")
    return row.cells


# --- XLSX --------------------------------------------------------------------------------

_HEADER_SEARCH = 10  # a title row (often merged across the columns) may sit above the header


@contextmanager
def _workbook(path: Path) -> Iterator[Any]:
    """The workbook, opened from its bytes (openpyxl judges a path by its name)."""
    import zipfile

    from openpyxl import load_workbook

    with path.open("rb") as handle:
        try:
            book = load_workbook(handle, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise DomainError("data.bad_xlsx", path=str(path), detail=str(exc)[:200]) from None
        try:
            yield book
        finally:
            book.close()


def _open_xlsx(path: Path, sheet: str | None) -> Table:
    with _workbook(path) as book:
        names = tuple(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise DomainError("data.no_sheet", sheet=sheet, sheets=", ".join(names))
        name = sheet if sheet is not None else names[0]
        rows = book[name].iter_rows(max_row=_HEADER_SEARCH, values_only=True)
        found = [(n, [cell_text(v) for v in r]) for n, r in enumerate(rows, start=1)]
    header_row, header = _find_header(found)
    return Table(path, _header(header), header_row, "xlsx", "", name, names)


def _find_header(rows: list[tuple[int, list[str]]]) -> tuple[int, list[str]]:
    """The header is the first row with two or more filled cells: a title merged across
    the columns above it fills one."""
    for number, cells in rows:
        if sum(1 for c in cells if c.strip()) >= 2:
            return number, cells
    raise DomainError("data.no_header")


def _declared_rows(path: Path, sheet: str) -> int | None:
    """The last row a sheet declares (its <dimension>), None when it declares none."""
    with _workbook(path) as book:
        found = book[sheet]
        try:
            found.calculate_dimension()
        except ValueError:  # "unsized": a writer that did not say
            return None
        return int(found.max_row) if found.max_row else None


def _xlsx_rows(path: Path, sheet: str, header_row: int) -> Iterator[Row]:
    with _workbook(path) as book:
        rows = book[sheet].iter_rows(min_row=header_row + 1, values_only=True)
        for number, values in enumerate(rows, start=header_row + 1):
            row = _checked(number, [cell_text(v) for v in values])
            if row is not None:
                yield row


def cell_text(value: object) -> str:
    """A workbook's typed cell as the text a CSV would hold: dates as ISO dates, whole
    numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    if "\x00" in text:
        raise DomainError("data.nul_bytes", offset=0)
    return text
