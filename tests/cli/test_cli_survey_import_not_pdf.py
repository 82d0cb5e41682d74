"""`agencia surveys import FILE.pdf --contact ID` with a file that is not a PDF, or a
damaged one, says so in the app's one line — nothing else on stderr. A tester saw pypdf's
own lines («invalid pdf header», «EOF marker not found» three times) before it: pypdf
logs what it could not read, and with no logging set up Python prints those on stderr.
Under pytest its logging plugin holds every record, so only the real process shows it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# (what the file holds, the one line the person reads)
CASES = [
    (b"hola\n", "No se pudo leer el PDF (no es un archivo PDF).\n"),
    (b"%PDF-1.4\n", "No se pudo leer el PDF (Stream has ended unexpectedly).\n"),
]


def _agencia(*argv: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, AGENCIA_LANG="es")
    return subprocess.run(
        [sys.executable, "-m", "agencia", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.e2e
@pytest.mark.parametrize(("held", "said"), CASES, ids=["not a PDF", "a damaged PDF"])
def test_a_file_that_is_not_a_readable_pdf_is_told_in_one_line(
    demo_url: str, tmp_path: Path, held: bytes, said: str
) -> None:
    who = ("--db", demo_url, "--user", "demo")
    shown = _agencia("accounts", "list", "--format", "json", *who)
    account = str(json.loads(shown.stdout)[0]["id"])
    shown = _agencia("account", "show", account, "--format", "json", *who)
    contact = str(json.loads(shown.stdout)["contacts"][0]["id"])
    answers = tmp_path / "respuestas.pdf"
    answers.write_bytes(held)
    done = _agencia("surveys", "import", str(answers), "--contact", contact, *who)
    assert (done.returncode, done.stdout, done.stderr) == (1, "", said)
