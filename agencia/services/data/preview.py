"""What the column-mapping dialog shows before anything is written: the file's columns
as found (encoding, delimiter, sheet), its first rows, the columns recognised, and each
row as the records it would become; and the import the window runs, with its rejects."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from agencia.db.database import Database
from agencia.domain.actor import Actor
from agencia.services.data.fields import ImportKind, guess_mapping
from agencia.services.data.imports import ImportOptions, ImportReport, run_import
from agencia.services.data.reading import Row, open_table

PREVIEW_ROWS = 20


@dataclass(frozen=True, slots=True)
class FilePreview:
    """A file as the dialog first shows it."""

    headers: tuple[str, ...]
    rows: tuple[Row, ...]
    mapping: dict[str, int]  # field → column, as recognised
    encoding: str
    delimiter: str
    sheet: str
    sheets: tuple[str, ...]


def preview_file(
    path: Path, kind: ImportKind, sheet: str | None = None, limit: int = PREVIEW_ROWS
) -> FilePreview:
    """The first `limit` rows of `path` and the columns recognised for `kind`."""
    table = open_table(path, sheet=sheet)
    return FilePreview(
        headers=table.headers,
        rows=tuple(islice(table.rows(), limit)),
        mapping=guess_mapping(kind, table.headers),
        encoding=table.encoding,
        delimiter=table.delimiter,
        sheet=table.sheet,
        sheets=table.sheets,
    )


def becomes(row: Row, mapping: dict[str, int]) -> dict[str, str]:
    """What a row feeds into each mapped field."""
    return {name: row.cell(column) for name, column in mapping.items()}


@dataclass(frozen=True, slots=True)
class WindowImport:
    """An import from the window: its report, and where the rejected rows were written."""

    report: ImportReport
    rejects: Path | None


def import_from_window(
    db: Database,
    actor: Actor,
    path: Path,
    kind: ImportKind,
    options: ImportOptions,
    progress: Callable[[int, int], None] | None = None,
) -> WindowImport:
    """`run_import`, and with --skip-invalid's choice the rejects CSV beside the file."""
    from agencia.services.data.rejects import write_rejects

    report = run_import(db, actor, path, kind, options, progress)
    rejects = None
    if report.rejected and report.written:
        rejects = write_rejects(path.with_name(path.stem + ".rechazadas.csv"), report)
    return WindowImport(report, rejects)
