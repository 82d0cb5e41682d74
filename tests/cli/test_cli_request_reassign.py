"""`agencia request reassign` as the people of a service desk: a trainee is refused, the
executive holding the request may hand it only to someone who works on the account, and a
refused move names the statuses in words."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import one_line, run
from factories import add_staff, assign

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import AssignmentRole, Role
from agencia.domain.models import User

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[Desk]:
    db = open_database(sqlite_url)
    desk = service_desk(db)
    desk.staff["trainee"] = add_staff(db, "Tere Trainee", Role.TRAINEE)
    assign(db, desk.accounts["madrid"], desk.staff["trainee"], AssignmentRole.ASSISTANT)
    with unit_of_work(db, SYSTEM) as uow:
        for login, who in (("alvaro", "exec"), ("tere", "trainee")):
            uow.session.add(User(login=login, password_hash="x", staff_id=desk.staff[who]))
    db.close()
    yield desk


def test_reassigning_needs_the_right_and_a_new_assignee_who_sees_the_account(
    capsys: pytest.CaptureFixture[str], desk: Desk
) -> None:
    db = ("--db", desk.db.url.render_as_string(hide_password=False))
    alvaro, tere = (*db, "--user", "alvaro"), (*db, "--user", "tere")
    account = str(desk.accounts["madrid"])
    status, out, _ = run(
        capsys, "request", "add", "Falta el arte", "--account", account, "--format", "json",
        *alvaro,
    )  # fmt: skip
    new = str(json.loads(out)["id"])
    status, _, err = run(capsys, "request", "reassign", new, str(desk.staff["trainee"]), *tere)
    assert status != 0 and "reasignar solicitudes" in one_line(err)
    status, _, err = run(capsys, "request", "reassign", new, str(desk.staff["other"]), *alvaro)
    assert status != 0 and "Otra Ejecutiva no puede atender esta solicitud" in one_line(err)
    status, _, _ = run(capsys, "request", "reassign", new, str(desk.staff["trainee"]), *alvaro)
    assert status == 0
    status, _, err = run(capsys, "request", "move", new, "closed", *alvaro)
    assert status != 0 and "de «Asignada» a «Cerrada»" in one_line(err)
