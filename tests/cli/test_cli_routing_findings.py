"""`agencia routing add` as the testers ran it: a rule's position refused in its own
words (not a contact's «Cargo»), and a rule to the administrator — who takes no
requests on any account — refused when it is made, not listed and then passed over."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import one_line, run

from agencia.db.database import open_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[Desk]:
    db = open_database(sqlite_url)
    desk = service_desk(db)
    db.close()
    yield desk


def _admin(desk: Desk) -> tuple[str, ...]:
    return ("--db", desk.db.url.render_as_string(hide_password=False), "--user", "admin")


def test_a_bad_position_is_named_as_a_position(
    capsys: pytest.CaptureFixture[str], desk: Desk
) -> None:
    to = str(desk.staff["exec"])
    status, _, err = run(
        capsys, "routing", "add", "--kind", "complaint", "--to", to, "--position", "-5",
        *_admin(desk),
    )  # fmt: skip
    assert status == 1
    line = one_line(err)
    assert "Posición: La posición de una regla empieza en 1." in line and "Cargo" not in line


def test_a_rule_to_the_administrator_is_refused(
    capsys: pytest.CaptureFixture[str], desk: Desk
) -> None:
    admin = str(desk.admin.staff_id)
    status, _, err = run(
        capsys, "routing", "add", "--kind", "complaint", "--to", admin, *_admin(desk)
    )
    assert status == 1
    assert "no puede atender solicitudes en ninguna cuenta" in one_line(err)
    status, out, _ = run(capsys, "routing", "list", *_admin(desk))
    assert status == 0 and "Sin reglas" in out
