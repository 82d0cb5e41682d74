"""A decision's comment survives a real crash: the `agencia` process is killed while a
«Pedir cambios» comment on a brief is being typed, and the next start offers it back
(«Recuperar borradores»); the same dialog opened again holds it
(tests/e2e/window_script_comment_draft.py)."""

from __future__ import annotations

import json
import signal
from pathlib import Path

from real_program import fill_demo, program_env, run

SCRIPT = Path(__file__).with_name("window_script_comment_draft.py")
TYPED = "Cambiar el tono: mas cercano, y el titular mas corto"


def test_a_changes_comment_typed_before_a_crash_is_offered_back(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'agencia.sqlite3'}"
    env = program_env(
        XDG_DATA_HOME=str(tmp_path / "data"),  # the drafts' folder, this test's own
        AGENCIA_TEST_SCRIPT=str(SCRIPT),
    )
    fill_demo(url, env)

    crashed = run("--db", url, env={**env, "AGENCIA_DRAFT_STEP": "crash"}, timeout=180)
    assert crashed.returncode == -signal.SIGKILL, crashed.stdout + crashed.stderr
    said = json.loads(crashed.stdout.strip().splitlines()[-1])
    draft = Path(said["draft"])
    assert draft.is_file() and draft.is_relative_to(tmp_path / "data")
    assert TYPED in draft.read_text(encoding="utf-8")

    restored = run("--db", url, env={**env, "AGENCIA_DRAFT_STEP": "restore"}, timeout=180)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "Traceback" not in restored.stderr
    seen = json.loads(restored.stdout.strip().splitlines()[-1])
    (offered,) = seen["offered"]
    assert offered.startswith("«Pedir cambios» en «"), offered
    assert seen["comment"] == TYPED and seen["note"]
    assert seen["left"] == 0  # discarded: nothing offered next time
    assert not draft.exists()
