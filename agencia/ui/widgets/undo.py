"""Undo and redo of saved changes: one QUndoStack per window, shared by every area.

An edit is saved when its form says so; what undo does is another save — the values from
before, written through the same service, audited like any other edit, and refused as a
conflict when someone else saved the record in between (it never overwrites their work).
Redo writes the edit's values again, under the same check. Several steps deep.

The API, for any area (accounts, contacts, campaigns, the hierarchy…):

    history = undo_history(ctx)              # the window's (one per action registry)
    history.push_saved(
        text,                                # what the step did, for Edit ▸ Undo «…»
        key,                                 # the record, e.g. ("account", 12)
        save,                                # save(db, actor, values, version) -> .version
        before, after,                       # the values before and after the edit
        version,                             # the record's version after the edit
        refused=…,                           # optional: tell people why undo could not be
    )
    history.moved(key, old, new)             # our own save that undo does not cover
                                             # (a logo) moved the version on

`push_saved` is called after the save succeeded (the step is done already: pushing it
writes nothing). A step refused by a conflict is dropped from the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from agencia.domain.text import fill

if TYPE_CHECKING:
    from agencia.ui.area import AppContext

translate = QCoreApplication.translate
Save = Callable[..., Any]  # save(db, actor, values, version) -> something with `.version`
Refused = Callable[[BaseException], None]


class UndoHistory(QObject):
    """Signals: `done(message)` after an undo or redo was saved; `refused(message)` when
    one could not be (someone else's save, a rule)."""

    done = Signal(str)
    refused = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("undoHistory")
        self.ctx = ctx
        self.stack = QUndoStack(self)
        # as the window goes, the stack is let go after the pages' actions, and its
        # destructor clears it (indexChanged, cleanChanged…): nobody may hear that
        stack = self.stack
        self.destroyed.connect(lambda *_a: stack.blockSignals(True))
        self.versions: dict[Hashable, int] = {}  # each record's version as our steps left it

    def push_saved(
        self,
        text: str,
        key: Hashable,
        save: Save,
        before: Any,
        after: Any,
        version: int,
        *,
        refused: Refused | None = None,
    ) -> None:
        self.versions[key] = version
        self.stack.push(SavedChange(self, text, key, save, before, after, refused))

    def moved(self, key: Hashable, old: int, new: int) -> None:
        if self.versions.get(key) == old:
            self.versions[key] = new

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()


class SavedChange(QUndoCommand):
    """One saved edit: undo writes `before`, redo writes `after`, each a real save."""

    def __init__(
        self,
        history: UndoHistory,
        text: str,
        key: Hashable,
        save: Save,
        before: Any,
        after: Any,
        refused: Refused | None,
    ) -> None:
        super().__init__(text)
        self.history = history
        self.key = key
        self.save = save
        self.before = before
        self.after = after
        self.on_refused = refused
        self._pushed = True  # QUndoStack.push calls redo: the save has happened already
        self._running = False

    def redo(self) -> None:
        if self._pushed:
            self._pushed = False
            return
        self._write(self.after, undoing=False)

    def undo(self) -> None:
        self._write(self.before, undoing=True)

    def _write(self, values: Any, *, undoing: bool) -> None:
        history = self.history
        version = history.versions.get(self.key)
        self._running = True
        try:
            history.ctx.ops.write(
                self.save,
                values,
                version,
                on_done=lambda result: self._saved(result, undoing),
                on_error=lambda error: self._failed(error, undoing),
            )
        finally:
            self._running = False

    def _saved(self, result: Any, undoing: bool) -> None:
        self.history.versions[self.key] = int(result.version)
        message = (
            translate("Undo", "Deshecho: %1") if undoing else translate("Undo", "Rehecho: %1")
        ).replace("%1", self.text())
        self.history.done.emit(message)
        self.history.ctx.toast(message)

    def _failed(self, error: BaseException, undoing: bool) -> None:
        """Refused (someone else saved meanwhile): the step leaves the stack, nothing is
        overwritten, and people are told why."""
        self.setObsolete(True)
        if not self._running:  # the answer came later: take the step out now
            stack = self.history.stack
            at = stack.index() if undoing else stack.index() - 1
            if 0 <= at < stack.count() and stack.command(at) is self:
                (stack.redo if undoing else stack.undo)()  # an obsolete step is dropped
        if self.on_refused is not None:
            self.on_refused(error)
            return
        from agencia.ui.widgets.errors import error_text  # its dialogs: not before a paint

        message = fill(
            translate("Undo", "No se puede deshacer «%1»: %2"), self.text(), error_text(error)
        )
        self.history.refused.emit(message)
        self.history.ctx.toast(message)


def undo_history(ctx: AppContext) -> UndoHistory:
    """The window's undo history (made on first use, one per window's action registry)."""
    registry = ctx.actions
    found = registry.findChild(UndoHistory, "undoHistory")
    if isinstance(found, UndoHistory):
        if found.ctx is ctx:
            return found
        found.setObjectName("")  # signed out: the last person's steps go with them
        found.deleteLater()
    return UndoHistory(ctx, registry)
