"""Start-up of the bundle beside the development install: spawn → window ready (signed in,
first area shown) on the small demo, offscreen, fresh processes, median of N.

    python installer/measure_startup.py [BUNDLE_PROGRAM] [--runs N]

Prints one line per program. A figure, not a test: the machine's load moves it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def ready_seconds(program: str, url: str, home: Path) -> float:
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "AGENCIA_LOG": "info",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    started = time.perf_counter()
    window = subprocess.Popen(
        [program, "--db", url],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    assert window.stderr is not None
    for line in window.stderr:
        if "ready:" in line:
            elapsed = time.perf_counter() - started
            break
    else:
        raise SystemExit(f"{program} never became ready")
    window.send_signal(signal.SIGTERM)
    window.wait(timeout=30)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "agencia" / "agencia"))
    parser.add_argument("--runs", type=int, default=4)
    args = parser.parse_args()
    development = shutil.which("agencia", path=str(Path(sys.executable).parent))
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        url = f"sqlite:///{home / 'demo.sqlite3'}"
        subprocess.run(
            [args.bundle, "demo", "--db", url],
            check=True,
            capture_output=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        for name, program in (("development install", development), ("bundle", args.bundle)):
            if program is None:
                continue
            ready_seconds(program, url, home)  # warm the file cache
            times = [ready_seconds(program, url, home) for _ in range(args.runs)]
            print(
                f"{name:20} spawn → window ready: median {statistics.median(times) * 1000:.0f} ms"
                f" (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, n={len(times)})"
            )


if __name__ == "__main__":
    main()
