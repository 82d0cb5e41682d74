"""A list filter that takes more than one value: «Grupo» → Gran Consumo and Servicios.

A combo box whose options have check boxes. In the open list a click — or Space or Enter
on the highlighted option — ticks or unticks it and the list stays open (several are
chosen in one visit, Escape closes it); the first row, the filter's own name, clears it
and closes. Choosing with the keyboard on the closed box (or
`setCurrentIndex`) chooses that one option alone, as a plain combo would. The box shows
the filter's name, the one option chosen, or the name and how many ("Grupo (2)"), with
every choice in its tooltip; the open list is as wide as its longest option, so each
can be read whole whatever width the row gives the box.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionComboBox, QWidget

from agencia.ui.widgets.elided import ElidedComboBox
from agencia.ui.widgets.text import plain_tip

_CHECK = Qt.ItemDataRole.CheckStateRole
_TICK_KEYS = frozenset({Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select})


class MultiChoiceCombo(ElidedComboBox):
    """Signals: `choices_changed()` when an option is ticked or unticked in the open list
    (the keyboard and `setCurrentIndex` report through `activated`/`currentIndexChanged`,
    as in any combo box)."""

    choices_changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._widest = 0  # the longest option, in this box's font
        self._list_ready = False  # the open list's filters and width (see `view`)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.set_options([])
        self.currentIndexChanged.connect(self._current_changed)

    def view(self) -> QAbstractItemView:
        """The open list, with this box's filters and width, set up when Python first
        asks for it (opening it asks): set up with the box, the accounts list's four
        filters had Shiboken make the list view's classes and Qt send two filters the list's
        events before its first page, for lists most people never open, or not then."""
        view = super().view()
        if not self._list_ready:
            self._list_ready = True
            view.viewport().installEventFilter(self)
            view.installEventFilter(self)  # before the popup's own: Enter would close it
            view.setMinimumWidth(self._widest + 64)  # the check box, margins, a scroll bar
        return view

    def showPopup(self) -> None:
        self.view()  # its filters, before it opens
        super().showPopup()

    # -- options and choices --------------------------------------------------------------
    def set_options(self, options: Sequence[tuple[str, Any]]) -> None:
        """(label, value) after the filter's name, keeping the values still offered."""
        kept = set(self.chosen())
        self.blockSignals(True)
        self._model.clear()
        self._model.appendRow(QStandardItem(self._name))
        self._model.item(0).setData(None, Qt.ItemDataRole.UserRole)
        for label, value in options:
            item = QStandardItem(label)
            item.setData(value, Qt.ItemDataRole.UserRole)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(
                Qt.CheckState.Checked if value in kept else Qt.CheckState.Unchecked, _CHECK
            )
            self._model.appendRow(item)
        self.setCurrentIndex(0)
        self.blockSignals(False)
        self._widest = max((self.fontMetrics().horizontalAdvance(o[0]) for o in options), default=0)
        if self._list_ready:
            self.view().setMinimumWidth(self._widest + 64)
        self._summarise()

    def chosen(self) -> list[Any]:
        """The values ticked, in the list's order."""
        model = self._model
        return [
            model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(1, model.rowCount())
            if model.item(row).data(_CHECK) == Qt.CheckState.Checked
        ]

    def chosen_labels(self) -> list[str]:
        model = self._model
        return [
            model.item(row).text()
            for row in range(1, model.rowCount())
            if model.item(row).data(_CHECK) == Qt.CheckState.Checked
        ]

    def set_chosen(self, values: Sequence[Any]) -> None:
        wanted = set(values)
        for row in range(1, self._model.rowCount()):
            item = self._model.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setData(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked, _CHECK)
        self._summarise()

    def clear_choices(self) -> None:
        self.set_chosen(())
        self.blockSignals(True)
        self.setCurrentIndex(0)
        self.blockSignals(False)

    # -- the open list: a click, Space or Enter ticks, the list stays --------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        keyboard = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
        if watched is self.view() and event.type() in keyboard:
            assert isinstance(event, QKeyEvent)
            index = self.view().currentIndex()
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in _TICK_KEYS and plain and index.isValid():
                # the popup closes and chooses one option on Enter's shortcut override;
                # taken here, Enter arrives as a key press that ticks
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self._pick(index.row())
                return True
            return super().eventFilter(watched, event)
        if watched is self.view().viewport() and event.type() in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonPress,
        ):
            assert isinstance(event, QMouseEvent)
            index = self.view().indexAt(event.position().toPoint())
            if event.type() == QEvent.Type.MouseButtonPress or not index.isValid():
                return index.isValid()
            self._pick(index.row())
            return True
        return super().eventFilter(watched, event)

    def _pick(self, row: int) -> None:
        """A row chosen in the open list: an option ticks or unticks, the name clears."""
        if row == 0:
            self.clear_choices()
            self.hidePopup()
        else:
            self.toggle(row)
        self.choices_changed.emit()

    def toggle(self, row: int) -> None:
        item = self._model.item(row)
        on = item.data(_CHECK) == Qt.CheckState.Checked
        item.setData(Qt.CheckState.Unchecked if on else Qt.CheckState.Checked, _CHECK)
        self._summarise()

    def _current_changed(self, row: int) -> None:
        """The keyboard (or code) chose one row: that option alone, or none for row 0."""
        if row <= 0:
            self.set_chosen(())
        else:
            self.set_chosen([self._model.item(row).data(Qt.ItemDataRole.UserRole)])

    # -- what the closed box shows ------------------------------------------------------------
    def summary(self) -> str:
        labels = self.chosen_labels()
        if not labels:
            return self._name
        if len(labels) == 1:
            return labels[0]
        return f"{self._name} ({len(labels)})"

    def _summarise(self) -> None:
        labels = self.chosen_labels()
        self.setToolTip(plain_tip(f"{self._name}: {', '.join(labels)}") if labels else self._name)
        self.update()

    def initStyleOption(self, option: QStyleOptionComboBox) -> None:
        super().initStyleOption(option)
        option.currentText = self.summary()

    def is_elided(self) -> bool:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return self.fontMetrics().horizontalAdvance(self.summary()) > room.width() - 2
