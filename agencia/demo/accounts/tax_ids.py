"""Tax IDs that pass their countries' checks (`agencia.domain.tax_ids`): a Spanish CIF, an
Argentine CUIT, a Colombian NIT and a Mexican RFC, so the demo's clients look as real ones
do and can be saved again as they are.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from agencia.domain import tax_ids as checks
from agencia.domain.text import words


def cif(letter: str, body: int) -> str:
    """A Spanish CIF with a correct control digit: `cif("B", 1234567)` → "B12345674"."""
    digits = f"{body % 10_000_000:07d}"
    return f"{letter}{digits}{checks.cif_control(digits)}"


def cuit(body: int, kind: int = 30) -> str:
    """An Argentine CUIT (company prefix 30) with its mod-11 check digit, without dashes.
    Where the digit would be 10 the tax office issues the number with prefix 33 instead."""
    base = f"{kind:02d}{body % 100_000_000:08d}"
    check = checks.check_digit_cuit(base)
    if check is None:
        base = f"33{base[2:]}"
        check = checks.check_digit_cuit(base)
    return f"{base}{check}"


def nit(body: int) -> str:
    """A Colombian NIT (nine digits) with its DIAN check digit, without separators."""
    base = f"{900_000_000 + body % 100_000_000:09d}"
    return f"{base}{checks.check_digit_nit(base)}"


def _plain(letter: str) -> str:
    """A letter as an RFC writes it: without its accent (Ñ stays)."""
    if letter == "Ñ":
        return letter
    return unicodedata.normalize("NFD", letter)[0]


def rfc(name: str, rng: random.Random) -> str:
    """A Mexican company RFC: three letters of the name, a founding date, a homoclave."""
    letters = "".join(_plain(w[0].upper()) for w in words(name) if w[0].isalpha())
    letters = (letters + "XXX")[:3]
    founded = date(1960, 1, 1) + timedelta(days=rng.randrange(60 * 365))
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    homoclave = "".join(rng.choice(alphabet) for _ in range(2)) + rng.choice("0123456789A")
    # the same draws as ever (the demo's one random stream); a homoclave's first two
    # characters are never 0, so a drawn 0 is written as the letter the alphabet skipped
    homoclave = homoclave[:2].replace("0", "Q") + homoclave[2]
    return f"{letters}{founded:%y%m%d}{homoclave}"


def tax_id(country: str, legal_name: str, body: int, rng: random.Random) -> str:
    """A valid tax ID of the client's country (a CIF in Spain)."""
    if country == "MX":
        return rfc(legal_name, rng)
    if country == "AR":
        return cuit(body)
    if country == "CO":
        return nit(body)
    letter = "A" if legal_name.endswith("S.A.") else "F" if "S.C.A." in legal_name else "B"
    return cif(letter, body)
