"""The contact's form and card with the channels' details (fax, postal address, preferred
hours): typed, checked under the field with the reason, saved, shown whole on the card."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import type_text, until
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.services.accounts import queries as svc
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.ui.accounts.contact_card import ContactCard
from agencia.ui.accounts.contact_form import ContactFormDialog
from agencia.ui.ops import Operations


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def test_the_details_are_typed_checked_and_saved(qtbot: QtBot, agency: Agency) -> None:
    coca = agency.accounts["coca"]
    saved = save_contact(agency.db, SYSTEM, coca, ContactInput(full_name="Rosa Vidal"))
    account = svc.get_account(agency.db, SYSTEM, coca)
    rosa = next(c for c in account.contacts if c.id == saved.id)
    ops = Operations(agency.db, SYSTEM, synchronous=True)
    dialog = ContactFormDialog(ops, coca, account.trade_name, account.brands, rosa)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.preferred_hours, "por las mañanas")
    assert "09:00-14:00" in dialog.form.error("preferred_hours")
    assert not dialog.save_button.isEnabled()
    dialog.preferred_hours.clear()
    type_text(dialog.preferred_hours, "16:00 - 19:30")
    type_text(dialog.fax, "+34 91 555 12 12")
    dialog.postal_address.setPlainText("Calle de Serrano 12\n28001 Madrid")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    again = svc.get_account(agency.db, SYSTEM, coca)
    rosa = next(c for c in again.contacts if c.id == saved.id)
    assert (rosa.fax, rosa.postal_address, rosa.preferred_hours) == (
        "+34 91 555 12 12", "Calle de Serrano 12\n28001 Madrid", "16:00-19:30"
    )  # fmt: skip
    card = ContactCard(rosa, again.trade_name)
    qtbot.addWidget(card)
    assert card.values["fax"].text() == "+34 91 555 12 12"
    assert card.values["preferred_hours"].text() == "16:00-19:30"
    assert "28001 Madrid" in card.values["postal_address"].text()
    labels = {w.text() for w in card.findChildren(QLabel)}
    assert {"Fax", "Dirección postal", "Horario preferido"} <= labels
