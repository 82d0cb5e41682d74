"""The command line beside the open window, both real processes on one SQLite file: lists,
shows and decks read while the window holds the writer's lock; only a second writer is
refused (exit 3, "another program is using the database")."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

AGENCIA = Path(sys.executable).with_name("agencia")


def test_reads_work_beside_the_window_and_a_second_writer_is_refused(tmp_path: Path) -> None:
    db_path = tmp_path / "agencia.sqlite3"
    url = f"sqlite:///{db_path}"
    env = {**os.environ, "AGENCIA_LANG": "es", "AGENCIA_LOG": "info"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("AGENCIA_DATABASE_URL", None)

    def agencia(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(AGENCIA), *argv, "--db", url],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    assert agencia("demo").returncode == 0
    log = tmp_path / "stderr.txt"
    with log.open("w", encoding="utf-8") as err:
        window = subprocess.Popen(
            [str(AGENCIA), "--db", url], env=env, stderr=err, stdout=subprocess.DEVNULL
        )
        try:
            deadline = time.monotonic() + 60
            while "ready:" not in log.read_text(encoding="utf-8"):
                assert window.poll() is None, log.read_text(encoding="utf-8")
                assert time.monotonic() < deadline, "the window never became ready"
                time.sleep(0.1)

            listed = agencia("accounts", "list", "--format", "json")
            assert listed.returncode == 0, listed.stderr
            first = json.loads(listed.stdout)[0]
            shown = agencia("account", "show", str(first["id"]), "--format", "json")
            assert shown.returncode == 0, shown.stderr
            assert json.loads(shown.stdout)["name"] == first["name"]
            campaigns = agencia("campaigns", "list", "--format", "json")
            assert campaigns.returncode == 0, campaigns.stderr
            campaign = json.loads(campaigns.stdout)[0]
            pdf = tmp_path / "deck.pdf"
            deck = agencia("deck", "campaign", str(campaign["id"]), "--out", str(pdf))
            assert deck.returncode == 0, deck.stderr
            assert pdf.read_bytes().startswith(b"%PDF")

            written = agencia("account", "add", "Otra", "--group", "1", "--lead", "1")
            assert written.returncode == 3, written.stdout + written.stderr
            assert "Otro programa" in written.stderr and "Traceback" not in written.stderr
            assert window.poll() is None  # the window went on
        finally:
            window.send_signal(signal.SIGTERM)
            window.wait(timeout=30)
    assert "Traceback" not in log.read_text(encoding="utf-8")
