"""What a deck cannot show is said before it is made: texts beyond a brief's limits are
refused when typed, letters the fonts cannot draw are named, never dropped, and emoji
(decoration, not words) are left out of the deck while the rest of the text prints."""

from __future__ import annotations

import subprocess
from dataclasses import replace

import pytest
from campaign_world import BRIEF, Cast, build_cast, new_campaign

from agencia.db.database import Database
from agencia.domain.briefs import TEXT_LIMITS
from agencia.domain.errors import DomainError, ValidationError
from agencia.services.campaigns.briefs import save_brief
from agencia.services.decks.build import DeckOptions, build_deck


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def test_a_brief_text_beyond_its_limit_is_refused_by_field(cast: Cast) -> None:
    cid = new_campaign(cast)
    too_long = replace(BRIEF, objectives="x" * (TEXT_LIMITS["objectives"] + 1))
    with pytest.raises(ValidationError) as refused:
        save_brief(cast.db, cast.actor("executive"), cid, too_long, None)
    assert refused.value.field_errors["objectives"] == (
        "field.too_long",
        {"max": TEXT_LIMITS["objectives"]},
    )
    exact = replace(BRIEF, objectives="x" * TEXT_LIMITS["objectives"])
    save_brief(cast.db, cast.actor("executive"), cid, exact, None)


@pytest.mark.parametrize("text", ["Lanzamiento en 北京 y 東京", "출시 캠페인"])
def test_characters_the_fonts_cannot_draw_are_named_before_the_deck_is_made(
    cast: Cast, text: str
) -> None:
    cid = new_campaign(cast)
    save_brief(cast.db, cast.actor("executive"), cid, replace(BRIEF, key_message=text), None)
    with pytest.raises(DomainError) as refused:
        build_deck(cast.db, cast.actor("executive"), "brief", cid, DeckOptions(lang="es"))
    assert refused.value.code == "deck.undrawable"
    assert refused.value.params["text"] == text
    assert set(refused.value.params["chars"]) <= set(text) - set("Lanzamieto y¡A!")
    fine = replace(BRIEF, key_message="Recupera sin azúcar — ¿por qué no? «ya»")
    save_brief(cast.db, cast.actor("executive"), cid, fine, 1)
    assert build_deck(
        cast.db, cast.actor("executive"), "brief", cid, DeckOptions(lang="es")
    ).startswith(b"%PDF")


def test_an_emoji_is_left_out_and_the_rest_prints(cast: Cast) -> None:
    cid = new_campaign(cast)
    brief = replace(BRIEF, key_message="¡A tope! 🚀")
    save_brief(cast.db, cast.actor("executive"), cid, brief, None)
    pdf = build_deck(cast.db, cast.actor("executive"), "brief", cid, DeckOptions(lang="es"))
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    assert "¡A tope!" in text and "🚀" not in text
