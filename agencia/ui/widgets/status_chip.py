"""Status chips: colour *and* text, never colour alone.

A chip is a short label on a tinted, rounded background. Item models hand one out under
`CHIP_ROLE` as a `Chip`; `ChipDelegate` paints it in a table cell and `StatusChip` shows
one in a page header. The tint follows the palette, so chips read in light and dark.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from agencia.ui.widgets.contrast import over, readable_on

CHIP_ROLE = int(Qt.ItemDataRole.UserRole) + 100

_PAD_X = 8
_PAD_Y = 2
_CELL_MARGIN = 4  # each side of a chip in a table cell


@dataclass(frozen=True, slots=True)
class Chip:
    text: str
    color: str  # the accent, e.g. "#2e7d32"


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def chip_colours(
    chip: Chip,
    palette: QPalette,
    background: QColor | None = None,
    selected: bool = False,
) -> tuple[QColor, QColor, QColor]:
    """The chip's fill, border and text on `background` (default: the palette's Base; the
    Highlight when `selected`). The fill is the accent's tint laid over the background,
    and the text the accent's own shade nearest to it that reads there at 4.5:1 (WCAG AA):
    a deep purple or navy status is otherwise dark ink on a dark fill in the dark scheme."""
    dark = _is_dark(palette)
    if background is None:
        role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        background = palette.color(role)
    accent = palette.color(QPalette.ColorRole.HighlightedText) if selected else QColor(chip.color)
    known = _colours(_key(accent), _key(background), dark, selected)
    return QColor(known[0]), QColor(known[1]), QColor(known[2])  # copies: callers may change them


def _key(colour: QColor) -> tuple[int, int, int, int]:
    """A colour exactly, as a cache key (QColor keeps 16 bits a channel, rgba() only 8)."""
    c = colour.rgba64()
    return c.red(), c.green(), c.blue(), c.alpha()


@lru_cache(maxsize=1024)
def _colours(
    accent: tuple[int, int, int, int],
    background: tuple[int, int, int, int],
    dark: bool,
    selected: bool,
) -> tuple[QColor, QColor, QColor]:
    """`chip_colours`' arithmetic, once per accent, background and scheme: the WCAG search
    of `readable_on` cost ~0.5 ms a cell, at every paint of every visible chip."""
    accent_colour = QColor.fromRgba64(*accent)
    tint = QColor(accent_colour)
    tint.setAlpha(70 if dark else 38)
    fill = over(tint, QColor.fromRgba64(*background))
    border = QColor(accent_colour)
    border.setAlpha(150)
    shade = accent_colour.lighter(165) if dark else accent_colour.darker(135)
    ink = QColor(accent_colour) if selected else shade
    return fill, border, readable_on(ink, fill)


def chip_size(chip: Chip, font: QFont) -> QSize:
    width, height = _text_size(chip.text, font.key())
    return QSize(width + 2 * _PAD_X + 4, height + 2 * _PAD_Y)


@lru_cache(maxsize=2048)
def _text_size(text: str, font_key: str) -> tuple[int, int]:
    """A chip's text measured once per font: a list asks for every visible cell on
    every page and every column fit, and there are only a few statuses."""
    font = QFont()
    font.fromString(font_key)
    metrics = QFontMetrics(font)
    return metrics.horizontalAdvance(text), metrics.height()


def paint_chip(
    painter: QPainter,
    rect: QRect,
    chip: Chip,
    palette: QPalette,
    font: QFont,
    selected: bool = False,
    background: QColor | None = None,
) -> None:
    """Paint `chip` left-aligned and vertically centred in `rect` (on a selected row, in
    the selection's text colour, so it stays readable on the highlight); `background` is
    what it lies on (default: the palette's Base, a table cell's)."""
    size = chip_size(chip, font)
    width = min(size.width(), rect.width())
    box = QRectF(
        rect.left() + 0.5,
        rect.top() + (rect.height() - size.height()) / 2 + 0.5,
        width - 1,
        size.height() - 1,
    )
    fill, border, text = chip_colours(chip, palette, background, selected)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(border)
    painter.setBrush(fill)
    radius = box.height() / 2
    painter.drawRoundedRect(box, radius, radius)
    painter.setPen(text)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    room = int(box.width()) - 2 * _PAD_X + 4
    label = metrics.elidedText(chip.text, Qt.TextElideMode.ElideRight, room)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()


class StatusChip(QWidget):
    """A chip as a widget (page headers)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chip: Chip | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_chip(self, chip: Chip | None) -> None:
        self._chip = chip
        self.setAccessibleName(chip.text if chip else "")
        self.setVisible(chip is not None)
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._chip.text if self._chip else ""

    def sizeHint(self) -> QSize:
        if self._chip is None:
            return QSize(0, 0)
        return chip_size(self._chip, self.font()) + QSize(2, 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: object) -> None:
        if self._chip is None:
            return
        painter = QPainter(self)
        palette = self.palette()
        behind = palette.color(self.backgroundRole())  # a page header: the window's colour
        paint_chip(painter, self.rect(), self._chip, palette, self.font(), background=behind)
        painter.end()


def cell_font(font: QFont) -> QFont:
    """Chips in table cells are half a point smaller than the text around them."""
    return QFont(_cell_font(font.toString()))  # a copy: the caller may change it


@lru_cache(maxsize=64)
def _cell_font(described: str) -> QFont:
    """`cell_font` once per font: every chip cell asks at every paint and size hint."""
    font = QFont()
    font.fromString(described)
    smaller = QFont(font)
    smaller.setPointSizeF(max(font.pointSizeF() - 0.5, 7.0))
    return smaller


def cell_width(chip: Chip, font: QFont) -> int:
    """The width a table column needs to show `chip` whole, in a view whose font is `font`."""
    return chip_size(chip, cell_font(font)).width() + 2 * _CELL_MARGIN


def _behind(opt: QStyleOptionViewItem) -> QColor:
    """What a cell's chip lies on: the selection, the row's own brush, the alternate or
    the plain base."""
    role = QPalette.ColorRole
    if opt.state & QStyle.StateFlag.State_Selected:
        return opt.palette.color(role.Highlight)
    if opt.backgroundBrush.style() != Qt.BrushStyle.NoBrush:
        return opt.backgroundBrush.color()
    alternate = opt.features & QStyleOptionViewItem.ViewItemFeature.Alternate
    return opt.palette.color(role.AlternateBase if alternate else role.Base)


# chips painted in cells, by what they look like: see `ChipDelegate._paint_once`
_painted: dict[tuple[object, ...], QPixmap] = {}


class ChipDelegate(QStyledItemDelegate):
    """Paints the `Chip` a model gives under CHIP_ROLE; plain text when there is none."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        chip = index.data(CHIP_ROLE)
        if not isinstance(chip, Chip):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(_CELL_MARGIN, 0, -_CELL_MARGIN, 0)
        if rect.width() <= 0 or rect.height() <= 0:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        behind = _behind(opt)
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        palette = opt.palette
        ink = palette.color(QPalette.ColorRole.HighlightedText) if selected else None
        key = (
            chip,
            opt.font.key(),
            rect.width(),
            rect.height(),
            _key(behind),
            _is_dark(palette),
            _key(ink) if ink is not None else None,
            ratio,
        )
        picture = _painted.get(key)
        if picture is None:
            picture = self._paint_once(rect, chip, opt, selected, behind, ratio)
            if len(_painted) > 512:
                _painted.clear()
            _painted[key] = picture
        painter.drawPixmap(rect.topLeft(), picture)

    @staticmethod
    def _paint_once(
        rect: QRect,
        chip: Chip,
        opt: QStyleOptionViewItem,
        selected: bool,
        behind: QColor,
        ratio: float,
    ) -> QPixmap:
        """A chip as it lies in a cell of `rect`'s size, painted once: every paint of a
        list repaints the same few statuses, and the rounded, antialiased box, the
        colours and the eliding cost ~0.3 ms a cell in Python."""
        picture = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        inner = QPainter(picture)
        area = QRect(0, 0, rect.width(), rect.height())
        paint_chip(inner, area, chip, opt.palette, cell_font(opt.font), selected, behind)
        inner.end()
        return picture

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        chip = index.data(CHIP_ROLE)
        if isinstance(chip, Chip):  # the size it is painted at, in the smaller font
            size = chip_size(chip, cell_font(option.font))
            return QSize(size.width() + 2 * _CELL_MARGIN, size.height() + 4)
        return super().sizeHint(option, index)
