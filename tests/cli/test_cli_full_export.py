"""`agencia export` and `agencia restore`: the whole demo agency out as files and back in
with identical content — export → restore → export gives the same bytes on SQLite; on
PostgreSQL the same but for the export's own sign-in — and a target that holds anything
refused."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from cli_support import one_line, run

ADMIN = "rosav"  # the demo's administrator (Rosa Villalba)
RESTORED = "la clave nueva de sistemas 2026"  # hers on the server a restore secures


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def export(capsys: pytest.CaptureFixture[str], url: str, out: Path) -> dict[str, bytes]:
    status, printed, err = run(capsys, "export", "--out", str(out), "--db", url, "--user", ADMIN)
    assert (status, err) == (0, ""), err
    assert printed.startswith("Exportadas ")
    return files_of(out)


def test_export_restore_export_is_byte_identical_on_sqlite(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    first = export(capsys, demo_url, tmp_path / "a")
    manifest = json.loads(first["manifest.json"])
    assert manifest["tables"]["accounts"] > 0 and manifest["tables"]["audit_events"] > 0
    assert any(name.startswith("files/") for name in first)  # logos, documents: as files
    target = f"sqlite:///{tmp_path / 'copia.sqlite3'}"
    status, out, err = run(capsys, "restore", str(tmp_path / "a"), "--db", target)
    assert (status, err) == (0, ""), err
    assert out.startswith("Restauradas ")
    assert export(capsys, target, tmp_path / "b") == first
    # a second restore into the same database is refused: it is no longer empty
    status, out, err = run(capsys, "restore", str(tmp_path / "a"), "--db", target)
    assert status == 1 and "no está vacía" in one_line(err)


def test_export_restore_export_is_byte_identical_on_postgresql(
    capsys: pytest.CaptureFixture[str],
    demo_url: str,
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = export(capsys, demo_url, tmp_path / "a")
    # secured as `db init` does: the administrator's new password on standard input
    monkeypatch.setattr("sys.stdin", io.StringIO(RESTORED + "\n"))
    status, _out, err = run(
        capsys, "restore", str(tmp_path / "a"), "--db", pg_url, "--admin", ADMIN
    )
    assert (status, err) == (0, ""), err
    monkeypatch.setenv("AGENCIA_PASSWORD", RESTORED)
    again = export(capsys, pg_url, tmp_path / "b")
    # on the server the export signs in first: its trail gains that entry, the user the time
    signed_in = {"audit_events.json", "users.json", "manifest.json"}
    assert {k: v for k, v in again.items() if k not in signed_in} == {
        k: v for k, v in first.items() if k not in signed_in
    }
    events = json.loads(again["audit_events.json"])
    assert events[:-1] == json.loads(first["audit_events.json"])
    assert (events[-1]["action"], events[-1]["login"]) == ("sign_in", ADMIN)
    users = json.loads(again["users.json"])
    before = json.loads(first["users.json"])
    for user in (*users, *before):  # the server keeps the passwords: no hash in a table
        del user["last_sign_in"], user["version"], user["password_hash"]
    assert users == before


def test_a_damaged_export_is_refused(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    first = export(capsys, demo_url, tmp_path / "a")
    damaged = next(name for name in first if name.startswith("files/"))
    (tmp_path / "a" / damaged).write_bytes(b"otra cosa")
    target = f"sqlite:///{tmp_path / 'copia.sqlite3'}"
    status, _out, err = run(capsys, "restore", str(tmp_path / "a"), "--db", target)
    assert status == 1 and "dañada" in one_line(err)
    status, _out, err = run(capsys, "export", "--out", str(tmp_path / "c"), "--db", demo_url)
    # the demo director is no admin, and is told what exporting needs
    assert status == 1 and "exportar la base de datos" in one_line(err)
