"""The accounts area's bulk create (`services/accounts/bulk.py`): the same accounts, team
and trail as `create_account`, the same refusals by field, and search finds them — on
SQLite (FTS5 triggers) and PostgreSQL (trigram index)."""

from __future__ import annotations

from typing import Any

import pytest
from factories import Agency, audit_events, small_agency
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import PermissionDenied
from agencia.domain.models import Account, AccountAssignment
from agencia.domain.tax_ids import problem
from agencia.services.accounts import account_edit
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.accounts.bulk import clean, create_accounts
from agencia.services.accounts.search import find

CIF = next(f"B8221222{d}" for d in range(10) if problem("ES", f"B8221222{d}") is None)

SAME = ("id", "trade_name", "name_key", "search_text", "created_at", "updated_at")


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def _account(db: Database, account_id: int) -> dict[str, Any]:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        account = uow.session.get(Account, account_id)
        assert account is not None
        columns = {c.key: getattr(account, c.key) for c in Account.__mapper__.column_attrs}
        team = sorted(
            (a.staff_id, a.role.value, a.since)
            for a in uow.session.scalars(
                select(AccountAssignment).where(AccountAssignment.account_id == account_id)
            )
        )
    return {"columns": {k: x for k, x in columns.items() if k not in SAME}, "team": team}


def _trail(db: Database, account_id: int) -> list[tuple[Any, ...]]:
    return [
        (e.action, e.staff_id, e.login, e.entity, e.account_id == account_id,
         {k: x for k, x in e.changes.items() if k != "trade_name"})
        for e in audit_events(db, "account", account_id)
    ]  # fmt: skip


def _input(agency: Agency, name: str, **more: Any) -> AccountInput:
    return AccountInput(
        trade_name=name,
        legal_name=" Ñandú, S.L. ",
        tax_id=f" {CIF[0].lower()}-{CIF[1:5]} {CIF[5:]}",  # CIF once normalised
        city="A Coruña",
        country="es",
        currency="EUR",
        email="hola@nandu.es",
        group_id=agency.groups["consumo"],
        lead_executive_id=agency.staff["alvaro"],
        notes="cliente desde 2019",
        **more,
    )


def test_bulk_writes_what_create_account_writes(agency: Agency) -> None:
    typed = create_account(agency.db, agency.admin, _input(agency, "Ñandú Tecleado")).id
    with unit_of_work(agency.db, agency.admin) as uow:
        result = create_accounts(uow, [_input(agency, "Ñandú Masivo"), AccountInput("Sola")])
    assert result.refused == {}
    bulk, alone = result.ids
    assert bulk is not None and alone is not None and alone == bulk + 1
    assert _account(agency.db, bulk) == _account(agency.db, typed)
    assert _account(agency.db, bulk)["team"][0][:2] == (agency.staff["alvaro"], "lead_executive")
    assert _trail(agency.db, bulk) == _trail(agency.db, typed)
    assert _account(agency.db, alone)["team"] == []
    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        made = uow.session.get(Account, bulk)
        assert made is not None and made.version == 1
        assert (made.trade_name, made.name_key) == ("Ñandú Masivo", "nandu masivo")
        assert made.search_text == f" nandu masivo nandu s l sl {CIF.lower()} a coruna"


def test_search_finds_accounts_created_in_bulk(agency: Agency) -> None:
    with unit_of_work(agency.db, agency.admin) as uow:
        create_accounts(uow, [AccountInput("Zapaterías Ñúñez", city="Écija")])
    with unit_of_work(agency.db, agency.admin, write=False) as uow:
        for typed in ("zapater", "nunez", "ecija"):
            hits = [h.title for g in find(uow, typed, 10) for h in g.hits]
            assert "Zapaterías Ñúñez" in hits, typed


def test_refused_accounts_are_named_by_field_and_the_rest_written(agency: Agency) -> None:
    inputs = [
        AccountInput("Buena"),
        AccountInput("Correo malo", email="no es correo"),
        AccountInput("Grupo inexistente", group_id=99_999),
        AccountInput("Nulo en notas", notes="con\x00nulo"),
        AccountInput(  # Andrés leads Servicios, not Gran Consumo
            "Otro grupo",
            group_id=agency.groups["consumo"],
            lead_executive_id=agency.staff["andres"],
        ),
        AccountInput("También buena", tax_id=CIF),
    ]
    with unit_of_work(agency.db, agency.admin) as uow:
        result = create_accounts(uow, inputs)
    assert {i: sorted(e) for i, e in result.refused.items()} == {
        1: ["email"],
        2: ["group_id"],
        3: ["notes"],
        4: ["lead_executive_id"],
    }
    assert result.refused[3]["notes"] == ("field.control", {})
    assert [i is not None for i in result.ids] == [True, False, False, False, False, True]
    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        names = set(uow.session.scalars(select(Account.trade_name)))
    assert {"Buena", "También buena"} <= names
    assert not names & {"Correo malo", "Grupo inexistente", "Nulo en notas", "Otro grupo"}


def test_only_an_administrator_creates_in_bulk(agency: Agency) -> None:
    with pytest.raises(PermissionDenied), unit_of_work(agency.db, agency.actor("lucia")) as uow:
        create_accounts(uow, [AccountInput("De Lucía")])


@pytest.mark.parametrize(
    "data",
    [
        AccountInput(" Ñandú ", tax_id="b-82212220 ", currency=" eur", country="mx "),
        AccountInput("Sin nada", country=""),
        AccountInput("Con padre", parent_id=3, may_be_shown=True, spanish="latam"),
    ],
)
def test_clean_is_create_accounts_own_cleaning(data: AccountInput) -> None:
    assert clean(data) == account_edit._clean(data)
