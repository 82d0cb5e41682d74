"""`agencia request move` and `reassign` say what happened (the status now, who has the
request, when it is due); a request reopened shows its old resolution as the previous
one; `request move --help` and `report satisfaction --help` explain every argument, in
Spanish and in English."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cli_support import run

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.models import User
from agencia.domain.service_enums import Priority, RequestKind
from agencia.services.service.requests import NewRequest, open_request

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk

MADRID = ZoneInfo("Europe/Madrid")


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[Desk]:
    db = open_database(sqlite_url)
    desk = service_desk(db)
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.add(User(login="alvaro", password_hash="x", staff_id=desk.staff["exec"]))
    db.close()
    yield desk


def _request(desk: Desk) -> int:
    db = open_database(desk.db.url)
    try:
        data = NewRequest(
            desk.accounts["madrid"],
            Channel.PHONE,
            RequestKind.REQUEST,
            Priority.NORMAL,
            "Cartel roto",
            received_at=datetime(2026, 3, 9, 9, tzinfo=MADRID),
        )
        return open_request(db, desk.actor("exec"), data).id
    finally:
        db.close()


def _as(desk: Desk) -> tuple[str, ...]:
    return ("--db", desk.db.url.render_as_string(hide_password=False), "--user", "alvaro")


def _move(capsys: pytest.CaptureFixture[str], desk: Desk, request: int, *how: str) -> str:
    status, out, err = run(capsys, "request", "move", str(request), *how, *_as(desk))
    assert (status, err) == (0, ""), err
    return out.strip()


def test_a_move_says_the_status_the_assignee_and_the_deadline(
    capsys: pytest.CaptureFixture[str], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = _request(desk)
    said = _move(capsys, desk, request, "in_progress")
    assert said.startswith(f"Solicitud {request}, «Cartel roto»: En curso.")
    assert "Responsable: Álvaro Ejecutivo." in said
    assert "Resolver antes del 1" in said and "mar 2026" in said  # on the client's clock
    said = _move(capsys, desk, request, "waiting_on_client")
    assert "Esperando al cliente" in said and "El plazo se detiene" in said
    assert "Resolver antes" not in said
    said = _move(capsys, desk, request, "resolved", "--resolution", "Cartel repuesto.")
    assert said.startswith(f"Solicitud {request}, «Cartel roto»: Resuelta.") and "antes" not in said
    monkeypatch.setenv("AGENCIA_LANG", "en")
    said = _move(capsys, desk, request, "reopened")
    assert said.startswith(f"Request {request}, “Cartel roto”: Reopened.")
    assert "Assignee: Álvaro Ejecutivo." in said and "Resolve by " in said


def test_a_reassignment_says_who_has_the_request_now(
    capsys: pytest.CaptureFixture[str], desk: Desk
) -> None:
    request = _request(desk)
    args = ("request", "reassign", str(request), str(desk.staff["manager"]), *_as(desk))
    status, out, err = run(capsys, *args)
    assert (status, err) == (0, "")
    assert out.startswith(f"Solicitud {request}, «Cartel roto»: Asignada.")
    assert "Responsable: Marta Gerente." in out


def test_a_reopened_request_shows_its_resolution_as_the_previous_one(
    capsys: pytest.CaptureFixture[str], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = _request(desk)
    _move(capsys, desk, request, "resolved", "--resolution", "Cartel repuesto.")
    status, out, _ = run(capsys, "request", "show", str(request), *_as(desk))
    assert status == 0
    (line,) = [x for x in out.splitlines() if "Cartel repuesto." in x]
    assert line.split(":")[0].strip() == "Resolución"  # resolved: the resolution
    _move(capsys, desk, request, "reopened")
    status, out, _ = run(capsys, "request", "show", str(request), *_as(desk))
    assert status == 0
    (line,) = [x for x in out.splitlines() if "Cartel repuesto." in x]
    assert line.split(":")[0].strip() == "Resolución anterior"  # open again: the old one
    monkeypatch.setenv("AGENCIA_LANG", "en")
    status, out, _ = run(capsys, "request", "show", str(request), *_as(desk))
    assert status == 0
    (line,) = [x for x in out.splitlines() if "Cartel repuesto." in x]
    assert line.split(":")[0].strip() == "Previous resolution"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "es",
            (
                "la solicitud (su ID)",
                "adónde pasa:",
                "qué se hizo para resolverla",
                "solo esta cuenta",
                "solo las cuentas de este grupo",
                "respuestas desde esta fecha",
                "respuestas hasta esta fecha",
            ),
        ),
        (
            "en",
            (
                "the request (its ID)",
                "where it goes:",
                "what was done to resolve it",
                "only this account",
                "only the accounts of this group",
                "answers from this date",
                "answers up to this date",
            ),
        ),
    ],
)
def test_every_argument_of_move_and_the_satisfaction_report_is_explained(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    words: tuple[str, ...],
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", language)
    monkeypatch.setenv("COLUMNS", "400")  # each help on one line
    helps = ""
    for command in (("request", "move"), ("report", "satisfaction")):
        status, out, _ = run(capsys, *command, "--help")
        assert status == 0
        helps += out
    for text in words:
        assert text in helps, text
