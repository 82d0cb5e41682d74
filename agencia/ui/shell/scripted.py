"""Acting in the real window once start-up is ready: the self-test and the end-to-end tests.

`agencia --self-test` (the installed bundle's smoke test) and the end-to-end tests'
AGENCIA_TEST_SCRIPT both need the same thing: wait until a person is signed in and every
area is installed, then run something in the event loop and leave with its verdict. This
module is that one way; app.py only hands it the start-up.
"""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QTimer

log = logging.getLogger(__name__)

TEST_SCRIPT_ENV = "AGENCIA_TEST_SCRIPT"
READY = "ready"  # app.State.READY's value

# What runs in the ready window: (window, startup) -> None; raising means failure.
WindowAction = Callable[[Any, Any], None]


def script_from_env() -> WindowAction | None:
    """The end-to-end tests' script: AGENCIA_TEST_SCRIPT names a Python file whose
    ``run(window, startup)`` clicks and types into the real widgets. None without it."""
    path = os.environ.get(TEST_SCRIPT_ENV)
    if not path:
        return None

    def run(window: Any, startup: Any) -> None:
        import runpy

        runpy.run_path(path)["run"](window, startup)

    return run


def run_when_ready(startup: Any, action: WindowAction, ok: int, failed: int) -> None:
    """Run `action` once `startup` is ready; then quit with `ok`, or with `failed` and the
    traceback on standard error if it raised."""

    def run() -> None:
        try:
            action(startup.window, startup)
        except BaseException:
            traceback.print_exc()
            startup.finish(failed)
        else:
            startup.finish(ok)

    def ready(state: str) -> None:
        if state == READY:
            startup.state_changed.disconnect(ready)
            QTimer.singleShot(0, run)

    startup.state_changed.connect(ready)


def self_test(window: Any, _startup: Any) -> None:
    """Every area the build ships opens its page, and the window stays quiet.

    An area whose module is missing from a bundle would otherwise be skipped silently
    (the window tolerates areas not built yet), so the count is checked against the list.
    """
    from agencia.areas import ui_modules  # the list's declarations: not before the paint

    expected = len(ui_modules())
    window.builder.everything()  # built when first needed: the test needs them all now
    built = len(window.areas) + len(window.extensions)
    if built != expected:
        raise RuntimeError(f"{built} of {expected} areas were built: {sorted(window.areas)}")
    for area_id in list(window.areas):
        if not window.switch_to(area_id):
            raise RuntimeError(f"area {area_id} did not open")
        _settle(window)
        page = window.stack.currentWidget()
        if page is None or not page.isVisible():
            raise RuntimeError(f"area {area_id} shows no page")
        print(f"self-test: {area_id} ok", flush=True)


def _settle(window: Any, milliseconds: int = 5000) -> None:
    """Let the page's first reads finish (they run on worker threads)."""
    deadline = QDeadlineTimer(milliseconds)
    ops = window.ctx.ops if window.ctx is not None else None
    while not deadline.hasExpired():
        QCoreApplication.processEvents()
        if ops is None or ops.in_flight == 0:
            return
    raise RuntimeError("the window's reads did not finish in time")
