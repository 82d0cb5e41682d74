"""Someone else saved the record while the person edited it: both versions side by side.

A save refused as stale (`Conflict`, "record.stale") never costs the person what they
typed. The form (or the document tab) stays as it was, and this view shows, field by
field, what the person has ("Sus cambios") beside what is saved now ("Guardado ahora",
read afresh through the service), with the three ways on: keep what is saved (the form
is reloaded), keep mine (saved again over the new version), or go on editing.

The view only shows and answers (`decided`); what each answer does is the caller's.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import plain_label

translate = QCoreApplication.translate


class Choice(enum.Enum):
    """The person's answer to a conflict."""

    THEIRS = "theirs"  # keep what is saved now: the form is reloaded from it
    MINE = "mine"  # save the person's values again, over the version saved now
    EDIT = "edit"  # go on editing; nothing is decided yet


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """One field: its label, the person's value and the saved one, as text."""

    label: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        return self.mine != self.theirs


def conflict_rows(
    labels: Iterable[tuple[str, str]], mine: Mapping[str, str], theirs: Mapping[str, str]
) -> list[ConflictRow]:
    """The fields, in the form's order (`labels`: name → label), with both values; fields
    neither side names are left out."""
    return [
        ConflictRow(label, mine.get(name, ""), theirs.get(name, ""))
        for name, label in labels
        if name in mine or name in theirs
    ]


def yes_no(value: bool) -> str:
    return translate("Conflict", "Sí") if value else translate("Conflict", "No")


def option_text(combo: QComboBox, value: object, fallback: str = "") -> str:
    """The label a combo shows for `value` (its item data), or `fallback`."""
    found = combo.findData(value)
    return combo.itemText(found) if found >= 0 else fallback


class ConflictDialog(QDialog):
    """Both versions of the record, field by field, and the three choices.

    `decided(Choice)` is emitted once; closing the window (Esc) is "go on editing".
    """

    decided = Signal(object)  # Choice

    def __init__(
        self,
        rows: Sequence[ConflictRow],
        parent: QWidget | None = None,
        *,
        what: str = "",
        title: str = "",
    ) -> None:
        """`what`: the record as a sentence names it ("el contrabrief"; "este registro" when
        empty); `title`: the form's title, said in the window's."""
        super().__init__(parent)
        self.setObjectName("conflictView")
        caption = translate("Conflict", "Otra persona guardó este registro")
        self.setWindowTitle(f"{caption} — {title}" if title else caption)
        self.setModal(True)
        self.rows = list(rows)
        self._answered = False
        differing = [r for r in self.rows if r.differs]

        heading = plain_label(
            translate(
                "Conflict",
                "Otra persona ha guardado %1 mientras usted lo editaba. No se ha guardado "
                "nada y sus cambios siguen donde estaban.",
            ).replace("%1", what or translate("Conflict", "este registro")),
            self,
        )
        heading.setWordWrap(True)
        summary = plain_label(
            translate(
                "Conflict", "Campos en los que difieren sus cambios y lo guardado ahora: %1."
            ).replace("%1", str(len(differing)))
            if differing
            else translate(
                "Conflict",
                "Lo guardado ahora coincide con sus cambios en todos los campos del formulario.",
            ),
            self,
        )
        summary.setWordWrap(True)
        summary.setObjectName("conflictSummary")

        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("Conflict", "Campo"),
                translate("Conflict", "Sus cambios"),
                translate("Conflict", "Guardado ahora"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        accent = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        accent.setAlpha(40)
        for n, row in enumerate(self.rows):
            cells = (row.label, row.mine or "—", row.theirs or "—")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text: a record's words are never markup
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if row.differs:
                    item.setBackground(QBrush(accent))
                    if column == 0:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                self.table.setItem(n, column, item)
        self.table.resizeRowsToContents()

        self.buttons = QDialogButtonBox(self)
        self.keep_theirs: QPushButton = self.buttons.addButton(
            translate("Conflict", "Quedarme con lo guardado"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_theirs.setToolTip(
            translate("Conflict", "Descarta sus cambios y carga lo que está guardado ahora")
        )
        self.keep_mine: QPushButton = self.buttons.addButton(
            translate("Conflict", "Guardar los míos encima"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.keep_mine.setObjectName("keepMine")
        self.keep_mine.setToolTip(
            translate("Conflict", "Guarda sus valores en todos los campos, sobre lo guardado ahora")
        )
        self.go_on: QPushButton = self.buttons.addButton(
            translate("Conflict", "Seguir editando"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.go_on.setObjectName("goOnEditing")
        self.go_on.setDefault(True)
        self.keep_theirs.clicked.connect(lambda: self._answer(Choice.THEIRS))
        self.keep_mine.clicked.connect(lambda: self._answer(Choice.MINE))
        self.go_on.clicked.connect(lambda: self._answer(Choice.EDIT))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 760, 480)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Long values wrap within their column: rows grow with the width they are given."""
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def differing(self) -> list[ConflictRow]:
        """The fields where the two versions differ (what tests and people look at)."""
        return [r for r in self.rows if r.differs]

    def _answer(self, choice: Choice) -> None:
        if self._answered:
            return
        self._answered = True
        self.done(QDialog.DialogCode.Rejected if choice is Choice.EDIT else 1)
        self.decided.emit(choice)

    def reject(self) -> None:
        """Esc and the title bar's close button: go on editing."""
        if not self._answered:
            self._answer(Choice.EDIT)
        else:
            super().reject()

    def done(self, result: int) -> None:
        self._answered = True
        super().done(result)
