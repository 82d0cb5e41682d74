"""Start-up as a state machine: paint → open/check/migrate → refuse | wizard | sign-in → ready.

The window is shown before anything else happens, with "Abriendo la base de datos…";
only after it has painted is the database opened, on a worker thread (opening may back
up and migrate). SQLAlchemy, agencia.db and agencia.services are imported there, never
before the first paint: importing them alone costs about half a second. PySide6 reads no
module's source as it is imported (ui/shell/lean_imports.py), and the cycle collector
rests until the first page has its rows (ui/shell/collector.py).

- a refused database (not ours, damaged, newer, on a network share, in use, unreachable,
  an older PostgreSQL schema) → a dialog with the reason, exit status 3, nothing written;
- an empty database → the first-run wizard, then signed in as its administrator;
- the demo database → signed in as the demo account director;
- any other → the sign-in dialog; a server that lets nobody read before they sign in
  goes there first, and the person's own connection then checks it and reads the agency
  (agencia.ui.shell.server_start).
Workers are joined on QApplication.aboutToQuit, then the database is closed.
"""

from __future__ import annotations

import agencia.ui.shell.lean_imports  # noqa: F401  (first: PySide6 reads no module's source)

# isort: split
import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, QTimer
from PySide6.QtCore import Signal as _Signal
from PySide6.QtWidgets import QApplication, QDialog

from agencia.cli.errors import EXIT_FAILED, EXIT_OK, error_message, exit_status
from agencia.ui import style
from agencia.ui.shell import i18n
from agencia.ui.shell.collector import Pause, collect_on_gui_thread
from agencia.ui.shell.opening import describe_url as describe_url  # the tests ask app.py
from agencia.ui.shell.scripted import WindowAction, run_when_ready, script_from_env
from agencia.ui.shell.window import MainWindow

if TYPE_CHECKING:
    from agencia.domain.actor import Actor
    from agencia.services import Database
    from agencia.services.first_run import AgencyView, FirstRun
    from agencia.ui.auth.signin import SignInDialog
    from agencia.ui.auth.wizard import FirstRunWizard
    from agencia.ui.ops import Operations
    from agencia.ui.shell.remote import RemoteChanges
    from agencia.ui.shell.restore import RestoreAction
    from agencia.ui.shell.session import SessionActions

log = logging.getLogger(__name__)

FIRST_PAINT_FALLBACK_MS = 2000  # open anyway if no paint arrives (a minimised window)
PING_INTERVAL_MS = 30_000


class State(StrEnum):
    PAINTING = "painting"
    OPENING = "opening"
    REFUSED = "refused"
    WIZARD = "wizard"
    SIGN_IN = "sign_in"
    READY = "ready"
    CLOSED = "closed"


class Route(StrEnum):
    WIZARD = "wizard"
    DEMO = "demo"
    SIGN_IN = "sign_in"


@dataclass(frozen=True)
class Opened:
    """What the worker found: the open database and where start-up goes next."""

    db: Database
    route: Route
    agency: AgencyView | None = None
    actor: Actor | None = None


def open_and_probe(url: str | None) -> Opened:
    """Runs on the worker: open (and migrate) the database, then look at what it holds."""
    from agencia.services import open_database
    from agencia.services.auth import actor_for, default_login
    from agencia.services.first_run import get_agency, is_empty

    db = open_database(url)
    if db.needs_sign_in:  # a server that lets nobody read before they sign in
        return Opened(db, Route.SIGN_IN)
    try:
        # the agency first: a database with one is not empty, and the three reads that
        # say it is empty (one statement each to compile) are left for one without
        agency = get_agency(db)
        if agency is None and is_empty(db):
            return Opened(db, Route.WIZARD)
        if agency is not None and agency.is_demo:
            login = default_login(db)
            if login:
                return Opened(db, Route.DEMO, agency, actor_for(db, login))
        return Opened(db, Route.SIGN_IN, agency)
    except BaseException:
        db.close()
        raise


@dataclass(frozen=True)
class AtSignIn:
    """What the worker read once someone signed in: the agency (on a server opened at
    sign-in), and the first run's draft when a crash left a team list in it."""

    agency: AgencyView | None = None
    draft: dict[str, Any] | None = None


