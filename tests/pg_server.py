"""A throwaway PostgreSQL server for the test session, and fresh databases on it.

`AGENCIA_TEST_PG_URL` (an admin URL such as
``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``) points the tests at a server
someone else runs; otherwise one is started from Debian's PostgreSQL programs
(``/usr/lib/postgresql/<version>/bin``, the highest version) in a temporary directory,
with trust authentication on a free port of 127.0.0.1, and removed at the end.
PostgreSQL refuses to run as root, so as root the programs run as the ``postgres`` user.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import queue
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL, make_url

ENV_VAR = "AGENCIA_TEST_PG_URL"
SERVER_USER = "postgres"


PREFETCH_THREADS = 2  # CREATE DATABASE costs ~0.2 s, mostly waiting: make them ahead
PREFETCH_DEPTH = 4


class PgServerError(RuntimeError):
    """The test PostgreSQL server could not be started or reached."""


def _version_key(bindir: str) -> tuple[int, ...]:
    version = Path(bindir).parent.name
    return tuple(int(part) for part in re.findall(r"\d+", version)) or (0,)


def find_bindir() -> Path:
    """The bin directory of the highest installed PostgreSQL (initdb and pg_ctl together)."""
    candidates = [
        d
        for d in glob.glob("/usr/lib/postgresql/*/bin")
        if os.access(os.path.join(d, "initdb"), os.X_OK)
        and os.access(os.path.join(d, "pg_ctl"), os.X_OK)
    ]
    if candidates:
        return Path(max(candidates, key=_version_key))
    # Not Debian's layout: pg_config knows where the server programs are.
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        bindir = Path(out.stdout.strip())
        if (bindir / "initdb").exists() and (bindir / "pg_ctl").exists():
            return bindir
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise PgServerError(
        "no PostgreSQL server programs found (looked for /usr/lib/postgresql/*/bin/initdb); "
        "install Debian's `postgresql` package or set "
        f"{ENV_VAR}=postgresql+psycopg://USER@HOST:PORT/postgres"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _conninfo(url: URL) -> str:
    """A libpq URI for psycopg from a SQLAlchemy URL."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class PgServer:
    """An admin connection to a PostgreSQL server, and (if we started it) the server itself."""

    def __init__(self, admin_url: URL, *, datadir: Path | None = None, bindir: Path | None = None):
        self.admin_url = admin_url
        self._datadir = datadir
        self._bindir = bindir
        self._base = datadir.parent if datadir is not None else None
        self._counter = itertools.count(1)
        self._prefix = f"agencia_t{os.getpid()}"
        self.template = f"{self._prefix}_template"
        self._admin: psycopg.Connection | None = None
        self._template_ready = False

    # --- starting and stopping -------------------------------------------------------

    @classmethod
    def start(cls) -> PgServer:
        external = os.environ.get(ENV_VAR)
        if external:
            server = cls(make_url(external).set(drivername="postgresql+psycopg"))
            try:
                server.admin()
            except psycopg.Error as exc:
                raise PgServerError(f"{ENV_VAR} is set but the server refused: {exc}") from exc
            return server
        for attempt in itertools.count(1):
            try:
                return cls._start_local()
            except PgServerError as exc:
                # Under pytest-xdist, another worker's server may take the free port first.
                if attempt == 3 or "already in use" not in str(exc):
                    raise
        raise AssertionError("unreachable")

    @classmethod
    def _start_local(cls) -> PgServer:
        bindir = find_bindir()
        as_root = os.geteuid() == 0
        base = Path(tempfile.mkdtemp(prefix="agencia-pg-"))
        datadir = base / "data"
        server = cls(
            URL.create("postgresql+psycopg", username=SERVER_USER, host="127.0.0.1"),
            datadir=datadir,
            bindir=bindir,
        )
        try:
            if as_root:
                try:
                    pw = pwd.getpwnam(SERVER_USER)
                except KeyError:
                    raise PgServerError(
                        f"running as root, and there is no `{SERVER_USER}` user to run "
                        "PostgreSQL as (it refuses root)"
                    ) from None
                os.chown(base, pw.pw_uid, pw.pw_gid)
                os.chmod(base, 0o700)
            port = free_port()
            server.admin_url = server.admin_url.set(port=port, database="postgres")
            server._run(
                "initdb",
                "-D",
                str(datadir),
                "-A",
                "trust",
                "-U",
                SERVER_USER,
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
                "--no-instructions",
            )
            server._write_hba(as_root)
            options = " ".join(
                [
                    "-c listen_addresses=127.0.0.1",
                    f"-p {port}",
                    f"-c unix_socket_directories={base}",
                    "-c fsync=off",
                    "-c synchronous_commit=off",
                    "-c full_page_writes=off",
                    "-c max_connections=200",
                    "-c shared_buffers=32MB",
                ]
            )
            server._run(
                "pg_ctl",
                "start",
                "-w",
                "-t",
                "60",
                "-D",
                str(datadir),
                "-l",
                str(base / "server.log"),
                "-o",
                options,
            )
            server._wait_ready()
        except BaseException:
            server.stop()
            raise
        return server

    def _write_hba(self, as_root: bool) -> None:
        """The superuser without a password (the tests' admin), everyone else with their
        SCRAM password: the people's own server roles are checked as on a real server."""
        assert self._datadir is not None
        hba = self._datadir / "pg_hba.conf"
        hba.write_text(
            f"local all {SERVER_USER} trust\n"
            f"host all {SERVER_USER} 127.0.0.1/32 trust\n"
            "local all all scram-sha-256\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        if as_root:
            pw = pwd.getpwnam(SERVER_USER)
            os.chown(hba, pw.pw_uid, pw.pw_gid)

    def _run(self, program: str, *args: str) -> None:
        assert self._bindir is not None
        command = [str(self._bindir / program), *args]
        if os.geteuid() == 0:
            runuser = shutil.which("runuser")
            if runuser:
                command = [runuser, "-u", SERVER_USER, "--", *command]
            else:
                pw = pwd.getpwnam(SERVER_USER)
                command = [
                    "setpriv",
                    f"--reuid={pw.pw_uid}",
                    f"--regid={pw.pw_gid}",
                    "--init-groups",
                    *command,
                ]
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            check=False,
            cwd=self._base,  # a directory the server user may enter
            stdin=subprocess.DEVNULL,
        )
        if result.returncode != 0:
            log = ""
            if self._base is not None and (self._base / "server.log").exists():
                with contextlib.suppress(OSError):
                    log = (self._base / "server.log").read_text()[-4000:]
            raise PgServerError(
                f"{' '.join(command)} failed ({result.returncode}):\n"
                f"{result.stdout}{result.stderr}{log}"
            )

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            try:
                self.admin()
                return
            except psycopg.OperationalError as exc:
                if time.monotonic() > deadline:
                    raise PgServerError(f"PostgreSQL did not accept connections: {exc}") from exc
                time.sleep(0.1)

    def stop(self) -> None:
        """Drop what we created; stop and delete a server we started."""
        self._stop_prefetch()
        if self._admin is not None:
            if self._datadir is None:  # someone else's server: leave it clean
                with contextlib.suppress(psycopg.Error):
                    self._drop_all_ours()
            self._admin.close()
            self._admin = None
        if self._datadir is not None:
            if (self._datadir / "postmaster.pid").exists():
                with contextlib.suppress(PgServerError):
                    self._run("pg_ctl", "stop", "-m", "immediate", "-w", "-D", str(self._datadir))
            self._datadir = None
        if self._base is not None:
            shutil.rmtree(self._base, ignore_errors=True)
            self._base = None

    # --- databases ---------------------------------------------------------------------

    def _drop_all_ours(self) -> None:
        rows = self.admin().execute(
            "SELECT datname FROM pg_database WHERE starts_with(datname, %s)", (self._prefix,)
        )
        for (name,) in rows.fetchall():
            self._drop(name)

    def admin(self) -> psycopg.Connection:
        if self._admin is None or self._admin.closed:
            self._admin = self._connect_admin()
        return self._admin

    def url(self, database: str) -> URL:
        return self.admin_url.set(database=database)

    def _connect_admin(self) -> psycopg.Connection:
        return psycopg.connect(_conninfo(self.admin_url), autocommit=True, connect_timeout=5)

    def _drop(self, name: str, conn: psycopg.Connection | None = None) -> None:
        (conn or self.admin()).execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )

    def _create(self, name: str, template: str, conn: psycopg.Connection | None = None) -> None:
        (conn or self.admin()).execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        )

    def _ensure_template(self) -> None:
        if self._template_ready:
            return
        from agencia.db.database import upgrade_database

        self._drop(self.template)
        self._create(self.template, "template0")
        upgrade_database(self.url(self.template))
        self._template_ready = True
        self._start_prefetch()

    def new_name(self) -> str:
        with self._name_lock:
            return f"{self._prefix}_{next(self._counter)}"

    @contextlib.contextmanager
    def database(self, *, migrated: bool = True) -> Iterator[URL]:
        """A fresh database (migrated to head and empty, or with no tables at all)."""
        if migrated:
            self._ensure_template()
            name = self._take_prefetched()
        else:
            name = self.new_name()
            self._create(name, "template0")
        try:
            yield self.url(name)
        finally:
            self._drop(name)
            self._drop_people_roles()

    def _drop_people_roles(self) -> None:
        """The people's server roles a test made (`db init`, `user add`): roles belong to
        the whole server, and the next test may use the same logins. One test runs at a
        time on a server we started, so every login role in agencia_staff is the last
        test's (on someone else's server, shared by the workers, they are left)."""
        if self._datadir is None:
            return
        admin = self.admin()
        rows = admin.execute(
            "SELECT r.rolname FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid "
            "JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE g.rolname = 'agencia_staff' AND NOT starts_with(r.rolname, 'agencia_')"
        ).fetchall()
        for (role,) in rows:
            admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))

    # --- databases made ahead, in the background ----------------------------------------

    _name_lock = threading.Lock()
    _ready: queue.Queue[str] | None = None
    _halt: threading.Event | None = None
    _threads: list[threading.Thread]
    _failure: BaseException | None = None

    def _start_prefetch(self) -> None:
        self._ready = queue.Queue(maxsize=PREFETCH_DEPTH)
        self._halt = threading.Event()
        self._threads = [
            threading.Thread(target=self._prefetch, name=f"pg-prefetch-{i}", daemon=True)
            for i in range(PREFETCH_THREADS)
        ]
        for thread in self._threads:
            thread.start()

    def _prefetch(self) -> None:
        assert self._ready is not None and self._halt is not None
        try:
            conn = self._connect_admin()
        except BaseException as exc:
            self._failure = exc
            return
        try:
            while not self._halt.is_set():
                name = self.new_name()
                self._create(name, self.template, conn)
                while True:
                    try:
                        self._ready.put(name, timeout=0.1)
                        break
                    except queue.Full:
                        if self._halt.is_set():
                            self._drop(name, conn)
                            return
        except BaseException as exc:
            self._failure = exc
        finally:
            conn.close()

    def _take_prefetched(self) -> str:
        assert self._ready is not None
        deadline = time.monotonic() + 120
        while True:
            if self._failure is not None:
                raise PgServerError(f"could not create a test database: {self._failure}")
            try:
                return self._ready.get(timeout=0.1)
            except queue.Empty:
                if time.monotonic() > deadline:
                    raise PgServerError("no test database was ready within 120 s") from None

    def _stop_prefetch(self) -> None:
        if self._halt is None or self._ready is None:
            return
        self._halt.set()
        for thread in self._threads:
            while thread.is_alive():
                with contextlib.suppress(queue.Empty):  # unblock a full queue
                    self._drop(self._ready.get_nowait())
                thread.join(timeout=0.1)
        while True:
            try:
                self._drop(self._ready.get_nowait())
            except queue.Empty:
                break
        self._halt = self._ready = None
