"""An emoji in a name never blocks a deck: the deck draws the name's words and leaves the
picture out (Lato has no emoji and no font that ships has them). Letters the fonts cannot
draw (Chinese, Korean) are words: they are still named before a deck is made, never
dropped without a word (Hebrew and Arabic are drawn: test_deck_rtl.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from deck_pdf import flat, text
from deck_samples import CAMPAIGN, CREDENTIALS
from test_hostile_names import questionnaire, report

from agencia.decks import DeckOptions, render_agency, render_brief
from agencia.decks.content import ClientRef, Person
from agencia.decks.fonts import is_decoration, undrawable
from agencia.decks.questionnaire import render_questionnaire
from agencia.decks.satisfaction_report import render_report
from agencia.decks.text import clean, markup, plain

ES = DeckOptions(lang="es")


@pytest.mark.parametrize(
    ("typed", "drawn"),
    [
        ("Gran Consumo 🍦", "Gran Consumo"),
        ("🍦 Helados  🍨  García", "Helados García"),
        ("Ana 👩🏽‍💻 Ruiz", "Ana Ruiz"),  # joined emoji with a skin tone
        ("I ❤️ Madrid 🇪🇸", "I Madrid"),  # a selector and a flag
        ("Paso 1️⃣", "Paso 1"),  # a keycap keeps its digit
        ("- línea 🎉\n  sigue", "- línea\n  sigue"),  # the lines stay as typed
        ("Helados  García", "Helados  García"),  # nothing dropped, nothing else touched
    ],
)
def test_emoji_are_left_out_and_the_words_kept(typed: str, drawn: str) -> None:
    assert clean(typed) == drawn
    assert undrawable(typed) == []
    assert plain(typed) == " ".join(drawn.split())


@pytest.mark.parametrize("letters", ["北京", "東京", "출시"])
def test_letters_no_font_draws_are_never_dropped(letters: str) -> None:
    name = f"Helados {letters}"
    assert clean(name) == name and letters in markup(name)
    assert not any(is_decoration(c) for c in letters)
    assert undrawable(name) == [("".join(sorted(set(letters))), name)]


def test_signs_lato_draws_are_kept() -> None:
    kept = "«Ñandú» 55 % — 1.250 € ¿sí? Ω Ж ©®™"
    assert clean(kept) == kept
    assert not any(is_decoration(c) for c in kept)


def test_an_emoji_in_the_credentials_names_makes_the_deck_without_it() -> None:
    root = CREDENTIALS.team[0]
    content = replace(
        CREDENTIALS,
        prepared_for="Helados 🍦 García",
        clients=(ClientRef("Gran Consumo 🍦", "Alimentación 🍨"), *CREDENTIALS.clients[:3]),
        team=(replace(root, person=replace(root.person, name="Lucía 👩🏽‍💻 Fernández")),),
    )
    assert undrawable(content) == []  # the services refuse nothing
    found = flat(text(render_agency(content, ES)))
    for words in ("Preparado para Helados García", "Gran Consumo", "Lucía Fernández"):
        assert words in found
    assert "🍦" not in found and "\ufffd" not in found


def test_an_emoji_in_a_campaign_deck_and_the_documents() -> None:
    campaign = replace(
        CAMPAIGN, client="Helados 🍦 García", team=(Person("Ana 👍🏽 Ruiz", "Ejecutiva 🇪🇸"),)
    )
    assert undrawable(campaign) == []
    assert "Helados García" in flat(text(render_brief(campaign, ES)))
    assert "Satisfacción del cliente · Helados García" in flat(
        text(render_report(report("Helados 🍦 García")))
    )
    assert "Para: Helados García (Helados García)" in flat(
        text(render_questionnaire(questionnaire("Helados 🍦 García")))
    )
