"""Migration 0017's columns on a shared server: the lead executive writes a contact's
fax, postal address and preferred hours through their own role (the contacts table's
row-level security and grants cover the new columns as they cover the old), and a person
of another group neither reads them nor changes them, whatever SQL they type."""

from __future__ import annotations

from server_world import ServerAgency
from sqlalchemy import select

from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.models import Contact
from agencia.services.accounts.contacts import ContactInput, save_contact


def test_the_details_follow_the_contacts_row_level_security(
    server_agency: ServerAgency,
) -> None:
    coca = server_agency.agency.accounts["coca"]
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        data = ContactInput(
            full_name="Rosa Vidal",
            fax="+34 91 555 12 12",
            postal_address="Calle de Serrano 12, Madrid",
            preferred_hours="9:00-14:00",
        )
        rosa = save_contact(db, alvaro, coca, data).id
    finally:
        db.close()
    with server_agency.connect("alvaro") as conn:
        assert conn.execute(
            "SELECT fax, preferred_hours FROM contacts WHERE id = %s", (rosa,)
        ).fetchall() == [("+34 91 555 12 12", "09:00-14:00")]
    with server_agency.connect("raul") as conn:  # another group's executive
        assert conn.execute("SELECT fax FROM contacts WHERE id = %s", (rosa,)).fetchall() == []
        changed = conn.execute("UPDATE contacts SET fax = 'x' WHERE id = %s", (rosa,))
        assert changed.rowcount == 0
    with unit_of_work(server_agency.owner, SYSTEM, write=False) as uow:
        assert uow.session.scalar(select(Contact.fax).where(Contact.id == rosa)) == (
            "+34 91 555 12 12"
        )
