"""The profile dialog's own editors: a colour swatch button, an ordered list of services,
the steps of the agency's way of working (title and what happens, in order), and a small
preview of the deck's cover in the agency's colours.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agencia.ui.resources import icon
from agencia.ui.widgets.text import plain_label

Step = tuple[str, str]


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


class ColorButton(QPushButton):
    """A swatch and its hex code (``#1B4F9C``); a click opens the colour dialog."""

    color_changed = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._color = "#000000"
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("#WWWWWW") + 56)
        self.clicked.connect(self.choose)

    def color(self) -> str:
        return self._color

    def set_color(self, value: str) -> None:
        value = value.upper()
        if value == self._color:
            return
        self._color = value
        size = self.fontMetrics().height()
        swatch = QPixmap(QSize(size + 6, size + 6) * 2)
        swatch.setDevicePixelRatio(2)
        swatch.fill(Qt.GlobalColor.transparent)
        painter = QPainter(swatch)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(0, 0, 0, 60), 1))
        painter.setBrush(QColor(value))
        painter.drawRoundedRect(QRectF(0.5, 0.5, size + 5, size + 5), 4, 4)
        painter.end()
        self.setIcon(swatch)
        self.setIconSize(QSize(size + 6, size + 6))
        self.setText(value)
        self.setAccessibleName(f"{self.title}: {value}")
        self.color_changed.emit(value)

    def choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._color), self, self.title)
        if chosen.isValid():
            self.set_color(chosen.name(QColor.NameFormat.HexRgb))


