"""The real `agencia` program for the end-to-end tests: the environment it runs in here,
a run to its end, the demo it opens, and the wait for its window to say it is ready."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

AGENCIA = Path(sys.executable).with_name("agencia")


def program_env(**extra: str) -> dict[str, str]:
    """Spanish, the offscreen platform, and no database but the one each call names."""
    env = {**os.environ, "AGENCIA_LANG": "es", "QT_QPA_PLATFORM": "offscreen", **extra}
    env.pop("AGENCIA_DATABASE_URL", None)
    return env


def run(*argv: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`agencia argv…` to its end, its output kept; the exit status is the caller's to check."""
    return subprocess.run(
        [str(AGENCIA), *argv],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def fill_demo(url: str, env: dict[str, str]) -> None:
    """`agencia demo`: the demo agency at `url`."""
    filled = run("demo", "--db", url, env=env)
    assert filled.returncode == 0, filled.stderr


def wait_until_ready(window: subprocess.Popen[bytes], log: Path, seconds: float = 60) -> None:
    """Until the window's log (its standard error, AGENCIA_LOG=info) says `ready:`; fails
    at once if the process ends first."""
    deadline = time.monotonic() + seconds
    while "ready:" not in log.read_text(encoding="utf-8"):
        assert window.poll() is None, log.read_text(encoding="utf-8")
        assert time.monotonic() < deadline, "the window never became ready"
        time.sleep(0.1)
