"""`agencia communications confirm ID --delivered|--failed` on SQLite and PostgreSQL: a
pending delivery is settled in the name of whoever runs it, what it did is printed in the
reader's language; a settled or missing one, or a person who may not log contacts, is
refused in one line."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cli_support import one_line, run
from sqlalchemy import select

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.models import User
from agencia.domain.service_enums import Delivery, Direction
from agencia.services.communications import browse, log
from agencia.services.communications.browse import LogFilter
from agencia.services.people.sign_ins import add_user

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk

PASSWORD = "una frase bastante larga"


def _pending(desk: Desk, subject: str) -> int:
    data = log.NewCommunication(
        desk.accounts["madrid"],
        Channel.COURIER,
        Direction.OUTBOUND,
        subject,
        occurred_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
        delivery=Delivery.PENDING,
        confirmation={"carrier": "SEUR"},
    )
    return log.log_communication(desk.db, desk.actor("exec"), data).id


@pytest.fixture
def world(db_url: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Desk, int, int]:
    db = open_database(db_url)
    try:
        desk = service_desk(db)
        add_user(db, desk.admin, "sergio", desk.staff["supervisor"], PASSWORD)
        with unit_of_work(db, SYSTEM) as uow:  # past the first sign-in's new password
            user = uow.session.scalars(select(User).where(User.login == "sergio")).one()
            user.must_change_password = False
        first, second = _pending(desk, "Muestras"), _pending(desk, "Contrato")
    finally:
        db.close()
    monkeypatch.setenv("AGENCIA_PASSWORD", PASSWORD)
    monkeypatch.setenv("AGENCIA_LANG", "es")
    return db_url, desk, first, second


def _shown(url: str, desk: Desk, item: int) -> tuple[str, dict[str, str]]:
    db = open_database(url)
    try:
        rows = browse.browse(db, desk.admin, LogFilter(channel=Channel.COURIER))
    finally:
        db.close()
    row = next(r for r in rows if r.id == item)
    return row.delivery, dict(row.confirmation)


def test_a_pending_delivery_is_confirmed_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
    world: tuple[str, Desk, int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, desk, first, second = world
    me = ("--db", url, "--user", "sergio")
    status, out, err = run(capsys, "communications", "confirm", str(first), "--delivered", *me)
    assert (status, err) == (0, "")
    assert out == f"Contacto {first}: entrega confirmada como «Entregada».\n"
    delivery, kept = _shown(url, desk, first)
    assert delivery == "delivered"
    assert kept["confirmed_by"] == "Sergio Supervisor" and kept["carrier"] == "SEUR"
    # once settled there is nothing to confirm: one line that says so
    status, out, err = run(capsys, "communications", "confirm", str(first), "--failed", *me)
    assert status == 1 and out == ""
    assert one_line(err).endswith("no está pendiente: no hay nada que confirmar.")
    monkeypatch.setenv("AGENCIA_LANG", "en")
    status, out, err = run(capsys, "communications", "confirm", str(second), "--failed", *me)
    assert (status, err) == (0, "")
    assert out == f"Contact {second}: delivery confirmed as “Not delivered”.\n"
    assert _shown(url, desk, second)[0] == "failed"
    status, _out, err = run(capsys, "communications", "confirm", "999999", "--delivered", *me)
    assert status == 1 and "There is no contact 999999." in one_line(err)


def test_confirm_takes_one_outcome(
    capsys: pytest.CaptureFixture[str], world: tuple[str, Desk, int, int]
) -> None:
    url, desk, first, _second = world
    me = ("--db", url, "--user", "sergio")
    assert run(capsys, "communications", "confirm", str(first), *me)[0] == 2
    both = ("--delivered", "--failed")
    assert run(capsys, "communications", "confirm", str(first), *both, *me)[0] == 2
    assert _shown(url, desk, first)[0] == "pending"
    status, out, _err = run(capsys, "communications", "confirm", "--help")
    assert status == 0 and "confirma la entrega pendiente de un contacto" in out
    assert "no llegó" in out and "it arrived" not in out  # its options in Spanish too
