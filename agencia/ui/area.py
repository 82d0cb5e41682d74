"""How an area (Cuentas, Equipo, …) plugs into the main window.

Each area is a package under agencia/ui/ with an `area` module defining
`create(ctx: AppContext) -> Area`, named by its declaration (`agencia.areas`); the
window imports them after the first paint and knows nothing else about them. The area
shown at sign-in is made by the module's `create_shown(ctx)` where there is one: it may
ask for its first page as it is built (ui/shell/area_builder.py). Areas reach
one another only through the context: `navigate(AreaId, record_id)`, the records their
pages show (`shown`), and actions offered on another area's page (`ActionSpec.header`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.ui.navigation import ShownRecords

if TYPE_CHECKING:
    from agencia.services import Actor
    from agencia.ui.actions import ActionRegistry
    from agencia.ui.ops import Operations


@dataclass
class AppContext:
    """What every area receives: the way to the services and the window's shared parts."""

    ops: Operations
    actions: ActionRegistry
    actor: Actor
    locale: QLocale  # the agency's locale: money, numbers, dates
    currency: str  # the agency's ISO 4217 code
    navigate: Callable[[AreaId, int | None], None] = field(default=lambda area, record: None)
    toast: Callable[[str], None] = field(default=lambda message: None)
    shown: ShownRecords = field(default_factory=ShownRecords)  # what each area's page shows


class Area(QObject):
    """Base class of an area: a stable id, a translated title, an icon and a widget.

    An area without a page of its own (`has_page` False: the decks, which only add
    actions) is created like the others but has no place on the rail."""

    id: AreaId
    icon_name: str = ""
    has_page: bool = True
    badge_changed = Signal(int)  # a count shown on the rail (0 hides it)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def widget(self) -> QWidget:
        """The area's page. The window asks for it only when the area is first shown (not
        at sign-in or when idle), so an area makes its page — controller, views, actions
        of its own menu, first reads — here, on first use, and keeps in `__init__` only
        what must exist before (actions offered on other pages or in Archivo)."""
        raise NotImplementedError

    @property
    def page_built(self) -> bool:
        """Whether the page exists yet (an area that makes it in `widget()` says False
        until then)."""
        return True

    def activated(self) -> None:
        """The user switched to this area (load or refresh what is stale)."""

    def open_record(self, record_id: int) -> None:
        """Show one record (from global search or another area)."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the area's list filter."""

    def save_state(self) -> None:
        """Persist splitter positions and column layouts (QSettings)."""
