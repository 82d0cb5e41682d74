"""An administrator's new accounts are written in batches (`services/data/account_batch.py`);
these tests hold the batch to what `create_account` writes — the same row, the same team,
the same trail — and show that a batch the database refuses lands row by row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from factories import Agency, audit_events, small_agency
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.models import Account, AccountAssignment
from agencia.domain.tax_ids import problem
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.data.account_batch import AccountBatch
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import run_import
from agencia.services.data.lookups import Index
from agencia.services.data.reading import Row
from agencia.services.data.transaction import one_transaction


def cif(number: int) -> str:
    base = f"A{number:07d}"
    return next(base + str(d) for d in range(10) if problem("ES", base + str(d)) is None)


SAME = ("id", "trade_name", "name_key", "search_text", "tax_id", "created_at", "updated_at")


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def _account(db: Database, account_id: int) -> dict[str, Any]:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        account = uow.session.get(Account, account_id)
        assert account is not None
        columns = {c.key: getattr(account, c.key) for c in Account.__mapper__.column_attrs}
        team = sorted(
            (a.staff_id, a.role.value)
            for a in uow.session.scalars(
                select(AccountAssignment).where(AccountAssignment.account_id == account_id)
            )
        )
    return {"columns": {k: x for k, x in columns.items() if k not in SAME}, "team": team}


def _trail(db: Database, account_id: int) -> list[tuple[Any, ...]]:
    return [
        (
            e.action,
            e.staff_id,
            e.account_id == account_id,
            e.summary != "",
            {k: x for k, x in e.changes.items() if k not in SAME},
        )
        for e in audit_events(db, "account", account_id)
    ]


def test_a_batch_writes_what_create_account_writes(agency: Agency, tmp_path: Path) -> None:
    path = tmp_path / "clientes.csv"
    path.write_text(
        "Nombre;Razón social;NIF;Ciudad;País;Correo;Grupo;Ejecutivo;Notas\n"
        f"Lácteos Peñalara;Lácteos Peñalara, S.A.;{cif(2800001)};Segovia;España;"
        "hola@penalara.es;Gran Consumo;Álvaro García Rubio;cliente desde 2019\n",
        encoding="utf-8",
    )
    report = run_import(agency.db, agency.admin, path, ImportKind.ACCOUNTS)
    assert report.created == 1, report.problems
    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        imported = uow.session.scalars(select(Account.id).where(Account.city == "Segovia")).one()
    typed = create_account(
        agency.db,
        agency.admin,
        AccountInput(
            trade_name="Otra",
            legal_name="Lácteos Peñalara, S.A.",
            city="Segovia ",
            country="ES",
            email="hola@penalara.es",
            group_id=agency.groups["consumo"],
            lead_executive_id=agency.staff["alvaro"],
            notes="cliente desde 2019",
        ),
    ).id
    assert _account(agency.db, imported) == _account(agency.db, typed)
    assert _account(agency.db, imported)["team"] == [(agency.staff["alvaro"], "lead_executive")]
    assert _trail(agency.db, imported) == _trail(agency.db, typed)


def test_a_batch_the_database_refuses_lands_row_by_row(agency: Agency) -> None:
    """A NUL in the notes passes the account's validator but not the database's net
    (`db/uow.py`): the batch is written again row by row, and only that row is refused."""
    good, bad = (
        AccountInput(trade_name="Buena", notes="bien"),
        AccountInput(trade_name="Mala", notes="con\x00nulo"),
    )
    with one_transaction(agency.db) as shared:
        with unit_of_work(shared.db, agency.admin, write=False) as reading:
            batch = AccountBatch(shared, agency.admin, Index(reading))
            batch.add(Row(2, ("Buena",)), good)
            batch.add(Row(3, ("Mala",)), bad)
            batch.flush()
        shared.commit()
    assert [number for number, _ in batch.written] == [2]
    assert [(row.number, dict(e.problems)) for row, e in batch.refused] == [
        (3, {"notes": ("field.control", {})})
    ]
    with unit_of_work(agency.db, SYSTEM, write=False) as uow:
        names = set(uow.session.scalars(select(Account.trade_name)))
    assert "Buena" in names and "Mala" not in names


def test_a_row_repeating_one_the_batch_holds_is_a_duplicate(agency: Agency, tmp_path: Path) -> None:
    path = tmp_path / "repetidas.csv"
    path.write_text(f"Nombre;NIF\nUno;{cif(2800001)}\nDos;{cif(2800001)}\n", encoding="utf-8")
    report = run_import(agency.db, agency.admin, path, ImportKind.ACCOUNTS)
    assert not report.written
    assert [(p.row, p.column, p.code) for p in report.problems] == [
        (3, "NIF", "data.duplicate_account")
    ]
