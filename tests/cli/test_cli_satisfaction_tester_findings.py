"""A tester's findings in the satisfaction commands: `surveys import` counted a file
imported twice and said «1 respuestas importadas»; an empty contact cell read «Faltan
columnas: contact»; `report satisfaction`'s row did not add up (the gap from the paired
answers, the means from all); `improvements list` wrote ISO dates and «-2.00»."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_support import one_line, run

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.models import User
from agencia.services.satisfaction import improvements, templates

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_world import World, satisfaction_world

COLUMNS = ["template", "account", "contact", "date", "d5q1_expected", "d5q1_perceived",
           "d5q2_expected", "d5q2_perceived", "importance_5"]  # fmt: skip


@pytest.fixture
def world(sqlite_url: str) -> Iterator[World]:
    db = open_database(sqlite_url)
    w = satisfaction_world(db)
    templates.list_templates(db, w.admin)
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.add(User(login="lucia", password_hash="x", staff_id=w.staff["director"]))
        uow.session.add(User(login="alvaro", password_hash="x", staff_id=w.staff["exec"]))
    db.close()  # the command opens the file itself
    yield w


def _as(world: World, login: str = "lucia") -> tuple[str, ...]:
    return ("--db", world.db.url.render_as_string(hide_password=False), "--user", login)


def _csv(path: Path, rows: list[dict[str, object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _good(world: World, **changes: object) -> dict[str, object]:
    return {"template": 1, "account": world.accounts["cafe"], "contact": world.contacts["cafe"],
            "date": "2026-03-01", "d5q1_expected": 5, "d5q1_perceived": 3,
            "d5q2_expected": "", "d5q2_perceived": 2, "importance_5": 5} | changes  # fmt: skip


def test_a_file_imported_again_says_what_it_skipped(
    capsys: pytest.CaptureFixture[str], world: World, tmp_path: Path
) -> None:
    one = _csv(tmp_path / "s_good.csv", [_good(world)])
    status, out, err = run(capsys, "surveys", "import", str(one), *_as(world))
    assert (status, err, out) == (0, "", "1 respuesta importada.\n")
    status, out, err = run(capsys, "surveys", "import", str(one), *_as(world))
    assert (status, err) == (0, "")
    assert out == "Ninguna respuesta importada. 1 ya estaba importada: no se cuenta dos veces.\n"
    two = _csv(tmp_path / "two.csv", [_good(world), _good(world, date="2026-03-02")])
    status, out, _ = run(capsys, "surveys", "import", str(two), *_as(world, "alvaro"))
    assert out == "1 respuesta importada. 1 ya estaba importada: no se cuenta dos veces.\n"
    three = _csv(tmp_path / "three.csv", [_good(world), _good(world, date="2026-03-02"),
                                          _good(world, date="2026-03-03")])  # fmt: skip
    status, out, _ = run(capsys, "surveys", "import", str(three), *_as(world))
    assert out == "1 respuesta importada. 2 ya estaban importadas: no se cuentan dos veces.\n"


def test_an_empty_cell_is_not_a_missing_column(
    capsys: pytest.CaptureFixture[str], world: World, tmp_path: Path
) -> None:
    bad = _csv(tmp_path / "bad.csv", [_good(world), _good(world, contact="")])
    status, _, err = run(capsys, "surveys", "import", str(bad), *_as(world))
    line = one_line(err)
    assert status == 1 and "Faltan columnas" not in line
    assert "Línea 3: La columna contact está vacía en esta fila" in line


def test_the_report_row_adds_up(
    capsys: pytest.CaptureFixture[str], world: World, tmp_path: Path
) -> None:
    """Perceived 3 (expected 5) and 2 (nothing expected): the score of every answer is
    2.5, the gap −2.0 of the one pair; the paired means (3.0 and 5.0) are the gap's."""
    assert run(capsys, "surveys", "import", str(_csv(tmp_path / "in.csv", [_good(world)])),
               *_as(world))[0] == 0  # fmt: skip
    out_file = tmp_path / "report.csv"
    status, _, err = run(capsys, "report", "satisfaction", "--format", "csv", "--out",
                         str(out_file), "--account", str(world.accounts["cafe"]),
                         *_as(world))  # fmt: skip
    assert (status, err) == (0, "")
    [row] = list(csv.DictReader(out_file.read_text(encoding="utf-8").splitlines()))
    assert (row["score"], row["expectation"], row["gap"]) == ("2.5", "5.0", "-2.0")
    assert (row["paired_score"], row["paired_expectation"], row["paired_answers"]) == (
        "3.0",
        "5.0",
        "1",
    )
    assert float(row["paired_score"]) - float(row["paired_expectation"]) == float(row["gap"])


@pytest.mark.parametrize(
    ("lang", "due", "gap"), [("es", "20 dic 2099", "-2,00"), ("en", "20 Dec 2099", "-2.00")]
)
def test_improvements_list_writes_dates_and_numbers_as_the_other_tables(
    capsys: pytest.CaptureFixture[str],
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    due: str,
    gap: str,
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", lang)
    db = open_database(world.db.url.render_as_string(hide_password=False))
    improvements.open_action(
        db,
        world.actor("director"),
        improvements.ActionInput(
            dimension="Empatía",
            title="Llamar",
            owner_id=world.staff["exec"],
            due_on=date(2099, 12, 20),
            opened_gap=-2.0,
            account_id=world.accounts["cafe"],
            opened_on=date.today() - timedelta(days=1),
        ),
    )
    db.close()
    status, out, err = run(capsys, "improvements", "list", *_as(world))
    assert (status, err) == (0, "")
    assert due in out and gap in out and "2099-12-20" not in out
