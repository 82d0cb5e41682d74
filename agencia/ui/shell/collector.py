"""Python's cycle collector paused while the window starts.

Start-up imports some 900 modules (SQLAlchemy, the mapped classes, the first areas) and
builds the first page: well over a million objects, nearly all of which live as long as
the window. The collector, run after every 700 allocations, walked them again and again
and found next to nothing (imports and widgets make almost no cycles): 15-20 % of the
CPU time of those imports, measured. It is paused when `run_gui` starts and resumed once
the first page has its answers (`Operations.when_idle`), or as soon as start-up waits
for a person instead (sign-in, the first-run wizard, a refusal) or ends.

When it resumes, what start-up made is frozen (`gc.freeze`): moved where the collector
never walks it again. It lives as long as the window, and a full collection walked all of
it, ~190,000 objects, for 120 ms of CPU (350-500 ms on the loaded 2-core machine) to find
~700 objects of garbage: a keystroke that came during one waited for it (the p95 of
search-as-you-type, tests/bench). Those few hundred objects stay; the collector goes on
collecting what is made from then on.

And it collects on the GUI thread only (`collect_on_gui_thread`, installed with the
application). Left automatic, a collection runs in whichever thread happens to allocate:
a worker reading Pendientes (Babel loading a locale) collected a cycle holding Qt objects
the GUI thread owns and the process died of a segmentation fault (the screenshot tour,
seen with faulthandler). The generations are collected as Python would, by the same
thresholds, looked at once a second from a timer (calibre does the same).
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from agencia.ui.ops import Operations

_WAITING = frozenset({"refused", "wizard", "sign_in", "closed"})  # app.State values


class Starting(Protocol):
    """What of agencia.app.Startup this needs."""

    state_changed: Any  # Signal(str): the state's value
    ops: Operations | None


_LOOK_MS = 1000


class GuiCollector(QObject):
    """Python's collector, run from the GUI thread's event loop by its own thresholds."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.paused = not gc.isenabled()  # start-up's Pause holds it until the first page
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(_LOOK_MS)
        self._timer.timeout.connect(self.look)
        self._timer.start()

    def look(self) -> None:
        if self.paused:
            return
        counts = gc.get_count()
        generation = -1
        for n, (count, threshold) in enumerate(zip(counts, self._thresholds, strict=True)):
            if count <= threshold:
                break
            generation = n
        if generation >= 0:
            gc.collect(generation)


_installed: GuiCollector | None = None


def collect_on_gui_thread(app: QObject) -> GuiCollector:
    """From now on the collector runs on the GUI thread only (once per application)."""
    global _installed
    if _installed is None or not shiboken6.isValid(_installed):  # the last app's went
        _installed = GuiCollector(app)
    return _installed


def stop_collecting_on_gui_thread() -> None:
    """Back to Python's own collector (the application is going away: a script, a test
    that made the app's application); the GUI collector goes with it."""
    global _installed
    if _installed is not None:
        if shiboken6.isValid(_installed):
            _installed._timer.stop()
            _installed.deleteLater()
        _installed = None
        gc.enable()


class Pause:
    """The collector paused from its making until `resume()` (idempotent); `follow`
    resumes it when a start-up has its first page or waits for a person."""

    def __init__(self) -> None:
        self._paused = gc.isenabled()  # else someone else decided: leave it so
        if self._paused:
            gc.disable()

    def resume(self) -> None:
        if self._paused:
            self._paused = False
            gc.freeze()  # start-up's objects: out of every collection from now on
            if _installed is not None and shiboken6.isValid(_installed):
                _installed.paused = False  # it collects, on the GUI thread
            else:
                gc.enable()

    def follow(self, startup: Starting) -> None:
        def changed(state: str) -> None:
            if not self._paused:
                return
            if state == "ready" and startup.ops is not None:
                startup.ops.when_idle(self.resume)  # the first page's reads answered
            elif state in _WAITING:
                self.resume()

        startup.state_changed.connect(changed)


def pause_while_starting(startup: Starting) -> Callable[[], None]:
    """Pause the collector until `startup` has its first page (or waits for a person);
    returns what resumes it at once."""
    pause = Pause()
    pause.follow(startup)
    return pause.resume