def read_at_sign_in(db: Database, actor: Any, agency: bool, draft: bool) -> AtSignIn:
    """Runs on a reader: `agency`, read as the person who signed in; `draft`, for an
    administrator (`agencia.ui.auth.wizard_draft.draft_with_team`)."""
    view, left = None, None
    if agency:
        from agencia.ui.shell.server_start import read_agency

        view = read_agency(db, actor)
    if draft:
        from agencia.ui.auth.wizard_draft import draft_with_team

        left = draft_with_team(db)
    return AtSignIn(agency=view, draft=left)


def _ping(db: Any, _actor: Any) -> bool:
    from agencia.db.database import ping

    return ping(db)


class _Relay(QObject):
    finished = _Signal(object, object)  # result, error


class _Job(QRunnable):
    def __init__(self, relay: _Relay, call: Callable[[], Any]) -> None:
        super().__init__()
        self._relay = relay
        self._call = call

    def run(self) -> None:
        try:
            result, error = self._call(), None
        except BaseException as exc:  # handed to the GUI thread, never lost
            result, error = None, exc
        self._relay.finished.emit(result, error)


class Startup(QObject):
    """Drives one start-up; `state_changed(State)` at every step, `exit_code` at the end."""

    state_changed = _Signal(str)
    finished = _Signal(int)  # the exit status start-up ended with (refused, cancelled)
    session: SessionActions  # Archivo ▸ Cerrar sesión (with the window's chrome)
    restore: RestoreAction  # Archivo ▸ Restaurar copia…

    def __init__(
        self,
        url: str | None,
        window: MainWindow,
        *,
        synchronous: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.url = url
        self.window = window
        self.synchronous = synchronous  # tests: Operations run inline
        self.state = State.PAINTING
        self.exit_code: int | None = None
        self.db: Database | None = None
        self.ops: Operations | None = None
        self.agency: AgencyView | None = None
        self.actor: Actor | None = None
        self.dialog: SignInDialog | FirstRunWizard | None = None
        self.remote: RemoteChanges | None = None  # other workstations' changes (PostgreSQL)
        self._drafts: Any = None  # ui/shell/drafts_offer.DraftsLater, once signed in
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._opened)
        self._began = False
        self.deferred = False  # opened without a password: each sign-in opens it (server)
        self.in_event_loop = False  # run_gui sets it: finish() then ends the loop
        self._ping_timer = QTimer(self)
        self._ping_timer.setInterval(PING_INTERVAL_MS)
        self._ping_timer.timeout.connect(self.ping)
        self._chrome = False
        if window.has_chrome:
            self._build_chrome()

    def _build_chrome(self) -> None:
        """The window's chrome and the start-up's own actions in its menus: at once for a
        window that has it, else once the window's frame has painted (`_begin`)."""
        if self._chrome:
            return
        self._chrome = True
        from agencia.ui.shell.restore import RestoreAction
        from agencia.ui.shell.session import SessionActions

        self.window.build_chrome()
        self.session = SessionActions(self.window, self._signed_out, self)
        self.restore = RestoreAction(self.window, self, self)

    # -- the states -------------------------------------------------------------------------
    def _enter(self, state: State) -> None:
        self.state = state
        log.debug("start-up: %s", state)
        self.state_changed.emit(state.value)

    def start(self) -> None:
        """Show the window; open the database once it has painted."""
        self.window.show_opening(
            QCoreApplication.translate("Startup", "Abriendo la base de datos…"),
            detail=describe_url(self.url),
        )
        self.window.first_painted.connect(self._after_paint)
        self.window.show()
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self._begin)

    def reopen(self) -> None:
        """Open the database again from the beginning (after a restore), sign-in next."""
        self._began = False
        self._enter(State.PAINTING)
        self._begin()

    def _after_paint(self) -> None:
        QTimer.singleShot(0, self._begin)

    def _begin(self) -> None:
        if self._began or self.state is not State.PAINTING:
            return
        self._began = True
        self._enter(State.OPENING)
        # the chrome, then the system's scheme, then the worker: built while the worker
        # imported SQLAlchemy, the two took turns at the interpreter's lock and each
        # went slower (the database's answer came 100-250 ms later than the sum of both)
        self._build_chrome()
        style.follow_system()
        url = self.url
        self._pool.start(_Job(self._relay, lambda: open_and_probe(url)))

    def _opened(self, opened: Opened | None, error: BaseException | None) -> None:
        if self.state is State.CLOSED:  # the window went away while the file was opening
            if opened is not None:
                opened.db.close()
            return
        if error is not None or opened is None:
            self._failed_to_open(error)
            return
        from agencia.domain.actor import SYSTEM
        from agencia.ui.ops import Operations

        self.db = opened.db
        self.agency = opened.agency
        self.deferred = opened.db.needs_sign_in
        self.ops = Operations(opened.db, SYSTEM, synchronous=self.synchronous, parent=self)
        self.window.set_database(opened.db.describe(), self._database_detail(opened.db))
        if opened.route is Route.WIZARD:
            self._run_wizard()
        elif opened.route is Route.DEMO and opened.actor is not None:
            self.signed_in(opened.actor)
        else:
            self._run_sign_in()

    @staticmethod
    def _database_detail(db: Database) -> str:
        path = db.path
        return str(path) if path is not None else db.describe()

    def _failed_to_open(self, error: BaseException | None) -> None:
        from agencia.domain.errors import DomainError
        from agencia.ui.shell import refusal

        self._enter(State.REFUSED)
        code = exit_status(error) if error is not None else EXIT_FAILED
        if isinstance(error, DomainError):
            message = error_message(error)
        else:
            if error is not None:
                log.error("opening failed\n%s", "".join(traceback.format_exception(error)))
            message = QCoreApplication.translate(
                "Startup", "Error inesperado al abrir la base de datos: %s"
            ) % (error,)
        self.window.show_opening(
            QCoreApplication.translate("Startup", "No se puede abrir la base de datos"),
            busy=False,
            detail=message,
        )
        refusal.show_refusal(message, self.window)
        self.finish(code)

    def _run_wizard(self) -> None:
        from agencia.ui.auth.wizard import FirstRunWizard

        assert self.ops is not None
        self._enter(State.WIZARD)
        self.window.show_opening(
            QCoreApplication.translate("Startup", "Configure la agencia para empezar."), busy=False
        )
        wizard = FirstRunWizard(self.ops, self.window)
        wizard.completed.connect(self._wizard_done)
        wizard.rejected.connect(lambda: self.finish(EXIT_OK))
        self.dialog = wizard
        wizard.open()

    def _wizard_done(self, actor: Actor, data: FirstRun) -> None:
        from decimal import Decimal

        from agencia.services.first_run import AgencyView

        self.agency = AgencyView(
            id=0,
            name=data.agency_name,
            legal_name=data.legal_name,
            locale=data.locale,
            currency=data.currency,
            email="",
            phone="",
            website="",
            is_demo=False,
            approval_threshold=Decimal(0),
        )
        self.signed_in(actor)

    def _signed_out(self, switch_user: bool) -> None:
        """The areas are gone (ui/shell/session.py): someone signs in again. The drafts
        are nobody's again only once the pages let go are deleted — what their editors
        write as they go is still the person's."""
        if self._drafts is not None:
            self._drafts.cancel()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if self.db is not None:
            from agencia.ui import drafts

            drafts.sign_out(self.db)
        self._ping_timer.stop()
        if self.remote is not None:
            self.remote.stop()
        if self.deferred and self.db is not None:
            from agencia.ui.shell.server_start import sign_out_of_server

            sign_out_of_server(self.db)
        self._run_sign_in(remember_login=not switch_user)

    def _run_sign_in(self, remember_login: bool = True) -> None:
        from agencia.ui.auth.signin import SignInDialog
        from agencia.ui.shell.server_start import ServerSignInDialog

        assert self.ops is not None and self.db is not None
        self._enter(State.SIGN_IN)
        self.window.show_opening(
            QCoreApplication.translate("Startup", "Inicie sesión para continuar."), busy=False
        )
        dialog = (ServerSignInDialog if self.deferred else SignInDialog)(
            self.ops,
            self.agency.name if self.agency else "",
            self.db.describe(),
            self.window,
            remember_login=remember_login,
        )
        dialog.signed_in.connect(self._after_sign_in)
        if isinstance(dialog, ServerSignInDialog):
            dialog.refused.connect(self._failed_to_open)
        dialog.rejected.connect(lambda: self.finish(EXIT_OK))
        self.dialog = dialog
        dialog.open()
        if isinstance(dialog, ServerSignInDialog) and self.actor is None:
            dialog.recall()  # at start only: signing out never signs straight back in

    def _after_sign_in(self, actor: Actor) -> None:
        """What the window needs before it opens for `actor`, read on a worker in one go:
        on a server opened at sign-in, the agency (read now, as the person); for an
        administrator, a team list a crash left in the first run's draft (a file: never
        read on the GUI thread), which the wizard then ends before the window opens."""
        agency_too = self.agency is None and self.deferred
        draft_too = actor.is_admin
        if self.ops is None or not (agency_too or draft_too):
            self.signed_in(actor)
            return

        def read(found: AtSignIn) -> None:
            if self.state is State.CLOSED:  # the window went away meanwhile
                return
            if agency_too:
                self.agency = found.agency
            if found.draft is not None:
                self._resume_wizard(actor, found.draft)
            else:
                self.signed_in(actor)

        self.ops.read(
            read_at_sign_in, agency_too, draft_too, on_done=read, on_error=self._failed_to_open
        )

    def _resume_wizard(self, actor: Actor, draft: dict[str, Any]) -> None:
        """A crash left the first run's team list, not yet added (the agency exists): its
        administrator ends the wizard's team step before the window opens."""
        from agencia.ui.auth.wizard import FirstRunWizard

        assert self.ops is not None
        self._enter(State.WIZARD)
        wizard = FirstRunWizard(self.ops, self.window)
        wizard.resume(actor, draft)
        wizard.completed.connect(lambda who, _data: self.signed_in(who))
        self.dialog = wizard
        wizard.open()

    def signed_in(self, actor: Actor) -> None:
        """Build the shell for `actor`: the areas, search, status bar."""
        from agencia.ui.area import AppContext
        from agencia.ui.formatting import use_agency_formats

        assert self.ops is not None
        self.actor = actor
        self.ops.actor = actor
        if self.db is not None:  # before anything is built: whatever it writes is theirs
            from agencia.ui import drafts

            drafts.sign_in(self.db, actor)
        agency = self.agency
        app = QApplication.instance()
        if agency is not None and isinstance(app, QApplication):
            i18n.use_agency_spanish(app, agency.spanish)  # Spain's or Latin America's words
        locale = use_agency_formats(agency, i18n.current_language())  # clock, region, language
        ctx = AppContext(
            ops=self.ops,
            actions=self.window.registry,
            actor=actor,
            locale=locale,
            currency=agency.currency if agency else "EUR",
        )
        # the areas up to the one shown, the rest when needed or idle (tests: all at once)
        self.window.install(ctx, agency.name if agency else "", lazy=not self.synchronous)
        self.window.status.set_connected(True)
        self._ping_timer.start()
        from agencia.ui.shell.remote import RemoteChanges

        self.remote = RemoteChanges(self.ops, self)
        self.remote.connection_changed.connect(self.window.status.set_connected)
        self.remote.start()
        from agencia.ui.shell.drafts_offer import DraftsLater

        # what a crash left unsaved, offered once the first page has its answers
        self._drafts = DraftsLater(ctx, self.window, now=self.synchronous)
        self.session.set_signed_in(True)
        self._enter(State.READY)
        log.info("ready: %s signed in on %s", actor.login, self.db.describe() if self.db else "")

    @property
    def drafts_offer(self) -> QDialog | None:
        """«Recuperar borradores» when a crash left drafts (made now if asked before)."""
        return self._drafts.offer() if self._drafts is not None else None

    def ping(self) -> None:
        if self.ops is not None and self.state is State.READY:
            self.ops.read(
                _ping,
                key="ping",
                on_done=self.window.status.set_connected,
                on_error=lambda _e: self.window.status.set_connected(False),
            )

    # -- the end ----------------------------------------------------------------------------
    def finish(self, code: int) -> None:
        """Leave with `code` (the event loop returns it)."""
        if self.exit_code is None:
            self.exit_code = code
        self.finished.emit(code)
        if self.in_event_loop:
            QCoreApplication.exit(code)

    def shutdown(self) -> None:
        """Join the workers, then close the database (aboutToQuit; safe to call twice)."""
        if self.state is State.CLOSED:
            return
        self._enter(State.CLOSED)
        self._ping_timer.stop()
        if self.remote is not None:
            self.remote.stop()
        if self.ops is not None:
            self.ops.shutdown()
        self._pool.waitForDone()
        # An opening that finished just now: its queued call goes to self._opened (the
        # receiver is self, not the relay), which closes the database it brings.
        QCoreApplication.sendPostedEvents(self)
        if self.db is not None:
            self.db.close()
            self.db = None


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists), styled and translated."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:  # Fusion by Qt's own option: set later from Python, Shiboken would make the
        # QStyle class it returns with its 566 enum members (a twentieth of a bare start)
        app = QApplication([*(argv or sys.argv[:1]), "-style", "Fusion"])
        app.setProperty(style.FUSION_SET, True)
    app.setApplicationName("Agencia")
    app.setOrganizationName("Agencia")
    app.setApplicationDisplayName("Agencia")
    from agencia import __version__

    app.setApplicationVersion(__version__)
    app.setDesktopFileName("agencia")
    i18n.install_translators(app, i18n.choose_language())
    style.apply_style(app, style.first_scheme())  # the system's once painted (Startup)
    collect_on_gui_thread(app)  # never in a worker's thread (ui/shell/collector.py)
    return app


