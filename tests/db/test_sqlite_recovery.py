"""A SQLite file read as SQLite reads it, `-wal` included: a crash mid-checkpoint must open,
a `-wal` that belongs to another file must be refused untouched, and the lock, the folder
and other programs must end in a reason and a way out, never in an internal error."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlite_damage import damage_an_index

from agencia.cli.errors import exit_status
from agencia.db.database import backup_sqlite, open_database
from agencia.domain.errors import DatabaseRefused, DomainError
from agencia.domain.models import AccountGroup, Staff

SQLITE3 = shutil.which("sqlite3")


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _files(folder: Path) -> dict[str, str]:
    """Every file in `folder` and its sha256: a refusal must leave them all as they were."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.is_symlink()
    }


def _make_db(path: Path) -> Path:
    db = open_database(_url(path))
    try:
        with db.writer.begin() as conn:
            for name in ("Norte", "Sur"):
                conn.execute(insert(AccountGroup).values(name=name, version=1))
            conn.execute(
                insert(Staff).values(full_name="Ana Pérez", role="administrator", version=1)
            )
    finally:
        db.close()
    return path


@pytest.fixture
def real_db(tmp_path: Path) -> Path:
    folder = tmp_path / "office"
    folder.mkdir()
    return _make_db(folder / "agencia.sqlite3")


