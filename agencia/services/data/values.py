"""Cells as people type them, read as the services' values: a role by its title in
either language ("Directora de cuentas", "Account Director", "account_director"), a
country by its name or code, yes and no in Spanish and English, a date as a Spanish
spreadsheet writes it (31/12/2026) or as ISO, and an amount with decimal commas."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import TypeVar

from agencia.domain.labels import CATALOGUE, ROLE_FEMININE
from agencia.domain.text import fold

E = TypeVar("E", bound=StrEnum)

_COUNTRIES = {
    "es": "ES", "espana": "ES", "spain": "ES",
    "mx": "MX", "mexico": "MX",
    "ar": "AR", "argentina": "AR",
    "co": "CO", "colombia": "CO",
    "cl": "CL", "chile": "CL",
    "pe": "PE", "peru": "PE",
    "ec": "EC", "ecuador": "EC",
    "uy": "UY", "uruguay": "UY",
    "ve": "VE", "venezuela": "VE",
    "pt": "PT", "portugal": "PT",
    "us": "US", "usa": "US", "estados unidos": "US", "united states": "US",
    "fr": "FR", "francia": "FR", "france": "FR",
    "de": "DE", "alemania": "DE", "germany": "DE",
    "gb": "GB", "uk": "GB", "reino unido": "GB", "united kingdom": "GB",
    "it": "IT", "italia": "IT", "italy": "IT",
}  # fmt: skip
_YES = frozenset({"si", "s", "yes", "y", "1", "true", "verdadero", "x"})
_NO = frozenset({"no", "n", "0", "false", "falso", ""})
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _key(text: str) -> str:
    return " ".join(fold(text).replace(".", " ").replace("_", " ").split())


def country(text: str) -> str | None:
    """An ISO 3166 code for a country's name or code; None when unknown (two letters
    pass as they are: the account's own rule judges them)."""
    key = _key(text)
    if key in _COUNTRIES:
        return _COUNTRIES[key]
    return text.strip().upper() if len(text.strip()) == 2 and text.strip().isalpha() else None


def yes_no(text: str) -> bool | None:
    key = _key(text)
    return True if key in _YES else False if key in _NO else None


# Words people write for the same thing in a title: «Ejecutivo de cuentas» is the label's
# «Ejecutivo de cuenta», «junior» its «Jr.».
_SAME_WORD = {"cuentas": "cuenta", "junior": "jr", "accounts": "account"}


def _words_key(text: str) -> str:
    """A label's words, as a bag: any order, plural «cuentas», «junior» spelt out."""
    return " ".join(sorted(_SAME_WORD.get(w, w) for w in _key(text).split()))


@cache
def _words_of(enum: type[StrEnum]) -> dict[str, str]:
    found: dict[str, str] = {}
    for code, pair in CATALOGUE.get(enum, {}).items():
        found.update({_words_key(code): code, _words_key(pair[0]): code, _words_key(pair[1]): code})
    if enum.__name__ == "Role":
        for code, pair in ROLE_FEMININE.items():
            found.update({_words_key(pair[0]): code, _words_key(pair[1]): code})
    for member in enum:
        found.setdefault(_words_key(member.value), member.value)
    return found


def member(enum: type[E], text: str) -> E | None:
    """The member of `enum` a cell names by its code or its word in either language."""
    code = _words_of(enum).get(_words_key(text))
    return enum(code) if code is not None else None


def gender(text: str) -> str | None:
    """ "F", "Mujer", "Femenino (Directora)"… → feminine; "M", "Hombre"… → masculine."""
    key = _key(text)
    if key in {"f", "mujer", "femenino", "female", "feminine", "woman"}:
        return "feminine"
    if key in {"m", "h", "hombre", "masculino", "male", "masculine", "man"}:
        return "masculine"
    return None


def day(text: str) -> date | None:
    """31/12/2026 (day first, as Spain and Latin America write it) or 2026-12-31."""
    text = text.strip()
    try:
        if m := _DAY_FIRST.match(text):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := _ISO.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return None


def amount(text: str) -> Decimal | None:
    """1.234,56 or 1234,56 (decimal comma) and 1,234.56 or 1234.56 (decimal point)."""
    cleaned = re.sub(r"[\s€$£]|EUR|MXN|USD", "", text.strip())
    if "," in cleaned and ("." not in cleaned or cleaned.rfind(",") > cleaned.rfind(".")):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        return Decimal(cleaned) if cleaned else None
    except InvalidOperation:
        return None
