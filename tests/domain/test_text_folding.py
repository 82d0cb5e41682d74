"""Folding for search and sorting: accents, case and punctuation (`garcia` finds García)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agencia.domain.text import (
    fill,
    fold,
    search_text,
    search_words,
    sort_key,
    words,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("García", ["garcia"]),
        ("Coca-Cola", ["coca", "cola"]),
        ("L'Oréal", ["l", "oreal"]),
        ("AT&T", ["at", "t"]),
        ("Ñandú  ÁLVAREZ", ["nandu", "alvarez"]),
        ("\"*()'", []),
        ("", []),
    ],
)
def test_words(typed: str, expected: list[str]) -> None:
    assert words(typed) == expected


def test_joined_forms_are_searchable_too() -> None:
    stored = search_text("L'Oréal", "Coca-Cola", "AT&T")
    for token in ("l", "oreal", "loreal", "coca", "cola", "cocacola", "at", "t", "att"):
        assert f" {token}" in stored


def test_sort_key_puts_accented_names_with_their_letter() -> None:
    names = ["Zafiro", "Álvarez", "Ortega", "Ñandú", "álamo"]
    assert sorted(names, key=sort_key) == ["álamo", "Álvarez", "Ñandú", "Ortega", "Zafiro"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("الشرق للتجارة", ["الشرق", "للتجارة"]),
        ("Москва-Трейд", ["москва", "треид"]),
        ("東京商事", ["東京商事"]),
        ("ﺍﻟﺸﺮﻕ", ["الشرق"]),  # presentation forms fold to the letters
        ("🎉", []),
        ("%", []),
        ("a_b", ["a", "b"]),
        ("é_ж", ["e", "ж"]),
    ],
)
def test_letters_of_every_script_are_words(typed: str, expected: list[str]) -> None:
    assert words(typed) == expected


@pytest.mark.parametrize(
    ("typed", "looked_for"),
    [
        ("%", None),
        ("'", None),
        ("🎉", None),
        (" _ ", None),
        ('"*()', None),
        ("", []),
        ("   ", []),
        ("García-López", ["garcia", "lopez"]),
        ("الشرق", ["الشرق"]),
        ("7", ["7"]),
    ],
)
def test_a_search_without_a_word_finds_nothing(typed: str, looked_for: list[str] | None) -> None:
    """The one rule every search site asks (`search_words`): its words; blank, no
    condition ([]); typed without a word, nothing found (None)."""
    assert search_words(typed) == looked_for


@given(st.text())
def test_words_are_always_safe_search_tokens(text: str) -> None:
    """Whatever is typed, tokens are letters and digits: no quote, `%`, `_` or space ever
    reaches FTS5 MATCH or a LIKE pattern, and a token is a word of its own."""
    for token in words(text):
        assert token and all(c.isalnum() for c in token)
        assert words(token) == [token]


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    """What people type folds once and for all, in every script."""
    assert fold(fold(text)) == fold(text)


def test_fill_puts_every_value_in_once() -> None:
    """A name that holds «%2» stays as typed: chained replace() put the second value in it."""
    assert fill("¿Reasignar «%1» de %2 a %3?", "Promo 100%2x1", "Ana", "Luis") == (
        "¿Reasignar «Promo 100%2x1» de Ana a Luis?"
    )
    assert fill("%2 antes que %1", "a", "b") == "b antes que a"
    assert fill("%1 %", 50) == "50 %"
    assert fill("%1 y %3", "x") == "x y %3"


@given(st.text(), st.text())
def test_fill_never_reads_what_it_put_in(first: str, second: str) -> None:
    assert fill("«%1» · «%2»", first, second) == f"«{first}» · «{second}»"
