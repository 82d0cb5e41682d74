"""A contact's channel details (fax, postal address, preferred hours; migration 0017):
saved, validated, audited, kept by callers that do not know them, imported and carded."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from factories import Agency, audit_events, small_agency

from agencia.db.database import Database
from agencia.domain import contact_hours
from agencia.domain.errors import ValidationError
from agencia.domain.messages import render
from agencia.services.accounts import queries as svc
from agencia.services.accounts.contacts import ContactInput, contact_input_of, save_contact
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import run_import
from agencia.services.data.vcards import account_vcards


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def _contact(agency: Agency, contact_id: int):  # type: ignore[no-untyped-def]
    contacts = svc.get_account(agency.db, agency.admin, agency.accounts["coca"]).contacts
    return next(c for c in contacts if c.id == contact_id)


def test_the_details_are_saved_normalised_and_audited(agency: Agency) -> None:
    coca = agency.accounts["coca"]
    data = ContactInput(
        full_name="Rosa Vidal",
        fax="+34 91 555 12 12",
        postal_address="Calle de Serrano 12, 3.º\n28001 Madrid",
        preferred_hours="9.30 – 14:00",
    )
    saved = save_contact(agency.db, agency.admin, coca, data)
    rosa = _contact(agency, saved.id)
    assert (rosa.fax, rosa.postal_address, rosa.preferred_hours) == (
        "+34 91 555 12 12", "Calle de Serrano 12, 3.º\n28001 Madrid", "09:30-14:00"
    )  # fmt: skip
    created = audit_events(agency.db, "contact", saved.id)[0].changes
    assert created["preferred_hours"] == [None, "09:30-14:00"]
    assert created["fax"] == [None, "+34 91 555 12 12"]


def test_a_caller_that_does_not_know_the_details_keeps_them(agency: Agency) -> None:
    """An import or an undo written before migration 0017 sends None: nothing is blanked."""
    coca = agency.accounts["coca"]
    saved = save_contact(
        agency.db, agency.admin, coca, ContactInput(full_name="Rosa", fax="91 555 12 12")
    )
    again = save_contact(
        agency.db, agency.admin, coca, ContactInput(full_name="Rosa V."), saved.id, saved.version
    )
    assert _contact(agency, saved.id).fax == "91 555 12 12"
    assert audit_events(agency.db, "contact", saved.id)[-1].changes == {
        "full_name": ["Rosa", "Rosa V."]
    }
    before = contact_input_of(_contact(agency, saved.id))
    assert before.fax == "91 555 12 12" and before.full_name == "Rosa V."
    cleared = ContactInput(full_name="Rosa V.", fax="")
    save_contact(agency.db, agency.admin, coca, cleared, saved.id, again.version)
    assert _contact(agency, saved.id).fax == ""


@pytest.mark.parametrize("hours", ["14:00-09:00", "mañanas", "25:00-26:00", "9-14"])
def test_hours_that_are_not_a_span_are_refused_with_the_reason(agency: Agency, hours: str) -> None:
    with pytest.raises(ValidationError) as refused:
        save_contact(
            agency.db,
            agency.admin,
            agency.accounts["coca"],
            ContactInput(
                full_name="Rosa", preferred_hours=hours, fax="fax?", postal_address="x" * 401
            ),
        )
    errors = refused.value.field_errors
    assert set(errors) == {"preferred_hours", "fax", "postal_address"}
    code, args = errors["preferred_hours"]
    assert "09:00-14:00" in render(code, args) and hours in render(code, args)
    assert "09:00-14:00" in render(code, args, "en")


def test_hours_are_read_back_as_times() -> None:
    assert contact_hours.parse("16h00-19h30") == (time(16), time(19, 30))
    assert contact_hours.within("09:00-14:00", time(13, 59))
    assert not contact_hours.within("09:00-14:00", time(14))
    assert contact_hours.within("", time(3))


def test_contacts_import_and_cards_carry_the_details(agency: Agency, tmp_path: Path) -> None:
    path = tmp_path / "contactos.csv"
    path.write_text(
        "Cuenta;Nombre;Fax;Dirección postal;Horario preferido\n"
        "Coca-Cola;Luis Mora;91 555 00 01;Paseo de la Castellana 1, Madrid;10:00-13:00\n",
        encoding="utf-8",
    )
    report = run_import(agency.db, agency.admin, path, ImportKind.CONTACTS)
    assert report.created == 1, report.problems
    contacts = svc.get_account(agency.db, agency.admin, agency.accounts["coca"]).contacts
    luis = next(c for c in contacts if c.full_name == "Luis Mora")
    assert (luis.fax, luis.preferred_hours) == ("91 555 00 01", "10:00-13:00")
    card = account_vcards(agency.db, agency.admin, agency.accounts["coca"], luis.id)
    assert "TEL;TYPE=work,fax:91 555 00 01\r\n" in card
    assert "ADR;TYPE=work:;;Paseo de la Castellana 1\\, Madrid;;;;\r\n" in card
