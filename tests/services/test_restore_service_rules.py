"""`restore` refuses what the services' validators refuse (tester round, restore 1): a
table file edited and its fingerprint recomputed no longer brings in negative hours, an
amount with more decimals than its column keeps (SQLite kept 224000.12345 and exported it
again as 224000.12, silently another amount), a negative amount, a direction override in a
service request's subject or a blank trade name. Each refusal names the file, the row and
the column; an untouched export of the demo (every table the services wrote) restores."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from small_demo import small_demo

from agencia.db.database import Database, open_database
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import DomainError
from agencia.domain.messages import render
from agencia.services.data import restore_checks
from agencia.services.data.export_all import TABLE_SUMS, export_all, tables
from agencia.services.data.restore_all import restore_checked


@pytest.fixture(scope="module", params=["sqlite"])
def demo_export(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    with small_demo(request, tmp_path_factory) as (db, _summary):
        folder = tmp_path_factory.mktemp("export") / "export"
        export_all(db, SYSTEM, folder)
        yield folder


@pytest.fixture
def exported(demo_export: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    shutil.copytree(demo_export, folder)
    return folder


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Database]:
    copy = open_database(f"sqlite:///{tmp_path / 'copia.sqlite3'}")
    yield copy
    copy.close()


def _edit(folder: Path, table: str, column: str, value: Any) -> int:
    """Set `column` of the first row holding it to `value`, the table's SHA-256 recomputed
    (a careful hand); returns the row's number (the first is 1)."""
    path = folder / f"{table}.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    assert rows, table
    rows[0][column] = value
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest[TABLE_SUMS][path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return 1


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("tasks", "estimated_hours", "-5"),
        ("vendor_jobs", "quote", "224000.12345"),
        ("vendor_jobs", "quote", "-5"),
        ("vendor_jobs", "quote", "1000000000000"),
        ("vendor_jobs", "quote", "NaN"),
        ("vendor_jobs", "quote", -5),
        ("campaigns", "budget", "-0.01"),
        ("service_requests", "subject", "Factura \u202egpj.exe"),
        ("service_requests", "subject", "dos\nlíneas"),
        ("accounts", "trade_name", ""),
        ("accounts", "trade_name", "   "),
        ("tasks", "title", ""),
    ],
)
def test_a_value_the_services_refuse_is_refused(
    exported: Path, target: Database, table: str, column: str, value: Any
) -> None:
    row = _edit(exported, table, column, value)
    with pytest.raises(DomainError) as refused:
        restore_checked(target, exported)
    error = refused.value
    assert error.code in {"data.restore_bad_value", "data.restore_hidden_text"}
    assert (error.params["file"], error.params["row"]) == (f"{table}.json", row)
    shown = render(error.code, error.params, "es")
    assert f"{table}.json, fila 1" in shown and error.params["column"] in shown
    with target.reader.connect() as connection:
        assert not connection.exec_driver_sql("SELECT count(*) FROM agency").scalar()


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("vendor_jobs", "quote", "224000.1"),  # fewer places than the column keeps
        ("vendor_jobs", "quote", "0"),
        ("accounts", "trade_name", "Cafés\tdel Sur"),  # a tab: an earlier build's rows
    ],
)
def test_what_a_service_or_an_earlier_build_wrote_still_restores(
    exported: Path, target: Database, table: str, column: str, value: Any
) -> None:
    _edit(exported, table, column, value)
    assert restore_checked(target, exported).counts[table]


def test_the_rules_name_columns_that_exist() -> None:
    by_name = {t.name: t for t in tables()}
    for table, columns in restore_checks._REQUIRED.items():
        assert set(columns) <= set(by_name[table].columns.keys()), table


def test_a_forger_who_recomputes_the_fingerprints_is_not_caught_here(
    exported: Path, target: Database
) -> None:
    """The manifest's SHA-256 are checksums, not a signature (tester round, restore 2):
    what guards the trail is who may restore, and where. The README and the module say
    so, rather than «an edited table file is refused»."""
    _edit(exported, "approvals", "decided_by_id", 1)
    _edit(exported, "approvals", "comment", "FORGED")
    restore_checked(target, exported)
    with target.reader.connect() as connection:
        comment = connection.exec_driver_sql("SELECT comment FROM approvals ORDER BY id").scalar()
    assert comment == "FORGED"
    lines = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("agencia restore DIR "))
    restore_lines = " ".join(line.split("#", 1)[-1].strip() for line in lines[first : first + 5])
    assert "an edited table file" not in restore_lines
    assert "not someone who" in restore_lines and "recomputes them" in restore_lines
    assert "into an empty database only" in restore_lines
    from agencia.services.data import restore_all

    assert "checksums, not a" in " ".join((restore_all.__doc__ or "").split())
