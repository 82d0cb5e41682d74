"""What a form's editors hold, as plain values, and how to put it back.

A form dialog compares these values with those it opened with (has the person changed
anything?) and keeps them as its draft (`agencia.ui.drafts`), so that they must be plain
JSON: text, numbers, booleans, ISO dates, the ticked rows of a list. A widget that holds
several editors (a row of lists, a small table) gives the values of the editors inside
it, in order; it is put back only when it still holds as many. An editor whose text is
not all it holds (an account picker: the account chosen, by id) says its value itself
(`OwnValue`), so that every form keeps and gets back the choice, not only its words.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from agencia.ui.widgets.doc_widgets import GrowingTextEdit, OptionalDateEdit

Values = dict[str, Any]
_MOMENT = "yyyy-MM-ddTHH:mm:ss"  # a date-and-time edit's value: local, as it shows it


@runtime_checkable
class OwnValue(Protocol):
    """An editor that gives its value as JSON and takes it back itself (an account
    picker: the chosen account's id with its name; a list whose entries come later: the
    entry wanted until they arrive)."""

    def editor_value(self) -> Any: ...

    def set_editor_value(self, value: Any) -> None: ...


_EDITORS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractButton,
    QDateEdit,
    QAbstractSpinBox,
    QListWidget,
)


def value_of(editor: QWidget) -> Any:
    """The editor's value as JSON (None for an editor this does not know)."""
    if isinstance(editor, OwnValue):
        return editor.editor_value()
    if isinstance(editor, QLineEdit):
        if editor.echoMode() != QLineEdit.EchoMode.Normal:
            return None  # a password is never kept in a draft on disk
        return editor.text()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QComboBox):
        return [editor.currentIndex(), editor.currentText()]
    if isinstance(editor, QAbstractButton):
        return editor.isChecked() if editor.isCheckable() else None
    if isinstance(editor, OptionalDateEdit):
        value = editor.date_value()
        return value.isoformat() if value else ""
    if isinstance(editor, QDateEdit):
        return editor.date().toString("yyyy-MM-dd")
    if isinstance(editor, QDateTimeEdit):  # a moment (a date edit is one too, without time)
        return editor.dateTime().toString(_MOMENT)
    if isinstance(editor, QSpinBox | QDoubleSpinBox):
        return editor.value()
    if isinstance(editor, QListWidget):
        return _ticked(editor)
    inside = [value_of(leaf) for leaf in _leaves(editor)]
    return {"inside": inside} if inside else None


def _ticked(editor: QListWidget) -> list[str] | None:
    items = [editor.item(n) for n in range(editor.count())]
    if not any(item.flags() & Qt.ItemFlag.ItemIsUserCheckable for item in items):
        return None
    return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]


def _known(widget: QWidget) -> bool:
    return isinstance(widget, (*_EDITORS, OwnValue)) and value_of(widget) is not None


def _leaves(widget: QWidget) -> list[QWidget]:
    """The editors inside `widget`, the outermost ones (a date edit, not its line edit)."""
    found: list[QWidget] = []
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if _known(child):
            found.append(child)
        else:
            found.extend(_leaves(child))
    return found


def set_value(editor: QWidget, value: Any) -> None:
    """Put back what `value_of` gave (a value of the wrong shape is ignored)."""
    with contextlib.suppress(TypeError, ValueError, IndexError, KeyError):
        _set(editor, value)


def _set(editor: QWidget, value: Any) -> None:
    if value is None:
        return
    if isinstance(editor, OwnValue):
        editor.set_editor_value(value)
    elif isinstance(editor, QLineEdit | QPlainTextEdit | QTextEdit):
        _set_text(editor, str(value))
    elif isinstance(editor, QComboBox):
        _set_choice(editor, value)
    elif isinstance(editor, QAbstractButton) and editor.isCheckable():
        editor.setChecked(bool(value))
    elif isinstance(editor, OptionalDateEdit):
        editor.set_date_value(date.fromisoformat(value) if value else None)
    elif isinstance(editor, QDateEdit):
        editor.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
    elif isinstance(editor, QDateTimeEdit):
        moment = QDateTime.fromString(str(value), _MOMENT)
        if moment.isValid():
            editor.setDateTime(moment)
    elif isinstance(editor, QSpinBox | QDoubleSpinBox):
        editor.setValue(value)
    elif isinstance(editor, QListWidget):
        _set_ticked(editor, set(value))
    elif isinstance(value, dict) and "inside" in value:
        leaves = _leaves(editor)
        if len(leaves) == len(value["inside"]):
            for leaf, inner in zip(leaves, value["inside"], strict=True):
                set_value(leaf, inner)


def _set_text(editor: QLineEdit | QPlainTextEdit | QTextEdit, text: str) -> None:
    if isinstance(editor, GrowingTextEdit):
        editor.set_text_keeping_cursor(text)
    elif isinstance(editor, QLineEdit):
        if editor.text() != text:
            editor.setText(text)
    else:
        editor.setPlainText(text)


def _set_choice(editor: QComboBox, value: Any) -> None:
    index, text = value
    found = editor.findText(text)
    if found >= 0:
        editor.setCurrentIndex(found)
    elif editor.isEditable():
        editor.setEditText(text)
    elif 0 <= int(index) < editor.count():
        editor.setCurrentIndex(int(index))


def _set_ticked(editor: QListWidget, ticked: set[str]) -> None:
    for n in range(editor.count()):
        item = editor.item(n)
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            state = Qt.CheckState.Checked if item.text() in ticked else Qt.CheckState.Unchecked
            item.setCheckState(state)


def values_of(editors: Iterable[tuple[str, QWidget]]) -> Values:
    """Each known editor's value by name."""
    values: Values = {}
    for name, editor in editors:
        value = value_of(editor)
        if value is not None:
            values[name] = value
    return values


def apply_values(editors: Mapping[str, QWidget], values: Mapping[str, Any]) -> list[str]:
    """Put `values` back into the editors with their names; the names that changed."""
    changed = []
    for name, value in values.items():
        editor = editors.get(name)
        if editor is not None and value_of(editor) != value:
            set_value(editor, value)
            changed.append(name)
    return changed
