"""The first-run wizard's team page at the wizard's own size: every column that says what
is wrong with a row is on screen, and the counts read as real sentences (1 and many).
And the administrator's suggested login follows the house rule (`agencia.domain.logins`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from wizard_support import open_wizard, to_team_page

from agencia.ui.auth.team_list import NAME_COLUMN, PROBLEMS_COLUMN
from agencia.ui.auth.wizard import FirstRunWizard
from agencia.ui.ops import Operations


@pytest.fixture
def wizard(qtbot: QtBot, make_ops: Callable[..., Operations]) -> FirstRunWizard:
    return open_wizard(qtbot, make_ops(), size=(680, 560))  # its smallest: a small screen's


def _add(wizard: FirstRunWizard, name: str, email: str = "") -> None:
    page = wizard.team_page
    page.name.setText(name)
    page.email.setText(email)
    page.add_button.click()


def test_the_problems_column_is_on_screen_beside_the_name(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    to_team_page(qtbot, wizard)
    page = wizard.team_page
    _add(wizard, "Lucía Gómez Andrade", "lucia.gomez.andrade@agencia-de-ejemplo.es")
    _add(wizard, "Pedro Ruiz Carrasco", "pedro@")
    qtbot.waitUntil(lambda: bool(page.problems))
    table = page.table
    viewport = table.viewport().width()
    for column in (NAME_COLUMN, PROBLEMS_COLUMN):
        assert not table.isColumnHidden(column)
        left = table.columnViewportPosition(column)
        assert left >= 0 and left + table.columnWidth(column) <= viewport, column
    assert table.horizontalScrollBar().maximum() == 0  # nothing off to the right
    assert "correo" in table.item(1, PROBLEMS_COLUMN).text().lower()


def test_the_summary_says_one_and_many_and_names_who_has_problems(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    to_team_page(qtbot, wizard)
    page = wizard.team_page
    _add(wizard, "Lucía Gómez")
    assert page.summary.text() == "1 persona en la lista: «Empezar» la añade."
    _add(wizard, "Pedro Ruiz", "pedro@")
    qtbot.waitUntil(lambda: bool(page.problems))
    assert page.summary.text() == (
        "2 personas en la lista. 1 con problemas (Pedro Ruiz): corríjala o quítela."
    )
    _add(wizard, "Eva Sanz", "eva@")
    qtbot.waitUntil(lambda: len(page.problems) == 2)
    assert page.summary.text() == (
        "3 personas en la lista. 2 con problemas (Pedro Ruiz, Eva Sanz): corríjalas o quítelas."
    )
    page.table.selectRow(2)
    page.remove_button.click()
    page.table.selectRow(1)
    page.remove_button.click()
    qtbot.waitUntil(lambda: not page.problems)
    assert "(s)" not in page.summary.text()
    _add(wizard, "Eva Sanz")
    assert page.summary.text() == "2 personas en la lista: «Empezar» las añade a todas."


@pytest.mark.parametrize(
    ("name", "login"),
    [
        ("Carmen Sáez Molina", "carmen.saez"),
        ("Óscar Pérez-Llorente", "oscar.perez-llorente"),
    ],
)
def test_the_administrators_login_is_the_house_rule(
    qtbot: QtBot, wizard: FirstRunWizard, name: str, login: str
) -> None:
    qtbot.keyClicks(wizard.agency_name, "Estudio Rojo")
    wizard.next()
    wizard.admin_name.insert(name)  # as typed or pasted (keyClicks cannot type «á»)
    assert wizard.admin_login.text() == login


def test_no_cell_is_cut_mid_word_and_the_summary_wraps_inside_the_page(
    qtbot: QtBot,
    house_style: None,  # its paddings make the fields taller (taken before the wizard)
    wizard: FirstRunWizard,
) -> None:
    """At the wizard's smallest size a cell is one line, elided with its whole text in a
    tooltip (a role is a closed list: it shows whole), only a row's problems wrap — the row
    as tall as they need — and the summary wraps inside the page, the fields above it
    keeping their height."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from agencia.ui.auth.team_list import ROLE_COLUMN

    to_team_page(qtbot, wizard)
    page = wizard.team_page
    for name, role, email in (
        ("Lucía Gómez Andrade", "account_director", "lucia.gomez.andrade@agencia-de-ejemplo.es"),
        ("Pedro Ruiz Carrasco", "account_supervisor", "pedro@"),
        ("Eva Sanz Martínez de la Fuente", "account_executive", "eva@"),
    ):
        page.name.setText(name)
        page.role.setCurrentIndex(page.role.findData(role))
        page.email.setText(email)
        page.group.setEditText("Gran Consumo y Alimentación")
        page.add_button.click()
    qtbot.waitUntil(lambda: len(page.problems) == 2)
    table = page.table
    metrics = QFontMetrics(table.font())
    style = table.style()
    margins = 2 * (style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            if table.isColumnHidden(column):
                continue
            index = table.model().index(row, column)
            option = QStyleOptionViewItem()
            table.initViewItemOption(option)  # as the table paints it
            delegate = table.itemDelegateForIndex(index)
            assert isinstance(delegate, QStyledItemDelegate)
            delegate.initStyleOption(option, index)
            text = str(index.data())
            if column == PROBLEMS_COLUMN:
                room = QRect(0, 0, table.columnWidth(column) - margins, 10_000)
                wrapped = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height()
                assert table.rowHeight(row) >= wrapped, (row, text)
                continue
            assert not option.features & QStyleOptionViewItem.ViewItemFeature.WrapText, (
                row,
                column,
                text,
            )
            assert index.data(Qt.ItemDataRole.ToolTipRole) == text
            if column == ROLE_COLUMN:
                assert metrics.horizontalAdvance(text) <= table.columnWidth(column) - margins, text
    summary = page.summary
    assert "Eva Sanz Martínez de la Fuente" in summary.text()
    assert summary.wordWrap()
    assert summary.geometry().right() <= page.width()
    assert summary.height() >= summary.heightForWidth(summary.width())
    for name, editor in page.form.editors.items():  # the summary's room is not theirs
        assert editor.height() >= editor.sizeHint().height(), name
