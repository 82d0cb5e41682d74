"""Ctrl+K: every registered action, filtered as the person types; Enter runs it.

The filter ignores case and accents and goes by word starts: a label that starts with
the text comes first, then one whose words start with the typed words ("cuen" in "Editar
cuenta"), then one that contains it, then one whose words' starts spell it ("nc" finds
"Nueva cuenta", "desc" «Desactivar cuenta»). Letters scattered anywhere no longer match
("sesi" does not find «Desactivar cuenta»). Among equally good matches, the actions run
most recently come first (remembered between sessions).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from agencia.domain.text import fold
from agencia.ui.actions import ActionRegistry, ActionSpec
from agencia.ui.settings import settings
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
    text, query = fold(label).replace("&", ""), " ".join(fold(typed).split())
    if not query:
        return 0
    if text.startswith(query):
        return 0
    words = text.replace("…", " ").replace("(", " ").split()
    typed_words = query.split()
    if all(any(w.startswith(t) for w in words) for t in typed_words):
        first = next(n for n, w in enumerate(words) if w.startswith(typed_words[0]))
        return 10 + first
    at = text.find(query)
    if at > 0:
        return 100 + at
    spelled = _spelled_by_word_starts("".join(typed_words), words)
    return None if spelled is None else 1000 + spelled


def _spelled_by_word_starts(query: str, words: list[str]) -> int | None:
    """How many words `query` skips when read as the starts of the label's words, in
    order ("nc": «Nueva cuenta»; "desc": «DESactivar Cuenta»), or None."""

    def walk(q: int, w: int) -> int | None:
        if q == len(query):
            return 0
        best: int | None = None
        for n in range(w, len(words)):
            word = words[n]
            k = 0
            while k < len(word) and q + k < len(query) and word[k] == query[q + k]:
                k += 1
                rest = walk(q + k, n + 1)
                if rest is not None and (best is None or rest + n - w < best):
                    best = rest + n - w
        return best

    return walk(0, 0)


RECENT_KEY = "palette/recent"
RECENT_KEEP = 12


def recent_ids() -> list[str]:
    """The actions run from the palette, most recent first."""
    value = settings().value(RECENT_KEY, [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def remember_run(action_id: str) -> None:
    ids = [action_id, *(i for i in recent_ids() if i != action_id)][:RECENT_KEEP]
    settings().setValue(RECENT_KEY, ids)


def tier(found: int) -> int:
    """Which kind of match a score is: the label's start, word starts, inside, spelled."""
    return 0 if found < 10 else 1 if found < 100 else 2 if found < 1000 else 3 + found // 5000


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
        self._built = False  # its field and list are made when first opened
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        parent.installEventFilter(self)

    def _build(self) -> None:
        """The field and the list, at the first opening: the window's first paint does
        without them (the first list view made pays for Qt's types, a tenth of a second)."""
        if self._built:
            return
        self._built = True
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

    # -- opening and closing ------------------------------------------------------------
    def open_palette(self) -> None:
        self._build()
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
        recent = {action_id: n for n, action_id in enumerate(recent_ids())}
        for n, command in enumerate(self.commands):
            found = score(command.action.text(), typed)
            if found is None:
                found = score(f"{command.group} {command.action.text()}", typed)
                found = None if found is None else found + 5000
            if found is not None:
                ranked.append((found, n, command))
        far = len(recent)
        ranked.sort(key=lambda r: (tier(r[0]), recent.get(str(r[2].spec.id), far), r[0], r[1]))
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
        self._build()
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
        self._build()
        index = self.list.currentIndex()
        if not index.isValid():
            return
        command = index.data(PAYLOAD_ROLE)
        if not isinstance(command, Command):
            return
        self.hide()
        self.before_run(command.spec)
        if command.action.isEnabled():
            remember_run(str(command.spec.id))
            command.action.trigger()
            self.ran.emit(command.spec.id)

    def visible_labels(self) -> list[str]:
        """What the list shows now, in order (tests)."""
        self._build()
        return [self.model.item(r).text() for r in range(self.model.rowCount())]
