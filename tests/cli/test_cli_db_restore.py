"""`agencia db restore|check|recover`: a backup put back safely, a damage report, and a
rescue into a new file; each says what it did in one line, or why not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_support import one_line, run, sha256
from sqlalchemy import insert
from sqlite_damage import damage_an_index

from agencia.db.database import backup_sqlite, open_database
from agencia.domain.models import AccountGroup


def _make_db(path: Path, count: int = 2) -> str:
    url = f"sqlite:///{path}"
    db = open_database(url)
    try:
        with db.writer.begin() as conn:
            for i in range(count):
                conn.execute(insert(AccountGroup).values(name=f"Grupo {i}", version=1))
    finally:
        db.close()
    return url


def _count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM account_groups").fetchone()[0])
    finally:
        conn.close()


def test_db_restore(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "agencia.sqlite3"
    url = _make_db(path)
    backup = backup_sqlite(path, target=tmp_path / "copia.sqlite3")
    db = open_database(url)
    with db.writer.begin() as conn:
        conn.execute(insert(AccountGroup).values(name="Después de la copia", version=1))
    db.close()
    status, out, err = run(capsys, "db", "restore", str(backup), "--db", url)
    assert (status, err) == (0, "")
    assert out.startswith(f"Copia restaurada en {path}")
    assert _count(path) == 2
    kept = [p for p in tmp_path.iterdir() if "-replaced-" in p.name]
    assert len(kept) == 1 and _count(kept[0]) == 3
    assert str(kept[0]) in out


def test_db_restore_refuses_a_missing_backup(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "agencia.sqlite3"
    url = _make_db(path)
    before = sha256(path)
    status, out, err = run(capsys, "db", "restore", str(tmp_path / "nada.sqlite3"), "--db", url)
    assert (status, out) == (3, "")
    assert one_line(err).startswith("No existe la base de datos")
    assert sha256(path) == before


def test_db_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "agencia.sqlite3"
    url = _make_db(path)
    assert run(capsys, "db", "check", "--db", url) == (
        0,
        f"La base de datos está bien: {path}\n",
        "",
    )
    damage_an_index(path)
    before = sha256(path)
    status, out, err = run(capsys, "db", "check", "--db", url)
    assert (status, out) == (1, "")
    assert "agencia db recover" in one_line(err)
    assert sha256(path) == before


def test_db_recover(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "agencia.sqlite3"
    url = _make_db(path, count=30)
    damage_an_index(path)
    before = sha256(path)
    out_file = tmp_path / "rescate.sqlite3"
    status, out, err = run(capsys, "db", "recover", str(out_file), "--db", url)
    assert (status, err) == (0, "")
    assert str(out_file) in out
    assert _count(out_file) == 30
    assert sha256(path) == before
    status, out, err = run(capsys, "db", "recover", str(out_file), "--db", url)
    assert (status, out) == (1, "")
    assert one_line(err) == f"Ya existe el archivo {out_file}."


def test_db_check_is_for_sqlite(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "db", "check", "--db", "postgresql://u@localhost/x")
    assert (status, out) == (1, "")
    assert "pg_dump" in one_line(err)
