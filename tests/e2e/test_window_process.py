"""The real window, as `agencia` opens it: a separate process on the offscreen platform."""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

from real_program import AGENCIA, fill_demo, program_env, run, wait_until_ready

WINDOW_SCRIPT = Path(__file__).with_name("window_script_edit_account.py")


def test_agencia_opens_the_demo_signed_in_and_closes_cleanly_on_sigterm(tmp_path: Path) -> None:
    db_path = tmp_path / "agencia.sqlite3"
    url = f"sqlite:///{db_path}"
    env = program_env(AGENCIA_LOG="info")
    fill_demo(url, env)

    log = tmp_path / "stderr.txt"
    with log.open("w", encoding="utf-8") as err:
        window = subprocess.Popen(
            [str(AGENCIA), "--db", url], env=env, stderr=err, stdout=subprocess.DEVNULL
        )
        try:
            wait_until_ready(window, log)
            assert db_path.with_name(db_path.name + ".lock").exists()  # it holds the file
            window.send_signal(signal.SIGTERM)
            assert window.wait(timeout=30) == 0
        finally:
            if window.poll() is None:
                window.kill()
                window.wait()
    output = log.read_text(encoding="utf-8")
    assert "ready: demo signed in on agencia.sqlite3" in output
    assert "Traceback" not in output
    assert not db_path.with_name(db_path.name + ".lock").exists()  # released on the way out
    again = run("accounts", "list", "--db", url, "--format", "json", env=env, timeout=60)
    assert again.returncode == 0, again.stderr


def test_an_account_edited_in_the_window_reads_back_through_the_command_line(
    tmp_path: Path,
) -> None:
    """One real action in the real window: the script (run by the app's AGENCIA_TEST_SCRIPT
    hook) opens an account, changes its phone in the form and saves through the window's
    Operations; a separate `agencia account show` then reads what was written."""
    url = f"sqlite:///{tmp_path / 'agencia.sqlite3'}"
    env = program_env()
    fill_demo(url, env)

    acted = run("--db", url, env={**env, "AGENCIA_TEST_SCRIPT": str(WINDOW_SCRIPT)}, timeout=180)
    assert acted.returncode == 0, acted.stdout + acted.stderr
    assert "Traceback" not in acted.stderr
    said = json.loads(acted.stdout.strip().splitlines()[-1])
    assert said["phone"] == "+34 963 000 123"

    shown = run(
        "account", "show", str(said["id"]), "--db", url, "--format", "json", env=env, timeout=60
    )
    assert shown.returncode == 0, shown.stderr
    account = json.loads(shown.stdout)
    assert (account["name"], account["phone"]) == ("Kola-Sierra Refrescos", "+34 963 000 123")
