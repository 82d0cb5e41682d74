"""Tax IDs by the client's country: the name each goes by and its tax office's check."""

from __future__ import annotations

import random

import pytest

from agencia.demo.accounts import tax_ids as demo
from agencia.domain import tax_ids
from agencia.domain import validation as v


@pytest.mark.parametrize(
    ("country", "value"),
    [
        ("ES", "12345678Z"),  # DNI
        ("ES", "00000000T"),
        ("ES", "X1234567L"),  # NIE
        ("ES", "Y-1234567-X"),
        ("ES", "B86561412"),  # CIF, digit control
        ("ES", "A28050359"),
        ("ES", "Q2826000H"),  # a public body: a letter as control
        ("ES", "b-86.561.412"),
        ("MX", "ACD010101AB1"),  # a company's RFC: three letters
        ("MX", "GODE561231GR8"),  # a person's: four
        ("MX", "ÑAB000229AB1"),  # Ñ, and 29 February of a leap year
        ("AR", "30-50001091-2"),
        ("AR", "20-10004721-8"),
        ("CO", "860.034.313-7"),
        ("CO", "9001234568"),
        ("CL", "12.345.678-5"),
        ("CL", "7.654.321-6"),
        ("PE", "20100047218"),
        ("PE", "20100070970"),
        ("FR", "FR40303265045"),  # elsewhere: a plausible shape
        ("", "B86561412"),
        ("ES", ""),  # not given
    ],
)
def test_valid_ids_pass(country: str, value: str) -> None:
    assert tax_ids.problem(country, value) is None


@pytest.mark.parametrize(
    ("country", "value", "code"),
    [
        ("ES", "12345678A", "field.tax_id_check"),  # the DNI's letter is Z
        ("ES", "X1234567A", "field.tax_id_check"),
        ("ES", "B86561413", "field.tax_id_check"),
        ("ES", "Q2826000A", "field.tax_id_check"),
        ("ES", "P28260008", "field.tax_id_check"),  # P takes a letter, never a digit
        ("ES", "1234", "field.tax_id"),
        ("ES", "ACD010101AB1", "field.tax_id"),  # an RFC is no NIF
        ("MX", "ACD011301AB1", "field.tax_id"),  # no thirteenth month
        ("MX", "ACD010230AB1", "field.tax_id"),  # no 30 February
        ("MX", "ACD010101A01", "field.tax_id"),  # a homoclave never holds a 0 there
        ("MX", "B86561412", "field.tax_id"),
        ("AR", "30-50001091-3", "field.tax_id_check"),
        ("AR", "99-50001091-2", "field.tax_id"),  # no such kind of taxpayer
        ("AR", "3050001091", "field.tax_id"),
        ("CO", "860.034.313-8", "field.tax_id_check"),
        ("CO", "NIT860034313", "field.tax_id"),
        ("CL", "12.345.678-K", "field.tax_id_check"),
        ("CL", "12.345.678-X", "field.tax_id"),
        ("PE", "20100047219", "field.tax_id_check"),
        ("PE", "99100047218", "field.tax_id"),
        ("FR", "¿?", "field.tax_id"),
    ],
)
def test_wrong_ids_say_whether_the_shape_or_the_check_fails(
    country: str, value: str, code: str
) -> None:
    assert tax_ids.problem(country, value) == code


def test_a_chilean_rut_may_end_in_k() -> None:
    body = next(
        str(n) for n in range(10_000_000, 10_001_000) if tax_ids.check_digit_rut(str(n)) == "K"
    )
    assert tax_ids.problem("CL", f"{body}-K") is None
    assert tax_ids.problem("CL", f"{body}-k") is None


def test_each_country_names_its_id() -> None:
    assert [tax_ids.kind(c) for c in ("ES", "mx", "AR", "CO", "CL", "PE", "FR", "")] == [
        "NIF", "RFC", "CUIT", "NIT", "RUT", "RUC", "", "",
    ]  # fmt: skip


def test_the_field_rule_names_the_id_in_its_message() -> None:
    errors: v.FieldErrors = {}
    v.tax_id(errors, "tax_id", "30-50001091-3", "AR")
    assert errors == {"tax_id": ("field.tax_id_check", {"kind": "CUIT"})}
    v.tax_id(errors, "tax_id", "123", "MX")
    assert errors == {"tax_id": ("field.tax_id_kind", {"kind": "RFC"})}
    v.tax_id(errors, "tax_id", "¿?")
    assert errors == {"tax_id": ("field.tax_id", {})}


def test_the_demo_makes_ids_that_pass() -> None:
    rng = random.Random(7)
    for body in range(0, 2_000_000, 997):
        assert tax_ids.problem("ES", demo.cif("B", body)) is None
        assert tax_ids.problem("AR", demo.cuit(body)) is None
        assert tax_ids.problem("CO", demo.nit(body)) is None
    for name in ("Élite Óptica del Norte, S.A. de C.V.", "Ñandú & Cía.", "Grupo Bimbo"):
        for _ in range(200):
            assert tax_ids.problem("MX", demo.rfc(name, rng)) is None
