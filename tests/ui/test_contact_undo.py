"""Undoing a contact edit puts back every field the form saves, fax, postal address and
preferred hours included (the undo's "before" is the service's own contact_input_of)."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import type_text, until
from pytestqt.qtbot import QtBot
from test_accounts_forms import open_account, open_accounts, press_ctrl_s

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.ui.accounts.contact_form import ContactFormDialog


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def test_undo_of_a_contact_edit_restores_fax_address_and_hours(
    qtbot: QtBot, agency: Agency
) -> None:
    coca = agency.accounts["coca"]
    save_contact(
        agency.db,
        SYSTEM,
        coca,
        ContactInput(
            full_name="Adrián Parra",
            fax="+34 915 550 100",
            postal_address="Calle Mayor 1, 28013 Madrid",
            preferred_hours="09:00-14:00",
        ),
    )
    _area, controller, _recorder = open_accounts(qtbot, agency, "alvaro")
    open_account(qtbot, controller, coca)
    detail_view = controller.detail_view
    detail_view.tabs.setCurrentIndex(2)
    detail_view.contacts_tab.contacts.selectRow(0)
    detail_view.contacts_tab.edit_contact_button.click()
    dialog = controller.dialog
    assert isinstance(dialog, ContactFormDialog)
    for field, text in (
        (dialog.fax, "+34 915 550 199"),
        (dialog.postal_address, "Gran Vía 2, 28013 Madrid"),
        (dialog.preferred_hours, "16:00-18:00"),
    ):
        field.clear()
        type_text(field, text)
    press_ctrl_s(qtbot, dialog)

    def contact():  # type: ignore[no-untyped-def]
        return controller.detail.contacts[0] if controller.detail else None

    qtbot.waitUntil(until(lambda: contact() is not None and contact().fax == "+34 915 550 199"))
    controller.history.stack.undo()
    qtbot.waitUntil(until(lambda: contact() is not None and contact().fax == "+34 915 550 100"))
    restored = contact()
    assert restored.postal_address == "Calle Mayor 1, 28013 Madrid"
    assert restored.preferred_hours == "09:00-14:00"
