"""One-line fields (names, titles) refuse line breaks and the bidirectional override
characters that make text read otherwise than it is stored; texts keep their lines."""

from __future__ import annotations

import pytest

from agencia.domain import validation as v
from agencia.domain.enums import Role
from agencia.domain.messages import render
from agencia.services.accounts.account_edit import AccountInput, validate_account
from agencia.services.accounts.contacts import ContactInput, validate_contact
from agencia.services.first_run import FirstRun, validate_first_run
from agencia.services.people.staff_edit import StaffInput, validate_staff

NASTY = [
    ("Coca\nCola", "field.line_break"),
    ("Coca\r\nCola", "field.line_break"),
    ("Coca\u2028Cola", "field.line_break"),
    ("Coca\tCola", "field.tab"),  # a wide gap in every list, a column break in a CSV
    *(
        (f"Coca{chr(c)}Cola", "field.bidi")
        for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
    ),
]


@pytest.mark.parametrize(("value", "code"), NASTY, ids=lambda x: repr(x))
def test_account_names_are_one_line(value: str, code: str) -> None:
    errors = validate_account(AccountInput(trade_name=value, legal_name=value))
    assert errors["trade_name"][0] == code and errors["legal_name"][0] == code


def test_people_names_titles_and_the_agency_s_name_are_one_line() -> None:
    staff = validate_staff(StaffInput("Ana\nGil", Role.ACCOUNT_EXECUTIVE, title="Jefa\u202e"))
    assert staff["full_name"][0] == "field.line_break" and staff["title"][0] == "field.bidi"
    contact = validate_contact(ContactInput(full_name="Eva\u2066Ruiz", position="CEO\nCFO"))
    assert contact["full_name"][0] == "field.bidi"
    assert contact["position"][0] == "field.line_break"
    first = validate_first_run(
        FirstRun("Agencia\nFalsa", "es_ES", "EUR", "Ana", "ana", "Una-clave-muy-larga-9")
    )
    assert first["agency_name"][0] == "field.line_break"


def test_texts_keep_their_lines() -> None:
    errors: v.FieldErrors = {}
    v.too_long(errors, "notes", "Primera línea\nSegunda línea", 4000)
    v.too_long(errors, "address", "Calle Mayor 1\n28013 Madrid", 300)
    assert errors == {}
    ok = validate_account(AccountInput(trade_name="Coca-Cola", notes="Una\nDos"))
    assert "notes" not in ok and "trade_name" not in ok


def test_the_refusals_say_what_is_wrong_in_both_languages() -> None:
    assert "una sola línea" in render("field.line_break", {}, "es")
    assert "tabulador" in render("field.tab", {}, "es") and "tab" in render("field.tab", {}, "en")
    assert "one line" in render("field.line_break", {}, "en")
    assert "U+202A" in render("field.bidi", {}, "es") and "direction" in render(
        "field.bidi", {}, "en"
    )
