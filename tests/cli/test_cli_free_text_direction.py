"""`request add --description` and `request move … resolved --resolution` refuse the
invisible characters that turn text round (U+202A–U+202E, U+2066–U+2069) as a subject
does: one line on stderr naming the field as the window does and saying why, the
character itself never echoed to the terminal, nothing saved; lines are kept."""

from __future__ import annotations

import json

import pytest
from cli_desk import Desk, as_alvaro
from cli_support import one_line, run

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.service_models import ServiceRequest

HIDDEN_ES = (
    "Contiene caracteres invisibles que cambian el sentido de lectura del texto "
    "(U+202A–U+202E, U+2066–U+2069)"
)


def _stored(desk: Desk) -> list[tuple[str, str, str]]:
    db = open_database(desk.db.url)
    try:
        with unit_of_work(db, SYSTEM, write=False) as uow:
            return [
                (r.description, r.status.value, r.resolution)
                for r in uow.session.query(ServiceRequest).order_by(ServiceRequest.id)
            ]
    finally:
        db.close()


def _add(capsys: pytest.CaptureFixture[str], desk: Desk, description: str) -> tuple[int, str, str]:
    account = str(desk.accounts["madrid"])
    return run(
        capsys, "request", "add", "Factura", "--account", account,
        "--description", description, "--format", "json", *as_alvaro(desk),
    )  # fmt: skip


def test_a_description_with_a_direction_override_is_refused(
    capsys: pytest.CaptureFixture[str], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", "es")
    status, out, err = _add(capsys, desk, "Pagado \u202efdp.exe")
    line = one_line(err)
    assert (status, out) == (1, "")
    assert line == f"Revise los campos: Descripción: {HIDDEN_ES}."
    assert "\u202e" not in err and _stored(desk) == []
    status, out, err = _add(capsys, desk, "Llamó Ana.\nPagado el 3 de marzo.")
    assert (status, err) == (0, "") and json.loads(out)["id"]
    assert _stored(desk) == [("Llamó Ana.\nPagado el 3 de marzo.", "assigned", "")]


def test_a_resolution_with_a_direction_isolate_is_refused_in_english(
    capsys: pytest.CaptureFixture[str], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, out, _ = _add(capsys, desk, "")
    request = str(json.loads(out)["id"])
    monkeypatch.setenv("AGENCIA_LANG", "en")
    status, out, err = run(
        capsys, "request", "move", request, "resolved",
        "--resolution", "Pagado \u2066fdp.exe", *as_alvaro(desk),
    )  # fmt: skip
    line = one_line(err)
    assert (status, out) == (1, "")
    assert line.startswith("Please check these fields: Resolution: Holds invisible characters")
    assert "\u2066" not in err and _stored(desk) == [("", "assigned", "")]
    status, out, err = run(
        capsys, "request", "move", request, "resolved",
        "--resolution", "Reenviada.\nAbonada.", *as_alvaro(desk),
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert _stored(desk) == [("", "resolved", "Reenviada.\nAbonada.")]
