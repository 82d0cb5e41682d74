"""Small parts the campaign's document tabs share: money and optional-date editors, text
boxes that grow with what is typed, a notice strip, and how a refusal is put into words."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDateEdit,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

from agencia.ui.formatting import currency_symbol, medium_date_format
from agencia.ui.style import follow_scheme, tokens
from agencia.ui.widgets.elided import ChipOrElidedDelegate

translate = QCoreApplication.translate
_EMPTY_DATE = QDate(1900, 1, 1)  # an OptionalDateEdit at its minimum shows "Sin fecha"


def edit_date_format(locale: QLocale) -> str:
    """The house's one way to edit a date: the locale's short date order with a four-digit
    year, ``dd/MM/yyyy`` (es_ES); in English the month named, ``7 Dec 2026`` (07/12/2026
    is July to many English readers — the logged contact's moment named it, the task
    form did not)."""
    if locale.language() == QLocale.Language.English:
        return medium_date_format(locale)
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    short = re.sub(r"y+", "yyyy", short)
    short = re.sub(r"d+", "dd", short)
    return re.sub(r"M+", "MM", short)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty ("Sin fecha"): Supr clears it, the arrows and the
    calendar start from today."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(locale)
        self.setDisplayFormat(edit_date_format(locale))
        self.setCalendarPopup(True)
        self.setMinimumDate(_EMPTY_DATE)
        self.setSpecialValueText(self.tr("Sin fecha"))
        self.setDate(_EMPTY_DATE)
        self.setToolTip(self.tr("Supr deja la fecha vacía"))
        self.calendarWidget().installEventFilter(self)

    def date_value(self) -> date | None:
        current = self.date()
        return None if current == _EMPTY_DATE else pydate(current)

    def set_date_value(self, value: date | None) -> None:
        self.setDate(_EMPTY_DATE if value is None else qdate(value))

    def stepBy(self, steps: int) -> None:
        if self.date() == _EMPTY_DATE:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.date() == _EMPTY_DATE or self.lineEdit().selectedText() == self.text()
        ):
            self.setDate(_EMPTY_DATE)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == _EMPTY_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


def date_edit(
    locale: QLocale, value: date | None = None, parent: QWidget | None = None
) -> QDateEdit:
    """A required date with a calendar, in the locale's order."""
    edit = QDateEdit(parent)
    edit.setLocale(locale)
    edit.setDisplayFormat(edit_date_format(locale))
    edit.setCalendarPopup(True)
    edit.setDate(qdate(value or date.today()))
    edit.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    return edit


def moment_edit(locale: QLocale, parent: QWidget | None = None) -> QDateTimeEdit:
    """A day and a time to the minute (when a contact happened), the day written as every
    date box writes it: «07/12/2026 20:16», «7 Dec 2026 20:16»."""
    edit = QDateTimeEdit(parent)
    edit.setLocale(locale)
    edit.setDisplayFormat(edit_date_format(locale) + " HH:mm")
    edit.setCalendarPopup(True)
    return edit


class MoneyEdit(QLineEdit):
    """An amount in the locale's way (``1.250.000,00``) with the currency drawn at the end.
    Empty means "not given"; `amount()` raises ValueError for what is not a number."""

    def __init__(self, locale: QLocale, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._symbol = ""
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.set_currency(currency)
        self.setPlaceholderText(locale.toString(0.0, "f", 2))
        self.editingFinished.connect(self._tidy)

    def set_currency(self, currency: str) -> None:
        self._symbol = currency_symbol(currency, self._locale) if currency else ""
        room = self.fontMetrics().horizontalAdvance(self._symbol) + 12 if self._symbol else 0
        self.setTextMargins(0, 0, room, 0)
        self.update()

    def amount(self) -> Decimal | None:
        text = self.text().strip().replace(self._symbol, "") if self._symbol else self.text()
        text = re.sub(r"[\s\u00a0\u202f]", "", text)
        if not text:
            return None
        point, group = self._locale.decimalPoint(), self._locale.groupSeparator()
        other = "." if point == "," else ","
        # "1250.50" typed in es_ES: a lone other-separator before 1-2 final digits is decimal
        if point not in text and text.count(other) == 1 and re.search(rf"\{other}\d{{1,2}}$", text):
            text = text.replace(other, point)
        text = text.replace(group, "").replace(point, ".")
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise ValueError(text) from None
        if not value.is_finite() or value < 0:
            raise ValueError(text)
        return value

    def is_valid(self) -> bool:
        try:
            self.amount()
        except ValueError:
            return False
        return True

    def set_amount(self, value: Decimal | None) -> None:
        self.setText("" if value is None else self._locale.toString(float(value), "f", 2))

    def _tidy(self) -> None:
        """Show what was understood: "1250,5" becomes "1.250,50"."""
        try:
            value = self.amount()
        except ValueError:
            return
        tidy = "" if value is None else self._locale.toString(float(value), "f", 2)
        if tidy != self.text():
            self.setText(tidy)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._symbol:
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        rect = self.rect().adjusted(0, 0, -8, 0)
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._symbol
        )
        painter.end()


