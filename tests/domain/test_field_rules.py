"""Field rules behind the forms' live validation (pure functions, no database)."""

from __future__ import annotations

import pytest

from agencia.domain import validation as v
from agencia.services.accounts.account_edit import AccountInput, validate_account
from agencia.services.accounts.contacts import ContactInput, validate_contact


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("B86561412", True),
        ("b-86.561.412", True),
        ("ACD010101AB1", True),
        ("20-10004721-8", True),
        ("12", False),
        ("¿?", False),
    ],
)
def test_tax_ids_of_spain_and_latin_america(value: str, ok: bool) -> None:
    errors: v.FieldErrors = {}
    v.tax_id(errors, "tax_id", value)
    assert (not errors) is ok


def test_tax_ids_are_compared_normalised() -> None:
    assert v.normalise_tax_id(" b-86.561 412 ") == "B86561412"


def test_account_rules_name_each_field() -> None:
    errors = validate_account(
        AccountInput(
            trade_name="", email="x", phone="abc", currency="eu", locale="España", country="ESP"
        )
    )
    assert {k: code for k, (code, _p) in errors.items()} == {
        "trade_name": "field.required",
        "email": "field.email",
        "phone": "field.phone",
        "currency": "field.currency",
        "locale": "field.locale",
        "country": "field.country",
    }
    assert (
        validate_account(AccountInput(trade_name="Coca-Cola", currency="EUR", locale="es_MX")) == {}
    )
    too_long = validate_account(AccountInput(trade_name="x" * 201))
    assert too_long == {"trade_name": ("field.too_long", {"max": 200})}


def test_contact_rules() -> None:
    assert validate_contact(ContactInput(full_name="Ana", phone="+34 600 00 00 00")) == {}
    assert set(validate_contact(ContactInput(full_name=" ", mobile="x"))) == {"full_name", "mobile"}
