"""Opening a SQLite file: every refusal leaves it byte-for-byte untouched, with no -wal,
-shm or .lock file beside it; a file is backed up before it is migrated, and the backup
is put back when the migration fails."""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, insert, text

from agencia.cli.errors import exit_status
from agencia.db import migrate, sqlite_checks
from agencia.db.database import backup_sqlite, open_database
from agencia.domain.errors import DatabaseRefused
from agencia.domain.models import AccountGroup, Staff


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _snapshot(path: Path) -> tuple[str, list[str]]:
    """The file's sha256, and every file in its folder (so -wal, -shm, .lock would show)."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
    return digest, sorted(p.name for p in path.parent.iterdir())


def _connect(path: Path) -> sqlite3.Connection:
    """A plain connection: unlike a read-only one, its close removes the -wal and -shm."""
    return sqlite3.connect(path)


def _dump(path: Path) -> list[str]:
    conn = _connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _make_db(path: Path, *, groups: tuple[str, ...] = ("Norte", "Sur")) -> Path:
    """A real database at head, with a few rows, closed cleanly (no -wal/-shm left)."""
    db = open_database(_url(path))
    try:
        with db.writer.begin() as conn:
            for name in groups:
                conn.execute(insert(AccountGroup).values(name=name, version=1))
            conn.execute(
                insert(Staff).values(full_name="Ana Pérez", role="administrator", version=1)
            )
    finally:
        db.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    return path


@pytest.fixture
def real_db(tmp_path: Path) -> Path:
    folder = tmp_path / "office"
    folder.mkdir()
    return _make_db(folder / "agencia.sqlite3")


def _refused(path: Path, code: str, opener: Callable[[], object] | None = None) -> DatabaseRefused:
    before = _snapshot(path)
    with pytest.raises(DatabaseRefused) as info:
        (opener or (lambda: open_database(_url(path))))()
    assert info.value.code == code, info.value.params
    assert exit_status(info.value) == 3
    assert _snapshot(path) == before
    assert str(info.value)  # a message for people, in the catalogue
    return info.value


# --- refusals -------------------------------------------------------------------------


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Reunión con el cliente: martes 10:00\n" * 50, encoding="utf-8")
    _refused(path, "db.not_database")


def test_random_bytes_are_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "blob.db"
    path.write_bytes(bytes(range(256)) * 64)
    _refused(path, "db.not_database")


def test_someone_elses_sqlite_database_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.commit()
    conn.close()
    _refused(path, "db.not_database")


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "agencia.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseRefused) as info:
        open_database(_url(folder))
    assert info.value.code == "db.not_database"
    assert list(folder.iterdir()) == []


def test_a_file_short_of_a_page_is_damaged(real_db: Path) -> None:
    data = real_db.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    real_db.write_bytes(data[:-page_size])
    error = _refused(real_db, "db.truncated")
    assert error.params["missing"] == page_size


def test_a_file_cut_mid_page_is_damaged(real_db: Path) -> None:
    data = real_db.read_bytes()
    real_db.write_bytes(data[: len(data) - 100])
    _refused(real_db, "db.truncated")


def test_a_broken_header_is_damaged(real_db: Path) -> None:
    data = bytearray(real_db.read_bytes())
    data[16:18] = (1000).to_bytes(2, "big")  # not a power of two
    real_db.write_bytes(bytes(data))
    _refused(real_db, "db.bad_header")


def test_a_corrupt_page_is_damaged(real_db: Path) -> None:
    conn = sqlite3.connect(real_db)
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'alembic_version'"
    ).fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(real_db.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\xa5" * page_size
    real_db.write_bytes(bytes(data))
    _refused(real_db, "db.damaged")


def test_a_newer_database_is_refused(real_db: Path) -> None:
    conn = sqlite3.connect(real_db)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    error = _refused(real_db, "db.newer")
    assert error.params["revision"] == "9999_future"


def _fake_mounts(tmp_path: Path, folder: Path, fstype: str) -> str:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "proc /proc proc rw,nosuid 0 0\n"
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        f"//fileserver/agencia {folder} {fstype} rw,relatime 0 0\n"
    )
    return str(mounts)


@pytest.mark.parametrize("fstype", ["nfs4", "cifs"])
def test_a_database_on_a_network_share_is_refused(
    real_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fstype: str
) -> None:
    mounts = _fake_mounts(tmp_path, real_db.parent, fstype)
    with pytest.raises(DatabaseRefused) as info:
        sqlite_checks.refuse_network_share(real_db, mounts=mounts)
    assert info.value.code == "db.network_share"
    assert info.value.params["fs"] == fstype

    monkeypatch.setattr(
        sqlite_checks,
        "refuse_network_share",
        functools.partial(sqlite_checks.refuse_network_share, mounts=mounts),
    )
    _refused(real_db, "db.network_share")
    # Nor is a new database created there (not even its folder).
    new = real_db.parent / "sub" / "nuevo.sqlite3"
    with pytest.raises(DatabaseRefused) as info:
        open_database(_url(new))
    assert info.value.code == "db.network_share"
    assert not new.parent.exists()


def test_filesystem_type(tmp_path: Path) -> None:
    share = tmp_path / "Mis documentos"
    deeper = share / "agencia"
    deeper.mkdir(parents=True)
    escaped = str(share).replace(" ", "\\040")
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        f"tmpfs {tmp_path} tmpfs rw 0 0\n"
        f"server:/export {escaped} nfs4 rw 0 0\n"
        "broken line\n"
    )
    assert sqlite_checks.filesystem_type(deeper / "a.sqlite3", str(mounts)) == "nfs4"
    assert sqlite_checks.filesystem_type(share, str(mounts)) == "nfs4"
    assert sqlite_checks.filesystem_type(tmp_path / "Mis", str(mounts)) == "tmpfs"
    assert sqlite_checks.filesystem_type(Path("/etc"), str(mounts)) == "ext4"
    assert sqlite_checks.filesystem_type(tmp_path, str(tmp_path / "no-such-file")) == ""
    sqlite_checks.refuse_network_share(tmp_path / "local.sqlite3", mounts=str(mounts))  # local
    assert sqlite_checks.filesystem_type(tmp_path) != ""  # the real /proc/mounts


_HOLDER = textwrap.dedent(
    """
    import sys
    from agencia.db.database import open_database

    db = open_database(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.read()  # hold the database until told to stop
    db.close()
    """
)


@pytest.fixture
def holder(real_db: Path) -> Iterator[subprocess.Popen[str]]:
    """Another Agencia process with `real_db` open for writing."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, _url(real_db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if line.strip() != "ready":
            proc.kill()
            _, err = proc.communicate(timeout=10)
            pytest.fail(f"the holder process did not open the database: {line}{err}")
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=10)


