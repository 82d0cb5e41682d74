"""The rows an import left out, as a CSV people fix in their spreadsheet and import again.

The file has the original columns plus the row's number and its reasons; it is written
whole or not at all, in UTF-8 with a BOM (Excel then reads the accents), with the
delimiter the file came with, and no cell a spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from agencia.domain.messages import render
from agencia.services.data.imports import ImportReport
from agencia.services.files import spreadsheet_cell, write_atomically


def write_rejects(path: Path, report: ImportReport, lang: str | None = None) -> Path:
    """The rejected rows of `report` at `path`; returns the path written."""
    out = io.StringIO()
    delimiter = report.delimiter or ";"
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    row_word, reasons_word = (
        render("data.rejects_row", None, lang),
        render("data.rejects_reasons", None, lang),
    )
    writer.writerow([spreadsheet_cell(h) for h in (*report.headers, row_word, reasons_word)])
    width = len(report.headers)
    for rejected in report.rejected:
        cells = list(rejected.row.cells[:width]) + [""] * (width - len(rejected.row.cells))
        reasons = " | ".join(p.describe(lang) for p in rejected.problems)
        writer.writerow([spreadsheet_cell(c) for c in (*cells, str(rejected.row.number), reasons)])
    return write_atomically(path, out.getvalue().encode("utf-8-sig"))