def _configure_logging() -> None:
    """AGENCIA_LOG=debug|info|warning prints the app's log on standard error."""
    import os

    level = os.environ.get("AGENCIA_LOG", "").upper()
    if level in ("DEBUG", "INFO", "WARNING", "ERROR"):
        logging.basicConfig(stream=sys.stderr, format="agencia: %(message)s")
        logging.getLogger("agencia").setLevel(level)  # ours only, not every library's


def _quit_on_signals(app: QCoreApplication) -> Callable[[], None]:
    """Ctrl+C in the terminal, or SIGTERM, closes the window the orderly way: workers
    joined, database closed, lock released. Returns what puts the old handlers back."""
    import signal

    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    for sig in previous:
        signal.signal(sig, lambda _signum, _frame: app.quit())
    wake = QTimer(app)  # Python runs signal handlers only when it gets the CPU back
    wake.timeout.connect(lambda: None)
    wake.start(200)

    def restore() -> None:
        wake.stop()
        wake.deleteLater()
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return restore


def run_gui(url: str | None = None, on_ready: WindowAction | None = None) -> int:
    """Open the window on `url` (None: AGENCIA_DATABASE_URL or the default file); returns
    the exit status: 0 closed normally, 1 failed, 3 the database was refused.

    `on_ready` (the self-test), or else the end-to-end tests' AGENCIA_TEST_SCRIPT, runs
    once signed in, and the app quits with its verdict (agencia.ui.shell.scripted)."""
    _configure_logging()
    collector = Pause()  # no cycle collection until the first page has its rows
    app = create_application()
    window = MainWindow(chrome=False)  # its chrome once the frame has painted
    startup = Startup(url, window)
    collector.follow(startup)
    action = on_ready or script_from_env()
    if action is not None:
        run_when_ready(startup, action, EXIT_OK, EXIT_FAILED)
    app.aboutToQuit.connect(startup.shutdown)
    restore = _quit_on_signals(app)
    try:
        startup.in_event_loop = True
        startup.start()
        code = app.exec()
    finally:
        collector.resume()
        restore()
        startup.shutdown()
        app.aboutToQuit.disconnect(startup.shutdown)
        window.close()
        window.deleteLater()
    return startup.exit_code if startup.exit_code is not None else code
