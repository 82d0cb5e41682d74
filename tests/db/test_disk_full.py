"""A full disk is said plainly: nothing was saved, free some space. Never «could not be
read» nor «the connection was lost», which a full disk is not. SQLite's real SQLITE_FULL,
from a database whose `max_page_count` it has reached; a file written whole (decks,
exports) on a real full filesystem, a small tmpfs mounted when the tests run as root."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from factories import small_agency
from sqlalchemy import event, func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import DomainError
from agencia.domain.messages import render
from agencia.domain.models import Account, AccountGroup, AuditEvent
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import run_import
from agencia.services.files import write_atomically


def _groups(db: Database) -> int:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(AccountGroup)) or 0)


def _accounts(db: Database) -> int:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Account)) or 0)


def _trail(db: Database) -> int:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


@contextmanager
def _capped(db: Database) -> Iterator[None]:
    """The database may not grow by a single page: SQLite's own SQLITE_FULL on the next
    page any write needs (PRAGMA max_page_count, set on each of the writer's connections)."""
    with db.writer.connect() as connection:
        pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())

    def cap(driver: Any, _record: object) -> None:
        driver.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(db.writer, "connect", cap)
    db.writer.dispose()  # the pooled connections reconnect, capped
    try:
        yield
    finally:
        event.remove(db.writer, "connect", cap)
        db.writer.dispose()


@pytest.fixture
def full_db(sqlite_db: Database) -> Iterator[Database]:
    with _capped(sqlite_db):
        yield sqlite_db


def _fill(db: Database, names: int) -> None:
    with unit_of_work(db, SYSTEM) as uow:
        for n in range(names):
            group = AccountGroup(name=f"Grupo {n:04d} " + "x" * 60)
            uow.session.add(group)
            uow.session.flush()
            uow.audit(ChangeKind.GROUP, group.id, AuditAction.CREATE, {"name": [None, "x"]})


def test_a_write_to_a_full_database_saves_nothing_and_says_the_disk_is_full(
    full_db: Database,
) -> None:
    with pytest.raises(DomainError) as full:
        _fill(full_db, 500)
    assert full.value.code == "db.disk_full"
    assert str(full.value) == (
        "El disco está lleno: no se ha guardado nada. Libere espacio y vuelva a intentarlo."
    )
    assert render("db.disk_full", lang="en") == (
        "The disk is full: nothing was saved. Free some space and try again."
    )
    assert _groups(full_db) == 0 and _trail(full_db) == 0  # rolled back whole
    _fill(full_db, 1)  # what fits in the pages there are is saved as ever
    assert _groups(full_db) == 1


def test_an_import_to_a_full_database_saves_nothing_and_says_the_disk_is_full(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """An import reads and writes in one transaction under a reading unit of work: the
    disk filling up there is no failed read, and not one of its rows stays."""
    agency = small_agency(sqlite_db)
    accounts = _accounts(sqlite_db)
    rows = [f"Cuenta {n:04d} {'y' * 80};Madrid;ES" for n in range(800)]
    path = tmp_path / "mid.csv"
    path.write_text("Nombre;Ciudad;País\n" + "\n".join(rows) + "\n", encoding="utf-8")
    with _capped(sqlite_db), pytest.raises(DomainError) as full:
        run_import(sqlite_db, agency.admin, path, ImportKind.ACCOUNTS)
    assert full.value.code == "db.disk_full", str(full.value)
    assert _accounts(sqlite_db) == accounts  # rolled back whole


@pytest.fixture
def full_folder(tmp_path: Path) -> Iterator[Path]:
    """A real filesystem with no room left: a 1 MB tmpfs, filled."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    folder = tmp_path / "full"
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], check=True)
    try:
        with (folder / "fill").open("wb", buffering=0) as fill:
            try:
                while True:
                    fill.write(b"\0" * 4096)
            except OSError:
                pass
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_file_written_to_a_full_disk_says_so_and_leaves_nothing(full_folder: Path) -> None:
    target = full_folder / "propuesta.pdf"
    with pytest.raises(DomainError) as full:
        write_atomically(target, b"%PDF" + b"x" * 200_000)
    assert full.value.code == "file.disk_full"
    assert str(full.value) == (
        f"El disco está lleno: no se ha guardado {target}. Libere espacio y vuelva a intentarlo."
    )
    assert sorted(p.name for p in full_folder.iterdir()) == ["fill"]  # no part left behind


@pytest.fixture
def server_on_full_disk(pg_admin_url: str, pg_url: str) -> Iterator[Database]:
    """PostgreSQL with the account groups' table in a tablespace on a 1 MB tmpfs that is
    full: its own disk_full (SQLSTATE 53100) on the next page the table needs."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    import pwd

    from sqlalchemy import create_engine

    from agencia.db.database import open_database

    folder = Path(tempfile.mkdtemp(prefix="agencia-full-"))  # where the server reaches it
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], check=True)
    server = pwd.getpwnam("postgres")
    os.chown(folder, server.pw_uid, server.pw_gid)
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    owner = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    db = None
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"CREATE TABLESPACE agencia_full LOCATION '{folder}'")
        with owner.connect() as connection:
            connection.exec_driver_sql("ALTER TABLE account_groups SET TABLESPACE agencia_full")
        with (folder / "fill").open("wb", buffering=0) as fill:
            try:
                while True:
                    fill.write(b"\0" * 4096)
            except OSError:
                pass
        db = open_database(pg_url)
        yield db
    finally:
        if db is not None:
            db.close()
        with owner.connect() as connection:
            connection.exec_driver_sql("ALTER TABLE account_groups SET TABLESPACE pg_default")
        owner.dispose()
        with admin.connect() as connection:
            connection.exec_driver_sql("DROP TABLESPACE IF EXISTS agencia_full")
        admin.dispose()
        subprocess.run(["umount", str(folder)], check=True)
        folder.rmdir()


def test_a_write_to_a_full_server_disk_saves_nothing_and_says_so(
    server_on_full_disk: Database,
) -> None:
    with pytest.raises(DomainError) as full:
        _fill(server_on_full_disk, 2000)
    assert full.value.code == "db.disk_full", str(full.value)
    assert _groups(server_on_full_disk) == 0 and _trail(server_on_full_disk) == 0