def _tool(name: str, tip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setIcon(icon(name))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button


class OrderedList(QWidget):
    """A list the person orders: add, remove, up and down beside it. `changed` after each
    edit. Subclasses say what a new item is and how items read."""

    changed = Signal()

    def __init__(self, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet("QListWidget::item { padding: 3px 4px; }")
        self.add_button = QPushButton(icon("add"), add_text, self)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.remove_button = _tool("delete", self.tr("Quitar"), self)
        self.up_button = _tool("chevron-up", self.tr("Subir"), self)
        self.down_button = _tool("chevron-down", self.tr("Bajar"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.shift(-1))
        self.down_button.clicked.connect(lambda: self.shift(1))
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.tools = QHBoxLayout()
        self.tools.setSpacing(4)
        self.tools.addWidget(self.add_button)
        self.tools.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            self.tools.addWidget(button)

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def add(self) -> None:
        raise NotImplementedError

    def remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._renumber()
        self.changed.emit()

    def shift(self, by: int) -> None:
        row = self.list.currentRow()
        to = row + by
        if row < 0 or not 0 <= to < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(to, item)
        self.list.setCurrentRow(to)
        self._renumber()
        self.changed.emit()

    def _renumber(self) -> None:
        """Items that show their place refresh it."""
        self._update_buttons()


class ServicesEditor(OrderedList):
    """What the agency offers, one service an item, in the order the deck shows them;
    double-click or F2 edits, Supr removes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Añadir servicio"), parent)
        self.setObjectName("servicesEditor")
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.list.itemChanged.connect(lambda _i: self.changed.emit())
        remove = QAction(self.tr("Quitar servicio"), self.list)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove)
        self.list.addAction(remove)
        self._fit_rows()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.list)
        column.addLayout(self.tools)
        self._update_buttons()

    ROWS = 8  # shown without scrolling

    def _fit_rows(self) -> None:
        """Tall enough for ROWS whole services (the style sheet's padding included)."""
        probe = self.list.count() == 0
        if probe:
            self.list.addItem("Ag")
        row = self.list.sizeHintForRow(0)
        if probe:
            self.list.takeItem(0)
        self.list.setFixedHeight(row * self.ROWS + 2 * self.list.frameWidth())

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def services(self) -> tuple[str, ...]:
        return tuple(self.list.item(n).text() for n in range(self.list.count()))

    def set_services(self, services: tuple[str, ...]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text in services:
            self.list.addItem(self._item(text))
        self.list.blockSignals(False)
        self._update_buttons()

    def add(self) -> None:
        item = self._item("")
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        self.changed.emit()


class ProcessEditor(OrderedList):
    """How the agency works with an account: numbered steps on the left, the chosen step's
    title and what happens in it on the right."""

    STEP_ROLE = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Añadir paso"), parent)
        self.setObjectName("processEditor")
        self._loading = False
        self.list.setFixedWidth(220)
        self.title = QLineEdit(self)
        self.title.setObjectName("stepTitle")
        self.title.setPlaceholderText(self.tr("Título del paso, p. ej. «Escuchamos»"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("stepText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Qué pasa en este paso y qué recibe el cliente"))
        self.empty = plain_label(
            self.tr("Aún no hay pasos — Añadir paso: la presentación los muestra en orden."),
            self,
        )
        self.empty.setProperty("role", "secondary")
        self.empty.setWordWrap(True)
        self.title.textChanged.connect(self._edited)
        self.text.textChanged.connect(self._edited)
        self.list.currentRowChanged.connect(self._show_step)
        detail = QVBoxLayout()
        detail.setSpacing(4)
        detail.addWidget(self.title)
        detail.addWidget(self.text, 1)
        detail.addWidget(self.empty)
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(self.list, 1)
        left.addLayout(self.tools)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addLayout(left)
        row.addLayout(detail, 1)
        self.setMinimumHeight(200)
        self._show_step(-1)

    def steps(self) -> tuple[Step, ...]:
        return tuple(self._step(n) for n in range(self.list.count()))

    def _step(self, row: int) -> Step:
        title, text = self.list.item(row).data(self.STEP_ROLE)
        return str(title), str(text)

    def set_steps(self, steps: tuple[Step, ...]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for step in steps:
            item = QListWidgetItem()
            item.setData(self.STEP_ROLE, (step[0], step[1]))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._renumber()
        self.list.setCurrentRow(0 if steps else -1)
        self._show_step(self.list.currentRow())

    def add(self) -> None:
        item = QListWidgetItem()
        item.setData(self.STEP_ROLE, ("", ""))
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        self.list.insertItem(row, item)
        self._renumber()
        self.list.setCurrentRow(row)
        self.title.setFocus()
        self.changed.emit()

    def _renumber(self) -> None:
        for n in range(self.list.count()):
            item = self.list.item(n)
            title = str(item.data(self.STEP_ROLE)[0]).strip()
            item.setText(f"{n + 1}. " + (title or self.tr("(sin título)")))
            item.setToolTip(title)
        super()._renumber()

    def _show_step(self, row: int) -> None:
        self._loading = True
        try:
            has = row >= 0
            title, text = self._step(row) if has else ("", "")
            if self.title.text() != title:
                self.title.setText(title)
            if self.text.toPlainText() != text:
                self.text.setPlainText(text)
            self.title.setEnabled(has)
            self.text.setEnabled(has)
            self.title.setVisible(has)
            self.text.setVisible(has)
            self.empty.setVisible(self.list.count() == 0)
        finally:
            self._loading = False
        self._update_buttons()

    def _edited(self) -> None:
        row = self.list.currentRow()
        if self._loading or row < 0:
            return
        item = self.list.item(row)
        item.setData(self.STEP_ROLE, (self.title.text(), self.text.toPlainText()))
        self._renumber()
        self.changed.emit()

    def remove(self) -> None:
        super().remove()
        self._show_step(self.list.currentRow())


class CoverPreview(QWidget):
    """A small 16:9 cover as the deck will open: the agency's primary colour, its logo on
    a white card, its name and tagline, a rule in the secondary colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverPreview")
        self.setFixedSize(320, 180)
        self.primary = QColor("#1B4F9C")
        self.secondary = QColor("#E8663D")
        self.name = ""
        self.tagline = ""
        self.logo: QImage | None = None

    def set_content(
        self, name: str, tagline: str, primary: str, secondary: str, logo: QImage | None
    ) -> None:
        self.name, self.tagline = name, tagline
        self.primary, self.secondary = QColor(primary), QColor(secondary)
        self.logo = logo
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(0, 0, 0, 40), 1))
        painter.setBrush(self.primary if self.primary.isValid() else QColor("#1B4F9C"))
        painter.drawRoundedRect(rect, 6, 6)
        left, width = 20.0, rect.width() - 40
        ink = QColor("#FFFFFF")
        if contrast(ink, self.primary) < 4.5:
            ink = QColor("#1F2328")
        if self.logo is not None and not self.logo.isNull():
            card = QRectF(left, 18, 84, 40)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawRoundedRect(card, 4, 4)
            room = card.adjusted(6, 4, -6, -4)
            size = self.logo.size().scaled(room.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(
                room.x() + (room.width() - size.width()) / 2,
                room.y() + (room.height() - size.height()) / 2,
                size.width(),
                size.height(),
            )
            painter.drawImage(target, self.logo)
        title = QFont(self.font())
        title.setPointSizeF(title.pointSizeF() * 1.5)
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(ink)
        name_rect = QRectF(left, 72, width, 56)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom) | int(
            Qt.TextFlag.TextWordWrap
        )
        shown = painter.fontMetrics().elidedText(
            self.name or "—", Qt.TextElideMode.ElideRight, int(width) * 2
        )
        painter.drawText(name_rect, flags, shown)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.secondary if self.secondary.isValid() else QColor("#E8663D"))
        painter.drawRect(QRectF(left, 134, 48, 4))
        painter.setFont(self.font())
        painter.setPen(ink)
        metrics = painter.fontMetrics()
        box = QRectF(left, 142, width, 2 * metrics.lineSpacing() + 2)
        tagline = self.tagline
        wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )
        while (
            len(tagline) > 1
            and metrics.boundingRect(box.toRect(), wrap, tagline).height() > box.height()
        ):
            tagline = tagline[: max(len(tagline) - 4, 0)].rstrip() + "…"  # two lines at most
        painter.drawText(box, wrap, tagline)
        painter.end()
