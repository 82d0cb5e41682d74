"""A list as an Excel workbook with typed cells: dates as dates, amounts as numbers with
the currency's format, whole numbers as numbers — and text always as text, never a
formula (openpyxl would store "=cmd|…" as one; Excel would run it).

What a list's command or screen hands in is plain: headers and rows of Python values.
The file is written whole or not at all (`services/files.py`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from agencia.services.files import write_atomically


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in its currency: a number in the workbook, shown with the currency."""

    amount: Decimal
    currency: str


MONEY_FORMATS = {"EUR": '#,##0.00 "€"', "USD": '"$"#,##0.00', "MXN": '"$"#,##0.00'}
DATE_FORMAT = "dd/mm/yyyy"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MOMENT_FORMAT = "dd/mm/yyyy hh:mm"


def money_format(currency: str) -> str:
    """Excel's number format for amounts in `currency` (its symbol where it has one)."""
    code = (currency or "EUR").upper()
    return MONEY_FORMATS.get(code, f'#,##0.00 "{code}"')


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet: str = "Datos",
    currency: str = "EUR",
) -> Path:
    """`rows` under `headers` in one sheet at `path`; returns the path written."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING

    book = Workbook(write_only=True)
    ws = book.create_sheet(sheet[:31])
    ws.append(list(headers))
    money = money_format(currency)
    from openpyxl.cell import WriteOnlyCell

    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(ws)
            if isinstance(value, Money):
                cell.value = float(value.amount)
                cell.number_format = money_format(value.currency)
            elif isinstance(value, datetime):
                cell.value = value.replace(tzinfo=None)
                cell.number_format = MOMENT_FORMAT
            elif isinstance(value, date):
                cell.value = value
                cell.number_format = DATE_FORMAT
            elif isinstance(value, Decimal):
                cell.value = float(value)
                cell.number_format = money
            elif isinstance(value, bool | int | float) or value is None:
                cell.value = value
            else:
                cell.value = str(value)
                cell.data_type = TYPE_STRING  # never a formula, whatever it starts with
                if cell.value.startswith(FORMULA_START):
                    cell.quotePrefix = True  # and kept text when someone edits the cell
            cells.append(cell)
        ws.append(cells)
    out = io.BytesIO()
    book.save(out)
    return write_atomically(path, out.getvalue())


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_AMOUNT = re.compile(r"^-?\d+(\.\d+)?$")
# Columns that hold money (beside a `currency` column of the same record).
MONEY_COLUMNS = frozenset({"budget", "amount", "total", "price", "cost", "fee", "value"})


def write_records(path: Path, records: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> Path:
    """A command-line list (its records as its JSON has them) as a workbook, typed."""
    return write_xlsx(path, columns, (typed_row(r, columns) for r in records), sheet=path.stem)


def typed_row(record: Mapping[str, Any], columns: Sequence[str]) -> list[object]:
    """A list's record with typed values: ISO days as dates, moments on this machine's
    clock, money (beside its currency) as amounts."""
    row: list[object] = []
    for column in columns:
        value = record.get(column)
        if isinstance(value, str) and _DAY.match(value):
            value = date.fromisoformat(value)
        elif isinstance(value, str) and _MOMENT.match(value):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                pass
            else:
                value = moment.astimezone() if moment.tzinfo else moment
        elif column in MONEY_COLUMNS and isinstance(value, str | int | float):
            text = str(value)
            if _AMOUNT.match(text) and isinstance(record.get("currency"), str):
                value = Money(Decimal(text), str(record["currency"]))
        row.append(value)
    return row
