"""`agencia request move` and `reassign` say what happened (the status now, who has the
request, when it is due, to the minute); `request show` says when the first answer is due
and when it was given; a request reopened shows its old resolution as the previous one;
`request move --help` and `report satisfaction --help` explain every argument, in
Spanish and in English."""

from __future__ import annotations

import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from cli_desk import Desk, as_alvaro
from cli_support import run

from agencia.db.database import open_database
from agencia.domain.enums import Channel
from agencia.domain.service_enums import Priority, RequestKind
from agencia.services.service.requests import NewRequest, open_request

MADRID = ZoneInfo("Europe/Madrid")


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


def _move(capsys: pytest.CaptureFixture[str], desk: Desk, request: int, *how: str) -> str:
    status, out, err = run(capsys, "request", "move", str(request), *how, *as_alvaro(desk))
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


def test_a_moves_deadline_is_written_as_the_other_moments(
    capsys: pytest.CaptureFixture[str], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Day, month, year and the time to the minute, as `request show` and every list
    write a moment: never the seconds of the SLA's arithmetic ("13:00:00")."""
    request = _request(desk)
    said = _move(capsys, desk, request, "in_progress")
    assert re.search(r"Resolver antes del \d{1,2} mar 2026, \d{1,2}:\d{2}\.$", said), said
    monkeypatch.setenv("AGENCIA_LANG", "en")
    args = ("request", "reassign", str(request), str(desk.staff["manager"]), *as_alvaro(desk))
    status, out, err = run(capsys, *args)
    assert (status, err) == (0, "")
    assert re.search(r"Resolve by \d{1,2} Mar 2026, \d{1,2}:\d{2}\.$", out.strip()), out


def _first_answer(capsys: pytest.CaptureFixture[str], desk: Desk, request: int) -> str:
    status, out, err = run(capsys, "request", "show", str(request), *as_alvaro(desk))
    assert (status, err) == (0, "")
    (line,) = [x.strip() for x in out.splitlines() if "respuesta:" in x or "response:" in x]
    return line


def test_show_says_when_the_first_answer_is_due_and_when_it_was_given(
    capsys: pytest.CaptureFixture[str], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The SLA's first promise beside its resolution's: owed, then given (moving the
    request on answers it), each with the moment it was due."""
    request = _request(desk)
    moment = r"\d{1,2} \w+ \d{4}, \d{1,2}:\d{2}"
    due = r"\(plazo: \d{1,2} mar 2026, \d{1,2}:\d{2}\)"
    line = _first_answer(capsys, desk, request)
    assert re.fullmatch(rf"Primera respuesta: +pendiente {due}", line), line
    _move(capsys, desk, request, "in_progress")
    line = _first_answer(capsys, desk, request)
    assert re.fullmatch(rf"Primera respuesta: +{moment} {due}", line), line
    monkeypatch.setenv("AGENCIA_LANG", "en")
    line = _first_answer(capsys, desk, request)
    due = r"\(due \d{1,2} Mar 2026, \d{1,2}:\d{2}\)"
    assert re.fullmatch(rf"First response: +{moment} {due}", line), line
    status, out, _ = run(capsys, "request", "show", str(request), "--format", "json",
                         *as_alvaro(desk))  # fmt: skip
    assert status == 0
    shown = json.loads(out)
    assert shown["first_response_at"] and shown["due_response_at"].startswith("2026-03-09")


def test_a_reassignment_says_who_has_the_request_now(
    capsys: pytest.CaptureFixture[str], desk: Desk
) -> None:
    request = _request(desk)
    args = ("request", "reassign", str(request), str(desk.staff["manager"]), *as_alvaro(desk))
    status, out, err = run(capsys, *args)
    assert (status, err) == (0, "")
    assert out.startswith(f"Solicitud {request}, «Cartel roto»: Asignada.")
    assert "Responsable: Marta Gerente." in out


def test_a_reopened_request_shows_its_resolution_as_the_previous_one(
    capsys: pytest.CaptureFixture[str], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = _request(desk)
    _move(capsys, desk, request, "resolved", "--resolution", "Cartel repuesto.")
    status, out, _ = run(capsys, "request", "show", str(request), *as_alvaro(desk))
    assert status == 0
    (line,) = [x for x in out.splitlines() if "Cartel repuesto." in x]
    assert line.split(":")[0].strip() == "Resolución"  # resolved: the resolution
    _move(capsys, desk, request, "reopened")
    status, out, _ = run(capsys, "request", "show", str(request), *as_alvaro(desk))
    assert status == 0
    (line,) = [x for x in out.splitlines() if "Cartel repuesto." in x]
    assert line.split(":")[0].strip() == "Resolución anterior"  # open again: the old one
    monkeypatch.setenv("AGENCIA_LANG", "en")
    status, out, _ = run(capsys, "request", "show", str(request), *as_alvaro(desk))
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
