"""Links follow a change of scheme: a label's rich text is laid out once, with the link
colour of that moment, so after switching to dark at runtime a website, an e-mail or a
client link stayed the light scheme's dark blue on the dark grey (the tour's
accounts-record-…-dark and campaigns-record-…-dark pictures)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from agencia.ui import style

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("house_style")]  # taken off after


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def _link_pixels_near(image: QImage, ink: str) -> int:
    want = QColor(ink)
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if _distance(image.pixelColor(x, y), want) < 40
    )


def test_a_label_s_link_takes_the_new_scheme_s_colour(qtbot: QtBot, qapp: QApplication) -> None:
    style.apply_style(qapp, "light")
    page = QWidget()
    label = QLabel('<a href="https://kola-sierra.es">WWWWWWWW kola-sierra.es</a>', page)
    label.setFont(qapp.font())
    QVBoxLayout(page).addWidget(label)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    light_link = style.LIGHT["accent_text"]
    assert _link_pixels_near(label.grab().toImage(), light_link) > 0

    style.apply_style(qapp, "dark")

    def new_ink() -> None:  # once the change reached the label, however busy the machine
        after = label.grab().toImage()
        assert _link_pixels_near(after, style.DARK["accent_text"]) > 0, "the link kept its ink"
        assert _link_pixels_near(after, light_link) == 0

    qtbot.waitUntil(new_ink)
    assert label.text().startswith('<a href="https://kola-sierra.es">')  # the text is kept