def test_a_database_another_process_is_writing_is_refused(
    real_db: Path, holder: subprocess.Popen[str]
) -> None:
    lock = real_db.with_name(real_db.name + ".lock")
    assert lock.exists()
    before = _snapshot(real_db)
    with pytest.raises(DatabaseRefused) as info:
        open_database(_url(real_db))
    assert info.value.code == "db.in_use"
    assert info.value.params["pid"] == str(holder.pid)
    assert _snapshot(real_db) == before  # the holder's lock is still there, and only it
    assert lock.read_text() == str(holder.pid)


def test_a_lock_left_by_a_dead_process_does_not_block(
    real_db: Path, holder: subprocess.Popen[str]
) -> None:
    holder.kill()
    holder.wait(timeout=10)
    assert real_db.with_name(real_db.name + ".lock").exists()  # stale, but unlocked
    db = open_database(_url(real_db))
    db.close()
    assert sorted(p.name for p in real_db.parent.iterdir()) == [real_db.name]


def test_the_holder_closing_frees_the_database(
    real_db: Path, holder: subprocess.Popen[str]
) -> None:
    holder.communicate(input="", timeout=30)  # EOF on stdin: it closes and exits
    assert holder.returncode == 0
    assert sorted(p.name for p in real_db.parent.iterdir()) == [real_db.name]
    open_database(_url(real_db)).close()


def test_one_process_opens_a_file_once(real_db: Path) -> None:
    first = open_database(_url(real_db))
    try:
        with pytest.raises(DatabaseRefused) as info:
            open_database(_url(real_db))
        assert info.value.code == "db.in_use"
    finally:
        first.close()
    open_database(_url(real_db)).close()


