"""An account's contacts as vCards: escaped, folded at 75 octets, CRLF lines, only what
the person may see."""

from __future__ import annotations

import pytest
from factories import small_agency

from agencia.db.database import Database
from agencia.domain.errors import DomainError
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.data.vcards import account_vcards


def test_an_accounts_contacts_as_vcards(db: Database) -> None:
    agency = small_agency(db)
    coca = agency.accounts["coca"]
    maria = save_contact(
        db,
        agency.admin,
        coca,
        ContactInput(
            full_name="María Peña Ibáñez",
            position="Directora de marketing; España, Portugal",
            email="maria@coca.es",
            mobile="600 111 222",
            notes="Prefiere reuniones por la mañana y " * 4,
        ),
    ).id
    cards = account_vcards(db, agency.admin, coca, maria)
    assert cards.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:María Peña Ibáñez\r\n")
    assert "N:Peña Ibáñez;María;;;\r\n" in cards
    assert "TITLE:Directora de marketing\\; España\\, Portugal\r\n" in cards
    assert "TEL;TYPE=cell:600 111 222\r\n" in cards
    assert all(len(line.encode()) <= 75 for line in cards.split("\r\n"))
    assert "\r\n " in cards  # the long note is folded
    assert cards.endswith("END:VCARD\r\n")
    everyone = account_vcards(db, agency.admin, coca)
    assert everyone.count("BEGIN:VCARD") >= 1 and cards in everyone
    with pytest.raises(DomainError):
        account_vcards(db, agency.admin, agency.accounts["loreal"], maria)
    with pytest.raises(DomainError):  # not their group's account
        account_vcards(db, agency.actor("raul"), coca)
