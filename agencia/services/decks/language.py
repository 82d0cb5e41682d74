"""Which language and which Spanish a deck speaks, and what an English deck would still
print in Spanish.

A deck's Spanish is its client's, by the rule every document follows
(agencia.domain.language.speaks_latam, re-exported here). An English credentials deck
takes the agency's English texts; the ones not written yet (and sectors the catalogue
cannot name in English) are said before it is made, in the deck dialog and on the
command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import messages
from agencia.domain.actor import Actor
from agencia.domain.errors import NotFound
from agencia.domain.labels import sector_known
from agencia.domain.language import speaks_latam
from agencia.domain.models import Account, Agency
from agencia.domain.permissions import Action
from agencia.services.accounts import access
from agencia.services.agency.profile import services_from_text
from agencia.services.decks.gather import load_agency

# The agency's texts a credentials deck prints, as the profile names them.
PROFILE_TEXTS: tuple[str, ...] = ("tagline", "about", "services", "process")

__all__ = ["PROFILE_TEXTS", "MissingEnglish", "english_missing", "speaks_latam"]


def _filled(value: Any) -> bool:
    if isinstance(value, list):
        return any(str(step.get("title", "")).strip() for step in value)
    return bool(str(value or "").strip())


def english_missing(agency: Agency) -> tuple[str, ...]:
    """The profile texts written in Spanish but not in English (PROFILE_TEXTS names); the
    services and the method count as missing when English has fewer lines."""
    missing = []
    for name in PROFILE_TEXTS:
        es, en = getattr(agency, name), getattr(agency, f"{name}_en")
        if not _filled(es):
            continue
        if name == "services":
            short = len(services_from_text(en)) < len(services_from_text(es))
        elif name == "process":
            short = len(en or []) < len(es or [])
        else:
            short = not _filled(en)
        if short:
            missing.append(name)
    return tuple(missing)


@dataclass(frozen=True, slots=True)
class MissingEnglish:
    """What an English deck would print in Spanish: profile texts (PROFILE_TEXTS names)
    and sectors the catalogue has no English name for."""

    texts: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.texts or self.sectors)

    def message(self, lang: str | None = None) -> str:
        """One sentence for the deck dialog and the command line ("" when nothing is)."""
        if not self:
            return ""
        items = [messages.render(f"profile_text.{name}", None, lang) for name in self.texts]
        items += [messages.render("deck.missing_sector", {"name": s}, lang) for s in self.sectors]
        return messages.render("deck.missing_english", {"what": ", ".join(items)}, lang)


def missing_english(
    db: Database, actor: Actor, kind: str, target_id: int | None = None
) -> MissingEnglish:
    """What an English deck of `kind` would still print in Spanish. Only the credentials
    print the agency's texts and its clients' sectors; the other decks print the
    client's own words and the catalogue's."""
    if kind != "agency":
        return MissingEnglish()
    from agencia.services.decks.credentials_content import client_sectors

    with unit_of_work(db, actor, write=False) as uow:
        agency = load_agency(uow)
        recipient = None
        if target_id is not None:
            recipient = uow.session.get(Account, target_id)
            if recipient is None:
                raise NotFound("account.not_found", id=target_id)
            access.require(uow, Action.SEE_ACCOUNTS, recipient)
        sectors = sorted({s for s in client_sectors(uow, recipient) if s and not sector_known(s)})
        return MissingEnglish(english_missing(agency), tuple(sectors))


def english_warning(
    db: Database, actor: Actor, kind: str, target_id: int | None, lang: str | None
) -> str:
    """The sentence to say before an English deck is made with texts missing in English
    ("" when the deck is Spanish or nothing is missing). `lang` "" or None: the client's
    language, as build_deck chooses it."""
    from agencia.services.decks.build import deck_language

    deck_lang = lang or deck_language(db, actor, kind, target_id)  # type: ignore[arg-type]
    if deck_lang != "en":
        return ""
    return missing_english(db, actor, kind, target_id).message()
