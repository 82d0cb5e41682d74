"""`agencia requests list`, `request show|add|move|task`, `report sla`, `communications list`
and `mail import` on a SQLite file (the services below are tested on both databases)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cli_support import one_line, run
from sqlalchemy import func, select

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.coordination_models import Task
from agencia.domain.enums import Channel
from agencia.domain.models import Agency, User
from agencia.domain.service_enums import Priority, RequestKind
from agencia.domain.service_models import ServiceRequest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk

from agencia.services.service.requests import NewRequest, open_request

KEYS = {
    "id",
    "account",
    "account_id",
    "subject",
    "channel",
    "kind",
    "priority",
    "status",
    "assignee",
    "due",
    "breached",
}
MADRID = ZoneInfo("Europe/Madrid")


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[Desk]:
    """The desk, with a sign-in for Álvaro; the database is closed between the test's
    own service calls (`_open`), as the command line wants it to itself."""
    db = open_database(sqlite_url)
    desk = service_desk(db)
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.add(User(login="alvaro", password_hash="x", staff_id=desk.staff["exec"]))
    db.close()
    yield desk


def _open_request(desk: Desk, data: NewRequest) -> int:
    db = open_database(desk.db.url)
    try:
        desk.db = db
        return open_request(db, desk.actor("exec"), data).id
    finally:
        db.close()


def _as(desk: Desk) -> tuple[str, ...]:
    return ("--db", desk.db.url.render_as_string(hide_password=False), "--user", "alvaro")


def test_requests_list_show_add_and_move(capsys: pytest.CaptureFixture[str], desk: Desk) -> None:
    old = _open_request(
        desk,
        NewRequest(
            desk.accounts["madrid"],
            Channel.FAX,
            RequestKind.COMPLAINT,
            Priority.URGENT,
            "Factura duplicada",
            received_at=datetime(2026, 3, 9, 9, tzinfo=MADRID),
        ),
    )
    status, out, err = run(
        capsys,
        "request",
        "add",
        "Cambiar el claim",
        "--account",
        str(desk.accounts["mexico"]),
        "--channel",
        "email",
        "--format",
        "json",
        *_as(desk),
    )
    assert (status, err) == (0, "")
    new = json.loads(out)["id"]
    status, out, err = run(capsys, "requests", "list", "--format", "json", *_as(desk))
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [old, new]  # the older, urgent one is due first
    assert set(rows[0]) == KEYS
    assert rows[0] | {"due": None} == {
        "id": old,
        "account": "Café Madrid",
        "account_id": desk.accounts["madrid"],
        "subject": "Factura duplicada",
        "channel": "fax",
        "kind": "complaint",
        "priority": "urgent",
        "status": "assigned",
        "assignee": "Álvaro Ejecutivo",
        "due": None,
        "breached": True,
    }
    assert rows[0]["due"] == "2026-03-09T12:00:00+00:00"  # 9:00 Madrid + 4 h
    status, out, _ = run(capsys, "requests", "list", "--breached", "--format", "csv", *_as(desk))
    assert [r["id"] for r in csv.DictReader(io.StringIO(out))] == [str(old)]
    status, out, _ = run(capsys, "requests", "list", *_as(desk))
    # the table says what each request is about (explore 7: it had no subject)
    assert "INCUMPLIDA" in out and "asunto" in out and "Factura dup" in out  # (clipped to fit)
    assert run(capsys, "request", "move", str(old), "resolved", *_as(desk))[2] != ""
    status, _, err = run(capsys, "request", "move", str(old), "closed", *_as(desk))
    assert status != 0 and "no puede pasar" in one_line(err)
    status, out, err = run(capsys, "request", "show", str(old), "--format", "json", *_as(desk))
    assert (status, json.loads(out)["subject"]) == (0, "Factura duplicada")
    status, _, err = run(capsys, "request", "show", "999", *_as(desk))
    assert status != 0 and "999" in one_line(err)


def test_mail_import_and_the_log(
    capsys: pytest.CaptureFixture[str], desk: Desk, tmp_path: Path
) -> None:
    good = tmp_path / "bien.eml"
    good.write_bytes(b"From: ana@cafe-madrid.es\r\nSubject: Hola\r\nMessage-ID: <a@b>\r\n\r\nx\r\n")
    bad = tmp_path / "mal.eml"
    bad.write_bytes(b"From: ana@cafe-madrid.es\r\nContent-Transfer-Encoding: base64\r\n\r\n!!\r\n")
    account = str(desk.accounts["madrid"])
    status, _, err = run(
        capsys, "mail", "import", str(good), str(bad), "--account", account, *_as(desk)
    )
    assert status != 0 and "mal formado" in one_line(err)
    status, out, _ = run(capsys, "communications", "list", "--format", "json", *_as(desk))
    assert json.loads(out) == []
    status, out, err = run(capsys, "mail", "import", str(good), "--account", account, *_as(desk))
    assert (status, err, out) == (0, "", "1 registrado, 0 ya estaban, 0 a revisar.\n")
    status, out, _ = run(capsys, "communications", "list", "--format", "json", *_as(desk))
    assert [(r["subject"], r["channel"], r["direction"]) for r in json.loads(out)] == [
        ("Hola", "email", "inbound")
    ]


def test_report_sla_csv(capsys: pytest.CaptureFixture[str], desk: Desk, tmp_path: Path) -> None:
    _open_request(
        desk,
        NewRequest(
            desk.accounts["madrid"],
            Channel.PHONE,
            RequestKind.REQUEST,
            Priority.URGENT,
            "x",
            received_at=datetime(2026, 3, 9, 9, tzinfo=MADRID),
        ),
    )
    out_file = tmp_path / "sla.csv"
    status, _, err = run(
        capsys,
        "report",
        "sla",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "--format",
        "csv",
        "--out",
        str(out_file),
        *_as(desk),
    )
    assert (status, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8"))))
    assert [(r["by"], r["name"], r["requests"], r["breached"], r["compliance"]) for r in rows] == [
        ("account", "Café Madrid", "1", "1", "0.0"),
        ("executive", "Álvaro Ejecutivo", "1", "1", "0.0"),
        ("month", "2026-03", "1", "1", "0.0"),
    ]


def test_the_demo_has_a_service_desk(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, out, err = run(capsys, "requests", "list", "--format", "json", "--db", demo_url)
    assert (status, err) == (0, "")
    rows = json.loads(out)
    assert len(rows) >= 20 and len({r["channel"] for r in rows}) >= 4
    assert {"waiting_on_client", "resolved", "in_progress"} <= {r["status"] for r in rows}
    db = open_database(demo_url)
    try:
        with unit_of_work(db, SYSTEM, write=False) as uow:
            escalated = uow.session.scalar(
                select(func.count()).where(ServiceRequest.escalation > 0, ServiceRequest.breached)
            )
    finally:
        db.close()
    assert escalated and escalated >= 3
    status, out, _ = run(capsys, "communications", "list", "--format", "json", "--db", demo_url)
    logged = json.loads(out)
    assert len(logged) >= 30 and {"delivered", "pending"} <= {c["delivery"] for c in logged}


def test_report_sla_pdf(capsys: pytest.CaptureFixture[str], desk: Desk, tmp_path: Path) -> None:
    from pypdf import PdfReader

    _open_request(
        desk,
        NewRequest(
            desk.accounts["madrid"],
            Channel.PHONE,
            RequestKind.REQUEST,
            Priority.URGENT,
            "x",
            received_at=datetime(2026, 3, 9, 9, tzinfo=MADRID),
        ),
    )
    out_file = tmp_path / "sla.pdf"
    status, _, err = run(
        capsys, "report", "sla", "--format", "pdf", "--out", str(out_file), *_as(desk)
    )
    assert (status, err) == (0, "")
    text = "".join(page.extract_text() for page in PdfReader(out_file).pages)
    text = text.replace("\u00a0", " ")
    assert "Cumplimiento de SLA" in text and "Café Madrid" in text and "0,0 %" in text
    assert "Periodo: 9 mar 2026 – " in text  # the real period, not «… – …»


def test_request_task_prints_the_new_task_s_id(
    capsys: pytest.CaptureFixture[str], desk: Desk
) -> None:
    rid = _open_request(
        desk,
        NewRequest(
            desk.accounts["madrid"],
            Channel.EMAIL,
            RequestKind.REQUEST,
            Priority.URGENT,
            "Banner de verano",
            received_at=datetime(2026, 3, 13, 17, tzinfo=MADRID),
        ),
    )
    status, _, err = run(capsys, "request", "task", str(rid), *_as(desk))
    assert status != 0 and "ninguna campaña" in one_line(err)
    status, out, err = run(capsys, "request", "campaign", str(rid), *_as(desk))
    assert (status, err) == (0, "")
    status, out, err = run(capsys, "request", "task", str(rid), "--format", "json", *_as(desk))
    assert (status, err) == (0, "")
    task_id = json.loads(out)["id"]
    db = open_database(desk.db.url)
    try:
        with unit_of_work(db, SYSTEM, write=False) as uow:
            request = uow.session.get(ServiceRequest, rid)
            task = uow.session.get(Task, task_id)
            assert request is not None and task is not None
            assert (request.task_id, task.title, task.due_on) == (
                task_id,
                "Banner de verano",
                date(2026, 3, 16),
            )
    finally:
        db.close()
    status, _, err = run(capsys, "request", "task", str(rid), *_as(desk))
    assert status != 0 and "ya es la tarea «Banner de verano»" in one_line(err)


def test_request_show_speaks_the_reader_s_language(
    capsys: pytest.CaptureFixture[str], desk: Desk
) -> None:
    """The text of `request show` is for people: labels and values in their language,
    moments on the client's clock; its codes are for `--format json`."""
    old = _open_request(
        desk,
        NewRequest(
            desk.accounts["madrid"],
            Channel.FAX,
            RequestKind.COMPLAINT,
            Priority.URGENT,
            "Factura duplicada",
            received_at=datetime(2026, 3, 9, 9, tzinfo=MADRID),
        ),
    )
    status, out, _ = run(capsys, "requests", "list", *_as(desk))
    assert out.splitlines()[-1] == "1 solicitud."  # not "1 solicitudes."
    assert run(capsys, "request", "move", str(old), "waiting_on_client", *_as(desk))[0] == 0
    status, out, err = run(capsys, "request", "show", str(old), *_as(desk))
    assert (status, err) == (0, "")
    for code in ("account:", "fax", "complaint", "urgent", "waiting_on_client", "True", "T12:"):
        assert code not in out, code
    for words in ("Cuenta:", "Café Madrid", "Canal:", "Fax", "Queja", "Urgente", "Vence:"):
        assert words in out, words
    assert "Vence:                9 mar 2026, 13:00:00" in out  # 12:00 UTC, in Madrid
    (breached,) = [line for line in out.splitlines() if "Incumplida:" in line]
    assert breached.split() == ["Incumplida:", "Sí"]  # not "True"


