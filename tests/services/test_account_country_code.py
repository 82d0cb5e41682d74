"""An account's country is an ISO 3166-1 alpha-2 code (Babel's territory data); one
stored before the check keeps through other edits, and its money and dates default from
it where the command line asks (`country_defaults`)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import Agency, add_account, small_agency
from sqlalchemy import update

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import ValidationError
from agencia.domain.models import Account
from agencia.services.accounts import queries as svc
from agencia.services.accounts.account_edit import (
    AccountInput,
    country_defaults,
    create_account,
    input_from_detail,
    update_account,
)


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


@pytest.mark.parametrize("code", ["XX", "EU", "ZZ", "QO", "1A", "ESP"])
def test_a_code_that_is_no_country_is_refused(agency: Agency, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        create_account(agency.db, SYSTEM, AccountInput(trade_name="Cliente", country=code))
    assert info.value.field_errors == {"country": ("field.country", {})}


def test_a_code_stored_before_the_check_may_stay_but_not_change(agency: Agency) -> None:
    account_id = add_account(agency.db, "Antigua")
    with unit_of_work(agency.db, SYSTEM) as uow:
        uow.session.execute(update(Account).where(Account.id == account_id).values(country="XX"))
    detail = svc.get_account(agency.db, SYSTEM, account_id)
    data = input_from_detail(detail)
    saved = update_account(
        agency.db, SYSTEM, account_id, replace(data, city="Quito"), detail.version
    )
    assert svc.get_account(agency.db, SYSTEM, account_id).city == "Quito"
    with pytest.raises(ValidationError) as info:
        update_account(agency.db, SYSTEM, account_id, replace(data, country="YY"), saved.version)
    assert set(info.value.field_errors) == {"country"}


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("MX", ("es_MX", "MXN")),
        ("es", ("es_ES", "EUR")),
        ("CL", ("es_CL", "CLP")),
        ("EC", ("es_EC", "USD")),
        ("US", ("", "USD")),  # no locale where Spanish is not the country's: it is the decks'
        ("BR", ("", "BRL")),
        ("XX", ("", "")),
    ],
)
def test_country_defaults(country: str, expected: tuple[str, str]) -> None:
    assert country_defaults(country) == expected
