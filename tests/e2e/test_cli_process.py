"""The real `agencia` program, as a user's shell or a script runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from real_program import AGENCIA, program_env, run

CAMPAIGN_STATUSES = (
    "brief", "in_development", "internal_review", "ready_for_client", "presented", "approved",
    "changes_requested", "rejected", "in_production", "live", "completed", "cancelled",
)  # fmt: skip


def agencia(*argv: str, env_lang: str = "es") -> subprocess.CompletedProcess[str]:
    return run(*argv, env=program_env(AGENCIA_LANG=env_lang))


@pytest.fixture(scope="module")
def program() -> Path:
    assert AGENCIA.exists(), f"{AGENCIA} is missing: pip install -e . in this environment"
    return AGENCIA


def test_demo_then_list_as_json(program: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'agencia.sqlite3'}"
    made = agencia("demo", "--db", url)
    assert made.returncode == 0, made.stderr
    assert made.stderr == ""
    assert made.stdout.startswith("Demo cargada") and "44 cuentas" in made.stdout
    assert "15 campañas" in made.stdout

    listed = agencia("accounts", "list", "--format", "json", "--db", url)
    assert listed.returncode == 0, listed.stderr
    assert "Traceback" not in listed.stderr
    rows = json.loads(listed.stdout)
    names = [r["name"] for r in rows]
    assert "Kola-Sierra Refrescos" in names and "Helados García" in names
    assert {r["group"] for r in rows} == {"Gran Consumo"}
    assert all({"id", "name", "legal_name", "tax_id", "status"} <= set(r) for r in rows)

    found = agencia("--db", url, "accounts", "list", "--format", "json", "--search", "garcia")
    assert found.returncode == 0
    assert [r["name"] for r in json.loads(found.stdout)] == ["Helados García"]


def test_demo_then_campaigns_as_json(program: Path, tmp_path: Path) -> None:
    """The demo's campaigns as a script reads them, then one of them in full."""
    url = f"sqlite:///{tmp_path / 'agencia.sqlite3'}"
    made = agencia("demo", "--db", url)
    assert made.returncode == 0, made.stderr

    listed = agencia("campaigns", "list", "--format", "json", "--db", url)
    assert (listed.returncode, listed.stderr) == (0, "")
    rows = json.loads(listed.stdout)
    assert isinstance(rows, list)
    keys = {"id", "name", "account", "account_id", "brand", "status", "budget", "currency"}
    keys |= {"deadline", "owner"}
    for row in rows:
        assert set(row) >= keys
    assert {r["status"] for r in rows} <= set(CAMPAIGN_STATUSES)
    assert rows, "the demo director sees the demo's campaigns"
    assert {r["account"] for r in rows} <= {
        a["name"]
        for a in json.loads(agencia("accounts", "list", "--format", "json", "--db", url).stdout)
    }  # the director's group only

    done = next(r for r in rows if r["status"] == "completed")
    shown = agencia("campaign", "show", str(done["id"]), "--db", url)
    assert (shown.returncode, shown.stderr) == (0, "")
    assert shown.stdout.startswith(f"{done['name']}  [{done['id']}]")
    for part in ("\nBrief: versión ", "\nHistorial de aprobaciones", "\nResultados\n"):
        assert part in shown.stdout, part
    as_json = agencia("campaign", "show", str(done["id"]), "--db", url, "--format", "json")
    assert as_json.returncode == 0
    detail = json.loads(as_json.stdout)
    assert detail["name"] == done["name"]
    assert any(a["stage"] == "client" and a["document_sha256"] for a in detail["approvals"])
    missing = agencia("campaign", "show", "999999", "--db", url)
    assert (missing.returncode, missing.stdout) == (1, "")
    assert missing.stderr == "No existe la campaña 999999.\n"
    wrong = agencia("campaigns", "list", "--status", "aprobado", "--db", url)
    assert wrong.returncode == 2
    assert len(wrong.stderr.strip().splitlines()) == 1 and "in_development" in wrong.stderr


def test_demo_twice_fails_with_one_line(program: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'agencia.sqlite3'}"
    assert agencia("demo", "--db", url).returncode == 0
    again = agencia("demo", "--db", url)
    assert again.returncode == 1
    assert again.stdout == ""
    assert "Traceback" not in again.stderr
    assert again.stderr.strip().splitlines() == [
        "La base de datos ya tiene datos; la demo solo se carga en una base vacía."
    ]
    english = agencia("demo", "--db", url, env_lang="en")
    assert english.returncode == 1
    assert english.stderr == "The database already has data; the demo only fills an empty one.\n"


def test_demo_if_empty_leaves_a_filled_database_as_it_is(program: Path, tmp_path: Path) -> None:
    """What scripts/demo runs every time: the first run fills, the next ones keep."""
    path = tmp_path / "agencia.sqlite3"
    url = f"sqlite:///{path}"
    first = agencia("demo", "--if-empty", "--db", url)
    assert first.returncode == 0 and first.stdout.startswith("Demo cargada"), first.stderr
    listed = agencia("accounts", "list", "--db", url, "--format", "json").stdout
    again = agencia("demo", "--if-empty", "--db", url)
    assert (again.returncode, again.stderr) == (0, "")
    assert again.stdout == "agencia.sqlite3 ya tiene datos; se deja como está.\n"
    assert agencia("accounts", "list", "--db", url, "--format", "json").stdout == listed


def test_refused_database_exits_3(program: Path, tmp_path: Path) -> None:
    path = tmp_path / "letter.sqlite3"
    path.write_text("Estimado cliente: adjuntamos la propuesta.\n" * 20, encoding="utf-8")
    before = path.read_bytes()
    refused = agencia("accounts", "list", "--db", str(path))
    assert refused.returncode == 3
    assert "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_usage_error_exits_2(program: Path, tmp_path: Path) -> None:
    wrong = agencia("accounts", "list", "--status", "dormant", "--db", str(tmp_path / "x"))
    assert wrong.returncode == 2
    assert len(wrong.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()


def test_python_dash_m_agencia(tmp_path: Path) -> None:
    version = subprocess.run(
        [sys.executable, "-m", "agencia", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert version.returncode == 0
    assert version.stdout.startswith("agencia ")


def test_a_server_database_without_libpq_is_refused_in_one_sentence(program: Path) -> None:
    # The Debian package relies on the system's libpq5; without it (here: psycopg told to
    # use an implementation that is not installed) the person reads what to install.
    env = {**os.environ, "AGENCIA_LANG": "en", "PSYCOPG_IMPL": "c"}
    env.pop("AGENCIA_DATABASE_URL", None)
    ran = subprocess.run(
        [str(AGENCIA), "accounts", "list", "--db", "postgresql://nobody@127.0.0.1:9/agencia"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert ran.returncode != 0
    assert "sudo apt install libpq5" in ran.stderr
    assert "Traceback" not in ran.stderr and "psycopg" not in ran.stderr
