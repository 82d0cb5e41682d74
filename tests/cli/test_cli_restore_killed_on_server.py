"""A restore onto PostgreSQL killed midway (kill -9) leaves the database as it was: the
restore is one transaction, roles included, which the server rolls back when the
connection drops — no rows, no sign-in roles — and the same restore then succeeds
(tester round, restore 3: what SQLite needed a staged file for, the server gives)."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from cli_support import run
from sqlalchemy.engine import make_url

from agencia.db.urls import libpq

ADMIN = "rosav"  # the demo's administrator
PASSWORD = "la clave nueva de sistemas 2026"
COMMAND = (sys.executable, "-m", "agencia")


def _open_transactions(url: str) -> int:
    with psycopg.connect(libpq(make_url(url)), autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL"
        ).fetchone()
    return int(row[0]) if row else 0


def _connections(url: str) -> int:
    with psycopg.connect(libpq(make_url(url)), autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        ).fetchone()
    return int(row[0]) if row else 0


def test_a_killed_server_restore_leaves_nothing_and_can_be_run_again(
    capsys: pytest.CaptureFixture[str],
    demo_url: str,
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "export"
    status, _out, err = run(
        capsys, "export", "--out", str(folder), "--db", demo_url, "--user", ADMIN
    )
    assert (status, err) == (0, ""), err
    child = subprocess.Popen(
        [*COMMAND, "--db", pg_url, "restore", str(folder), "--admin", ADMIN],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert child.stdin is not None
        child.stdin.write((PASSWORD + "\n").encode())
        child.stdin.close()
        deadline = time.monotonic() + 120
        while child.poll() is None and time.monotonic() < deadline:
            if _open_transactions(pg_url):
                break
            time.sleep(0.02)
        assert child.poll() is None, "the restore ended before it was seen loading"
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    deadline = time.monotonic() + 60
    while _connections(pg_url) and time.monotonic() < deadline:
        time.sleep(0.05)  # the server notices the dropped connection and rolls back
    with psycopg.connect(libpq(make_url(pg_url)), autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM agency").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM staff").fetchone() == (0,)
        assert conn.execute(
            "SELECT count(*) FROM pg_roles WHERE rolname = %s", (ADMIN,)
        ).fetchone() == (0,)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    status, out, err = run(capsys, "restore", str(folder), "--db", pg_url, "--admin", ADMIN)
    assert (status, err) == (0, ""), err
    assert out.startswith("Restauradas ")
