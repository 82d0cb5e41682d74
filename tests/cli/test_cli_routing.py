"""`agencia routing list|add|remove` on a SQLite file: the administrator edits the
switchboard, a new request follows it, anyone else is refused with one line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import one_line, run

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.models import User

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[Desk]:
    db = open_database(sqlite_url)
    desk = service_desk(db)
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.add(User(login="lucia", password_hash="x", staff_id=desk.staff["director"]))
    db.close()
    yield desk


def _db(desk: Desk) -> tuple[str, str]:
    return ("--db", desk.db.url.render_as_string(hide_password=False))


def test_the_administrator_edits_the_rules_and_requests_follow_them(
    capsys: pytest.CaptureFixture[str], desk: Desk
) -> None:
    admin = (*_db(desk), "--user", "admin")
    status, out, _ = run(capsys, "routing", "list", *admin)
    assert status == 0 and "Sin reglas" in out
    manager, supervisor = desk.staff["manager"], desk.staff["supervisor"]
    status, out, _ = run(
        capsys, "routing", "add", "--kind", "complaint", "--to", str(manager), *admin
    )
    first = int(out)
    status, out, _ = run(
        capsys,
        "routing",
        "add",
        "--priority",
        "urgent",
        "--to",
        str(supervisor),
        "--position",
        "1",
        *admin,
    )
    assert status == 0
    status, out, _ = run(capsys, "routing", "list", "--format", "json", *admin)
    rules = json.loads(out)
    assert [(r["position"], r["priority"], r["kind"], r["staff"]) for r in rules] == [
        (1, "urgent", None, "Sergio Supervisor"),
        (2, None, "complaint", "Marta Gerente"),
    ]
    status, out, _ = run(capsys, "routing", "list", *admin)
    assert "Reclamación" in out and "Marta Gerente" in out and "Si no:" in out
    lucia = (*_db(desk), "--user", "lucia")
    status, out, _ = run(
        capsys,
        "request",
        "add",
        "Queja",
        "--account",
        str(desk.accounts["madrid"]),
        "--kind",
        "complaint",
        "--format",
        "json",
        *lucia,
    )
    new = json.loads(out)["id"]
    status, out, _ = run(capsys, "request", "show", str(new), "--format", "json", *lucia)
    assert json.loads(out)["assignee"] == "Marta Gerente"
    supervisor_id = str(desk.staff["supervisor"])
    assert run(capsys, "request", "reassign", str(new), supervisor_id, *lucia)[0] == 0
    status, out, _ = run(capsys, "request", "show", str(new), "--format", "json", *lucia)
    assert json.loads(out)["assignee"] == "Sergio Supervisor"
    status, _, err = run(capsys, "request", "reassign", str(new), "9999", *lucia)
    assert status == 1 and "9999" in one_line(err)
    status, out, _ = run(capsys, "request", "campaign", str(new), "--format", "json", *lucia)
    assert status == 0 and json.loads(out)["id"] > 0
    status, _, err = run(capsys, "request", "campaign", str(new), *lucia)
    assert status == 1 and "ya es la campaña «Queja»" in one_line(err)
    assert run(capsys, "routing", "remove", str(first), *admin)[0] == 0
    status, out, _ = run(capsys, "routing", "list", "--format", "csv", *admin)
    assert out.splitlines()[0].startswith("id,position,kind")
    assert len(out.splitlines()) == 2


def test_bad_rules_and_other_people_are_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], desk: Desk
) -> None:
    admin = (*_db(desk), "--user", "admin")
    status, _, err = run(capsys, "routing", "add", "--team", "media", *admin)
    assert status == 1 and "al menos una condición" in one_line(err)
    status, _, err = run(capsys, "routing", "remove", "77", *admin)
    assert status == 1 and "77" in one_line(err)
    status, _, err = run(
        capsys,
        "routing",
        "add",
        "--kind",
        "incident",
        "--team",
        "media",
        *_db(desk),
        "--user",
        "lucia",
    )
    assert status == 1 and one_line(err)
    status, _, err = run(capsys, "routing", "add", "--kind", "incident", *admin)
    assert status == 2
