"""Fixtures for the whole suite: a private environment, SQLite files and a PostgreSQL server.

`db` runs a test on both databases (ids ``sqlite`` and ``postgresql``); `sqlite_db`,
`pg_url` and `pg_admin_url` serve tests that need only one. The PostgreSQL server starts
once, when the first test needs it; every test gets its own database, copied from a
template that was migrated once. In CI (``CI=true``) the run fails if no PostgreSQL test
ran and passed: a green run must never mean "only SQLite was tested".
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
from collections.abc import Generator, Iterator
from pathlib import Path

# Before anything imports Qt, platformdirs or the app: a headless Qt, Spanish messages,
# and user folders (data, settings) in a throwaway directory, never the real user's.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="agencia-tests-"))
os.environ["QT_QPA_PLATFORM"] = os.environ.get("AGENCIA_TEST_QPA_PLATFORM", "offscreen")
os.environ["AGENCIA_LANG"] = "es"
for _var, _sub in (
    ("XDG_DATA_HOME", "data"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_RUNTIME_DIR", "runtime"),
):
    (_SESSION_HOME / _sub).mkdir(mode=0o700)
    os.environ[_var] = str(_SESSION_HOME / _sub)
os.environ.pop("AGENCIA_DATABASE_URL", None)
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)

import pytest  # noqa: E402
from pg_server import PgServer  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from agencia.db.database import Database, open_database  # noqa: E402

TESTS_DIR = Path(__file__).resolve().parent


@pytest.fixture(autouse=True, scope="session")
def _quick_password_hashing() -> Iterator[None]:
    """argon2 with its real cost takes 0.7 s a hash, and nearly every test sets up an
    agency with an administrator: in process, tests hash with the minimum cost (the same
    algorithm and format; processes started by end-to-end tests keep the real cost)."""
    from argon2 import PasswordHasher

    from agencia.services import auth

    real = auth._hasher
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield
    auth._hasher = real


@pytest.fixture(autouse=True)
def _terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's tables fit the terminal: every test sees the same one, 120
    columns (pytest-xdist gives its workers the controller's width, often 80), unless it
    sets COLUMNS itself."""
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.delenv("LINES", raising=False)


class _ErrorLogs(logging.Handler):
    """Every record at ERROR or above while one test runs (from any thread)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def failure(self) -> str:
        """The message that fails the test, and forgets what it reports."""
        # the thread says where it came from (a worker of the window's, a listener, or one
        # an earlier test left running)
        logged = "\n".join(
            f"{r.levelname} {r.name}: {r.getMessage()} (thread {r.threadName})"
            for r in self.records
        )
        self.records.clear()
        return f"logged at ERROR (mark the test allow_error_log if it is expected):\n{logged}"


_ERROR_LOGS = pytest.StashKey[_ErrorLogs]()


@pytest.fixture(autouse=True)
def _fail_on_error_log(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test fails when anything logs at ERROR or above during it, its fixtures included:
    an error the app only logs is still an error, and a green test must not hide it. A test
    that causes one on purpose says so with ``@pytest.mark.allow_error_log``. What is logged
    until the test's body ends fails the test (pytest_runtest_makereport); what is logged
    while fixtures are torn down, the teardown."""
    handler = _ErrorLogs()
    root = logging.getLogger()
    root.addHandler(handler)
    if request.node.get_closest_marker("allow_error_log") is None:
        request.node.stash[_ERROR_LOGS] = handler
    try:
        yield
    finally:
        root.removeHandler(handler)
    if handler.records and _ERROR_LOGS in request.node.stash:
        pytest.fail(handler.failure(), pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report: pytest.TestReport = yield
    handler = item.stash.get(_ERROR_LOGS, None)
    if report.when == "call" and report.passed and handler is not None and handler.records:
        report.outcome = "failed"
        report.longrepr = handler.failure()
    return report


class _PgTally:
    """How many PostgreSQL tests passed (counted where the reports arrive: under xdist, in
    the controller; a test that used the server says so in its report's user_properties)."""

    passed = 0
    missing = False


_USED_PG = ("postgresql", True)


def _used_pg(properties: list[tuple[str, object]]) -> bool:
    """Whether a test's report says it used the server (a tuple may arrive as a list)."""
    return any(tuple(p) == _USED_PG for p in properties)


# --- plugins, markers and the CI guard ------------------------------------------------


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        try:
            area = item.path.resolve().relative_to(TESTS_DIR).parts[0]
        except (ValueError, IndexError):
            continue
        if area == "ui":
            item.add_marker(pytest.mark.gui)
        elif area == "e2e":
            item.add_marker(pytest.mark.e2e)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if (
        report.when == "call"
        and report.passed
        and ("[postgresql" in report.nodeid or _used_pg(report.user_properties))
    ):
        _PgTally.passed += 1


NO_PG_MESSAGE = "PostgreSQL tests did not run: with CI=true at least one must run and pass"


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if hasattr(session.config, "workerinput"):
        return  # an xdist worker sees only its own share; the controller sees every report
    if os.environ.get("CI") != "true" or _PgTally.passed or session.config.option.collectonly:
        return
    _PgTally.missing = True
    if session.exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED):
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    if session.config.pluginmanager.get_plugin("terminalreporter") is None:
        print(NO_PG_MESSAGE)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _PgTally.missing:
        terminalreporter.write_sep("=", NO_PG_MESSAGE, red=True, bold=True)


