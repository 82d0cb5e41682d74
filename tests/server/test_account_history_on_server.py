"""An account's history tells of what was done (migration 0029): Álvaro, Coca-Cola's
lead, in his own psql session, cannot append a «create» or «update» entry of the
account, a contact, a brand or a product that this transaction did not make — a
contact created that never was, a tax ID changed that was not, a free summary, another
account's record, a field's values other than the row's — while the services' own
entries (an account's edit, a contact with its brands, a brand, a product, a logo, a
deactivation) go in as always."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from PIL import Image
from server_world import ServerAgency
from sqlalchemy import text

from agencia.db.uow import unit_of_work
from agencia.services.accounts.account_edit import (
    AccountInput,
    create_account,
    input_from_detail,
    set_account_active,
    update_account,
)
from agencia.services.accounts.brands import add_product, save_brand, update_product
from agencia.services.accounts.bulk import create_accounts
from agencia.services.accounts.contacts import ContactInput, save_contact, set_contact_active
from agencia.services.accounts.logos import set_brand_logo
from agencia.services.accounts.queries import get_account

_ENTRY = (
    "INSERT INTO audit_events (entity, entity_id, account_id, action, summary, changes)"
    " VALUES (%s, %s, %s, %s, %s, %s)"
)


def _taken(conn: psycopg.Connection, *statements: tuple[str, tuple[object, ...]]) -> bool:
    """Whether the statements, in one transaction, are committed."""
    try:
        with conn.transaction():
            for sql, args in statements:
                conn.execute(sql, args)
        return True
    except psycopg.errors.InsufficientPrivilege:
        return False


def _entry(
    kind: str, record: int, account: int, action: str, summary: str, changes: object
) -> tuple[str, tuple[object, ...]]:
    return (_ENTRY, (kind, record, account, action, summary, json.dumps(changes)))


def _one(server_agency: ServerAgency, sql: str, **params: object) -> object:
    with server_agency.owner.reader.connect() as conn:
        return conn.execute(text(sql), params).scalar_one()


def test_no_made_up_entries_in_an_account_s_history(server_agency: ServerAgency) -> None:
    coca, loreal = server_agency.agency.accounts["coca"], server_agency.agency.accounts["loreal"]
    tax_id = _one(server_agency, "SELECT tax_id FROM accounts WHERE id = :a", a=coca)
    contact = save_contact_as(server_agency, coca, "Ana Ruiz")
    with server_agency.connect("alvaro") as conn:
        # an edit that never happened
        edit = {"tax_id": [tax_id, "B00000000"]}
        assert not _taken(conn, _entry("account", coca, coca, "update", "Coca-Cola", edit))
        # a real edit of the notes, told as an edit of the tax ID
        notes = ("UPDATE accounts SET notes = 'Llamar el lunes' WHERE id = %s", (coca,))
        assert not _taken(conn, notes, _entry("account", coca, coca, "update", "Coca-Cola", edit))
        # told as it was, but with other values, or another summary
        told = {"notes": ["", "Pagan a 30 días"]}
        assert not _taken(conn, notes, _entry("account", coca, coca, "update", "Coca-Cola", told))
        told = {"notes": ["", "Llamar el lunes"]}
        assert not _taken(conn, notes, _entry("account", coca, coca, "update", "Pepsi", told))
        # a contact «created» that already was
        made = {"full_name": [None, "Ana Ruiz"]}
        assert not _taken(conn, _entry("contact", contact, coca, "create", "Ana Ruiz", made))
        # a brand created, told with a summary of one's own
        brand = (
            "INSERT INTO brands (account_id, name, description, active, version)"
            " VALUES (%s, 'Sprite', '', true, 1)",
            (coca,),
        )
        new_brand = "(SELECT max(id) FROM brands)"
        free = (
            "INSERT INTO audit_events (entity, entity_id, account_id, action, summary, changes)"
            f" VALUES ('brand', {new_brand}, %s, 'create', %s, %s)"
        )
        name = {"name": [None, "Sprite"]}
        assert not _taken(conn, brand, (free, (coca, "Cliente perdido", json.dumps(name))))
        assert not _taken(conn, brand, (free, (loreal, "Sprite", json.dumps(name))))
        # an account «deactivated» that was not, or deactivated but told as reactivated
        off = {"status": ["active", "inactive"]}
        assert not _taken(conn, _entry("account", coca, coca, "deactivate", "Coca-Cola", off))
        closing = ("UPDATE accounts SET status = 'inactive' WHERE id = %s", (coca,))
        assert not _taken(
            conn, closing, _entry("account", coca, coca, "reactivate", "Coca-Cola", off)
        )
        # as the services write them: taken
        assert _taken(conn, notes, _entry("account", coca, coca, "update", "Coca-Cola", told))
        assert _taken(conn, brand, (free, (coca, "Sprite", json.dumps(name))))
    history = _one(
        server_agency,
        "SELECT count(*) FROM audit_events WHERE account_id = :a AND staff_id = :s"
        " AND action IN ('create', 'update') AND entity IN ('account', 'brand')",
        a=coca,
        s=server_agency.agency.staff["alvaro"],
    )
    assert history == 2


def save_contact_as(server_agency: ServerAgency, account: int, name: str) -> int:
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        return save_contact(db, alvaro, account, ContactInput(name)).id
    finally:
        db.close()


@pytest.mark.parametrize("login", ["alvaro", "lucia"])
def test_the_services_entries_go_in(server_agency: ServerAgency, login: str) -> None:
    """The lead, and the group's director, edit as the services do."""
    coca = server_agency.agency.accounts["coca"]
    db, actor = server_agency.signed_in(login)
    try:
        detail = get_account(db, actor, coca)
        edited = replace(input_from_detail(detail), notes="Nueva nota", city="Getafe")
        update_account(db, actor, coca, edited, detail.version)
        brand = save_brand(db, actor, coca, "Aquarius", "Isotónica")
        brand = save_brand(db, actor, coca, "Aquarius Zero", "", brand.id, brand.version)
        picture = io.BytesIO()
        Image.new("RGB", (240, 120), "#C8102E").save(picture, "PNG")
        brand = set_brand_logo(db, actor, brand.id, picture.getvalue(), brand.version)
        product = add_product(db, actor, brand.id, "Lata 33 cl")
        update_product(db, actor, product.id, "Lata 25 cl", "", product.version)
        contact = save_contact(db, actor, coca, ContactInput("Eva Gil", brand_ids=(brand.id,)))
        again = save_contact(db, actor, coca, ContactInput("Eva Gil"), contact.id, contact.version)
        assert again.id == contact.id
        set_contact_active(db, actor, contact.id, False)
        created = create_account(db, actor, AccountInput("Refrescos Norte", city="Bilbao"))
        set_account_active(db, actor, created.id, False, created.version)
    finally:
        db.close()
    count = _one(
        server_agency,
        "SELECT count(*) FROM audit_events WHERE account_id = :a AND staff_id = :s AND action"
        " IN ('create', 'update') AND entity IN ('account', 'brand', 'product', 'contact')",
        a=coca,
        s=server_agency.agency.staff[login],
    )
    assert count == 8
    off = "SELECT count(*) FROM audit_events WHERE action = 'deactivate' AND entity_id = :c"
    assert _one(server_agency, off + " AND entity = 'contact'", c=contact.id) == 1
    made = "SELECT count(*) FROM audit_events WHERE action = 'create' AND entity_id = :a"
    assert _one(server_agency, made + " AND entity = 'account'", a=created.id) == 1
    assert _one(server_agency, off + " AND entity = 'account'", c=created.id) == 1


def test_the_administrator_s_accounts_in_bulk_go_in(server_agency: ServerAgency) -> None:
    """An import's many accounts (services.accounts.bulk): one «create» entry each."""
    db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        with unit_of_work(db, admin) as uow:
            inputs = [AccountInput(f"Cliente {n}", tax_id="", city="Écija") for n in range(3)]
            result = create_accounts(uow, inputs)
    finally:
        db.close()
    assert not result.refused
    made = _one(
        server_agency,
        "SELECT count(*) FROM audit_events WHERE action = 'create' AND entity = 'account'"
        " AND summary LIKE 'Cliente %'",
    )
    assert made == 3
