"""The edit-account and new-contact dialogs as they open, in the window's look, in
Spanish and English: «Empresa matriz» shows its whole hint («Escriba para buscar una
cue…» was cut) and each brand's checkbox in «Marcas que lleva» is drawn whole (its
frame was clipped: the rows were lower than the box)."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import make_context
from PySide6.QtWidgets import (
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.services.accounts.queries import get_account
from agencia.ui.accounts.account_form import AccountFormDialog, FormOptions
from agencia.ui.accounts.contact_form import ContactFormDialog


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def text_room(edit: QLineEdit) -> int:
    """The width a line edit has for its text: inside its frame and text margins, beside
    the room its buttons (the clear button) keep."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    buttons = sum(b.width() for b in edit.findChildren(QToolButton))
    return contents.width() - margins.left() - margins.right() - 4 - buttons  # 2 a side (Qt)


def test_the_parent_company_shows_its_whole_hint(qtbot: QtBot, agency: Agency, house: str) -> None:
    ctx, _recorder = make_context(agency.db, agency.admin)
    detail = get_account(agency.db, SYSTEM, next(iter(agency.accounts.values())))
    dialog = AccountFormDialog(ctx.ops, agency.admin, FormOptions(), detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    picker = dialog.parent_picker
    hint = picker.placeholderText()
    assert hint
    assert picker.fontMetrics().horizontalAdvance(hint) <= text_room(picker), (
        hint,
        picker.width(),
        text_room(picker),
    )


def test_a_brands_checkbox_is_drawn_whole(qtbot: QtBot, agency: Agency, house: str) -> None:
    ctx, _recorder = make_context(agency.db, agency.admin)
    account_id = next(iter(agency.accounts.values()))
    detail = get_account(agency.db, SYSTEM, account_id)
    assert detail.brands
    dialog = ContactFormDialog(ctx.ops, account_id, detail.trade_name, detail.brands)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    brands = dialog.brands
    for row in range(brands.count()):
        index = brands.model().index(row, 0)
        option = QStyleOptionViewItem()
        brands.initViewItemOption(option)
        option.rect = brands.visualRect(index)
        delegate = brands.itemDelegate()
        assert isinstance(delegate, QStyledItemDelegate)
        delegate.initStyleOption(option, index)
        box = brands.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, brands
        )
        assert option.rect.contains(box), (row, option.rect, box)
        assert brands.viewport().rect().contains(box), (row, brands.viewport().rect(), box)
