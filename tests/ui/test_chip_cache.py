"""A chip's colours and a cell's chip font are worked out once and kept (every visible
chip asks at every paint): what is kept answers for its own accent, background and scheme
only, and a caller changing what it was handed changes nothing for the next one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from agencia.ui import style
from agencia.ui.widgets.contrast import over
from agencia.ui.widgets.status_chip import Chip, cell_font, chip_colours

pytestmark = pytest.mark.gui

CHIP = Chip("En curso", "#2e7d32")


def test_each_background_gets_its_own_fill(qapp: QApplication) -> None:
    palette = style.build_palette("light")
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        ground = palette.color(role)
        fill, _border, _text = chip_colours(CHIP, palette, ground)
        tint = QColor(CHIP.color)
        tint.setAlpha(38)
        assert fill == over(tint, ground), role


def test_each_scheme_gets_its_own_colours(qapp: QApplication) -> None:
    ground = QColor("#808080")  # the same background in both: only the scheme differs
    light = chip_colours(CHIP, style.build_palette("light"), ground)
    dark = chip_colours(CHIP, style.build_palette("dark"), ground)
    assert light[0] != dark[0] and light[2] != dark[2]


def test_changing_the_colours_handed_out_changes_nothing_kept(qapp: QApplication) -> None:
    palette = style.build_palette("dark")
    first = chip_colours(CHIP, palette)
    kept = tuple(QColor(c) for c in first)
    for colour in first:
        colour.setRgb(1, 2, 3)
    assert chip_colours(CHIP, palette) == kept


def test_the_cell_font_is_half_a_point_smaller_and_the_callers_own(qapp: QApplication) -> None:
    font = QFont(qapp.font())
    font.setPointSizeF(11.0)
    smaller = cell_font(font)
    assert smaller.pointSizeF() == 10.5 and smaller.family() == font.family()
    smaller.setBold(True)
    smaller.setPointSizeF(20.0)
    again = cell_font(font)
    assert again.pointSizeF() == 10.5 and not again.bold()
    bigger = QFont(font)
    bigger.setPointSizeF(14.0)
    assert cell_font(bigger).pointSizeF() == 13.5
