"""Global search: accounts and contacts by name; accents, punctuation and visibility."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest
from campaign_world import build_cast, new_campaign

from agencia.areas import search_everything
from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.enums import Role
from agencia.domain.models import Staff
from agencia.domain.text import sort_key
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.accounts.contacts import ContactInput, save_contact, set_contact_active
from agencia.services.first_run import FirstRun, set_up_agency
from agencia.services.search import SearchHit


def _staff(db: Database, admin: Actor, name: str, role: Role) -> int:
    with unit_of_work(db, admin) as uow:
        person = Staff(full_name=name, name_key=sort_key(name), role=role, title=name)
        uow.session.add(person)
        uow.session.flush()
        return person.id


@pytest.fixture
def admin(db: Database) -> Actor:
    return set_up_agency(
        db,
        FirstRun(
            agency_name="Agencia Norte",
            locale="es_ES",
            currency="EUR",
            admin_name="Ana Admin",
            admin_login="admin",
            admin_password="secreto-largo",
        ),
    )


@pytest.fixture
def data(db: Database, admin: Actor) -> dict[str, int]:
    exec_id = _staff(db, admin, "Elena Ejecutiva", Role.ACCOUNT_EXECUTIVE)
    coca = create_account(
        db,
        admin,
        AccountInput(trade_name="Coca-Cola", legal_name="Coca-Cola Europacific", city="Madrid"),
    ).id
    oreal = create_account(
        db, admin, AccountInput(trade_name="L'Oréal España", lead_executive_id=exec_id)
    ).id
    garcia_sa = create_account(db, admin, AccountInput(trade_name="Muebles García S.A.")).id
    maria = save_contact(
        db, admin, coca, ContactInput(full_name="María García", position="Brand Manager")
    ).id
    luis = save_contact(db, admin, oreal, ContactInput(full_name="Luis García Pérez")).id
    gone = save_contact(db, admin, oreal, ContactInput(full_name="Pedro Garcia")).id
    set_contact_active(db, admin, gone, False)
    return {
        "exec": exec_id,
        "coca": coca,
        "oreal": oreal,
        "garcia_sa": garcia_sa,
        "maria": maria,
        "luis": luis,
        "gone": gone,
    }


def test_garcia_finds_accounts_and_contacts_without_accents(
    db: Database, admin: Actor, data: dict[str, int]
) -> None:
    hits = search_everything(db, admin, "garcia")
    kinds = [(h.kind, h.id) for h in hits]
    assert ("account", data["garcia_sa"]) in kinds
    assert ("contact", data["maria"]) in kinds
    assert ("contact", data["luis"]) in kinds
    # accounts come first, then contacts; active contacts before deactivated ones
    assert hits[0].kind == "account"
    contacts = [h for h in hits if h.kind == "contact"]
    assert contacts[-1].id == data["gone"] and not contacts[-1].active
    maria = next(h for h in hits if h.id == data["maria"] and h.kind == "contact")
    assert maria.account_id == data["coca"]
    assert maria.subtitle == "Brand Manager · Coca-Cola"


def test_punctuation_is_safe(db: Database, admin: Actor, data: dict[str, int]) -> None:
    for typed in ("coca-cola", "Coca-Cola", "COCA cola", "coca"):
        hits = search_everything(db, admin, typed)
        assert [h.id for h in hits if h.kind == "account"] == [data["coca"]], typed
    assert [h.id for h in search_everything(db, admin, "l'oreal")] == [data["oreal"]]
    for typed in ('"', "AT&T", "*", "OR", "-", "   "):
        search_everything(db, admin, typed)  # never an SQL or FTS syntax error
    assert search_everything(db, admin, "") == []
    assert search_everything(db, admin, " '- ") == []


def test_names_starting_with_the_word_come_first(db: Database, admin: Actor) -> None:
    create_account(db, admin, AccountInput(trade_name="Distribuciones Sol"))
    sol = create_account(db, admin, AccountInput(trade_name="Sol de Levante")).id
    hits = search_everything(db, admin, "sol")
    assert hits[0].id == sol


def test_visibility_is_respected(db: Database, admin: Actor, data: dict[str, int]) -> None:
    executive = Actor(
        user_id=None,
        staff_id=data["exec"],
        login="elena",
        name="Elena Ejecutiva",
        role=Role.ACCOUNT_EXECUTIVE,
    )
    hits = search_everything(db, executive, "garcia")
    assert {h.account_id for h in hits} == {data["oreal"]}
    assert search_everything(db, executive, "coca") == []


def test_limit_keeps_room_for_both_kinds(db: Database, admin: Actor) -> None:
    first = create_account(db, admin, AccountInput(trade_name="Ruiz Publicidad 0")).id
    for n in range(1, 14):
        create_account(db, admin, AccountInput(trade_name=f"Ruiz Publicidad {n}"))
    for n in range(12):
        save_contact(db, admin, first, ContactInput(full_name=f"Carmen Ruiz {n}"))
    hits = search_everything(db, admin, "ruiz", limit=20)
    assert len(hits) == 20
    assert sum(h.kind == "account" for h in hits) == 10
    assert sum(h.kind == "contact" for h in hits) == 10
    few = search_everything(db, admin, "ruiz publicidad", limit=20)
    assert len(few) == 14 and all(h.kind == "account" for h in few)


def test_hits_are_frozen(db: Database, admin: Actor, data: dict[str, int]) -> None:
    hit = search_everything(db, admin, "coca")[0]
    assert isinstance(hit, SearchHit)
    with pytest.raises(FrozenInstanceError):
        hit.title = "x"  # type: ignore[misc]


def test_campaigns_are_found_from_anywhere_within_reach(db: Database) -> None:
    cast = build_cast(db)
    campaign_id = new_campaign(cast, name="Verano sin azúcar")
    hits = search_everything(db, cast.actor("director"), "azucar")
    assert [(h.kind, h.id) for h in hits] == [("campaign", campaign_id)]
    assert hits[0].subtitle.endswith("Bebidas Sol de Mayo")
    assert search_everything(db, cast.actor("executive_b"), "azucar") == []
