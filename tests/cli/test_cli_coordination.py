"""`agencia tasks list`, `task add|status|move`, `vendors list`, `vendor show|add|rate`
and `calendar export`, on SQLite and PostgreSQL, as the campaign's executive."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import icalendar
import pytest
from campaign_world import Cast, build_cast, new_campaign
from cli_support import one_line, run
from factories import actor_for_staff

from agencia.db.database import open_database
from agencia.services.coordination import jobs
from agencia.services.people.sign_ins import add_user, change_password

PASSWORD = "una frase bastante larga"
TASK_KEYS = {
    "id", "campaign_id", "title", "team", "vendor", "assignee", "start", "due", "status",
    "depends_on", "at_risk",
}  # fmt: skip


@pytest.fixture
def world(db_url: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Cast, int]:
    db = open_database(db_url)
    try:
        cast = build_cast(db)
        for login, who in (("elena", "executive"), ("julio", "junior")):
            add_user(db, cast.admin, login, cast.staff[who], "provisional de la casa")
            change_password(db, login, "provisional de la casa", PASSWORD)  # her first sign-in
        campaign = new_campaign(cast)
    finally:
        db.close()
    monkeypatch.setenv("AGENCIA_PASSWORD", PASSWORD)
    return db_url, cast, campaign


def _ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    status, out, err = run(capsys, *argv)
    assert (status, err) == (0, ""), err
    return out


def test_tasks_from_the_command_line(
    capsys: pytest.CaptureFixture[str], world: tuple[str, Cast, int]
) -> None:
    url, cast, campaign = world
    me = ("--db", url, "--user", "elena")
    junior = str(cast.staff["junior"])
    first = int(_ok(capsys, "task", "add", "--campaign", str(campaign), "--title", "Guion",
                    "--start", "2027-01-11", "--due", "2027-01-13", "--team", "creative",
                    "--assignee", junior, "--hours", "12", *me))  # fmt: skip
    second = int(_ok(capsys, "task", "add", "--campaign", str(campaign), "--title", "Rodaje",
                     "--start", "2027-01-14", "--due", "2027-01-15", "--after", f"{first}:0",
                     *me))  # fmt: skip
    status, _, err = run(capsys, "task", "add", "--campaign", str(campaign), "--title", "X",
                         "--start", "2027-01-14", "--due", "2027-01-10", *me)  # fmt: skip
    assert status == 1 and "fin" in one_line(err)
    rows = json.loads(_ok(capsys, "tasks", "list", "--campaign", str(campaign),
                          "--format", "json", *me))  # fmt: skip
    assert [r["id"] for r in rows] == [first, second]
    assert all(set(r) >= TASK_KEYS for r in rows)
    assert rows[0]["team"] == "creative" and rows[0]["assignee"] == "Julio Junior"
    assert rows[1]["depends_on"] == [first] and rows[1]["start"] == "2027-01-14"
    assert rows[1]["at_risk"] is False and rows[1]["status"] == "todo"
    third = int(_ok(capsys, "task", "add", "--campaign", str(campaign), "--title", "Y",
                    "--start", "2027-01-16", "--due", "2027-01-16", "--after", str(second),
                    *me))  # fmt: skip
    status, _, err = run(capsys, "task", "status", str(second), "done", *me)
    assert status == 1 and "Guion" in one_line(err)
    moved = _ok(capsys, "task", "move", str(first), "--start", "2027-01-12", *me).split()
    assert moved == [str(first), str(second), str(third)]  # each pushed along
    rows = json.loads(_ok(capsys, "tasks", "list", "--format", "json", *me))
    assert {r["id"]: r["start"] for r in rows}[second] == "2027-01-15"
    out = _ok(capsys, "tasks", "list", "--campaign", str(campaign), "--format", "csv", *me)
    table = list(csv.DictReader(io.StringIO(out)))
    assert [r["title"] for r in table] == ["Guion", "Rodaje", "Y"]
    assert table[1]["depends_on"] == str(first)
    mine = json.loads(_ok(capsys, "tasks", "list", "--assignee", junior, "--format", "json",
                          "--db", url, "--user", "julio"))  # fmt: skip
    assert [r["id"] for r in mine] == [first]
    overdue = json.loads(_ok(capsys, "tasks", "list", "--overdue", "--format", "json", *me))
    assert overdue == []  # all in 2027
    assert "Guion" in _ok(capsys, "tasks", "list", *me)


def _delivered_job(url: str, cast: Cast, vendor: int, campaign: int) -> int:
    """A job of `vendor`'s on `campaign`, approved and delivered (the window records it)."""
    db = open_database(url)
    try:
        me = actor_for_staff(db, cast.staff["executive"])
        job = jobs.add_job(db, me, campaign, jobs.JobInput(vendor, "Lonas", "900")).id
        jobs.approve_job(db, actor_for_staff(db, cast.staff["supervisor"]), job, "OC-1")
        jobs.record_delivery(db, me, job, date(2026, 3, 1), "900")
        return job
    finally:
        db.close()


