"""Which Spanish a client reads: one rule for every document the agency sends (the decks,
the acta) and for the window.

The account's own choice wins; else where its readers are (its locale's country, else
the account's country): a client in the Americas reads Latin America's Spanish («Video
online», «Celular»); else the agency's choice (Spain's unless it chose otherwise).
"""

from __future__ import annotations

from typing import Protocol

from agencia.domain.enums import Spanish

# Countries of the Americas (ISO 3166), and the UN's code for Latin America ("es_419").
# fmt: off
AMERICAS: frozenset[str] = frozenset({
    "US", "CA", "MX", "GT", "BZ", "SV", "HN", "NI", "CR", "PA", "CU", "DO",
    "PR", "CO", "VE", "EC", "PE", "BO", "CL", "AR", "UY", "PY", "BR", "GY", "SR",
})
# fmt: on
LATIN_AMERICA = "419"


class HasSpanish(Protocol):
    """The agency as far as its Spanish goes."""

    spanish: str


class ClientPlace(Protocol):
    """An account as far as its readers' Spanish goes."""

    spanish: str
    locale: str
    country: str


def region(locale: str | None) -> str:
    """The country (or region) a locale names: "es_MX" → "MX", "es-419" → "419",
    "es_AR.UTF-8" → "AR"; "" when it names none."""
    parts = (locale or "").split(".")[0].replace("-", "_").split("_")
    return parts[1].upper() if len(parts) > 1 and parts[1].isalnum() else ""


def latam_place(locale: str | None, country: str | None = None) -> bool | None:
    """Whether readers at this place read Latin America's Spanish: the locale's region,
    else the country; None when neither says where they are."""
    place = region(locale) or (country or "").strip().upper()
    if not place:
        return None
    return place in AMERICAS or place == LATIN_AMERICA


def speaks_latam(agency: HasSpanish | None, account: ClientPlace | None) -> bool:
    """Whether what the agency writes in Spanish for `account` (None: for itself, as its
    window) speaks Latin America's Spanish."""
    if account is not None:
        if account.spanish in (Spanish.SPAIN, Spanish.LATAM):
            return account.spanish == Spanish.LATAM
        where = latam_place(account.locale, account.country)
        if where is not None:
            return where
    return agency is not None and agency.spanish == Spanish.LATAM
