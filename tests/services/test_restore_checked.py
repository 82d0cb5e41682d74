"""`restore` no longer trusts the folder (explore7 L6): a table file edited by hand is
refused naming it; a value its column cannot hold is refused naming the file and the row,
and nothing is restored; an earlier build's export (no table fingerprints) still restores,
with a warning."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import small_agency
from sqlalchemy import func, select

from agencia.db.database import Database, open_database
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import DomainError
from agencia.domain.messages import render
from agencia.domain.models import Agency, Staff
from agencia.services.data.export_all import TABLE_SUMS, export_all
from agencia.services.data.restore_all import restore_checked


@pytest.fixture
def exported(sqlite_db: Database, tmp_path: Path) -> Path:
    small_agency(sqlite_db)
    folder = tmp_path / "export"
    export_all(sqlite_db, SYSTEM, folder)
    return folder


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Database]:
    copy = open_database(f"sqlite:///{tmp_path / 'copia.sqlite3'}")
    yield copy
    copy.close()


def _edit(folder: Path, table: str, change: object, *, resign: bool) -> None:
    """Change the first row of a table file; `resign` rewrites its fingerprint too (a
    careful forger, or an export whose manifest has no fingerprints)."""
    path = folder / f"{table}.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    assert callable(change)
    change(rows[0])
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if resign:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        manifest[TABLE_SUMS][path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
        (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def _empty(db: Database) -> bool:
    with db.reader.connect() as connection:
        return not connection.scalar(select(func.count()).select_from(Agency.__table__))


@pytest.mark.parametrize("table", ["staff", "audit_events"])
def test_a_table_edited_by_hand_is_refused(exported: Path, target: Database, table: str) -> None:
    field = "full_name" if table == "staff" else "login"
    _edit(exported, table, lambda row: row.update({field: "Carmen TAMPERED"}), resign=False)
    with pytest.raises(DomainError) as refused:
        restore_checked(target, exported)
    assert (refused.value.code, refused.value.params) == (
        "data.restore_changed",
        {"file": f"{table}.json"},
    )
    assert f"{table}.json" in render(refused.value.code, refused.value.params, "es")
    assert "was changed" in render(refused.value.code, refused.value.params, "en")
    assert _empty(target)


def test_a_bad_value_names_the_file_and_row_and_restores_nothing(
    exported: Path, target: Database
) -> None:
    _edit(exported, "staff", lambda row: row.update({"role": "superhero"}), resign=True)
    with pytest.raises(DomainError) as refused:
        restore_checked(target, exported)
    assert refused.value.code == "data.restore_bad_value"
    shown = render(refused.value.code, refused.value.params, "es")
    assert shown.startswith("staff.json, fila 1: «superhero» no vale para "), shown
    assert "row 1" in render(refused.value.code, refused.value.params, "en")
    assert _empty(target)  # the agency row, loaded before staff, rolled back too


def test_a_missing_parent_is_refused_naming_the_file(exported: Path, target: Database) -> None:
    _edit(exported, "staff", lambda row: row.update({"reports_to_id": 9999}), resign=True)
    with pytest.raises(DomainError) as refused:
        restore_checked(target, exported)
    assert refused.value.code == "data.restore_refused"
    assert refused.value.params["file"] == "staff.json"
    assert _empty(target)


def test_an_export_without_table_fingerprints_restores_with_a_warning(
    exported: Path, target: Database
) -> None:
    manifest = json.loads((exported / "manifest.json").read_text(encoding="utf-8"))
    del manifest[TABLE_SUMS]
    (exported / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    done = restore_checked(target, exported)
    assert done.unchecked and done.counts["staff"] > 1
    assert done.no_password == ()  # a SQLite export keeps its password hashes
    with target.reader.connect() as connection:
        assert (connection.scalar(select(func.count()).select_from(Staff.__table__)) or 0) > 1
