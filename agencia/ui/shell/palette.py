"""Ctrl+K: every registered action, filtered as the person types; Enter runs it.

The filter ignores case and accents; a label that starts with the text comes first, then
one that contains it, then one whose letters appear in order ("nc" finds "Nueva cuenta").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from agencia.domain.text import fold
from agencia.ui.actions import ActionRegistry, ActionSpec
from agencia.ui.shell.popup import PAYLOAD_ROLE, OverlayPopup, make_item, make_list

WIDTH = 560
ROW = 40
MAX_ROWS = 9


@dataclass(frozen=True)
class Command:
    spec: ActionSpec
    action: QAction
    group: str  # where it lives, shown on the right: "Archivo", "Cuentas"…


def score(label: str, typed: str) -> int | None:
    """Lower is better; None when `typed` does not match `label` at all."""
    text, query = fold(label).replace("&", ""), fold(typed).strip()
    if not query:
        return 0
    at = text.find(query)
    if at == 0:
        return 0
    if at > 0:
        return 10 + at if text[at - 1] == " " else 100 + at
    gaps, position = 0, -1
    for char in query:
        if char == " ":
            continue
        found = text.find(char, position + 1)
        if found < 0:
            return None
        gaps += found - position - 1
        position = found
    return 1000 + gaps


class _Field(QLineEdit):
    navigate = Signal(int)
    accepted = Signal()
    dismissed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Down:
            self.navigate.emit(1)
        elif key == Qt.Key.Key_Up:
            self.navigate.emit(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        elif key == Qt.Key.Key_Escape:
            self.dismissed.emit()
        else:
            super().keyPressEvent(event)


class CommandPalette(OverlayPopup):
    """A filtered list of the registry's actions over the top of the window."""

    ran = Signal(str)  # the id of the action that was run

    def __init__(
        self,
        registry: ActionRegistry,
        group_name: Callable[[ActionSpec], str],
        before_run: Callable[[ActionSpec], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.group_name = group_name
        self.before_run = before_run
        self.commands: list[Command] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(0)
        self.field = _Field(self)
        self.field.setPlaceholderText(self.tr("Escriba una orden…"))
        self.field.textChanged.connect(self._filter)
        self.field.navigate.connect(self._move)
        self.field.accepted.connect(self.run_current)
        self.field.dismissed.connect(self.close_palette)
        column.addWidget(self.field)
        self.model = QStandardItemModel(self)
        self.list = make_list(self, ROW)
        self.list.setModel(self.model)
        self.list.clicked.connect(self._clicked)
        column.addWidget(self.list)
        self.empty = QLabel(self.tr("Ninguna orden coincide."), self)
        self.empty.setObjectName("PopupHint")
        column.addWidget(self.empty)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        parent.installEventFilter(self)

    # -- opening and closing ------------------------------------------------------------
    def open_palette(self) -> None:
        self.commands = [
            Command(spec, action, self.group_name(spec))
            for spec, action in self.registry.all()
            if spec.id != "app.command_palette"
        ]
        self.field.clear()
        self._filter("")
        self._place()
        self.show()
        self.raise_()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_palette(self) -> None:
        self.hide()

    def _place(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        width = min(WIDTH, parent.width() - 32)
        rows = min(max(self.model.rowCount(), 1), MAX_ROWS)
        height = self.field.sizeHint().height() + rows * ROW + 16
        if not self.model.rowCount():
            height = self.field.sizeHint().height() + self.empty.sizeHint().height() + 12
        self.list.setFixedHeight(rows * ROW + 8 if self.model.rowCount() else 0)
        self.setGeometry((parent.width() - width) // 2, 72, width, height)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.isVisible() and (new is None or not self.isAncestorOf(new)):
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    # -- filtering ------------------------------------------------------------------------
    def _filter(self, typed: str) -> None:
        ranked: list[tuple[int, int, Command]] = []
        for n, command in enumerate(self.commands):
            found = score(command.action.text(), typed)
            if found is None:
                found = score(f"{command.group} {command.action.text()}", typed)
                found = None if found is None else found + 5000
            if found is not None:
                ranked.append((found, n, command))
        ranked.sort(key=lambda r: (r[0], r[1]))
        self.model.clear()
        for _score, _n, command in ranked:
            action = command.action
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            trailing = "   ".join(p for p in (command.group, shortcut) if p)
            item = make_item(
                action.text().replace("&", ""),
                "",
                command.spec.icon or "",
                trailing,
                command,
            )
            if not action.isEnabled():
                item.setEnabled(False)
            self.model.appendRow(item)
        self.list.setVisible(bool(ranked))
        self.empty.setVisible(not ranked)
        first = next(
            (r for r in range(self.model.rowCount()) if self.model.item(r).isEnabled()), -1
        )
        if first >= 0:
            self.list.setCurrentIndex(self.model.index(first, 0))
        if self.isVisible():
            self._place()

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = self.list.currentIndex().row()
        for _ in range(rows):
            row = (row + step) % rows
            if self.model.item(row).isEnabled():
                self.list.setCurrentIndex(self.model.index(row, 0))
                return

    # -- running --------------------------------------------------------------------------
    def _clicked(self, index: QModelIndex) -> None:
        self.list.setCurrentIndex(index)
        self.run_current()

    def run_current(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        command = index.data(PAYLOAD_ROLE)
        if not isinstance(command, Command):
            return
        self.hide()
        self.before_run(command.spec)
        if command.action.isEnabled():
            command.action.trigger()
            self.ran.emit(command.spec.id)

    def visible_labels(self) -> list[str]:
        """What the list shows now, in order (tests)."""
        return [self.model.item(r).text() for r in range(self.model.rowCount())]
