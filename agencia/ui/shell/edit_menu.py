"""Editar ▸ Deshacer, Rehacer, Cortar, Copiar, Pegar, Seleccionar todo.

Undo and redo act on the field being typed in when it has something to undo (its own
typing), else on the window's undo history of saved changes (`ui/widgets/undo.py`): the
menu names what they would undo ("Deshacer: Editar la cuenta «Coca-Cola»"). Ctrl+Shift+Z
and Ctrl+Y both redo. The clipboard actions apply to the focused field; in a table, Copy
copies the current row's text.

What the focus is on is told by Qt's class names (`QObject.inherits`): naming the Python
classes here built Qt's item-view, spin-box, combo and text-edit classes (19 enums) when
the window first took the focus, before its first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from agencia.ui.actions import ActionId, ActionRegistry, ActionSpec
from agencia.ui.widgets.undo import UndoHistory

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit

    from agencia.ui.area import AppContext

    Editor: TypeAlias = QLineEdit | QTextEdit | QPlainTextEdit

translate = QCoreApplication.translate
_EDITORS = ("QLineEdit", "QTextEdit", "QPlainTextEdit")


def focused_editor() -> Editor | None:
    """The text field with the keyboard focus (a spin box's or editable combo's own)."""
    widget = QApplication.focusWidget()
    if widget is not None and (widget.inherits("QAbstractSpinBox") or widget.inherits("QComboBox")):
        widget = widget.findChild(QLineEdit)
    if widget is not None and any(widget.inherits(name) for name in _EDITORS):
        return cast("Editor", widget)
    return None


def _typing_to_undo(editor: Editor | None, redo: bool) -> bool:
    if editor is None or getattr(editor, "isReadOnly", lambda: False)():
        return False
    if isinstance(editor, QLineEdit):
        return editor.isRedoAvailable() if redo else editor.isUndoAvailable()
    document = editor.document()
    return document.isRedoAvailable() if redo else document.isUndoAvailable()


def copy_row(view: QAbstractItemView) -> None:
    """The current row's cells, tab-separated, to the clipboard."""
    index = view.currentIndex()
    model = view.model()
    if not index.isValid() or model is None:
        return
    cells = [
        str(model.index(index.row(), c, index.parent()).data() or "")
        for c in range(model.columnCount(index.parent()))
    ]
    QApplication.clipboard().setText("\t".join(cells))


class EditMenu(QObject):
    """Registers the Edit menu's actions on the window's registry and keeps them named."""

    def __init__(self, registry: ActionRegistry, parent: QWidget) -> None:
        super().__init__(parent)
        self.registry = registry
        self.history: UndoHistory | None = None
        register = registry.register

        def spec(
            action_id: ActionId, label: str, key: QKeySequence.StandardKey, icon: str | None
        ) -> ActionSpec:
            return ActionSpec(action_id, label, key, icon, menu="edit")

        self.undo = register(
            spec(ActionId.UNDO, self.undo_label(""), QKeySequence.StandardKey.Undo, "undo"),
            lambda: self._step(redo=False),
            parent,
        )
        self.redo = register(
            spec(ActionId.REDO, self.redo_label(""), QKeySequence.StandardKey.Redo, None),
            lambda: self._step(redo=True),
            parent,
        )
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        StdKey = QKeySequence.StandardKey
        for action_id, label, key, call in (
            (ActionId.CUT, translate("EditMenu", "Cortar"), StdKey.Cut, "cut"),
            (ActionId.COPY, translate("EditMenu", "Copiar"), StdKey.Copy, "copy"),
            (ActionId.PASTE, translate("EditMenu", "Pegar"), StdKey.Paste, "paste"),
            (
                ActionId.SELECT_ALL,
                translate("EditMenu", "Seleccionar todo"),
                StdKey.SelectAll,
                "selectAll",
            ),
        ):
            register(spec(action_id, label, key, None), self._on_focused(call), parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # what undo means follows the focus
            app.focusChanged.connect(self._focus_changed)  # a slot: gone with the window
        self.update()

    @staticmethod
    def undo_label(what: str) -> str:
        if not what:
            return translate("EditMenu", "Deshacer")
        return translate("EditMenu", "Deshacer: %1").replace("%1", what)

    @staticmethod
    def redo_label(what: str) -> str:
        if not what:
            return translate("EditMenu", "Rehacer")
        return translate("EditMenu", "Rehacer: %1").replace("%1", what)

    def attach(self, ctx: AppContext) -> None:
        """Signed in: the window's undo history (the areas push on the same one)."""
        from agencia.ui.widgets.undo import undo_history

        self.history = undo_history(ctx)
        self.history.stack.indexChanged.connect(lambda _i: self.update())
        self.history.stack.cleanChanged.connect(lambda _c: self.update())
        self.update()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if shiboken6.isValid(self.undo) and shiboken6.isValid(self.redo):  # not at quitting
            self.update()

    def update(self) -> None:
        history = self.history
        alive = history is not None and shiboken6.isValid(history)
        stack = history.stack if alive and history is not None else None
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        self.undo.setText(self.undo_label(stack.undoText() if can_undo and stack else ""))
        self.redo.setText(self.redo_label(stack.redoText() if can_redo and stack else ""))
        # a field's own typing can always be undone from the menu: keep them enabled then
        self.undo.setEnabled(can_undo or _typing_to_undo(focused_editor(), redo=False))
        self.redo.setEnabled(can_redo or _typing_to_undo(focused_editor(), redo=True))

    def _step(self, *, redo: bool) -> None:
        editor = focused_editor()
        if _typing_to_undo(editor, redo):
            assert editor is not None
            editor.redo() if redo else editor.undo()
        elif self.history is not None:
            self.history.redo() if redo else self.history.undo()
        self.update()

    def _on_focused(self, call: str) -> Callable[[], None]:
        def run() -> None:
            editor = focused_editor()
            if editor is not None:
                getattr(editor, call)()
                return
            from PySide6.QtWidgets import QAbstractItemView  # (a menu item was chosen)

            widget = QApplication.focusWidget()
            if call == "copy" and isinstance(widget, QAbstractItemView):
                copy_row(widget)
            elif call == "selectAll" and isinstance(widget, QAbstractItemView):
                widget.selectAll()

        return run
