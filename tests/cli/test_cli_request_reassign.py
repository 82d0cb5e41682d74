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


def test_a_deactivated_person_is_said_to_be_so_and_a_request_names_what_it_became(
    capsys: pytest.CaptureFixture[str], desk: Desk
) -> None:
    """explore9 L11: «está de baja», not «No existe la persona 7»; `request show` names
    the campaign and the task the request became."""
    from agencia.services.people.handover import deactivate_staff

    db = ("--db", desk.db.url.render_as_string(hide_password=False))
    alvaro = (*db, "--user", "alvaro")
    account = str(desk.accounts["madrid"])
    _, out, _ = run(capsys, "request", "add", "Banner de primavera", "--account", account,
                    "--format", "json", *alvaro)  # fmt: skip
    new = str(json.loads(out)["id"])
    opened = open_database(desk.db.url.render_as_string(hide_password=False))
    deactivate_staff(opened, desk.admin, desk.staff["trainee"])
    opened.close()
    status, _, err = run(capsys, "request", "reassign", new, str(desk.staff["trainee"]), *alvaro)
    assert status != 0 and "Tere Trainee está de baja" in one_line(err)
    assert "No existe" not in err
    assert run(capsys, "request", "campaign", new, *alvaro)[0] == 0
    assert run(capsys, "request", "task", new, *alvaro)[0] == 0
    status, out, _ = run(capsys, "request", "show", new, *alvaro)
    assert status == 0
    shown = " ".join(out.split())
    assert "Campaña: Banner de primavera [" in shown and "Tarea: Banner de primavera [" in shown
    assert "Resolución anterior" not in shown  # never resolved: nothing was said before
    status, out, _ = run(capsys, "request", "show", new, "--format", "json", *alvaro)
    found = json.loads(out)
    assert found["campaign_id"] and found["task_id"]
