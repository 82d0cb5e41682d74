"""The dark scheme reads as well as the light one: checkboxes that can be seen, dark
tooltips, disabled primary buttons that look disabled, and dialog buttons without the
old stock icons. Checked on real rendered widgets, in both schemes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QCommonStyle,
    QDialogButtonBox,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from agencia.ui import settings, style
from agencia.ui.shell.preferences import PreferencesDialog

pytestmark = pytest.mark.usefixtures("house_style")  # every scheme taken off after


def _grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _distance(a: QColor, b: QColor) -> float:
    return float(abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_unchecked_checkbox_is_visible_against_its_window(
    qtbot: QtBot, qapp: QApplication, scheme: style.Scheme
) -> None:
    style.apply_style(qapp, scheme)
    host = QWidget()
    qtbot.addWidget(host)
    QVBoxLayout(host).addWidget(box := QCheckBox("Activa", host))
    host.show()
    qtbot.waitExposed(host)
    image = _grab(box)
    background = QColor(style.tokens()["bg"])
    # the indicator's outline: the most contrasting pixel of its square
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, _option(box))
    strongest = max(
        _distance(image.pixelColor(x, y), background)
        for x in range(indicator.left(), indicator.right() + 1)
        for y in range(indicator.top(), indicator.bottom() + 1)
    )
    assert strongest >= 120, f"{scheme}: the checkbox's outline is nearly invisible"


def _option(widget: QWidget) -> QStyleOption:
    option = QStyleOption()
    option.initFrom(widget)
    return option


def test_tooltips_are_dark_in_the_dark_scheme(qapp: QApplication) -> None:
    style.apply_style(qapp, "dark")
    tip = QColor(style.tokens()["tooltip_bg"])
    assert tip.lightnessF() < 0.35
    assert qapp.palette().color(qapp.palette().ColorRole.ToolTipBase) == tip
    assert QColor(style.tokens()["tooltip_text"]).lightnessF() > 0.75
    assert f"background-color: {style.tokens()['tooltip_bg']}" in qapp.styleSheet()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_disabled_primary_button_looks_like_any_disabled_button(
    qtbot: QtBot, qapp: QApplication, scheme: style.Scheme
) -> None:
    style.apply_style(qapp, scheme)
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    primary = QPushButton("Guardar", host)
    primary.setProperty("primary", True)
    plain = QPushButton("Guardar", host)
    enabled = QPushButton("Guardar", host)
    enabled.setProperty("primary", True)
    for button in (primary, plain, enabled):
        column.addWidget(button)
    primary.setEnabled(False)
    plain.setEnabled(False)
    host.show()
    qtbot.waitExposed(host)
    spot = QPoint(6, primary.height() // 2)
    disabled_fill = _grab(primary).pixelColor(spot)
    assert _distance(disabled_fill, _grab(plain).pixelColor(spot)) < 12
    assert _distance(disabled_fill, _grab(enabled).pixelColor(spot)) > 60


class _IconsEverywhere(QCommonStyle):
    """A platform style that puts stock icons on dialog buttons (as GNOME's and KDE's do)."""

    def styleHint(self, hint, option=None, widget=None, data=None):  # type: ignore[no-untyped-def]
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, data)


def _ok_icon_shown(qtbot: QtBot) -> bool:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    return not buttons.button(QDialogButtonBox.StandardButton.Ok).icon().isNull()


def test_dialog_buttons_carry_no_stock_icons(qtbot: QtBot, qapp: QApplication) -> None:
    style.apply_style(qapp, "dark")
    assert qapp.style().styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 0
    assert not _ok_icon_shown(qtbot)
    # under a platform style that puts them there, the house's style sheet takes them off
    qapp.setStyle(_IconsEverywhere())
    try:
        assert not _ok_icon_shown(qtbot)
        qapp.setStyleSheet("")
        assert _ok_icon_shown(qtbot)  # that style does put them: the sheet is what removes them
    finally:
        qapp.setStyle(QStyleFactory.create("Fusion"))  # the house's again (FUSION_SET stays)


def test_the_preference_offers_light_dark_and_system_and_applies_at_once(
    qtbot: QtBot, qapp: QApplication
) -> None:
    style.apply_style(qapp, "light")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert [dialog.theme.itemData(i) for i in range(dialog.theme.count())] == [
        "",
        "light",
        "dark",
    ]
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    assert settings.get(style.THEME) == "dark"
    assert style.scheme() == "dark"
    assert qapp.palette().color(qapp.palette().ColorRole.Window) == QColor(style.DARK["bg"])


def test_widgets_that_name_colours_follow_a_scheme_change(qtbot: QtBot, qapp: QApplication) -> None:
    """A switch built in the light scheme takes the dark one's colours when the person
    changes the appearance (nothing is rebuilt)."""
    from agencia.ui.widgets.doc_widgets import segmented

    style.apply_style(qapp, "light")
    host = QWidget()
    qtbot.addWidget(host)
    first, second = QPushButton("Brief", host), QPushButton("Versiones", host)
    segmented(first, second)
    assert style.LIGHT["accent_soft"] in first.styleSheet()
    style.apply_style(qapp, "dark")
    assert style.DARK["accent_soft"] in first.styleSheet()
    assert style.LIGHT["accent_soft"] not in second.styleSheet()
