"""GUI fixtures: settings reset and the style checked per test, the window's style and
language, an agency with accounts and contacts, Operations."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gui_support
import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from pytestqt.wait_signal import CallbackBlocker, MultiSignalBlocker, SignalBlocker

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM, Actor
from agencia.ui.ops import Operations

if TYPE_CHECKING:  # the area is imported by the tests that use it, not by every GUI test
    from agencia.ui.agency.profile_actions import ProfileActions


WAIT_MS = 20_000
"""How long a GUI test waits, unless it says otherwise, for what a worker thread or a
timer brings (pytest-qt's own default, 5 s, is too short on a busy CI machine: a read
that takes 50 ms alone can take seconds beside seven other test processes). A test that
passes waits only as long as the condition takes; this bounds a failing one."""


class PatientQtBot(QtBot):
    """pytest-qt's QtBot whose waits default to `WAIT_MS` instead of 5 s (its pep-8
    aliases, `wait_until`…, are bound in `QtBot.__init__` to these)."""

    def waitUntil(self, callback: Callable[[], bool | None], *, timeout: int = WAIT_MS) -> None:
        super().waitUntil(callback, timeout=timeout)

    def waitSignal(  # type: ignore[override]
        self, signal: Any, *, timeout: int = WAIT_MS, **options: Any
    ) -> SignalBlocker:
        return super().waitSignal(signal, timeout=timeout, **options)

    def waitSignals(  # type: ignore[override]
        self, signals: list[Any], *, timeout: int = WAIT_MS, **options: Any
    ) -> MultiSignalBlocker:
        return super().waitSignals(signals, timeout=timeout, **options)

    def waitCallback(self, *, timeout: int = WAIT_MS, **options: Any) -> CallbackBlocker:  # type: ignore[override]
        return super().waitCallback(timeout=timeout, **options)


@pytest.fixture
def qtbot(qapp: QApplication, request: pytest.FixtureRequest) -> QtBot:
    """pytest-qt's `qtbot`, patient (`PatientQtBot`)."""
    return PatientQtBot(request)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    """`gui_support.make_context` stops its Operations at the end of the test running
    (its fixtures included)."""
    gui_support.running_test = item
    try:
        return (yield)
    finally:
        gui_support.running_test = None


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    """Every GUI test starts from default settings (window state, last area, language)."""
    QSettings("Agencia", "Agencia").clear()
    yield
    QSettings("Agencia", "Agencia").clear()


@pytest.fixture(autouse=True)
def _formats_as_before() -> Iterator[None]:
    """Every GUI test ends with the formats it started with. Signing in sets the agency's
    clock and region and Qt's default locale for the whole process (test_startup left
    es_MX behind, test_profile_time_zone Mexico City's clock): a later test that wrote a
    number with `QLocale()` or showed a moment saw them only when it ran after those."""
    from agencia.domain import messages, window_language
    from agencia.ui import formatting

    zone, region, default = formatting._zone, list(formatting._region), QLocale()
    words, latam = messages.language(), window_language.window_latam()
    yield
    formatting._zone = zone
    formatting._region[:] = region
    QLocale.setDefault(default)
    messages.set_language(words)
    window_language.set_window_latam(latam)


@pytest.fixture(autouse=True)
def _style_as_found(qapp: QApplication) -> Iterator[None]:
    """Every GUI test ends with the application's style as it found it, or fails. The
    style sheet left behind widens fields and columns, so a later test passed or failed
    by which test ran before it (the narrow versions list of test_campaign_tabs_fit
    applied it and never took it off). A test that applies the window's style asks for
    `house_style`; one that starts the app in-process, for `style_restored`. Put back
    before failing: only the test that left it fails."""
    from agencia.ui import style

    sheet, palette, scheme = qapp.styleSheet(), QPalette(qapp.palette()), style.scheme()
    yield
    left = [
        what
        for what, changed in (
            ("style sheet", qapp.styleSheet() != sheet),
            ("palette", qapp.palette() != palette),
            ("scheme", style.scheme() != scheme),
        )
        if changed
    ]
    if left:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        style._state["scheme"] = scheme
        pytest.fail(
            f"the test left the window's {', '.join(left)} behind: use `house_style` "
            "(or `style_restored`)"
        )


@pytest.fixture
def style_restored(qapp: QApplication) -> Iterator[None]:
    """The application's style sheet, palette and scheme put back after the test, for a
    test whose code applies the window's style itself (the app started in-process:
    `run_gui`, `gui_main`)."""
    from agencia.ui import style

    palette, sheet, scheme = qapp.palette(), qapp.styleSheet(), style.scheme()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    style._state["scheme"] = scheme


