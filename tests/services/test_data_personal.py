"""A client contact's data-protection requests: everything about them in one export, and
an erasure that leaves none of their values in the record or the audit trail while the
trail keeps who did what, when — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from factories import Agency, audit_events, small_agency

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import AuditAction
from agencia.domain.errors import PermissionDenied
from agencia.domain.models import AuditEvent, Contact
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.data.personal_data import erase_contact, export_contact, readable

MARIA = ContactInput(
    full_name="María Peña Ibáñez",
    position="Directora de marketing",
    email="maria.pena@cocacola.es",
    phone="+34 911 222 333",
    mobile="600 111 222",
    notes="Prefiere llamadas por la tarde",
)
VALUES = (
    "María Peña Ibáñez",
    "maria.pena@cocacola.es",
    "+34 911 222 333",
    "600 111 222",
    "Directora de marketing",
    "Prefiere llamadas por la tarde",
    "Directora de ventas",
)


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def _maria(agency: Agency) -> int:
    account = agency.accounts["coca"]
    contact_id = save_contact(agency.db, agency.admin, account, MARIA).id
    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        version = uow.session.get(Contact, contact_id).version  # type: ignore[union-attr]
    promoted = replace(MARIA, position="Directora de ventas")
    save_contact(agency.db, agency.admin, account, promoted, contact_id=contact_id, version=version)
    return contact_id


def _trail_text(db: Database) -> str:
    return json.dumps([(e.summary, e.changes) for e in audit_events(db)], ensure_ascii=False)


def test_the_export_holds_everything_about_the_contact(agency: Agency) -> None:
    contact_id = _maria(agency)
    found = export_contact(agency.db, agency.admin, contact_id)
    assert found["contact"]["email"] == MARIA.email
    assert found["account"]["id"] == agency.accounts["coca"]
    actions = [e["action"] for e in found["trail"]]
    assert actions[:2] == ["create", "update"]
    assert json.dumps(found, ensure_ascii=False)  # one JSON file
    text = readable(found)
    assert "María Peña Ibáñez" in text and "Directora de ventas" in text
    exported = audit_events(agency.db, "contact", contact_id)[-1]
    assert exported.action is AuditAction.PERSONAL_DATA_EXPORT


def test_erasure_scrubs_the_contact_and_the_trail_but_keeps_its_shape(agency: Agency) -> None:
    contact_id = _maria(agency)
    before = [(e.id, e.staff_id, e.at, e.action, e.entity, e.entity_id, sorted(e.changes))
              for e in audit_events(agency.db, "contact", contact_id)]  # fmt: skip
    assert any(v in _trail_text(agency.db) for v in VALUES)
    scrubbed = erase_contact(agency.db, agency.admin, contact_id)
    assert scrubbed == len(before)
    trail = _trail_text(agency.db)
    assert [v for v in VALUES if v in trail] == []
    after = audit_events(agency.db, "contact", contact_id)
    assert [(e.id, e.staff_id, e.at, e.action, e.entity, e.entity_id, sorted(e.changes))
            for e in after[: len(before)]] == before  # fmt: skip
    assert after[-1].action is AuditAction.ERASE
    assert all(e.summary == f"persona suprimida #{contact_id}" for e in after)
    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        contact = uow.session.get(Contact, contact_id)
        assert contact is not None
        assert contact.full_name == f"persona suprimida #{contact_id}"
        assert (contact.email, contact.phone, contact.mobile, contact.position, contact.notes) == (
            "", "", "", "", ""
        )  # fmt: skip
        assert not contact.active
        total = uow.session.query(AuditEvent).count()
    assert total == len(audit_events(agency.db))


def test_only_an_administrator_exports_or_erases(agency: Agency) -> None:
    contact_id = _maria(agency)
    director = agency.actor("lucia")
    with pytest.raises(PermissionDenied):
        export_contact(agency.db, director, contact_id)
    with pytest.raises(PermissionDenied):
        erase_contact(agency.db, director, contact_id)
