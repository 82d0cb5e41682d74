"""An account's tax ID is checked as its country checks it, and its time zone is a real
one — through the account service, on both databases."""

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
    create_account,
    input_from_detail,
    update_account,
)


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


@pytest.mark.parametrize(
    ("country", "tax_id", "error"),
    [
        ("ES", "B86561413", ("field.tax_id_check", {"kind": "NIF"})),
        ("AR", "30-50001091-3", ("field.tax_id_check", {"kind": "CUIT"})),
        ("CO", "860.034.313-8", ("field.tax_id_check", {"kind": "NIT"})),
        ("CL", "12.345.678-K", ("field.tax_id_check", {"kind": "RUT"})),
        ("PE", "20100047219", ("field.tax_id_check", {"kind": "RUC"})),
        ("MX", "B86561412", ("field.tax_id_kind", {"kind": "RFC"})),
    ],
)
def test_a_wrong_id_is_refused_with_its_countrys_name(
    agency: Agency, country: str, tax_id: str, error: tuple[str, dict[str, str]]
) -> None:
    data = AccountInput(trade_name="Cliente nuevo", tax_id=tax_id, country=country)
    with pytest.raises(ValidationError) as info:
        create_account(agency.db, SYSTEM, data)
    assert info.value.field_errors == {"tax_id": error}


def test_a_valid_id_of_each_country_is_stored_normalised(agency: Agency) -> None:
    for country, tax_id, stored in (
        ("AR", "30-50001091-2", "30500010912"),
        ("CO", "860.034.313-7", "8600343137"),
        ("CL", "12.345.678-5", "123456785"),
        ("MX", "gode561231gr8", "GODE561231GR8"),
    ):
        data = AccountInput(trade_name=f"Cliente {country}", tax_id=tax_id, country=country)
        made = create_account(agency.db, SYSTEM, data)
        assert svc.get_account(agency.db, SYSTEM, made.id).tax_id == stored


def test_an_id_stored_before_the_check_may_stay_but_not_change(agency: Agency) -> None:
    """An account saved when only the shape was asked keeps its ID through other edits;
    typing a new wrong one (or moving it to another country) is refused."""
    account_id = add_account(agency.db, "Antigua", tax_id="B86561412")
    with unit_of_work(agency.db, SYSTEM) as uow:
        uow.session.execute(update(Account).where(Account.id == account_id).values(tax_id="B1"))
    detail = svc.get_account(agency.db, SYSTEM, account_id)
    data = input_from_detail(detail)
    saved = update_account(
        agency.db, SYSTEM, account_id, _with(data, city="Bilbao"), detail.version
    )
    assert svc.get_account(agency.db, SYSTEM, account_id).city == "Bilbao"
    for change in ({"tax_id": "B2"}, {"country": "AR"}):
        with pytest.raises(ValidationError) as info:
            update_account(agency.db, SYSTEM, account_id, _with(data, **change), saved.version)
        assert set(info.value.field_errors) == {"tax_id"}


def _with(data: AccountInput, **changes: str) -> AccountInput:
    return replace(data, **changes)  # type: ignore[arg-type]


def test_an_account_keeps_a_real_time_zone(agency: Agency) -> None:
    with pytest.raises(ValidationError) as info:
        create_account(
            agency.db, SYSTEM, AccountInput(trade_name="Cliente", time_zone="Mars/Olympus")
        )
    assert info.value.field_errors == {"time_zone": ("field.time_zone", {"value": "Mars/Olympus"})}
    made = create_account(
        agency.db,
        SYSTEM,
        AccountInput(trade_name="Cliente MX", country="MX", time_zone="America/Mexico_City"),
    )
    detail = svc.get_account(agency.db, SYSTEM, made.id)
    assert detail.time_zone == "America/Mexico_City"
    assert detail.as_json()["time_zone"] == "America/Mexico_City"
    assert input_from_detail(detail).time_zone == "America/Mexico_City"  # an edit keeps it
