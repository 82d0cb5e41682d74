"""`restore_backup`, `check_database`, `recover_database`: a backup put back safely (the
stale -wal never replayed into it, the replaced file kept), a damaged file reported and
rescued into a new one without being touched."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlite_damage import damage_an_index

from agencia.db import restore
from agencia.db.database import backup_sqlite, open_database
from agencia.db.lock import WriterLock
from agencia.domain.errors import DatabaseRefused, DomainError
from agencia.domain.models import AccountGroup


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _make_db(path: Path, groups: tuple[str, ...] = ("Norte", "Sur")) -> Path:
    db = open_database(_url(path))
    try:
        with db.writer.begin() as conn:
            for name in groups:
                conn.execute(insert(AccountGroup).values(name=name, version=1))
    finally:
        db.close()
    return path


def _groups(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM account_groups ORDER BY id")]
    finally:
        conn.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def office(tmp_path: Path) -> Path:
    folder = tmp_path / "office"
    folder.mkdir()
    return folder


def test_restore_puts_the_backup_back_and_keeps_the_replaced_file(
    office: Path, tmp_path: Path
) -> None:
    path = _make_db(office / "agencia.sqlite3")
    backup = backup_sqlite(path, target=tmp_path / "copia.sqlite3")
    backup_sha = _sha(backup)
    db = open_database(_url(path))
    with db.writer.begin() as conn:
        for i in range(200):
            conn.execute(insert(AccountGroup).values(name=f"Nuevo {i} {'x' * 80}", version=1))
    db.close()

    kept = restore.restore_backup(path, backup)
    assert kept is not None and "-replaced-" in kept.name
    assert len(_groups(kept)) == 202  # the replaced file, whole
    assert _groups(path) == ["Norte", "Sur"]
    assert _sha(backup) == backup_sha  # the backup is only read
    assert sorted(p.name for p in office.iterdir()) == sorted([path.name, kept.name])
    open_database(_url(path)).close()
    assert _groups(path) == ["Norte", "Sur"]


def test_restore_sets_a_stale_wal_aside_with_the_file_it_belongs_to(
    office: Path, tmp_path: Path
) -> None:
    path = _make_db(office / "agencia.sqlite3")
    backup = backup_sqlite(path, target=tmp_path / "copia.sqlite3")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(200):
        conn.execute(f"INSERT INTO account_groups (name, version) VALUES ('G{i} {'x' * 80}', 1)")
    shutil.copyfile(path, tmp_path / "main")
    shutil.copyfile(f"{path}-wal", tmp_path / "wal")
    conn.close()
    shutil.copyfile(tmp_path / "main", path)  # what a crash leaves: file and -wal
    shutil.copyfile(tmp_path / "wal", f"{path}-wal")

    kept = restore.restore_backup(path, backup)
    assert kept is not None
    assert kept.with_name(kept.name + "-wal").exists()
    db = open_database(_url(path))
    db.close()
    assert _groups(path) == ["Norte", "Sur"]  # the restore holds
    conn = sqlite3.connect(kept)  # and the replaced pair still opens, whole
    assert conn.execute("SELECT count(*) FROM account_groups").fetchone()[0] == 202
    conn.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(office: Path, tmp_path: Path) -> None:
    path = _make_db(office / "agencia.sqlite3")
    backup = tmp_path / "roto.sqlite3"
    data = bytearray(path.read_bytes())
    conn = sqlite3.connect(path)
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'account_groups'"
    ).fetchone()
    conn.close()
    data[(root - 1) * 4096 : root * 4096] = b"\x5a" * 4096
    backup.write_bytes(bytes(data))
    before = _sha(path)
    with pytest.raises(DatabaseRefused) as info:
        restore.restore_backup(path, backup)
    assert info.value.code == "db.damaged"
    assert _sha(path) == before
    assert [p.name for p in office.iterdir()] == [path.name]


def test_restore_waits_for_no_one(office: Path, tmp_path: Path) -> None:
    path = _make_db(office / "agencia.sqlite3")
    backup = backup_sqlite(path, target=tmp_path / "copia.sqlite3")
    holder = WriterLock(path)
    holder.acquire()
    try:
        with pytest.raises(DatabaseRefused) as info:
            restore.restore_backup(path, backup)
        assert info.value.code == "db.in_use"
    finally:
        holder.release()


def test_check_reports_a_sound_and_a_damaged_file(office: Path) -> None:
    path = _make_db(office / "agencia.sqlite3")
    assert restore.check_database(path) == []
    damage_an_index(path)
    before = _sha(path)
    problems = restore.check_database(path)
    assert problems
    assert _sha(path) == before
    assert [p.name for p in office.iterdir()] == [path.name]


@pytest.mark.parametrize("with_cli", [True, False])
def test_recover_writes_what_can_be_read_into_a_new_file(
    office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_cli: bool
) -> None:
    if not with_cli:
        monkeypatch.setattr(shutil, "which", lambda name: None)
    elif shutil.which("sqlite3") is None:
        pytest.skip("needs the sqlite3 program")
    path = _make_db(office / "agencia.sqlite3", tuple(f"G{i}" for i in range(50)))
    damage_an_index(path)
    before = _sha(path)
    out = tmp_path / "rescatada.sqlite3"
    rows = restore.recover_database(path, out)
    assert rows >= 50
    assert _sha(path) == before
    assert [p.name for p in office.iterdir()] == [path.name]
    assert len(_groups(out)) == 50
    with pytest.raises(DomainError) as info:
        restore.recover_database(path, out)
    assert info.value.code == "db.backup_exists"
    os.unlink(out)
