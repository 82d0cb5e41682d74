"""Dialogs open inside the screen: a 1024×700 laptop showed the deck dialog at
1180×760, its buttons below the screen's edge."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from agencia.ui.widgets.screen_fit import SHARE, resize_within_screen

UI = Path(__file__).resolve().parents[2] / "agencia" / "ui"


def test_a_dialog_larger_than_the_screen_opens_within_it(qtbot: QtBot, qapp: QApplication) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    room = dialog.screen().availableGeometry()
    resize_within_screen(dialog, room.width() + 400, room.height() + 300)
    assert dialog.width() <= room.width() * SHARE
    assert dialog.height() <= room.height() * SHARE


def test_a_dialog_keeps_its_minimum_and_a_small_one_its_size(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setMinimumSize(300, 200)
    resize_within_screen(dialog, 100, 100)
    assert (dialog.width(), dialog.height()) == (300, 200)
    resize_within_screen(dialog, 420, 260)
    assert (dialog.width(), dialog.height()) == (420, 260)


def test_no_dialog_sizes_itself_past_the_screen() -> None:
    """Every dialog's opening size goes through resize_within_screen."""
    fixed = re.compile(r"\bself\.resize\(\s*\d+\s*,\s*\d+\s*\)")
    found = [
        f"{path.relative_to(UI)}:{n}"
        for path in sorted(UI.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if fixed.search(line)
    ]
    assert found == []