# --- PostgreSQL ----------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's PostgreSQL server (started on first use; a failure is an error, not a
    skip). Under pytest-xdist each worker starts its own: that costs about 3 s, and no test
    can see another worker's databases."""
    server = PgServer.start()
    atexit.register(server.stop)  # also if the session is interrupted
    try:
        yield server
    finally:
        server.stop()


def _note_pg(request: pytest.FixtureRequest) -> None:
    if _USED_PG not in request.node.user_properties:
        request.node.user_properties.append(_USED_PG)


@pytest.fixture
def pg_admin_url(pg_server: PgServer, request: pytest.FixtureRequest) -> str:
    """URL of the server's `postgres` database, as a superuser, for creating databases."""
    _note_pg(request)
    return pg_server.admin_url.render_as_string(hide_password=False)


@pytest.fixture
def pg_url(pg_server: PgServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """URL of a fresh PostgreSQL database migrated to head, with no rows; dropped afterwards."""
    _note_pg(request)
    with pg_server.database() as url:
        yield url.render_as_string(hide_password=False)


@pytest.fixture
def pg_blank_url(pg_server: PgServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """URL of a fresh PostgreSQL database with no tables at all (never migrated)."""
    _note_pg(request)
    with pg_server.database(migrated=False) as url:
        yield url.render_as_string(hide_password=False)


# --- databases on both backends ------------------------------------------------------


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """URL of a SQLite file that does not exist yet (opening it creates and migrates it)."""
    return f"sqlite:///{tmp_path / 'agencia.sqlite3'}"


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database = open_database(sqlite_url)
    try:
        yield database
    finally:
        database.close()


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once per session, closed cleanly (no -wal), copied per test."""
    path = tmp_path_factory.mktemp("sqlite-template") / "agencia.sqlite3"
    open_database(f"sqlite:///{path}").close()
    return path


def _fresh_url(request: pytest.FixtureRequest, backend: str) -> str:
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    url: str = request.getfixturevalue("sqlite_url")
    template: Path = request.getfixturevalue("_sqlite_template")
    shutil.copyfile(template, make_url(url).database or "")
    return url


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """An open Database on a fresh, migrated, empty database: SQLite and PostgreSQL.

    One backend only: ``@pytest.mark.parametrize("db", ["postgresql"], indirect=True)``.
    """
    database = open_database(_fresh_url(request, request.param))
    try:
        yield database
    finally:
        database.close()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest) -> str:
    """URL of a fresh, migrated, empty database (not opened), on each backend."""
    return _fresh_url(request, request.param)


@pytest.fixture(params=BACKENDS)
def blank_url(request: pytest.FixtureRequest) -> str:
    """URL of a database with no tables (never migrated), on each backend."""
    return str(
        request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_blank_url")
    )
