"""Areas built when they are first needed, not all at sign-in.

Building an area (importing its package, making its lists, forms and actions) costs
from a few to a few hundred milliseconds each; building all eleven before the first page
is what kept the accounts list from showing. At sign-in the window builds the areas in
rail order only up to the one it shows (Pendientes comes first, so its badge counts from
the start); the rest follow one at a time once the window has been idle for a moment
(no key, click or wheel for `QUIET_MS`, no read in flight), counted only from when the
page shown has its first answers (`Operations.when_idle`: a gap between the list's read
of IDs and its read of the first rows is no idle moment; building the campaigns area
there would hold the rows back), so their rail buttons,
menu entries and offers on other pages (an account page's «Campañas de la cuenta»)
arrive within a second or two without ever delaying what the person is doing.

Anything that needs an area sooner builds it at once — and, to keep the rail's order
and its Alt+number shortcuts, every area before it: switching to it (the rail, Alt+N,
another area's `navigate`, a global search hit, Pendientes), the command palette and
the shortcuts list (which show every area's actions). Search and Pendientes read through
the services (`agencia.areas`), so they find the records of areas not built yet.

Building an area is not building its page: the window asks for an area's page
(`Area.widget()`) only when it is first shown, and an area may make its controller, views
and first reads there (`Area.page_built` says whether it has), so an area never opened
costs no memory beyond its rail button and the actions it offers elsewhere.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from agencia.ui.area import Area

if TYPE_CHECKING:
    from agencia.ui.shell.window import MainWindow

log = logging.getLogger(__name__)

QUIET_MS = 400  # this long without input or reads, the next area is built
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def ui_modules() -> tuple[str, ...]:
    """The pages' modules in rail order. The list of areas (every declaration, the change
    kinds) is read at sign-in, not before the first paint."""
    from agencia.areas import ui_modules as listed

    return listed()


def _module_shown(wanted: str) -> str | None:
    """The page module of the area `wanted` (its declaration's), if there is one."""
    from agencia.areas import AREAS

    return next((spec.ui for spec in AREAS if str(spec.id) == wanted), None)


class AreaBuilder(QObject):
    """Builds `window`'s areas from their modules (rail order), when first needed."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.unbuilt: list[str] = []  # modules not imported yet, in rail order
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(QUIET_MS)
        self._timer.timeout.connect(self._idle)
        self._watching = False
        self._shown: str | None = None  # the module of the page shown at sign-in

    # -- what the window asks -------------------------------------------------------------
    def begin(self, modules: tuple[str, ...], wanted: str, lazy: bool) -> list[Area]:
        """Sign-in: build up to the area `wanted` (all of them unless `lazy`); the rest
        follow when idle. Returns the areas built now."""
        self.unbuilt = list(modules)
        if not lazy:
            return self._build(lambda _area: False)
        self._shown = _module_shown(wanted)
        try:
            created = self._build(lambda area: area.has_page and str(area.id) == wanted)
        finally:
            self._shown = None
        if not any(area.has_page for area in created):  # nothing to show yet: the first
            created += self._build(lambda area: area.has_page)
        ctx = self.window.ctx
        if ctx is not None:  # the idle clock starts once the page shown has its answers
            ctx.ops.when_idle(self._watch)
        else:
            self._watch()
        return created

    def until(self, area_id: str) -> bool:
        """Make sure `area_id` is built (with every area before it); False if it never
        will be (no such area, or no page for this person)."""
        if area_id in self.window.areas:
            return True
        if not self.unbuilt:
            return False
        self._build(lambda area: str(area.id) == str(area_id))
        self.window.rebuild_menus()
        return area_id in self.window.areas

    def everything(self) -> None:
        """Build every area left, and the pages not shown yet (the palette and the
        shortcuts list show all actions; an area registers its menu's with its page)."""
        changed = bool(self.unbuilt)
        if self.unbuilt:
            self._build(lambda _area: False)
        for area in list(self.window.areas.values()):
            if not area.page_built:
                self.window.page_of(area)
                changed = True
        if changed:
            self.window.rebuild_menus()

    def forget(self) -> None:
        """Signed out: the areas not built yet are not wanted any more."""
        self.unbuilt.clear()
        self._stop()

    @property
    def done(self) -> bool:
        return not self.unbuilt

    # -- building -------------------------------------------------------------------------
    def _build(self, stop: Callable[[Area], bool]) -> list[Area]:
        created: list[Area] = []
        while self.unbuilt:
            area = self._build_next()
            if area is None:
                continue
            created.append(area)
            if stop(area):
                break
        if not self.unbuilt:
            self._stop()
        return created

    def _build_next(self) -> Area | None:
        ctx = self.window.ctx
        module_name = self.unbuilt.pop(0)
        if ctx is None:
            return None
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                log.info("area %s is not available yet", module_name)
                return None
            raise
        # the page shown at sign-in may start its first read as it is built (`create_shown`,
        # optional): the database answers on a reader while this thread makes the rest of
        # the area, lays out its page and the window's menus, not after
        shown = getattr(module, "create_shown", None) if module_name == self._shown else None
        area: Area = shown(ctx) if shown is not None else module.create(ctx)
        self.window.add_area(area)
        return area

    # -- idle time ------------------------------------------------------------------------
    def _watch(self) -> None:
        if not self.unbuilt:
            return
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def _stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._timer.start()  # the person is busy: wait for the next quiet moment
        return False

    def _idle(self) -> None:
        ctx = self.window.ctx
        if ctx is None or not self.unbuilt:
            self.forget()
            return
        if ctx.ops.in_flight:
            self._timer.start()
            return
        self._build(lambda _area: True)
        self.window.rebuild_menus()
        if self.unbuilt:
            self._timer.start()
