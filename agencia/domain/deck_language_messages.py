"""The decks' language part of the message catalogue (merged into agencia.domain.messages):
what an English deck would print in Spanish, said before it is made."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "deck.missing_english": (
        "Falta en inglés: {what}. La presentación los mostrará en español; escríbalos en "
        "Equipo › Perfil de la agencia (pestaña Inglés).",
        "Missing in English: {what}. The deck will show them in Spanish; write them in "
        "Team › Agency profile (English tab).",
    ),
    "deck.missing_sector": (
        "sector «{name}»",
        "sector “{name}”",
    ),
    "profile_text.tagline": ("el lema", "the tagline"),
    "profile_text.about": ("el texto «Quiénes somos»", "the “Who we are” text"),
    "profile_text.services": ("los servicios", "the services"),
    "profile_text.process": ("el método de trabajo", "the working method"),
    "field.spanish": (
        "Elija el español de España o el de Latinoamérica.",
        "Choose Spain's or Latin America's Spanish.",
    ),
}
