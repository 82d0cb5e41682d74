"""The whole database out as files and back in: export → restore → export gives the same
bytes, SQLite → SQLite and SQLite → PostgreSQL, stored files included; a target that
holds anything is refused, and a damaged export too."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from factories import small_agency
from PIL import Image

from agencia.db.database import Database, open_database
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import DomainError, PermissionDenied
from agencia.services.accounts.logos import set_account_logo
from agencia.services.accounts.queries import get_account
from agencia.services.data.export_all import export_all
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import run_import
from agencia.services.data.restore_all import ServerAdmin, restore_all


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (200, 120), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def source(sqlite_db: Database, tmp_path: Path) -> Database:
    """A small agency with a logo, an import (its trail) and a CSV of staff."""
    agency = small_agency(sqlite_db)
    coca = agency.accounts["coca"]
    version = get_account(sqlite_db, SYSTEM, coca).version
    set_account_logo(sqlite_db, SYSTEM, coca, png(), version)
    staff = tmp_path / "equipo.csv"
    staff.write_text("Nombre;Rol;Correo\nNuria Peñas;Asistente;nuria@agencia.es\n", "utf-8")
    assert run_import(sqlite_db, agency.admin, staff, ImportKind.STAFF).written
    return sqlite_db


@pytest.mark.parametrize("target", ["sqlite", "postgresql"])
def test_export_restore_export_gives_the_same_bytes(
    source: Database, tmp_path: Path, request: pytest.FixtureRequest, target: str
) -> None:
    first_folder = tmp_path / "a"
    counts = export_all(source, SYSTEM, first_folder)
    first = files_of(first_folder)
    manifest = json.loads(first["manifest.json"])
    assert manifest["tables"] == counts and counts["data_imports"] == 1
    logo = next(name for name in first if name.startswith("files/accounts/"))
    assert first[logo] == png() and manifest["files"][logo]
    url = (
        f"sqlite:///{tmp_path / 'copia.sqlite3'}"
        if target == "sqlite"
        else str(request.getfixturevalue("pg_url"))
    )
    copy = open_database(url)
    try:
        # onto the server, secured as `db init` does: its administrator's new password
        admin = None if target == "sqlite" else ServerAdmin("admin", "la clave nueva de sistemas")
        assert restore_all(copy, first_folder, admin) == counts
        export_all(copy, SYSTEM, tmp_path / "b")
        again = files_of(tmp_path / "b")
        if admin is not None:  # the server keeps the passwords: no hash left in a table
            for files in (again, first):
                users = json.loads(files.pop("users.json"))
                files["users"] = repr([{**u, "password_hash": ""} for u in users]).encode()
                sums = json.loads(files.pop("manifest.json"))
                sums.get("tables_sha256", {}).pop("users.json", None)
                files["manifest"] = repr(sums).encode()
        assert again == first
        with pytest.raises(DomainError) as refused:
            restore_all(copy, first_folder, admin)
        assert refused.value.code == "data.restore_not_empty"
    finally:
        copy.close()


def test_a_damaged_export_and_a_non_administrator_are_refused(
    source: Database, tmp_path: Path
) -> None:
    export_all(source, SYSTEM, tmp_path / "a")
    (tmp_path / "a" / "accounts.json").write_text("[]", encoding="utf-8")
    copy = open_database(f"sqlite:///{tmp_path / 'copia.sqlite3'}")
    try:
        with pytest.raises(DomainError) as refused:
            restore_all(copy, tmp_path / "a")
        assert refused.value.code == "data.restore_changed"  # its fingerprint differs
        with pytest.raises(DomainError) as refused:
            restore_all(copy, tmp_path)
        assert refused.value.code == "data.restore_no_manifest"
    finally:
        copy.close()
    from factories import actor_for_staff
    from sqlalchemy import select

    from agencia.db.uow import unit_of_work
    from agencia.domain.enums import Role
    from agencia.domain.models import Staff

    with unit_of_work(source, SYSTEM, write=False) as uow:
        someone = uow.session.scalars(
            select(Staff.id).where(Staff.role == Role.ACCOUNT_DIRECTOR)
        ).first()
    assert someone is not None
    with pytest.raises(PermissionDenied):
        export_all(source, actor_for_staff(source, someone), tmp_path / "c")


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_an_export_is_not_ended_by_the_servers_idle_timeout(
    db: Database, tmp_path: Path, pg_url: str
) -> None:
    """People's server roles end a transaction left idle for 2 minutes; an export reads
    each table and then writes its stored files to disk before its next statement, which
    on a slow drive is longer: the export lifts the limit for its own transaction."""
    from sqlalchemy import event, text

    small_agency(db)
    with db.writer.begin() as connection:  # as people's roles have it (server_logins)
        name = connection.scalar(text("SELECT current_database()"))
        connection.exec_driver_sql(
            f"ALTER DATABASE \"{name}\" SET idle_in_transaction_session_timeout = '2min'"
        )
    exporting = open_database(pg_url)
    seen: list[str] = []

    def look(_conn: object, cursor: object, statement: str, *_rest: object) -> None:
        if statement.lstrip().upper().startswith("SELECT") and not seen:
            raw = cursor.connection.cursor()  # type: ignore[attr-defined]
            raw.execute("SHOW idle_in_transaction_session_timeout")
            seen.append(raw.fetchone()[0])
            raw.close()

    event.listen(exporting.reader, "after_cursor_execute", look)
    try:
        export_all(exporting, SYSTEM, tmp_path / "a")
    finally:
        exporting.close()
    assert seen == ["0"]
