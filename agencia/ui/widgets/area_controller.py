"""What every area's controller does the same way, so that an area's controller says only
what is its own (its actions, its records, its dialogs).

- It starts on first showing: nothing is read for a page nobody opened.
- Its actions are enabled only while its page shows (`rule` also says why one is not).
- It reacts to `ops.changed` only once started, and only to the kinds it `CONCERNS`.
- It reloads the open record after a change, keeping the list's selection (the list
  keeps it across reloads; the controller keeps which record it asked for).
- It reports errors one way (`ui/widgets/errors.py`), and remembers the last message
  for the tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from agencia.domain.changes import ChangeKind, Changes
from agencia.ui.widgets.errors import error_text, show_message

if TYPE_CHECKING:
    from agencia.ui.area import AppContext


class AreaController(QObject):
    CONCERNS: frozenset[ChangeKind] = frozenset()  # the kinds of change it refreshes for

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = ctx.ops
        self.actions: dict[Any, QAction] = {}
        self.last_message = ""
        self._started = False
        self._visible = False
        self._wanted_id: int | None = None  # the record asked for (shown, or on its way)
        self.ops.changed.connect(self._maybe_changed)

    # -- what a subclass says --------------------------------------------------------------
    def title(self) -> str:
        """The area's name, as the title of its messages."""
        raise NotImplementedError

    def message_parent(self) -> QWidget:
        """The widget its messages belong to (the area's page)."""
        raise NotImplementedError

    def load(self) -> None:
        """First time shown: ask for what the page shows."""

    def _changed(self, changes: Changes) -> None:
        """A write touched something it `CONCERNS`: refresh that (once started)."""

    def load_detail(self, record_id: int) -> None:
        """Ask for one record and show it."""

    def record_shown(self) -> bool:
        """Whether the open record is on screen (worth reloading after a change)."""
        return True

    def _update_actions(self) -> None:
        """Enable the actions that apply now (`rule` for each)."""

    # -- showing and starting -----------------------------------------------------------------
    def _visibility_changed(self, visible: bool) -> None:
        if not all(shiboken6.isValid(a) for a in self.actions.values()):
            return  # the window is being taken apart
        self._visible = visible
        if visible:
            self.start()
        self._update_actions()

    def start(self) -> None:
        """First time shown (or asked for a record): load, once."""
        if self._started:
            return
        self._started = True
        self.load()

    def _maybe_changed(self, changes: Changes) -> None:
        if self._started and changes.touches(self.CONCERNS):
            self._changed(changes)

    def _reload_detail(self) -> None:
        """The open record again (after a change, or Actualizar)."""
        if self._wanted_id is not None and self.record_shown():
            self.load_detail(self._wanted_id)

    # -- actions ------------------------------------------------------------------------------
    def rule(self, action_id: Any, enabled: bool, why: str = "") -> None:
        """Enable `action_id` while the page shows and `enabled` holds; its tooltip says
        `why` not, when it does not."""
        action = self.actions[action_id]
        action.setEnabled(self._visible and enabled)
        label = action.text().replace("&", "").removesuffix("…")
        action.setToolTip(label if enabled or not why else f"{label} — {why}")

    # -- telling people -------------------------------------------------------------------------
    def inform(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        """A message that needs reading (not a toast); does not block."""
        self.last_message = text
        show_message(self.message_parent(), self.title(), text, icon)

    def report(self, error: BaseException) -> None:
        """An operation failed: say why (`error_text`)."""
        self.inform(error_text(error))
