"""`agencia surveys list|show|copy|import`, `improvements list`, `report satisfaction`
and `accounts health` on a SQLite file (the services are tested on both databases)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cli_support import one_line, run
from sqlalchemy import func, select

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.models import User
from agencia.domain.satisfaction_models import SurveyResponse
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus
from agencia.domain.service_models import ServiceRequest
from agencia.services.satisfaction import templates

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_world import World, satisfaction_world


@pytest.fixture
def world(sqlite_url: str) -> Iterator[World]:
    db = open_database(sqlite_url)
    w = satisfaction_world(db)
    templates.list_templates(db, w.admin)
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.add(User(login="lucia", password_hash="x", staff_id=w.staff["director"]))
        uow.session.add(User(login="alvaro", password_hash="x", staff_id=w.staff["exec"]))
    db.close()
    yield w


def _as(world: World, login: str = "lucia") -> tuple[str, ...]:
    return ("--db", world.db.url.render_as_string(hide_password=False), "--user", login)


def _count(world: World) -> int:
    db = open_database(world.db.url.render_as_string(hide_password=False))
    try:
        with unit_of_work(db, SYSTEM, write=False) as uow:
            return uow.session.scalar(select(func.count()).select_from(SurveyResponse)) or 0
    finally:
        db.close()


def _csv(path: Path, world: World, rows: list[dict[str, object]]) -> Path:
    columns = ["template", "account", "contact", "date", "d5q1_expected", "d5q1_perceived",
               "d5q2_expected", "d5q2_perceived", "importance_5"]  # fmt: skip
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_templates_list_show_and_copy(capsys: pytest.CaptureFixture[str], world: World) -> None:
    status, out, err = run(capsys, "surveys", "list", "--format", "json", *_as(world))
    assert (status, err) == (0, "")
    rows = json.loads(out)
    assert [r["shipped"] for r in rows] == ["five_indicators", "eight_values"]
    assert rows[0] | {"id": 0} == {
        "id": 0, "name": "Cinco indicadores de calidad", "revision": 1, "points": 5,
        "shipped": "five_indicators", "dimensions": 5, "questions": 10, "responses": 0,
    }  # fmt: skip
    status, out, _ = run(capsys, "surveys", "show", str(rows[1]["id"]), *_as(world))
    assert status == 0 and "1 Muy insatisfecho" in out and "8. Tangibilidad" in out
    status, out, _ = run(capsys, "surveys", "copy", str(rows[0]["id"]), "Nuestra", *_as(world))
    assert status == 0 and int(out) > rows[1]["id"]
    status, _, err = run(capsys, "surveys", "copy", str(rows[0]["id"]), "X", *_as(world, "alvaro"))
    assert status == 1 and "diseñar encuestas" in one_line(err)


def test_import_is_all_or_nothing_with_line_numbers(
    capsys: pytest.CaptureFixture[str], world: World, tmp_path: Path
) -> None:
    five = 1
    cafe, tacos = world.accounts["cafe"], world.accounts["tacos"]
    good = {"template": five, "account": cafe, "contact": world.contacts["cafe"],
            "date": "2026-03-01", "d5q1_expected": 5, "d5q1_perceived": 3,
            "d5q2_expected": "", "d5q2_perceived": 4, "importance_5": 5}  # fmt: skip
    bad = _csv(tmp_path / "bad.csv", world, [
        good,
        good | {"d5q1_perceived": 7},
        good | {"date": "ayer"},
        good | {"account": tacos},
    ])  # fmt: skip
    status, _, err = run(capsys, "surveys", "import", str(bad), *_as(world))
    line = one_line(err)
    assert status == 1
    assert "Línea 3: " in line and "«7» no está en la escala de 1 a 5" in line
    assert "Línea 4: " in line and "«ayer» no vale para date" in line
    assert "Línea 5: " in line and "Ese contacto no es de esta cuenta" in line
    assert "Línea 2" not in line and "line " not in line  # the words people read
    assert _count(world) == 0
    ok = _csv(tmp_path / "ok.csv", world, [good, good | {"date": "2026-06-01"}])
    status, out, err = run(capsys, "surveys", "import", str(ok), *_as(world, "alvaro"))
    assert (status, err, out) == (0, "", "2 respuestas importadas.\n")
    assert _count(world) == 2


def test_report_and_health(
    capsys: pytest.CaptureFixture[str], world: World, tmp_path: Path
) -> None:
    rows = [{"template": 1, "account": world.accounts["cafe"], "contact": world.contacts["cafe"],
             "date": day, "d5q1_expected": 5, "d5q1_perceived": p, "d5q2_expected": 4,
             "d5q2_perceived": p, "importance_5": 5}
            for day, p in (("2026-02-01", 5), (date.today().isoformat(), 2))]  # fmt: skip
    source = _csv(tmp_path / "in.csv", world, rows)
    assert run(capsys, "surveys", "import", str(source), *_as(world))[0] == 0
    out_file = tmp_path / "report.csv"
    cafe_id = str(world.accounts["cafe"])
    status, _, err = run(capsys, "report", "satisfaction", "--format", "csv", "--out",
                         str(out_file), "--account", cafe_id, *_as(world))  # fmt: skip
    assert (status, err) == (0, "")
    [empathy] = list(csv.DictReader(out_file.read_text(encoding="utf-8").splitlines()))
    # perceived 5, 5, 2, 2 → 3.5; expected 5, 4, 5, 4 → 4.5; gaps 0, 1, -3, -2 → -1
    # weighted: each × 5/5 → -1
    assert empathy == {"dimension": "Empatía", "score": "3.5", "expectation": "4.5",
                       "gap": "-1.0", "weighted_gap": "-1.0", "responses": "2",
                       "answers": "4", "points": "5", "paired_score": "3.5",
                       "paired_expectation": "4.5", "paired_answers": "4"}  # fmt: skip
    status, out, err = run(capsys, "accounts", "health", "--format", "json", *_as(world))
    assert (status, err) == (0, "")
    health = {r["account"]: r for r in json.loads(out)}
    cafe = health["Café Madrid"]
    assert cafe["band"] == "at_risk" and cafe["weights"] == {"satisfaction": 67, "trend": 33}
    assert "la satisfacción bajó 3,0 en Empatía" in cafe["reasons"]
    assert health["Tacos CDMX"]["score"] is None
    status, out, _ = run(capsys, "accounts", "health", *_as(world))
    assert status == 0 and "En riesgo" in out
    status, out, _ = run(capsys, "accounts", "list", "--format", "json", *_as(world))
    assert status == 0 and len(json.loads(out)) == 2  # the accounts area's own command stays
    status, out, _ = run(capsys, "improvements", "list", *_as(world))
    assert status == 0 and out.strip() == "Nada que mostrar."


def test_the_weights_shown_add_up_to_100(
    capsys: pytest.CaptureFixture[str], world: World, tmp_path: Path
) -> None:
    """Satisfaction, its trend and the SLA weigh 30, 15 and 20 of 65: 46.2 + 23.1 + 30.8
    each rounded alone read 100.1 %; the command line says the whole per cents the window
    shows (`account_health.whole_weights`), which add up to 100."""
    rows = [{"template": 1, "account": world.accounts["cafe"], "contact": world.contacts["cafe"],
             "date": day, "d5q1_expected": 5, "d5q1_perceived": p, "d5q2_expected": 4,
             "d5q2_perceived": p, "importance_5": 5}
            for day, p in (("2026-02-01", 5), (date.today().isoformat(), 4))]  # fmt: skip
    assert run(capsys, "surveys", "import", str(_csv(tmp_path / "in.csv", world, rows)),
               *_as(world))[0] == 0  # fmt: skip
    now = datetime.now(UTC)
    db = open_database(world.db.url.render_as_string(hide_password=False))
    with unit_of_work(db, SYSTEM) as uow:  # a request resolved in time: the SLA measured
        uow.session.add(
            ServiceRequest(
                account_id=world.accounts["cafe"], channel=Channel.PHONE,
                kind=RequestKind.REQUEST, priority=Priority.NORMAL, subject="Arte final",
                received_at=now - timedelta(days=2), due_resolution_at=now + timedelta(days=3),
                status=RequestStatus.RESOLVED, resolved_at=now - timedelta(days=1),
            )
        )  # fmt: skip
    db.close()
    status, out, err = run(capsys, "accounts", "health", "--format", "json", *_as(world))
    assert (status, err) == (0, "")
    cafe = {r["account"]: r for r in json.loads(out)}["Café Madrid"]
    assert cafe["weights"] == {"satisfaction": 46, "trend": 23, "sla": 31}
    assert sum(cafe["weights"].values()) == 100
    status, out, _ = run(capsys, "accounts", "health", "--format", "csv", *_as(world))
    [row] = [r for r in csv.DictReader(out.splitlines()) if r["account"] == "Café Madrid"]
    assert row["weights"] == "satisfaction 46%; trend 23%; sla 31%"


def test_the_health_kept_day_by_day(
    capsys: pytest.CaptureFixture[str], world: World, tmp_path: Path
) -> None:
    """The import kept café's health of the day; `--record` keeps every account's;
    `--history` reads them back (json, csv and the table)."""
    rows = [{"template": 1, "account": world.accounts["cafe"], "contact": world.contacts["cafe"],
             "date": date.today().isoformat(), "d5q1_expected": 5, "d5q1_perceived": 2,
             "d5q2_expected": 4, "d5q2_perceived": 2, "importance_5": 5}]  # fmt: skip
    assert run(capsys, "surveys", "import", str(_csv(tmp_path / "in.csv", world, rows)),
               *_as(world))[0] == 0  # fmt: skip
    status, out, err = run(capsys, "satisfaction", "health", "--history", "--format", "json",
                           *_as(world))  # fmt: skip
    assert (status, err) == (0, "")
    [kept] = json.loads(out)
    assert (kept["account"], kept["date"], kept["band"]) == (
        "Café Madrid",
        date.today().isoformat(),
        "at_risk",
    )
    assert kept["satisfaction"] == 2.0 and kept["reasons"] == ["satisfacción baja (2,0 sobre 5)"]
    status, out, _ = run(capsys, "satisfaction", "health", "--record", *_as(world))
    assert (status, out.strip()) == (0, "Salud de 2 cuentas guardada.")
    tacos = str(world.accounts["tacos"])
    status, out, _ = run(capsys, "accounts", "health", "--history", "--format", "csv",
                         "--account", tacos, *_as(world))  # fmt: skip
    [row] = list(csv.DictReader(out.splitlines()))
    assert (row["account"], row["score"], row["band"]) == ("Tacos CDMX", "", "")
    status, out, _ = run(capsys, "satisfaction", "health", "--history", *_as(world))
    assert status == 0 and "Café Madrid" in out and "Tacos CDMX" in out and "2,0" in out
    status, out, _ = run(capsys, "satisfaction", "health", "--history", "--from", "2099-01-01",
                         *_as(world))  # fmt: skip
    assert status == 0 and out.strip() == "Nada que mostrar."


def test_the_pdf_report_is_in_the_client_s_language(
    capsys: pytest.CaptureFixture[str], world: World, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from agencia.domain.models import Account

    rows = [{"template": 1, "account": world.accounts["tacos"], "contact": world.contacts["tacos"],
             "date": "2026-02-01", "d5q1_expected": 5, "d5q1_perceived": 3, "d5q2_expected": "",
             "d5q2_perceived": "", "importance_5": ""}]  # fmt: skip
    assert run(capsys, "surveys", "import", str(_csv(tmp_path / "in.csv", world, rows)),
               *_as(world))[0] == 0  # fmt: skip
    db = open_database(world.db.url.render_as_string(hide_password=False))
    with unit_of_work(db, SYSTEM) as uow:
        account = uow.session.get(Account, world.accounts["tacos"])
        assert account is not None
        account.locale = "en_US"
    db.close()
    out = tmp_path / "report.pdf"
    tacos = str(world.accounts["tacos"])
    status, _, err = run(capsys, "report", "satisfaction", "--format", "pdf", "--out", str(out),
                         "--account", tacos, *_as(world))  # fmt: skip
    assert (status, err) == (0, "")
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Client satisfaction · Tacos CDMX" in text
    assert "Empathy" in text and "-2.00" in text and "1 incomplete response:" in text
    assert "Dimensions to improve" in text
    sheet = tmp_path / "report.csv"  # explore9 L11: the CSV in the report's language too
    status, _, err = run(capsys, "report", "satisfaction", "--format", "csv", "--out",
                         str(sheet), "--account", tacos, *_as(world))  # fmt: skip
    assert (status, err) == (0, "")
    rows = list(csv.DictReader(sheet.read_text(encoding="utf-8").splitlines()))
    assert [r["dimension"] for r in rows] == ["Empathy"]


def test_a_questionnaire_made_filled_and_imported(
    capsys: pytest.CaptureFixture[str], world: World, tmp_path: Path
) -> None:
    from test_satisfaction_questionnaire import _fill

    blank = tmp_path / "form.pdf"
    contact = str(world.contacts["cafe"])
    status, _, err = run(capsys, "surveys", "questionnaire", "1", "--contact", contact,
                         "--out", str(blank), *_as(world, "alvaro"))  # fmt: skip
    assert (status, err) == (0, "")
    filled = tmp_path / "back.pdf"
    filled.write_bytes(_fill(blank.read_bytes(), {"p_1_1": "4", "e_1_1": "5"}))
    other = str(world.contacts["tacos"])
    status, _, err = run(capsys, "surveys", "import", str(filled), "--contact", other,
                         *_as(world, "alvaro"))  # fmt: skip
    assert status == 1 and "otro contacto" in one_line(err)
    assert _count(world) == 0
    status, out, err = run(capsys, "surveys", "import", str(filled), "--date", "2026-10-01",
                           *_as(world, "alvaro"))  # fmt: skip
    assert (status, err) == (0, "") and int(out) > 0
    assert _count(world) == 1
