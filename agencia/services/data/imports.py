"""Importing a spreadsheet: every row through its area's service, in one transaction.

Every problem is named by the row and column the spreadsheet shows (the header is row 1)
and its reason. By default a file with any bad row writes nothing; `skip_invalid` writes
the good rows (the bad ones go to a rejects file, with their reasons); `dry_run` writes
nothing and only reports. What is written is audited as one import carrying its file's
SHA-256, and listed so that the import can be undone as a whole (`undo.py`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.data_models import DataImport, DataImportRecord
from agencia.domain.enums import AuditAction
from agencia.domain.errors import DomainError
from agencia.domain.messages import render
from agencia.domain.models import Agency
from agencia.domain.permissions import Action
from agencia.services.accounts.access import require_global
from agencia.services.data.account_batch import AccountBatch, batches_for
from agencia.services.data.fields import ImportKind, fields_of, guess_mapping
from agencia.services.data.lookups import Index
from agencia.services.data.reading import Row, Table, open_table
from agencia.services.data.records import current_versions
from agencia.services.data.rows import (
    HANDLERS,
    Context,
    Deferred,
    Duplicates,
    Handler,
    RowProblems,
    Written,
)
from agencia.services.data.transaction import Shared, one_transaction

Progress = Callable[[int, int], None]  # (rows done, rows in all)
# The kinds only some roles may import at all: refused before a row is read, so that a
# person who may not add people is not told first who is already at the agency.
_WHOLE_KIND = {ImportKind.STAFF: Action.MANAGE_PEOPLE, ImportKind.VENDORS: Action.MANAGE_VENDORS}


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """How to import: `mapping` (field → column) overrides the recognised headers."""

    dry_run: bool = False
    skip_invalid: bool = False
    duplicates: Duplicates = Duplicates.REPORT
    mapping: dict[str, int] | None = None
    sheet: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong, where: row and column as the spreadsheet shows them."""

    row: int
    column: str  # the column's header ("" when the problem is the row's)
    field_name: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def reason(self, lang: str | None = None) -> str:
        return render(self.code, self.params, lang)

    def describe(self, lang: str | None = None) -> str:
        place = render("data.at_cell" if self.column else "data.at_row",
                       {"row": self.row, "column": self.column}, lang)  # fmt: skip
        return f"{place}: {self.reason(lang)}"


