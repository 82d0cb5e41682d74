"""The campaigns list as a CSV file, as the window's «Exportar lista» writes it."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from agencia.services.campaigns.views import CampaignRow
from agencia.services.files import spreadsheet_cell

CSV_COLUMNS = (
    "id",
    "code",
    "name",
    "account",
    "brand",
    "status",
    "budget",
    "currency",
    "start_date",
    "deadline",
    "owner",
)


def write_campaigns_csv(rows: Sequence[CampaignRow], path: Path, *, delimiter: str = ",") -> None:
    """UTF-8 with BOM so that Excel opens accents right, split by the separator of the
    agency's locale (the caller's: ";" where the decimal mark is a comma); written whole
    or not at all."""
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            data = row.as_json()
            writer.writerow(
                ["" if data[c] is None else spreadsheet_cell(data[c]) for c in CSV_COLUMNS]
            )
    tmp.replace(path)
