"""Two reference dialogs read at 1280×800: the exchange rates' «Desde» cut at the table's
right edge while «Equivale a» took most of the width; the shortcuts sheet's «Control+
Mayúsculas+Z · Control+Y» ran into the scroll bar."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import make_context
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.ui.actions import ActionId
from agencia.ui.agency.area import TeamArea
from agencia.ui.agency.rates_dialog import RatesDialog
from agencia.ui.shell.shortcuts import ShortcutsDialog
from agencia.ui.shell.window import MainWindow

PADDING = 12  # the least room between a cell's text and the next line or bar


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def _right_edge(header: QHeaderView, section: int) -> int:
    return header.sectionViewportPosition(section) + header.sectionSize(section)


def test_the_rates_headers_are_whole_and_the_worth_column_does_not_take_it_all(
    qtbot: QtBot,
    agency: Agency,
    house_style: None,  # the header's paddings are the style sheet's
) -> None:
    ctx, _recorder = make_context(agency.db, agency.admin)
    area = TeamArea(ctx)
    ctx.actions.get(ActionId.AGENCY_RATES).trigger()
    dialog = area.profile_actions.rates
    assert isinstance(dialog, RatesDialog)
    qtbot.addWidget(dialog)
    dialog.resize(560, 520)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    header = table.horizontalHeader()
    width = table.viewport().width()
    for section in range(header.count()):
        assert header.sectionSize(section) >= header.sectionSizeFromContents(section).width()
        assert _right_edge(header, section) <= width, section
    assert header.sectionSize(1) < width // 2, "«Equivale a» takes most of the width"


def test_the_longest_keys_stand_clear_of_the_scroll_bar(
    qtbot: QtBot,
    house_style: None,  # the header's paddings are the style sheet's
) -> None:
    window = MainWindow()  # the shell's actions: Rehacer has two key sequences
    qtbot.addWidget(window)
    sheet = ShortcutsDialog(window.registry, {}, window)
    qtbot.addWidget(sheet)
    sheet.resize(620, 560)
    sheet.show()
    qtbot.waitExposed(sheet)
    tree = sheet.tree
    header = tree.header()
    metrics = tree.fontMetrics()
    widest = max(metrics.horizontalAdvance(keys) for _name, keys in sheet.shown())
    assert header.sectionSize(1) >= widest + PADDING
    assert _right_edge(header, 1) <= tree.viewport().width()