@pytest.fixture
def house_style(style_restored: None, qapp: QApplication) -> None:
    """The window's look (Fusion, the light palette and the style sheet, whose paddings,
    bold titles and indicators change what fits), taken off afterwards
    (`style_restored`). A test may switch schemes in between."""
    from agencia.ui import style

    style.apply_style(qapp, "light")


@pytest.fixture(params=["es", "en"])
def house(house_style: None, qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The window's look (`house_style`) and language, Spanish then English: the test runs
    once in each. The translators go back to Spanish, the words to what they were."""
    from agencia.domain import messages
    from agencia.ui.shell import i18n

    before = messages.language()
    i18n.install_translators(qapp, request.param)
    messages.set_language(request.param)
    yield request.param
    i18n.install_translators(qapp, "es")
    messages.set_language(before)


@pytest.fixture
def python_collects() -> None:
    """Python's own cycle collector for this test (the tests of `ui/shell/collector.py`
    itself, which pause, resume and install it), instead of the app's."""


@pytest.fixture(autouse=True)
def _collects_as_the_app(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[None]:
    """Every GUI test collects as the app does: only from the GUI thread's event loop
    (`collect_on_gui_thread`, what `create_application` installs). Left automatic, a
    collection began on the main thread inside a wait, while a start-up worker read the
    reopened database, and the xdist worker died of a segmentation fault
    (test_restore_action). After the test — and for a test that asks for
    `python_collects` — Python's own collector, as the tests outside tests/ui expect;
    the GUI collector of the test goes with it (one QObject a test, else)."""
    from agencia.ui.shell import collector

    if "python_collects" not in request.fixturenames:
        collector.collect_on_gui_thread(qapp)
    else:
        collector.stop_collecting_on_gui_thread()
    yield
    collector.stop_collecting_on_gui_thread()


@pytest.fixture(autouse=True)
def _no_dialog_left_open(qapp: QApplication) -> Iterator[None]:
    """A dialog a test leaves open (a form it stopped halfway through) is closed after it,
    so that it never sits modal over the next test's windows (closed, not cancelled: a
    changed form would ask whether to save)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(QDialog.DialogCode.Rejected)
    QApplication.processEvents()
    _forget_the_last_tests_windows()


def _forget_the_last_tests_windows() -> None:
    """The widgets the test's end deleted "later" (pytest-qt's `qtbot.addWidget` ones) go
    now, not at the next test's first wait, and a hidden window is no longer the active
    one: the offscreen platform leaves a closed dialog active, and a dialog the next test
    opened on "the active window" became its child and went with it — "ThresholdsDialog
    already deleted", only after test_profile_dialog had run."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    active = QApplication.activeWindow()
    if active is not None and not active.isVisible():
        with warnings.catch_warnings():  # Qt 6 deprecates it; nothing else says "none"
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(None)  # type: ignore[arg-type]


@dataclass
class Agency:
    db: Database
    admin: Actor
    ids: dict[str, int]


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    """Agencia Norte (es_ES, EUR), its administrator "admin" (password "secreto-largo"),
    two accounts and their contacts: Coca-Cola (María García) and Muebles García."""
    from agencia.services.accounts.account_edit import AccountInput, create_account
    from agencia.services.accounts.contacts import ContactInput, save_contact
    from agencia.services.first_run import FirstRun, set_up_agency

    admin = set_up_agency(
        sqlite_db,
        FirstRun(
            agency_name="Agencia Norte",
            locale="es_ES",
            currency="EUR",
            admin_name="Ana Admin",
            admin_login="admin",
            admin_password="secreto-largo",
        ),
    )
    coca = create_account(
        sqlite_db, admin, AccountInput(trade_name="Coca-Cola", legal_name="Coca-Cola Iberia")
    ).id
    muebles = create_account(sqlite_db, admin, AccountInput(trade_name="Muebles García")).id
    maria = save_contact(
        sqlite_db, admin, coca, ContactInput(full_name="María García", position="Brand Manager")
    ).id
    return Agency(sqlite_db, admin, {"coca": coca, "muebles": muebles, "maria": maria})


@pytest.fixture
def profile_actions() -> Iterator[list[ProfileActions]]:
    """The agency profile's actions a test made (tests/ui/profile_support.py); their
    dialogs closed and their Operations stopped after it."""
    made: list[ProfileActions] = []
    yield made
    for actions in made:
        if actions.dialog is not None:
            actions.dialog.done(0)
        actions.ctx.ops.shutdown()


@pytest.fixture
def make_ops(sqlite_db: Database) -> Iterator[Callable[..., Operations]]:
    """Operations on the test database; workers are joined before the database closes."""
    made: list[Operations] = []

    def make(actor: Actor = SYSTEM, *, synchronous: bool = True) -> Operations:
        ops = Operations(sqlite_db, actor, synchronous=synchronous)
        made.append(ops)
        return ops

    yield make
    for ops in made:
        ops.shutdown()
