"""The demo's cached search text and sort keys are exactly the domain's, word by word or
whole: every name the generated clients are made of, and the awkward cases (an
apostrophe, a hyphen, accents, several spaces, ligatures, nothing at all)."""

from __future__ import annotations

import pytest

from agencia.demo.data import clients as data
from agencia.demo.text_cache import search_text_of, sort_key_of, words_of
from agencia.domain.text import search_text, sort_key, words

AWKWARD = (
    "O'Connor",
    "Coca-Cola  Zero",
    "  Bodegas   Ibáñez & Asociados ",
    "ﬁnca Ñandú S.A.",
    "L'Oréal, S.L.",
    "",
    "—",
    "Straße 12-B",
)


@pytest.mark.parametrize("text", AWKWARD)
def test_awkward_text(text: str) -> None:
    assert search_text_of(text) == search_text(text)
    assert sort_key_of(text) == sort_key(text)
    assert words_of(text) == tuple(words(text))
    assert sort_key_of(text, words_of(text)) == sort_key(text)
    assert search_text_of(text, text, "x") == search_text(text, text, "x")


def test_every_generated_name() -> None:
    names = [
        f"{business} {word}"
        for business, _sector in data.BUSINESSES
        for word in (*data.SURNAMES, *data.PLACES)
    ]
    names += [f"{a} {b} {c}" for a in data.FEMALE_NAMES for b in data.SURNAMES[:5] for c in "xy"]
    for name in names:
        assert search_text_of(name, f"{name}, S.A.", "Móstoles") == search_text(
            name, f"{name}, S.A.", "Móstoles"
        )
        assert sort_key_of(name) == sort_key(name)


def test_a_long_name_is_cut_as_the_sort_key_is() -> None:
    name = "Palabra " * 40
    assert sort_key_of(name) == sort_key(name) and len(sort_key_of(name)) == 200
