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
from agencia.domain.messages import render, set_language
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


# explore8 L2: what the database would take, or refuse in its own words, is refused first,
# naming the file, the row and the column by its label; nothing is restored.


def _refused(target: Database, folder: Path) -> tuple[DomainError, str, str]:
    """The refusal as a Spanish and an English command line say it (columns are named in
    the language of the one asking), and nothing restored."""
    shown: list[str] = []
    try:
        for lang in ("es", "en"):
            set_language(lang)
            with pytest.raises(DomainError) as refused:
                restore_checked(target, folder)
            error = refused.value
            shown.append(render(error.code, error.params, lang))
            assert "constraint" not in shown[-1].lower(), shown  # never the database's words
            assert _empty(target)
    finally:
        set_language("es")
    return error, shown[0], shown[1]


def test_a_text_longer_than_its_column_is_refused(exported: Path, target: Database) -> None:
    _edit(exported, "accounts", lambda row: row.update({"trade_name": "X" * 5000}), resign=True)
    error, es, en = _refused(target, exported)
    assert error.code == "data.restore_too_long"
    assert es.startswith("accounts.json, fila 1: Nombre comercial tiene 5000 caracteres"), es
    assert "200" in es and "row 1: Trade name has 5000 characters" in en


def test_a_field_no_table_has_is_refused(exported: Path, target: Database) -> None:
    """The tester's edit: a 5,000-character «name» where accounts have none, once dropped
    without a word."""
    _edit(exported, "accounts", lambda row: row.update({"name": "X" * 5000}), resign=True)
    error, es, en = _refused(target, exported)
    assert error.code == "data.restore_unknown_column"
    assert es.startswith("accounts.json, fila 1: «name» no es un dato de "), es
    assert "row 1: 'name' is not a field" in en


def test_a_reference_to_a_missing_row_names_it(exported: Path, target: Database) -> None:
    _edit(exported, "accounts", lambda row: row.update({"group_id": 999}), resign=True)
    error, es, en = _refused(target, exported)
    assert error.code == "data.restore_missing_reference"
    assert es.startswith(
        "accounts.json, fila 1: Grupo de cuentas 999 no está en account_groups.json"
    ), es
    assert "row 1: Account group 999 is not in account_groups.json" in en


def test_a_forward_reference_to_a_missing_row_names_it(exported: Path, target: Database) -> None:
    """A person's boss is set once every row is in: checked then, before anything stays."""
    _edit(exported, "staff", lambda row: row.update({"reports_to_id": 9999}), resign=True)
    error, es, _en = _refused(target, exported)
    assert error.code == "data.restore_missing_reference"
    assert es.startswith("staff.json, fila 1: Depende de 9999 no está en staff.json"), es


def test_a_repeated_id_names_both_rows(exported: Path, target: Database) -> None:
    path = exported / "accounts.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    assert len(rows) >= 2
    rows[1]["id"] = rows[0]["id"]
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    manifest = json.loads((exported / "manifest.json").read_text(encoding="utf-8"))
    manifest[TABLE_SUMS][path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    (exported / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    error, es, en = _refused(target, exported)
    assert error.code == "data.restore_duplicate"
    assert es.startswith(f"accounts.json, fila 2: Nº de registro {rows[0]['id']} ya está en "), es
    assert "la fila 1" in es and "row 2: Record number" in en and "row 1" in en


def test_a_bad_date_names_its_column_by_its_label(exported: Path, target: Database) -> None:
    _edit(exported, "accounts", lambda row: row.update({"created_at": "ayer"}), resign=True)
    error, es, en = _refused(target, exported)
    assert error.code == "data.restore_bad_value"
    assert es.startswith("accounts.json, fila 1: «ayer» no vale para Fecha de alta"), es
    assert "is not valid for Created on" in en


def test_every_column_restored_has_words_for_people() -> None:
    """A refusal names any column of the export by its label, never its name in the code."""
    from agencia.domain.column_labels import column_label
    from agencia.services.data.export_all import tables

    for table in tables():
        for column in table.columns:
            for lang in ("es", "en"):
                assert column_label(column.name, lang) != column.name, (table.name, column.name)


# explore9 L5: a restored row passes what its form refuses, the same checks.


def test_a_direction_override_in_a_name_is_refused(exported: Path, target: Database) -> None:
    def forge(row: dict[str, object]) -> None:
        row["trade_name"] = "Factura \u202efdp.exe"

    _edit(exported, "accounts", forge, resign=True)
    error, es, en = _refused(target, exported)
    assert error.code == "data.restore_hidden_text"
    assert es.startswith("accounts.json, fila 1: Nombre comercial lleva un carácter de"), es
    assert "row 1: Trade name holds a control character" in en


def test_an_account_led_by_the_administrator_is_refused(exported: Path, target: Database) -> None:
    staff = json.loads((exported / "staff.json").read_text(encoding="utf-8"))
    admin = next(p["id"] for p in staff if p["role"] == "administrator")
    _edit(exported, "accounts", lambda row: row.update({"lead_executive_id": admin}), resign=True)
    error, es, en = _refused(target, exported)
    assert error.code == "data.restore_wrong_lead"
    assert es.startswith(f"accounts.json, fila 1: Ejecutivo principal {admin} es Administrador"), es
    assert f"{admin} is Administrator; an account is led by an account executive" in en


def test_an_untouched_export_still_restores(exported: Path, target: Database) -> None:
    assert restore_checked(target, exported).counts["accounts"] == 5