def test_the_contact_log_speaks_the_reader_s_language(
    capsys: pytest.CaptureFixture[str], desk: Desk, tmp_path: Path
) -> None:
    mail = tmp_path / "hola.eml"
    mail.write_bytes(
        b"From: ana@cafe-madrid.es\r\nSubject: Hola\r\nMessage-ID: <w@b>\r\n"
        b"Date: Mon, 09 Mar 2026 08:30:00 +0000\r\n\r\nx\r\n"
    )
    db = open_database(desk.db.url)
    try:  # the agency's clock: Madrid's
        with unit_of_work(db, SYSTEM) as uow:
            uow.session.scalars(select(Agency)).one().time_zone = "Europe/Madrid"
    finally:
        db.close()
    account = str(desk.accounts["madrid"])
    assert run(capsys, "mail", "import", str(mail), "--account", account, *_as(desk))[0] == 0
    status, out, err = run(capsys, "communications", "list", *_as(desk))
    assert (status, err) == (0, "")
    header, rule, row, *rest = out.splitlines()
    assert header.split() == ["ID", "Fecha", "Cuenta", "Canal", "Sentido", "Asunto"]
    assert set(rule) <= {"─", " "}
    assert "Correo electrónico" in row and "Recibida" in row and "Hola" in row
    assert "email" not in row and "inbound" not in row
    assert "9 mar 2026, 9:30" in row  # 8:30 UTC on Madrid's clock
    assert rest == ["1 comunicación."]