class GrowingTextEdit(QPlainTextEdit):
    """Plain text that grows with its content between `min_lines` and `max_lines`, so a long
    form scrolls as one page instead of a box of little scroll bars."""

    def __init__(
        self,
        placeholder: str = "",
        min_lines: int = 2,
        max_lines: int = 12,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._min, self._max = min_lines, max_lines
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())
        self._fit()

    def _lines(self) -> int:
        shown = int(self.document().size().height()) if self.toPlainText() else 0
        if not self.toPlainText() and self.placeholderText():
            # room for the whole template hint, as wrapped in the box's width
            width = max(self.viewport().width() - 8, 120)
            shown = sum(
                max(1, -(-self.fontMetrics().horizontalAdvance(line) // width))
                for line in self.placeholderText().split("\n")
            )
        return min(max(shown, self._min), self._max)

    def _fit(self) -> None:
        margins = self.contentsMargins()
        height = (
            self._lines() * self.fontMetrics().lineSpacing()
            + int(2 * self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 4
        )
        if height != self.height():
            self.setFixedHeight(height)

    def set_min_lines(self, lines: int) -> None:
        self._min = lines
        self._fit()

    def set_read_only_look(self, read_only: bool) -> None:
        """Read-only text reads as such (the style sheet greys line edits, not text boxes)."""
        self.setReadOnly(read_only)
        if not getattr(self, "_follows_scheme", False):  # the grey of the scheme in use
            self._follows_scheme = True
            follow_scheme(self, self._paint_read_only)
        self._paint_read_only()

    def _paint_read_only(self) -> None:
        self.setStyleSheet(
            f"QPlainTextEdit {{ background-color: {tokens()['surface_alt']}; }}"
            if self.isReadOnly()
            else ""
        )

    def setPlaceholderText(self, text: str) -> None:
        super().setPlaceholderText(text)
        self._fit()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def set_text_keeping_cursor(self, text: str) -> None:
        """Replace the text only when it differs (a reload must not move the cursor)."""
        if self.toPlainText() != text:
            self.setPlainText(text)


class Notice(QFrame):
    """A strip above a tab's content: what happened, in the tone it deserves (info, warning
    or error), with the actions that answer it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("docNotice")
        self.kind = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        row.setSpacing(8)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.label, 1)
        self._buttons_row = row
        self._buttons: list[QPushButton] = []
        self.hide()

    def show_notice(
        self,
        text: str,
        kind: str = "info",
        actions: Sequence[tuple[str, Callable[[], None]]] = (),
    ) -> None:
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        if not text:
            self.clear()
            return
        self.kind = kind
        t = tokens()
        accent = {"error": t["error"], "warning": t["warning"], "success": t["success"]}.get(
            kind, t["accent"]
        )
        fill = QColor(accent)
        fill.setAlpha(28)
        self.setStyleSheet(
            f"#docNotice {{ background-color: rgba({fill.red()},{fill.green()},{fill.blue()},"
            f"{fill.alpha()}); border: 1px solid {accent}; border-radius: 6px; }}"
            f"#docNotice QLabel {{ color: {t['text']}; }}"
        )
        self.label.setText(text)
        for label, callback in actions:
            button = QPushButton(label, self)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(callback)
            self._buttons_row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self._buttons.append(button)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def clear(self) -> None:
        self.kind = ""
        self.label.setText("")
        self.hide()

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)


def ask(parent: QWidget, title: str, text: str, accept: str) -> bool:
    """One question before something that loses work; the accept button names the act."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(accept, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(
        translate("DocWidgets", "Seguir editando"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is yes


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", "heading")
    return label


def secondary(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", "secondary")
    label.setWordWrap(True)
    return label


def short_sha(sha: str) -> str:
    return sha[:12]


def file_size(size: int, locale: QLocale) -> str:
    """``842 B``, ``12,5 KB``, ``3,2 MB`` in the locale's numbers."""
    if size < 1024:
        return f"{locale.toString(size)}\u00a0B"
    if size < 1024 * 1024:
        return f"{locale.toString(size / 1024, 'f', 1)}\u00a0KB"
    return f"{locale.toString(size / 1048576, 'f', 1)}\u00a0MB"


def table(parent: QWidget) -> QTableView:
    """A short read-only table the house way: whole rows, fixed row height, no grid."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.setItemDelegate(ChipOrElidedDelegate(view))
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(max(view.fontMetrics().height() + 12, 28))
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def select_row(view: QTableView, row: int) -> None:
    """Make `row` current (and selected) without scrolling the view away from it."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def segmented(*buttons: QPushButton) -> None:
    """Checkable buttons that read as one switch: the chosen one in the accent's soft tint."""
    for n, button in enumerate(buttons):
        left = "6px" if n == 0 else "0px"
        right = "6px" if n == len(buttons) - 1 else "0px"

        def paint(button: QPushButton = button, left: str = left, right: str = right) -> None:
            t = tokens()  # the scheme in use, again at each change (follow_scheme)
            button.setStyleSheet(
                "QPushButton { border-radius: 0px;"
                f" border-top-left-radius: {left}; border-bottom-left-radius: {left};"
                f" border-top-right-radius: {right}; border-bottom-right-radius: {right}; }}"
                f"QPushButton:checked {{ background-color: {t['accent_soft']};"
                f" border-color: {t['accent']}; color: {t['accent_text']}; }}"
            )

        follow_scheme(button, paint)
