"""`agencia requests list`, `request show|add|move|task`, `report sla`, `communications list`
and `mail import` on a SQLite file (the services below are tested on both databases)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cli_desk import Desk, as_alvaro
from cli_support import one_line, run
from sqlalchemy import func, select

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.coordination_models import Task
from agencia.domain.enums import Channel
from agencia.domain.models import Agency
from agencia.domain.service_enums import Priority, RequestKind
from agencia.domain.service_models import ServiceRequest
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


def _on_madrids_clock(desk: Desk) -> None:
    """The agency's clock: Madrid's (the lists write moments on it)."""
    db = open_database(desk.db.url)
    try:
        with unit_of_work(db, SYSTEM) as uow:
            uow.session.scalars(select(Agency)).one().time_zone = "Europe/Madrid"
    finally:
        db.close()


def _open_request(desk: Desk, data: NewRequest) -> int:
    db = open_database(desk.db.url)
    try:
        desk.db = db
        return open_request(db, desk.actor("exec"), data).id
    finally:
        db.close()


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
        *as_alvaro(desk),
    )
    assert (status, err) == (0, "")
    new = json.loads(out)["id"]
    status, out, err = run(capsys, "requests", "list", "--format", "json", *as_alvaro(desk))
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
    status, out, _ = run(
        capsys, "requests", "list", "--breached", "--format", "csv", *as_alvaro(desk)
    )
    assert [r["id"] for r in csv.DictReader(io.StringIO(out))] == [str(old)]
    status, out, _ = run(capsys, "requests", "list", *as_alvaro(desk))
    # the table says what each request is about (explore 7: it had no subject)
    assert "INCUMPLIDA" in out and "asunto" in out and "Factura du" in out  # (clipped to fit)
    assert run(capsys, "request", "move", str(old), "resolved", *as_alvaro(desk))[2] != ""
    status, _, err = run(capsys, "request", "move", str(old), "closed", *as_alvaro(desk))
    assert status != 0 and "no puede pasar" in one_line(err)
    status, out, err = run(
        capsys, "request", "show", str(old), "--format", "json", *as_alvaro(desk)
    )
    assert (status, json.loads(out)["subject"]) == (0, "Factura duplicada")
    status, _, err = run(capsys, "request", "show", "999", *as_alvaro(desk))
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
        capsys, "mail", "import", str(good), str(bad), "--account", account, *as_alvaro(desk)
    )
    assert status != 0 and "mal formado" in one_line(err)
    status, out, _ = run(capsys, "communications", "list", "--format", "json", *as_alvaro(desk))
    assert json.loads(out) == []
    status, out, err = run(
        capsys, "mail", "import", str(good), "--account", account, *as_alvaro(desk)
    )
    assert (status, err, out) == (0, "", "1 registrado, 0 ya estaban, 0 a revisar.\n")
    status, out, _ = run(capsys, "communications", "list", "--format", "json", *as_alvaro(desk))
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
        *as_alvaro(desk),
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
        capsys, "report", "sla", "--format", "pdf", "--out", str(out_file), *as_alvaro(desk)
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
    status, _, err = run(capsys, "request", "task", str(rid), *as_alvaro(desk))
    assert status != 0 and "ninguna campaña" in one_line(err)
    status, out, err = run(capsys, "request", "campaign", str(rid), *as_alvaro(desk))
    assert (status, err) == (0, "")
    status, out, err = run(
        capsys, "request", "task", str(rid), "--format", "json", *as_alvaro(desk)
    )
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
    status, _, err = run(capsys, "request", "task", str(rid), *as_alvaro(desk))
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
    status, out, _ = run(capsys, "requests", "list", *as_alvaro(desk))
    assert out.splitlines()[-1] == "1 solicitud."  # not "1 solicitudes."
    assert run(capsys, "request", "move", str(old), "waiting_on_client", *as_alvaro(desk))[0] == 0
    status, out, err = run(capsys, "request", "show", str(old), *as_alvaro(desk))
    assert (status, err) == (0, "")
    for code in ("account:", "fax", "complaint", "urgent", "waiting_on_client", "True", "T12:"):
        assert code not in out, code
    for words in ("Cuenta:", "Café Madrid", "Canal:", "Fax", "Reclamación", "Urgente", "Vence:"):
        assert words in out, words
    assert "Vence:                9 mar 2026, 13:00\n" in out  # 12:00 UTC, in Madrid
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
    _on_madrids_clock(desk)
    account = str(desk.accounts["madrid"])
    assert run(capsys, "mail", "import", str(mail), "--account", account, *as_alvaro(desk))[0] == 0
    status, out, err = run(capsys, "communications", "list", *as_alvaro(desk))
    assert (status, err) == (0, "")
    header, rule, row, *rest = out.splitlines()
    assert header.split() == ["ID", "Fecha", "Cuenta", "Canal", "Sentido", "Asunto"]
    assert set(rule) <= {"─", " "}
    assert "Correo electrónico" in row and "Recibida" in row and "Hola" in row
    assert "email" not in row and "inbound" not in row
    assert "9 mar 2026, 9:30" in row  # 8:30 UTC on Madrid's clock
    assert rest == ["1 comunicación."]


def test_the_queue_writes_when_each_request_is_due_as_people_read_it(
    capsys: pytest.CaptureFixture[str], desk: Desk
) -> None:
    """The table's due moment on the agency's clock, as every other date of the command
    line (it was the UTC moment in ISO order: "2026-03-13 17:00")."""
    received = datetime(2026, 3, 9, 9, tzinfo=MADRID)
    data = NewRequest(
        desk.accounts["madrid"], Channel.PHONE, RequestKind.REQUEST, Priority.NORMAL,
        "Cartel roto", received_at=received,
    )  # fmt: skip
    _open_request(desk, data)
    _on_madrids_clock(desk)
    status, out, err = run(capsys, "requests", "list", *as_alvaro(desk))
    assert (status, err) == (0, "")
    (row,) = [line for line in out.splitlines() if "Cartel roto" in line]
    assert "13 mar 2026, 18:00" in row and "2026-03" not in row, row
