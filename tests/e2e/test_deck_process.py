"""The real `agencia deck campaign` program on a demo database, as a script would run it."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from pypdf import PdfReader
from real_program import AGENCIA, program_env, run


def agencia(*argv: str) -> subprocess.CompletedProcess[str]:
    return run(*argv, env=program_env(), timeout=180)


def test_a_campaign_deck_from_the_real_program(tmp_path: Path) -> None:
    assert AGENCIA.exists(), f"{AGENCIA} is missing: pip install -e . in this environment"
    url = f"sqlite:///{tmp_path / 'agencia.sqlite3'}"
    made = agencia("demo", "--db", url)
    assert made.returncode == 0, made.stderr
    listed = agencia("campaigns", "list", "--status", "completed", "--format", "json", "--db", url)
    assert (listed.returncode, listed.stderr) == (0, "")
    campaign = json.loads(listed.stdout)[0]

    target = tmp_path / "decks" / f"{campaign['account']} - {campaign['name']}.pdf"
    target.parent.mkdir()
    done = agencia("deck", "campaign", str(campaign["id"]), "--out", str(target), "--db", url)
    assert (done.returncode, done.stderr) == (0, "")
    data = target.read_bytes()
    reader = PdfReader(target)
    sha = hashlib.sha256(data).hexdigest()
    assert done.stdout.strip() == f"Escrito {target}: {len(reader.pages)} páginas, SHA-256 {sha}"
    first = reader.pages[0]
    assert (float(first.mediabox.width), float(first.mediabox.height)) == (960.0, 540.0)
    text = " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())
    assert campaign["account"] in text and campaign["name"] in text  # a title may wrap
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]

    missing = agencia("deck", "campaign", "999999", "--out", str(tmp_path / "x.pdf"), "--db", url)
    assert (missing.returncode, missing.stdout) == (1, "")
    assert missing.stderr.strip() == "No existe la campaña 999999."
    assert not (tmp_path / "x.pdf").exists()
