"""Fixtures for the command line's tests: the small demo made once by `agencia demo`, a
copy of it per test, the demo with `cli_seed`'s campaigns, shared read-only, and the
service desk with a sign-in for Álvaro (`cli_desk`)."""

from __future__ import annotations

import contextlib
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_desk import Desk, alvaros_desk
from cli_seed import Seeded, seed_campaigns

from agencia import cli
from agencia.db.database import open_database
from agencia.domain import messages


@pytest.fixture(autouse=True)
def _keep_language() -> Iterator[None]:
    """`main` sets the process's message language; give the next test back what it had."""
    before = messages.language()
    yield
    messages.set_language(before)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo, made once by `agencia demo` (it takes seconds); tests get copies."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    out, err, language = io.StringIO(), io.StringIO(), messages.language()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(["demo", "--db", f"sqlite:///{path}"])
    messages.set_language(language)
    assert (status, err.getvalue()) == (0, "")
    assert out.getvalue().startswith("Demo cargada")
    assert [p.name for p in path.parent.iterdir()] == ["demo.sqlite3"]  # closed: no WAL left
    return path


@pytest.fixture
def demo_url(tmp_path: Path, demo_template: Path) -> str:
    """A SQLite file of its own with the small demo, alone in its folder."""
    path = tmp_path / "db" / "demo.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(demo_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def campaigns_world(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Path
) -> tuple[str, Seeded]:
    """The small demo plus `seed_campaigns`, in one SQLite file the tests only read."""
    path = tmp_path_factory.mktemp("campaigns") / "campaigns.sqlite3"
    shutil.copyfile(demo_template, path)
    url = f"sqlite:///{path}"
    db = open_database(url)
    try:
        seeded = seed_campaigns(db)
    finally:
        db.close()
    return url, seeded


@pytest.fixture
def campaigns_url(campaigns_world: tuple[str, Seeded]) -> str:
    return campaigns_world[0]


@pytest.fixture
def seeded(campaigns_world: tuple[str, Seeded]) -> Seeded:
    return campaigns_world[1]


@pytest.fixture
def desk(sqlite_url: str) -> Desk:
    """The service desk on a SQLite file of its own, with a sign-in for Álvaro
    (`cli_desk.as_alvaro`); a module with another cast defines its own `desk`."""
    return alvaros_desk(sqlite_url)