# --- creating, backing up, migrating --------------------------------------------------


def test_a_new_file_is_created_at_head_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "nueva" / "carpeta" / "agencia.sqlite3"
    db = open_database(_url(path))
    try:
        assert db.backup_path is None
        with db.writer.connect() as conn:
            assert migrate.current(conn) == migrate.head()
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_an_empty_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "agencia.sqlite3"
    path.touch()
    open_database(_url(path)).close()
    assert sqlite_checks.read_revision(path) == (migrate.head(), True)


def test_a_database_at_head_is_opened_without_a_backup(real_db: Path) -> None:
    before = _dump(real_db)
    db = open_database(_url(real_db))
    db.close()
    assert db.backup_path is None
    assert _dump(real_db) == before
    assert sorted(p.name for p in real_db.parent.iterdir()) == [real_db.name]


def test_backup_sqlite_is_a_checked_copy_with_the_same_rows(real_db: Path) -> None:
    backup = backup_sqlite(real_db, reason="0001")
    assert backup.exists() and backup != real_db
    assert "-rev0001-" in backup.name and backup.suffix == real_db.suffix
    conn = sqlite3.connect(backup)
    try:
        assert sqlite_checks.integrity_ok(conn)
    finally:
        conn.close()
    assert _dump(backup) == _dump(real_db)
    target = real_db.parent / "copia.sqlite3"
    assert backup_sqlite(real_db, target=target) == target
    assert _dump(target) == _dump(real_db)


def test_a_backup_that_fails_its_check_is_deleted(
    real_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_checks, "integrity_ok", lambda conn: False)
    target = real_db.parent / "copia.sqlite3"
    with pytest.raises(DatabaseRefused) as info:
        backup_sqlite(real_db, target=target)
    assert info.value.code == "db.damaged"
    assert sorted(p.name for p in real_db.parent.iterdir()) == [real_db.name]


def test_backup_sqlite_sees_committed_wal_pages(real_db: Path) -> None:
    """The backup API reads through the WAL: a plain file copy of an open database would not."""
    db = open_database(_url(real_db))
    try:
        with db.writer.begin() as conn:
            conn.execute(insert(AccountGroup).values(name="Solo en el WAL", version=1))
        with db.writer.connect() as conn:  # keep a connection open: no checkpoint on close
            backup = backup_sqlite(real_db, target=real_db.parent / "copia.sqlite3")
            conn.rollback()
    finally:
        db.close()
    assert any("Solo en el WAL" in line for line in _dump(backup))


# "An older database" is simulated: the code is told that head is a newer revision NEXT
# (one the project does not have yet), and migrate.upgrade is replaced by a fake migration that
# writes (and commits) a row, and then either returns or fails.


HEAD = migrate.head()
NEXT = "9999"  # a migration this version does not have yet


def _pretend_newer_head(monkeypatch: pytest.MonkeyPatch, *, fail: bool) -> list[Connection]:
    calls: list[Connection] = []

    def fake_upgrade(connection: Connection, target: str = "head") -> None:
        calls.append(connection)
        if connection.in_transaction():
            connection.rollback()
        with connection.begin():
            connection.execute(insert(AccountGroup).values(name="Migrado", version=1))
            connection.execute(text(f"UPDATE alembic_version SET version_num = '{NEXT}'"))
        if fail:
            raise RuntimeError(f"la migración {NEXT} falló a medias")

    known = migrate.known_revisions()
    monkeypatch.setattr(migrate, "head", lambda: NEXT)
    monkeypatch.setattr(migrate, "known_revisions", lambda: known | {NEXT})
    monkeypatch.setattr(migrate, "upgrade", fake_upgrade)
    return calls


def _group_names(path: Path) -> list[str]:
    conn = _connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM account_groups ORDER BY name")]
    finally:
        conn.close()


