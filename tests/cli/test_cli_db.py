"""`agencia db upgrade|current|backup`: the schema's revision, and an online backup that
never overwrites or leaves half a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import accounts, one_line, run

from agencia.db.database import open_database


def test_db_upgrade_and_current(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from agencia.db import migrate

    head = migrate.head()
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    assert run(capsys, "db", "upgrade", "--db", url) == (0, f"(sin esquema) → {head}\n", "")
    assert run(capsys, "db", "upgrade", "--db", url) == (0, f"{head} → {head}\n", "")
    assert run(capsys, "db", "current", "--db", url) == (0, f"{head} (head)\n", "")


def test_db_backup(capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path) -> None:
    target = tmp_path / "copies" / "backup.sqlite3"
    target.parent.mkdir()
    status, out, err = run(capsys, "db", "backup", str(target), "--db", demo_url)
    assert (status, err) == (0, "")
    assert str(target) in out
    # the copy opens, and holds the same accounts
    assert accounts(capsys, f"sqlite:///{target}") == accounts(capsys, demo_url)
    copy = open_database(f"sqlite:///{target}")
    copy.close()


def test_db_backup_refuses_an_existing_file(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("do not overwrite")
    status, out, err = run(capsys, "db", "backup", str(target), "--db", demo_url)
    assert (status, out) == (1, "")
    assert one_line(err) == f"Ya existe el archivo {target}."
    assert target.read_text() == "do not overwrite"


def test_db_backup_to_an_unwritable_place(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    target = tmp_path / "no" / "such" / "folder" / "backup.sqlite3"
    status, _, err = run(capsys, "db", "backup", str(target), "--db", demo_url)
    assert status == 1
    assert one_line(err).startswith(f"No se puede escribir {target}")
    assert not target.exists()


def test_a_backup_needs_a_path(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, _, err = run(capsys, "db", "backup", "--db", demo_url, "")
    assert status == 1
    assert one_line(err) == "Indique el archivo donde guardar la copia."