@dataclass(frozen=True, slots=True)
class Rejected:
    """A row left out, with its cells as they were and its problems."""

    row: Row
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import found and did (or, dry or refused, would have done)."""

    kind: ImportKind
    file_name: str
    sha256: str
    encoding: str
    delimiter: str
    sheet: str
    headers: tuple[str, ...]
    rows: int
    created: int
    updated: int
    skipped: int
    rejected: tuple[Rejected, ...]
    written: bool
    dry_run: bool
    import_id: int | None = None

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(p for r in self.rejected for p in r.problems)

    def summary(self, *, sha256_digits: int = 64) -> str:
        """What it came to in one message, the same in the window and on the command line
        (the window shows the file's fingerprint shortened to `sha256_digits`)."""
        counts = {
            "id": self.import_id, "created": self.created, "updated": self.updated,
            "skipped": self.skipped, "rejected": len(self.rejected), "rows": self.rows,
            "sha256": self.sha256[:sha256_digits],
        }  # fmt: skip
        if self.dry_run:
            code = "data.summary_dry"
        elif self.written:
            code = "data.summary_written"
        elif self.rejected:
            code = "data.summary_refused"
        else:
            code = "data.summary_nothing"
        return render(code, counts)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def resolve_mapping(
    kind: ImportKind, table: Table, wanted: dict[str, int] | None
) -> dict[str, int]:
    """The mapping to use: the person's, else the recognised headers; every required
    field must have a column."""
    mapping = dict(wanted) if wanted is not None else guess_mapping(kind, table.headers)
    known = {f.name for f in fields_of(kind)}
    for name, column in mapping.items():
        if name not in known or not 0 <= column < len(table.headers):
            raise DomainError("data.bad_mapping", field=name)
    missing = [f.name for f in fields_of(kind) if f.required and f.name not in mapping]
    if missing:
        raise DomainError(
            "data.missing_columns",
            fields=", ".join(render(f"data.field.{m}") for m in missing),
            headers=", ".join(table.headers),
        )
    return mapping


def run_import(
    db: Database,
    actor: Actor,
    path: Path,
    kind: ImportKind,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import `path` as `kind`; see the module's docstring for what is written when."""
    options = options or ImportOptions()
    if (needed := _WHOLE_KIND.get(kind)) is not None:
        require_global(actor, needed)  # before any row: a row's problems would say more
    table = open_table(path, sheet=options.sheet)
    mapping = resolve_mapping(kind, table, options.mapping)
    sha = file_sha256(path)
    total = table.expected_rows() if progress else 0
    handler = HANDLERS[kind]
    written: list[tuple[int, Written]] = []
    rejected: list[Rejected] = []
    skipped = seen = 0
    with one_transaction(db) as shared, unit_of_work(shared.db, actor, write=False) as reading:
        ctx = Context(
            shared.db, actor, options.duplicates, _agency_country(reading), Index(reading), reading
        )
        batch = None
        if kind is ImportKind.ACCOUNTS and batches_for(actor):
            ctx.batch = batch = AccountBatch(shared, actor, ctx.index)
            ctx.savepoint = shared.savepoint
        for row in table.rows():
            seen += 1
            cells = {name: row.cell(column) for name, column in mapping.items()}
            try:
                done = _row(shared, handler, ctx, cells)
            except RowProblems as exc:
                rejected.append(Rejected(row, _problems(row, exc, mapping, table.headers)))
            else:
                if isinstance(done, Deferred):
                    assert batch is not None
                    batch.add(row, done.data)
                else:
                    skipped += 0 if done else 1
                    written.extend((row.number, w) for w in done)
            if progress is not None and seen % 200 == 0 and seen < total:
                progress(seen, total)
        if progress is not None:
            progress(seen, seen)  # the rows are read (a sheet may declare blank ones)
        if batch is not None:
            batch.flush()
            written.extend(batch.written)
            rejected.extend(
                Rejected(r, _problems(r, e, mapping, table.headers)) for r, e in batch.refused
            )
            rejected.sort(key=lambda r: r.row.number)
        keep = bool(written) and not options.dry_run and (options.skip_invalid or not rejected)
        import_id = None
        if keep:
            import_id = _record(shared, actor, kind, path, sha, seen, written, rejected)
            shared.commit()
    return ImportReport(
        kind=kind,
        file_name=path.name,
        sha256=sha,
        encoding=table.encoding,
        delimiter=table.delimiter,
        sheet=table.sheet,
        headers=table.headers,
        rows=seen,
        created=sum(1 for _, w in written if w.before is None),
        updated=sum(1 for _, w in written if w.before is not None),
        skipped=skipped,
        rejected=tuple(rejected),
        written=keep,
        dry_run=options.dry_run,
        import_id=import_id,
    )


def _problems(
    row: Row, exc: RowProblems, mapping: dict[str, int], headers: tuple[str, ...]
) -> tuple[Problem, ...]:
    found = []
    for name, (code, params) in sorted(exc.problems.items()):
        column = mapping.get(name)
        header = headers[column] if column is not None and column < len(headers) else ""
        found.append(Problem(row.number, header, name, code, dict(params)))
    return tuple(found)


def _row(shared: Shared, handler: Handler, ctx: Context, cells: dict[str, str]) -> Any:
    """One row: a row the services write is kept or rolled back alone (its savepoint); a
    new account left to the batch has written nothing yet and needs none."""
    if ctx.batch is not None:
        return handler(ctx, cells)  # its writes take their own savepoint (`Context`)
    with shared.savepoint():
        return handler(ctx, cells)


def _agency_country(uow: UnitOfWork) -> str:
    """The agency's country (its locale's), for an account row without one."""
    locale = uow.session.scalar(select(Agency.locale).limit(1)) or "es_ES"
    country = locale.partition("_")[2]
    return country if len(country) == 2 else "ES"


def _record(
    shared: Shared,
    actor: Actor,
    kind: ImportKind,
    path: Path,
    sha: str,
    seen: int,
    written: list[tuple[int, Written]],
    rejected: list[Rejected],
) -> int:
    """The import itself, in the same transaction: its file, counts and the records it
    wrote at the versions it left them (a later edit moves a version: undo refuses)."""
    with unit_of_work(shared.db, actor) as uow:
        versions = current_versions(uow, [(w.entity, w.id) for _, w in written])
        created = sum(1 for _, w in written if w.before is None)
        record = DataImport(
            kind=kind.value,
            file_name=path.name[:260],
            sha256=sha,
            rows=seen,
            created=created,
            updated=len(written) - created,
            rejected=len(rejected),
            staff_id=actor.staff_id,
        )
        uow.session.add(record)
        uow.session.flush()
        rows = [
            {
                "import_id": record.id,
                "entity": w.entity,
                "entity_id": w.id,
                "row": number,
                "version": versions[(w.entity, w.id)],
                "before": w.before,
            }
            for number, w in written
        ]
        for start in range(0, len(rows), 5000):  # many rows a statement, no ids asked back
            uow.session.execute(insert(DataImportRecord), rows[start : start + 5000])
        uow.audit(
            ChangeKind.DATA_IMPORT,
            record.id,
            AuditAction.BULK_CREATE,
            {
                "kind": [None, kind.value],
                "file": [None, path.name],
                "sha256": [None, sha],
                "created": [None, created],
                "updated": [None, len(written) - created],
                "rejected": [None, len(rejected)],
            },
            summary=path.name,
        )
        return record.id