def test_an_older_database_is_backed_up_before_it_is_migrated(
    real_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _dump(real_db)
    calls = _pretend_newer_head(monkeypatch, fail=False)
    db = open_database(_url(real_db))
    db.close()
    assert len(calls) == 1
    assert db.backup_path is not None and db.backup_path.exists()
    assert f"-rev{HEAD}-" in db.backup_path.name
    assert _dump(db.backup_path) == before  # the backup is the file as it was
    assert _group_names(real_db) == ["Migrado", "Norte", "Sur"]
    assert _group_names(db.backup_path) == ["Norte", "Sur"]


def test_a_failed_migration_puts_the_backup_back(
    real_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _dump(real_db)
    calls = _pretend_newer_head(monkeypatch, fail=True)
    with pytest.raises(DatabaseRefused) as info:
        open_database(_url(real_db))
    assert len(calls) == 1
    assert info.value.code == "db.migration_failed"
    assert "falló a medias" in info.value.params["detail"]
    backups = [p for p in real_db.parent.iterdir() if ".backup" in p.name]
    assert len(backups) == 1  # kept, for the record
    assert _dump(real_db) == before == _dump(backups[0])
    assert sqlite_checks.read_revision(real_db) == (HEAD, True)
    names = sorted(p.name for p in real_db.parent.iterdir())
    assert names == sorted([real_db.name, backups[0].name])  # no lock, -wal or -shm left


def test_the_lock_follows_a_replaced_lock_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A holder that releases between our open and our flock leaves an unlinked file; the
    lock must be taken on the file that is there now, or two writers would both 'hold' it."""
    import fcntl

    from agencia.db import lock as lock_module

    path = tmp_path / "agencia.sqlite3"
    first = lock_module.WriterLock(path)
    real_flock = fcntl.flock
    swapped: list[bool] = []

    def flock_after_a_release(fd: int, op: int) -> None:
        if not swapped:  # the previous holder unlinks the file just before our flock
            swapped.append(True)
            first.path.unlink()
        real_flock(fd, op)

    first.path.write_text("12345")
    monkeypatch.setattr(fcntl, "flock", flock_after_a_release)
    first.acquire()
    monkeypatch.undo()
    try:
        assert first.path.exists()
        with pytest.raises(DatabaseRefused) as info:
            lock_module.WriterLock(path).acquire()
        assert info.value.code == "db.in_use"
    finally:
        first.release()
    assert not first.path.exists()


def test_a_file_being_written_is_refused_as_in_use_not_as_damaged(real_db: Path) -> None:
    """Half-way through another process's checkpoint the file can look truncated: the
    lock is taken before the file is read, so the reason given is the true one."""
    from agencia.db.lock import WriterLock

    holder = WriterLock(real_db)  # another writer (a second lock is refused, as elsewhere)
    holder.acquire()
    try:
        data = real_db.read_bytes()
        real_db.write_bytes(data[: len(data) - 100])  # what a reader may see mid-write
        error = _refused(real_db, "db.in_use")
        assert error.params["pid"] == str(os.getpid())
        assert holder.path.exists()  # the holder's lock is left alone
    finally:
        holder.release()
    _refused(real_db, "db.truncated")  # no writer: now it is damaged, and no lock is left


class _FakeMsvcrt:
    """msvcrt.locking as Windows does it: one holder per byte of a file, no waiting."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self) -> None:
        self.held: dict[tuple[int, int, int], int] = {}

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        st = os.fstat(fd)
        key = (st.st_dev, st.st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == self.LK_UNLCK:
            self.held.pop(key, None)
        elif key in self.held and self.held[key] != fd:
            raise PermissionError(13, "Permission denied")
        else:
            self.held[key] = fd


def test_the_lock_works_without_fcntl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows (no fcntl) the lock is msvcrt.locking: a second writer is refused."""
    from agencia.db import lock as lock_module

    fake = _FakeMsvcrt()
    monkeypatch.setattr(lock_module, "fcntl", None)
    monkeypatch.setattr(lock_module, "msvcrt", fake)
    path = tmp_path / "agencia.sqlite3"
    first = lock_module.WriterLock(path)
    first.acquire()
    assert len(fake.held) == 1
    with pytest.raises(DatabaseRefused) as info:
        lock_module.WriterLock(path).acquire()
    assert info.value.code == "db.in_use"
    assert info.value.params["pid"] == str(os.getpid())  # the locked byte is not the PID
    first.release()
    assert fake.held == {} and not first.path.exists()
    second = lock_module.WriterLock(path)
    second.acquire()
    second.release()
