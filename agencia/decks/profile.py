"""The agency as every document presents it (cover, contact page, colours, font), built
from its stored profile in one place for the decks and for the acta.

Its texts come in the document's language: an English document takes the English ones,
and the Spanish where English is not written yet (the deck dialog says so before:
services/decks/language.py).
"""

from __future__ import annotations

from agencia.decks.content import AgencyProfile
from agencia.domain.models import Agency


def _lines(text: str | None) -> tuple[str, ...]:
    """One service a line, blank lines left out (as the agency's page stores them)."""
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def _steps(process: list[dict[str, str]] | None) -> tuple[tuple[str, str], ...]:
    return tuple(
        (str(step.get("title", "")), str(step.get("text", "")))
        for step in process or []
        if step.get("title")
    )


def agency_profile(agency: Agency, lang: str = "es") -> AgencyProfile:
    """The agency's profile for a document in `lang` ("es" or "en")."""
    english = lang == "en"
    services = _lines(agency.services)
    process = _steps(agency.process)
    if english:
        services_en = _lines(agency.services_en)
        process_en = _steps(agency.process_en)
        services = services_en + services[len(services_en) :]
        process = process_en + process[len(process_en) :]
    return AgencyProfile(
        name=agency.name,
        legal_name=agency.legal_name,
        tagline=(english and agency.tagline_en) or agency.tagline,
        about=(english and agency.about_en) or agency.about,
        services=services,
        process=process,
        address=agency.address,
        phone=agency.phone,
        email=agency.email,
        website=agency.website,
        logo=agency.logo,
        primary_color=agency.primary_color,
        secondary_color=agency.secondary_color,
        locale=agency.locale,
        currency=agency.currency,
        font=agency.deck_font or "Lato",
    )
