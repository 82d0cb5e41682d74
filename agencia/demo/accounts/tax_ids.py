"""Tax IDs that pass their countries' checks: a Spanish CIF, an Argentine CUIT, a
Colombian NIT and a Mexican RFC, so the demo's clients look as real ones do.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from agencia.domain.text import words


def cif(letter: str, body: int) -> str:
    """A Spanish CIF with a correct control digit: `cif("B", 1234567)` → "B12345674"."""
    digits = f"{body % 10_000_000:07d}"
    even = sum(int(d) for d in digits[1::2])
    odd = sum(sum(divmod(2 * int(d), 10)) for d in digits[0::2])
    control = (10 - (even + odd) % 10) % 10
    return f"{letter}{digits}{control}"


def cuit(body: int, kind: int = 30) -> str:
    """An Argentine CUIT (company prefix 30) with its mod-11 check digit, without dashes."""
    base = f"{kind:02d}{body % 100_000_000:08d}"
    total = sum(int(d) * w for d, w in zip(base, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else 9 if check == 10 else check
    return f"{base}{check}"


def nit(body: int) -> str:
    """A Colombian NIT (nine digits) with its DIAN check digit, without separators."""
    base = f"{900_000_000 + body % 100_000_000:09d}"
    weights = (41, 37, 29, 23, 19, 17, 13, 7, 3)
    total = sum(int(d) * w for d, w in zip(base, weights, strict=True))
    rest = total % 11
    return f"{base}{rest if rest < 2 else 11 - rest}"


def rfc(name: str, rng: random.Random) -> str:
    """A Mexican company RFC: three letters of the name, a founding date, a homoclave."""
    letters = "".join(w[0] for w in words(name) if w[0].isalpha()).upper()
    letters = (letters + "XXX")[:3]
    founded = date(1960, 1, 1) + timedelta(days=rng.randrange(60 * 365))
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    homoclave = "".join(rng.choice(alphabet) for _ in range(2)) + rng.choice("0123456789A")
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