def test_vendors_and_the_calendar(
    capsys: pytest.CaptureFixture[str], world: tuple[str, Cast, int], tmp_path: Path
) -> None:
    url, cast, campaign = world
    me = ("--db", url, "--user", "elena")
    vendor = int(_ok(capsys, "vendor", "add", "--name", "Gráficas Alcalá", "--category",
                     "printer", "--contact", "Tomás Rueda", *me))  # fmt: skip
    # a rating belongs to a delivered job: none without one, however often
    status, _, err = run(capsys, "vendor", "rate", str(vendor), "--score", "5", *me)
    assert status == 1 and "Elija el trabajo entregado" in one_line(err)
    job = str(_delivered_job(url, cast, vendor, campaign))
    _ok(capsys, "vendor", "rate", str(vendor), "--score", "4", "--comment", "Bien", "--job", job,
        *me)  # fmt: skip
    status, _, err = run(capsys, "vendor", "rate", str(vendor), "--score", "5", "--job", job, *me)
    assert status == 1 and "ya está valorado" in one_line(err)
    status, _, err = run(capsys, "vendor", "rate", str(vendor), "--score", "1", *me)
    assert status == 1 and "comentario" in one_line(err)
    rows = json.loads(_ok(capsys, "vendors", "list", "--format", "json", *me))
    assert rows == [
        {
            "id": vendor,
            "name": "Gráficas Alcalá",
            "category": "printer",
            "contact": "Tomás Rueda",
            "email": "",
            "phone": "",
            "jobs": 1,
            "average_rating": "4.0",
            "ratings": 1,
        }
    ]
    shown = json.loads(_ok(capsys, "vendor", "show", str(vendor), "--format", "json", *me))
    assert shown["ratings"][0]["score"] == 4 and shown["jobs"][0]["rating"] == 4
    assert "Gráficas Alcalá" in _ok(capsys, "vendor", "show", str(vendor), *me)
    assert "Imprenta" in _ok(capsys, "vendors", "list", *me)
    _ok(capsys, "task", "add", "--campaign", str(campaign), "--title", "Lonas", "--start",
        "2027-02-01", "--due", "2027-02-03", "--vendor", str(vendor), *me)  # fmt: skip
    out = tmp_path / "campana.ics"
    status, _, err = run(capsys, "calendar", "export", "--campaign", str(campaign), "--out",
                         str(out), *me)  # fmt: skip
    assert status == 0 and str(out) in err
    [event] = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Lonas" and event.decoded("DTSTART") == date(2027, 2, 1)
    assert "Gráficas Alcalá" in str(event["DESCRIPTION"])
    status, _, err = run(capsys, "calendar", "export", "--out", str(out), *me)
    assert status == 2  # --campaign or --staff, one of them
    status, _, err = run(capsys, "tasks", "list", "--campaign", "999", *me)
    assert status == 1 and "999" in one_line(err)
