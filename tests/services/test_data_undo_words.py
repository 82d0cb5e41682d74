"""An undo refused because something added since refers to what was imported names that
record in the house's words (explore9 L5), never the database's «FOREIGN KEY constraint
failed»; and a refusal about an imported record names its kind in words («el contacto
5», not «contact 5»)."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import Agency, small_agency
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.data_models import DataImport
from agencia.domain.enums import Channel
from agencia.domain.errors import DomainError
from agencia.domain.messages import render
from agencia.domain.models import Contact
from agencia.domain.service_enums import Priority, RequestKind
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import run_import
from agencia.services.data.undo import undo_import
from agencia.services.service.requests import NewRequest, open_request


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def test_an_undo_names_the_request_that_uses_an_imported_contact(
    agency: Agency, tmp_path: Path
) -> None:
    path = tmp_path / "contactos.csv"
    path.write_text("Cuenta;Nombre;Apellidos\nCoca-Cola;María;Peña\n", encoding="utf-8")
    report = run_import(agency.db, agency.admin, path, ImportKind.CONTACTS)
    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        maria = uow.session.scalars(select(Contact.id).where(Contact.full_name == "María Peña"))
        contact_id = maria.one()
    request = open_request(
        agency.db,
        agency.actor("alvaro"),
        NewRequest(
            agency.accounts["coca"], Channel.PHONE, RequestKind.REQUEST, Priority.NORMAL,
            "Llamada", contact_id=contact_id,
        ),
    )  # fmt: skip
    with pytest.raises(DomainError) as refused:
        undo_import(agency.db, agency.admin, report.import_id or 0)
    error = refused.value
    assert error.code == "data.undo_blocked_by"
    es, en = (render(error.code, error.params, lang) for lang in ("es", "en"))
    assert es.startswith(
        f"No se puede deshacer: la solicitud {request.id} depende de lo importado "
        f"(el contacto {contact_id})."
    ), es
    assert f"request {request.id} depends on what was imported (contact {contact_id})" in en
    assert "constraint" not in (es + en).lower()
    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        assert uow.session.get(Contact, contact_id) is not None  # nothing removed
        assert uow.session.get_one(DataImport, report.import_id).undone_at is None


def test_an_edited_record_is_named_in_words() -> None:
    said = render("data.edited_since", {"entity": "contact", "record": 5}, "es")
    assert said.startswith("No se puede deshacer: el contacto 5 se ha modificado"), said
