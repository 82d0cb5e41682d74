"""`agencia restore` onto a SQLite file is all or nothing on disk too (tester round,
restore 3): killed midway it left the target migrated but empty, and the next command
said the database had no users, pointing away from the restore. Now the export is loaded
into a hidden sibling renamed into place only once committed: a kill or a refusal leaves
no target (or the empty one there before, untouched), a sibling a killed restore left is
removed by the next, and the «no users» message names `agencia restore` too."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_support import one_line, run

from agencia.services.data.export_all import TABLE_SUMS

ADMIN = "rosav"  # the demo's administrator


def _export(capsys: pytest.CaptureFixture[str], demo_url: str, out: Path) -> Path:
    status, _out, err = run(capsys, "export", "--out", str(out), "--db", demo_url, "--user", ADMIN)
    assert (status, err) == (0, ""), err
    return out


def _break_last_table(folder: Path) -> None:
    """A value refused late in the restore (the audit trail loads last), its fingerprint
    recomputed: the refusal comes after the target was migrated and half loaded."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    path = folder / "vendor_jobs.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    rows[-1]["quote"] = "-5"
    path.write_text(json.dumps(rows), encoding="utf-8")
    manifest[TABLE_SUMS][path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_a_refused_restore_leaves_no_target(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    folder = _export(capsys, demo_url, tmp_path / "export")
    _break_last_table(folder)
    target = tmp_path / "nueva" / "copia.sqlite3"
    status, _out, err = run(capsys, "restore", str(folder), "--db", f"sqlite:///{target}")
    assert status == 1 and "vendor_jobs.json" in one_line(err)
    assert sorted(p.name for p in target.parent.iterdir()) == []


def test_a_refused_restore_leaves_an_empty_target_as_it_was(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    folder = _export(capsys, demo_url, tmp_path / "export")
    target = tmp_path / "copia.sqlite3"
    status, _out, err = run(capsys, "db", "upgrade", "--db", f"sqlite:///{target}")
    assert status == 0, err
    before = target.read_bytes()
    _break_last_table(folder)
    status, _out, err = run(capsys, "restore", str(folder), "--db", f"sqlite:///{target}")
    assert status == 1
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(".copia.sqlite3*"))


def test_a_killed_restore_leaves_no_target_and_the_next_one_succeeds(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    folder = _export(capsys, demo_url, tmp_path / "export")
    target = tmp_path / "copia.sqlite3"
    staged = tmp_path / ".copia.sqlite3.restoring"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen(
        [sys.executable, "-m", "agencia", "--db", f"sqlite:///{target}", "restore", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while child.poll() is None and not staged.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert child.poll() is None, "the restore ended before its staged file was seen"
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    assert not target.exists()  # no half-restored file under the chosen name
    status, out, err = run(capsys, "restore", str(folder), "--db", f"sqlite:///{target}")
    assert (status, err) == (0, ""), err
    assert out.startswith("Restauradas ")
    assert not staged.exists()
    assert sorted(p.name for p in tmp_path.glob(".copia*")) == []


def test_no_users_names_the_restore(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "vacia.sqlite3"
    status, _out, err = run(capsys, "db", "upgrade", "--db", f"sqlite:///{target}")
    assert status == 0, err
    status, _out, err = run(capsys, "accounts", "list", "--db", f"sqlite:///{target}")
    assert status == 1
    assert "agencia restore CARPETA" in one_line(err)
