"""`agencia report satisfaction --account ID` for an account that does not exist (or is
not the person's to see) says so and fails, as every other command does, instead of an
empty CSV and exit 0 (explore 7, L5); no file is written."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import one_line, run

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.models import User

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_world import World, satisfaction_world


@pytest.fixture
def world(sqlite_url: str) -> Iterator[World]:
    db = open_database(sqlite_url)
    w = satisfaction_world(db)
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.add(User(login="lucia", password_hash="x", staff_id=w.staff["director"]))
        uow.session.add(User(login="otra", password_hash="x", staff_id=w.staff["outsider"]))
    db.close()
    yield w


def _report(capsys: pytest.CaptureFixture[str], world: World, out: Path, fmt: str,
            account: str, login: str) -> tuple[int, str]:  # fmt: skip
    url = world.db.url.render_as_string(hide_password=False)
    status, _, err = run(capsys, "report", "satisfaction", "--format", fmt, "--out", str(out),
                         "--account", account, "--db", url, "--user", login)  # fmt: skip
    return status, one_line(err) if err else ""


@pytest.mark.parametrize("fmt", ["csv", "pdf"])
def test_an_unknown_account_is_refused(
    capsys: pytest.CaptureFixture[str], world: World, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"report.{fmt}"
    status, err = _report(capsys, world, out, fmt, "999", "lucia")
    assert status == 1 and "No existe la cuenta 999" in err, err
    assert not out.exists()


def test_an_account_not_seen_is_refused(
    capsys: pytest.CaptureFixture[str], world: World, tmp_path: Path
) -> None:
    out = tmp_path / "report.csv"
    cafe = str(world.accounts["cafe"])
    status, err = _report(capsys, world, out, "csv", cafe, "otra")
    assert (status, err) == (1, f"No existe la cuenta {cafe}.")  # as a missing one
    assert not out.exists()
    status, err = _report(capsys, world, out, "csv", cafe, "lucia")
    assert (status, err) == (0, "") and out.exists()