def _groups(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM account_groups ORDER BY id")]
    finally:
        conn.close()


def _refused(folder: Path, path: Path, code: str) -> DatabaseRefused:
    before = _files(folder)
    with pytest.raises(DatabaseRefused) as info:
        open_database(_url(path))
    assert info.value.code == code, (info.value.code, info.value.params)
    assert exit_status(info.value) == 3
    assert _files(folder) == before
    assert str(info.value) != code  # a sentence from the catalogue
    return info.value


def _crash_copy(
    source: Path, target: Path, statements: list[str], *, checkpoint: bool = False
) -> None:
    """What a crash leaves: `statements` committed into `source`'s -wal (never
    checkpointed unless asked), and the main file and -wal copied to `target` while the
    writer still holds them open."""
    conn = sqlite3.connect(source, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        for statement in statements:
            conn.execute(statement)
        if checkpoint:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        shutil.copyfile(source, target)
        shutil.copyfile(f"{source}-wal", f"{target}-wal")
    finally:
        conn.close()


def _grow(count: int, prefix: str = "Grupo") -> list[str]:
    """Enough rows to add pages, so the header (page 1) changes in the -wal."""
    return [
        f"INSERT INTO account_groups (name, version) VALUES ('{prefix} {i} {'x' * 100}', 1)"
        for i in range(count)
    ]


def _sqlite3_integrity(path: Path, wal: bool = True) -> str:
    """What the sqlite3 program says of `path` (and its -wal), on a private copy."""
    assert SQLITE3 is not None
    probe = path.parent.parent / "probe"
    probe.mkdir(exist_ok=True)
    shutil.copyfile(path, probe / path.name)
    if wal:
        shutil.copyfile(f"{path}-wal", probe / f"{path.name}-wal")
    out = subprocess.run(
        [SQLITE3, str(probe / path.name), "PRAGMA integrity_check"],
        capture_output=True,
        text=True,
        check=False,
    )
    shutil.rmtree(probe)
    return out.stdout.strip()


# --- the -wal is read, not ignored ------------------------------------------------------


@pytest.mark.skipif(SQLITE3 is None, reason="needs the sqlite3 program")
def test_a_checkpoint_cut_short_leaves_a_database_that_opens(real_db: Path, tmp_path: Path) -> None:
    """The header already says N pages; the last pages are still only in the -wal."""
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    path = crashed / real_db.name
    size_before = real_db.stat().st_size
    _crash_copy(real_db, path, _grow(300), checkpoint=True)
    with path.open("r+b") as f:  # the checkpoint wrote page 1, then the disk filled up
        f.truncate(size_before)
    header_pages = int.from_bytes(path.read_bytes()[28:32], "big")
    assert header_pages * 4096 > path.stat().st_size
    assert _sqlite3_integrity(path) == "ok"

    db = open_database(_url(path))
    try:
        with db.reader.connect() as conn:
            names = conn.execute(select(AccountGroup.name)).scalars().all()
    finally:
        db.close()
    assert len(names) == 302
    assert [p.name for p in crashed.iterdir()] == [path.name]


@pytest.mark.skipif(SQLITE3 is None, reason="needs the sqlite3 program")
def test_changes_only_in_the_wal_open(real_db: Path, tmp_path: Path) -> None:
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    path = crashed / real_db.name
    _crash_copy(real_db, path, _grow(300))
    assert _sqlite3_integrity(path) == "ok"
    db = open_database(_url(path))
    db.close()
    assert len(_groups(path)) == 302


def test_a_stale_wal_beside_a_restored_file_is_refused(real_db: Path, tmp_path: Path) -> None:
    """The -wal of the file as it was is replayed into the backup copied over it: the
    restore would be undone (the 200 rows come back). Refused; both files untouched."""
    backup = backup_sqlite(real_db, target=tmp_path / "copia.sqlite3")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    path = crashed / real_db.name
    _crash_copy(real_db, path, _grow(200))
    shutil.copyfile(backup, path)  # the user restores the backup by hand
    error = _refused(crashed, path, "db.stale_wal")
    assert error.params["wal"] == f"{path}-wal"
    assert _groups_immutable(path) == ["Norte", "Sur"]


def test_a_stale_wal_that_would_corrupt_the_file_is_refused(real_db: Path, tmp_path: Path) -> None:
    """An older copy with different pages: replaying the -wal would mix two databases."""
    older = tmp_path / "older.sqlite3"
    shutil.copyfile(real_db, older)
    conn = sqlite3.connect(older)
    conn.executemany(
        "INSERT INTO account_groups (name, version) VALUES (?, 1)",
        [(f"Viejo {i} {'y' * 300}",) for i in range(40)],
    )
    conn.commit()
    conn.close()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    path = crashed / real_db.name
    _crash_copy(real_db, path, ["UPDATE account_groups SET name = 'Nuevo' WHERE name = 'Sur'"])
    shutil.copyfile(older, path)
    _refused(crashed, path, "db.stale_wal")


def test_a_newer_schema_only_in_the_wal_is_refused_untouched(real_db: Path, tmp_path: Path) -> None:
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    path = crashed / real_db.name
    _crash_copy(real_db, path, ["UPDATE alembic_version SET version_num = '9999_future'"])
    error = _refused(crashed, path, "db.newer")
    assert error.params["revision"] == "9999_future"
    assert not [p for p in crashed.iterdir() if ".backup" in p.name]


def test_damage_deep_in_the_file_is_refused_at_open(real_db: Path) -> None:
    conn = sqlite3.connect(real_db)
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'account_groups'"
    ).fetchone()
    conn.close()
    data = bytearray(real_db.read_bytes())
    start = (root - 1) * 4096
    data[start : start + 4096] = b"\x5a" * 4096
    real_db.write_bytes(bytes(data))
    _refused(real_db.parent, real_db, "db.damaged")


def test_a_big_file_is_not_read_whole_at_open(
    real_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """quick_check reads every page (1.8 s for the 230 MB large demo): above the limit the
    open stays fast, and `agencia db check` or a backup's integrity_check finds the damage."""
    from agencia.db import database, restore

    monkeypatch.setattr(database, "QUICK_CHECK_MAX_BYTES", 0)
    damage_an_index(real_db)
    open_database(_url(real_db)).close()
    assert restore.check_database(real_db)


def _groups_immutable(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM account_groups ORDER BY id")]
    finally:
        conn.close()


# --- the lock, the folder, other programs ----------------------------------------------


def test_a_lock_file_that_is_a_symlink_is_refused(real_db: Path, tmp_path: Path) -> None:
    victim = tmp_path / "important.txt"
    victim.write_text("no me sobrescriba")
    lock = real_db.with_name(real_db.name + ".lock")
    lock.symlink_to(victim)
    _refused(real_db.parent, real_db, "db.lock_symlink")
    assert victim.read_text() == "no me sobrescriba"


def test_a_hard_link_to_the_database_is_refused(real_db: Path) -> None:
    other = real_db.with_name("otro-nombre.sqlite3")
    os.link(real_db, other)
    error = _refused(real_db.parent, other, "db.hard_link")
    assert error.params["links"] == 2
    _refused(real_db.parent, real_db, "db.hard_link")


def _as_a_user(monkeypatch: pytest.MonkeyPatch, *unwritable: Path) -> None:
    """Root writes anywhere: under root, permissions are denied the way the kernel would
    deny them to a user (opening for writing, and os.access)."""
    if os.geteuid() != 0:
        return
    denied = {str(p) for p in unwritable}
    real_open, real_access = os.open, os.access

    def fake_open(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        inside = str(Path(path).parent) in denied or str(path) in denied
        if inside and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    def fake_access(path: str | os.PathLike[str], mode: int, **kwargs: object) -> bool:
        if str(path) in denied and mode & os.W_OK:
            return False
        return real_access(path, mode)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "access", fake_access)


def test_a_read_only_folder_is_a_clear_refusal(
    real_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = real_db.parent
    folder.chmod(0o555)
    _as_a_user(monkeypatch, folder)
    try:
        error = _refused(folder, real_db, "db.read_only")
        assert error.params["folder"] == str(folder)
    finally:
        folder.chmod(0o755)


def test_a_stale_read_only_shm_is_a_clear_refusal(
    real_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shm = real_db.with_name(real_db.name + "-shm")
    shm.write_bytes(b"\0" * 32768)
    shm.chmod(0o444)
    _as_a_user(monkeypatch, shm)
    error = _refused(real_db.parent, real_db, "db.shm_read_only")
    assert error.params["shm"] == str(shm)


@pytest.fixture
def other_program_writing(real_db: Path) -> Iterator[sqlite3.Connection]:
    """Another program (not Agencia: no lock file) in the middle of a write transaction."""
    conn = sqlite3.connect(real_db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO account_groups (name, version) VALUES ('A medias', 1)")
    try:
        yield conn
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def test_reads_work_while_another_program_writes(
    real_db: Path, other_program_writing: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening asks for no write lock when there is nothing to migrate; a read works, and a
    write says another program is writing (the unit of work's db.busy)."""
    from agencia.db import engine
    from agencia.db.uow import unit_of_work
    from agencia.domain.actor import Actor
    from agencia.domain.enums import Role

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    actor = Actor(user_id=None, staff_id=None, login="ana", name="Ana", role=Role.ADMINISTRATOR)
    db = open_database(_url(real_db))
    try:
        with unit_of_work(db, actor, write=False) as uow:
            names = uow.session.execute(select(AccountGroup.name)).scalars().all()
        assert sorted(names) == ["Norte", "Sur"]
        with pytest.raises(DomainError) as info, unit_of_work(db, actor) as uow:
            uow.session.add(AccountGroup(name="Mío", version=1))
        assert info.value.code == "db.busy"
    finally:
        db.close()


_CRASHER = """
import os, sys
from sqlalchemy import insert
from agencia.db.database import open_database
from agencia.domain.models import AccountGroup

db = open_database(sys.argv[1])
for i in range(int(sys.argv[2])):
    with db.writer.begin() as conn:
        conn.execute(insert(AccountGroup).values(name=f"Grupo {i} " + "z" * 200, version=1))
os._exit(0)  # killed: no close, no checkpoint, the lock file and -wal left behind
"""


@pytest.mark.parametrize("rows", [5, 3000])
def test_a_killed_agencia_leaves_a_database_that_opens(real_db: Path, rows: int) -> None:
    """Across automatic checkpoints and -wal restarts, the -wal a crash leaves belongs."""
    subprocess.run([sys.executable, "-c", _CRASHER, _url(real_db), str(rows)], check=True)
    assert real_db.with_name(real_db.name + "-wal").exists()
    db = open_database(_url(real_db))
    try:
        with db.reader.connect() as conn:
            count = len(conn.execute(select(AccountGroup.id)).all())
    finally:
        db.close()
    assert count == rows + 2
