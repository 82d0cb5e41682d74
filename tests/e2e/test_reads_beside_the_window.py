"""The command line beside the open window, both real processes on one SQLite file: lists,
shows and decks read while the window holds the writer's lock; only a second writer is
refused (exit 3, "another program is using the database")."""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

from real_program import AGENCIA, fill_demo, program_env, run, wait_until_ready


def test_reads_work_beside_the_window_and_a_second_writer_is_refused(tmp_path: Path) -> None:
    db_path = tmp_path / "agencia.sqlite3"
    url = f"sqlite:///{db_path}"
    env = program_env(AGENCIA_LOG="info")

    def agencia(*argv: str) -> subprocess.CompletedProcess[str]:
        return run(*argv, "--db", url, env=env)

    fill_demo(url, env)
    log = tmp_path / "stderr.txt"
    with log.open("w", encoding="utf-8") as err:
        window = subprocess.Popen(
            [str(AGENCIA), "--db", url], env=env, stderr=err, stdout=subprocess.DEVNULL
        )
        try:
            wait_until_ready(window, log)

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
