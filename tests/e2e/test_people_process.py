"""The people issue's "done when", through the real `agencia` program, on SQLite and on
PostgreSQL: a new agency made by `db init --admin` adds a director, a supervisor and two
executives, gives them a group and an account, and an executive signs in and creates the
agency's first campaign — no demo anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

AGENCIA = Path(sys.executable).with_name("agencia")
ADMIN_PW = "frase-larga-de-la-casa"
ANA_PW = "tres-tristes-tigres"
ANA_OWN = "mi-propia-frase-larga"


def agencia(
    *argv: str, stdin: str = "", password: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The program as a script runs it: no terminal, the acting password (PostgreSQL) in
    AGENCIA_PASSWORD, a new password on standard input."""
    env = {**os.environ, "AGENCIA_LANG": "es"}
    env.pop("AGENCIA_DATABASE_URL", None)
    env.pop("AGENCIA_PASSWORD", None)
    if password is not None:
        env["AGENCIA_PASSWORD"] = password
    return subprocess.run(
        [str(AGENCIA), *argv],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def new_id(*argv: str, stdin: str = "", password: str | None = None) -> int:
    done = agencia(*argv, "--format", "json", stdin=stdin, password=password)
    assert (done.returncode, done.stderr) == (0, ""), (argv, done.stderr)
    found = json.loads(done.stdout)
    assert set(found) == {"id"} and isinstance(found["id"], int)
    return int(found["id"])


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file not made yet, or a server database without tables."""
    assert AGENCIA.exists(), f"{AGENCIA} is missing: pip install -e . in this environment"
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'nueva.sqlite3'}"
    return str(request.getfixturevalue("pg_blank_url"))


def test_a_new_agency_creates_its_first_campaign(empty_url: str) -> None:
    server = not empty_url.startswith("sqlite")
    made = agencia(
        "db",
        "init",
        "--admin",
        "admin",
        "--agency",
        "Nueva",
        "--db",
        empty_url,
        stdin=ADMIN_PW + "\n",
    )
    assert (made.returncode, made.stderr) == (0, ""), made.stderr
    assert made.stdout.startswith("Agencia «Nueva» preparada")
    # as the administrator: on a server they name themselves and prove it
    admin = ("--db", empty_url, "--user", "admin")
    pw = ADMIN_PW if server else None

    def add(*argv: str, stdin: str = "") -> int:
        return new_id(*argv, *admin, stdin=stdin, password=pw)

    director = add(
        "staff", "add", "Lucía Gómez", "--role", "account_director", "--gender", "feminine"
    )
    group = add("group", "add", "Gran Consumo", "--director", str(director))
    supervisor = add(
        "staff",
        "add",
        "Pedro Ruiz",
        "--role",
        "account_supervisor",
        "--reports-to",
        str(director),
        "--group",
        str(group),
    )
    executives = [
        add(
            "staff",
            "add",
            name,
            "--role",
            "account_executive",
            "--reports-to",
            str(supervisor),
            "--group",
            str(group),
        )
        for name in ("Ana Sol", "Luis Mar")
    ]
    add("user", "add", "ana", "--staff", str(executives[0]), stdin=ANA_PW + "\n")
    # the administrator's password is temporary: Ana chooses her own first (explore 9, L10)
    own = agencia("user", "password", "--db", empty_url, "--user", "ana",
                  stdin=ANA_OWN + "\n", password=ANA_PW)  # fmt: skip
    assert (own.returncode, own.stderr) == (0, ""), own.stderr
    account = add(
        "account",
        "add",
        "Helados García",
        "--group",
        str(group),
        "--lead",
        str(executives[0]),
        "--tax-id",
        "B12345674",  # a CIF with its control digit
    )

    # the executive signs in (on a server, with her own password) and creates the campaign
    campaign = new_id(
        "campaign",
        "add",
        "--account",
        str(account),
        "--name",
        "Verano",
        "--budget",
        "48500.50",
        "--db",
        empty_url,
        "--user",
        "ana",
        password=ANA_OWN if server else None,
    )
    shown = agencia(
        "campaign",
        "show",
        str(campaign),
        "--format",
        "json",
        "--db",
        empty_url,
        "--user",
        "ana",
        password=ANA_OWN if server else None,
    )
    assert (shown.returncode, shown.stderr) == (0, "")
    detail = json.loads(shown.stdout)
    assert (detail["owner_id"], detail["status"], detail["account_id"]) == (
        executives[0],
        "brief",
        account,
    )
    listed = agencia("staff", "list", "--format", "json", *admin, password=pw)
    people = {p["name"]: p for p in json.loads(listed.stdout)}
    assert set(people) == {"admin", "Lucía Gómez", "Pedro Ruiz", "Ana Sol", "Luis Mar"}
    assert people["Lucía Gómez"]["title"] == "Directora de cuentas"
    assert people["Ana Sol"]["reports_to"] == "Pedro Ruiz"

    weak = agencia(
        "user",
        "add",
        "luis",
        "--staff",
        str(executives[1]),
        *admin,
        stdin="password123\n",
        password=pw,
    )
    assert weak.returncode == 1 and len(weak.stderr.strip().splitlines()) == 1
    assert "Traceback" not in weak.stderr
