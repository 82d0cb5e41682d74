"""Tax IDs by country: what each is called and the checks its tax office applies.

A client's tax ID follows its country: a Spanish NIF (DNI, NIE or company CIF, each with
its check letter or digit), a Mexican RFC (its shape: letters of the name, a real date, a
homoclave), an Argentine CUIT, a Colombian NIT, a Chilean RUT and a Peruvian RUC (each with
its check digit). Elsewhere only a plausible shape is asked. Plain Python: the account
service, its form and the command line apply the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

# What the ID is called in each country (the same word in Spanish and English).
KINDS: dict[str, str] = {
    "ES": "NIF",
    "MX": "RFC",
    "AR": "CUIT",
    "CO": "NIT",
    "CL": "RUT",
    "PE": "RUC",
}

_SHAPE = re.compile(r"^[A-Z0-9][A-Z0-9.\-/ ]{4,19}$")
_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_DNI = re.compile(r"^(\d{8})([A-Z])$")
_NIE = re.compile(r"^([XYZ])(\d{7})([A-Z])$")
_KLM = re.compile(r"^([KLM])(\d{7})([A-Z])$")  # NIFs of minors and foreigners without NIE
_CIF = re.compile(r"^([ABCDEFGHJNPQRSUVW])(\d{7})([0-9A-J])$")
_CIF_LETTER_ONLY = frozenset("NPQRSW")  # a letter as control: public bodies, foreign firms
_CIF_DIGIT_ONLY = frozenset("ABEH")  # a digit as control: companies, co-ownerships
_RFC = re.compile(r"^([A-ZÑ&]{3,4})(\d{2})(\d{2})(\d{2})([A-Z1-9][A-Z1-9][0-9A])$")
_CUIT_PREFIXES = frozenset({"20", "23", "24", "25", "26", "27", "30", "33", "34"})
_RUC_PREFIXES = frozenset({"10", "15", "16", "17", "20"})


def kind(country: str) -> str:
    """What a tax ID is called in `country` ("NIF", "RFC"…); "" where it has no one name."""
    return KINDS.get(country.strip().upper(), "")


def normalise(value: str) -> str:
    """The ID as stored: upper case, without spaces, dots, dashes or slashes."""
    return re.sub(r"[\s.\-/]", "", value.strip().upper())


def display(country: str, value: str) -> str:
    """The ID as its country writes it, from its stored form: a Chilean RUT
    "76.086.428-5", a Colombian NIT "890.903.938-8", an Argentine CUIT "30-50001091-2";
    a Spanish NIF, a Mexican RFC, a Peruvian RUC and the rest as stored. An ID its
    country's check refuses (stored before the check) is shown as stored, unchanged."""
    code = country.strip().upper()
    if code not in _WRITTEN or not value.strip() or problem(code, value) is not None:
        return value
    return _WRITTEN[code](normalise(value))


def _thousands(digits: str) -> str:
    """Digits grouped in threes with dots, as Chile and Colombia write them."""
    return f"{int(digits):,}".replace(",", ".")


_WRITTEN: dict[str, Callable[[str], str]] = {
    "CL": lambda n: f"{_thousands(n[:-1])}-{n[-1]}",
    "CO": lambda n: f"{_thousands(n[:-1])}-{n[-1]}",
    "AR": lambda n: f"{n[:2]}-{n[2:10]}-{n[10]}",
}


def problem(country: str, value: str) -> str | None:
    """None when `value` is a valid tax ID of `country` (or empty); else the message code
    that says why not: "field.tax_id" (not its shape) or "field.tax_id_check" (its check
    letter or digit is wrong)."""
    if not value.strip():
        return None
    check = _CHECKS.get(country.strip().upper())
    if check is None:
        return None if _SHAPE.match(value.strip().upper()) else "field.tax_id"
    return check(normalise(value))


def check_digit_cuit(base: str) -> int | None:
    """The CUIT's mod-11 check digit for its first ten digits; None where none exists (a
    CUIT whose digit would be 10 is issued with another prefix)."""
    total = sum(int(d) * w for d, w in zip(base, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    digit = 11 - total % 11
    return 0 if digit == 11 else None if digit == 10 else digit


def check_digit_nit(base: str) -> int:
    """The DIAN's check digit of a Colombian NIT (weights from the right)."""
    weights = (3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71)
    total = sum(int(d) * w for d, w in zip(reversed(base), weights, strict=False))
    rest = total % 11
    return rest if rest < 2 else 11 - rest


def check_digit_rut(body: str) -> str:
    """The Chilean RUT's mod-11 check character ("0"…"9" or "K")."""
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    digit = 11 - total % 11
    return "0" if digit == 11 else "K" if digit == 10 else str(digit)


def check_digit_ruc(base: str) -> int:
    """The Peruvian RUC's check digit for its first ten digits."""
    total = sum(int(d) * w for d, w in zip(base, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    return (11 - total % 11) % 10


def cif_control(digits: str) -> int:
    """The control digit of a Spanish CIF's seven digits (its letter is "JABCDEFGHI"[it])."""
    even = sum(int(d) for d in digits[1::2])
    odd = sum(sum(divmod(2 * int(d), 10)) for d in digits[0::2])
    return (10 - (even + odd) % 10) % 10


def _spain(value: str) -> str | None:
    if match := _DNI.match(value):
        number, letter = match.groups()
        return _letter_check(int(number), letter)
    if match := _NIE.match(value):
        first, number, letter = match.groups()
        return _letter_check(int(str("XYZ".index(first)) + number), letter)
    if match := _KLM.match(value):
        _first, number, letter = match.groups()
        return _letter_check(int(number), letter)
    if match := _CIF.match(value):
        first, digits, control = match.groups()
        expected = cif_control(digits)
        as_letter, as_digit = "JABCDEFGHI"[expected], str(expected)
        allowed = (
            {as_letter}
            if first in _CIF_LETTER_ONLY
            else {as_digit}
            if first in _CIF_DIGIT_ONLY
            else {as_letter, as_digit}
        )
        return None if control in allowed else "field.tax_id_check"
    return "field.tax_id"


def _letter_check(number: int, letter: str) -> str | None:
    return None if _DNI_LETTERS[number % 23] == letter else "field.tax_id_check"


def _mexico(value: str) -> str | None:
    match = _RFC.match(value)
    if match is None:
        return "field.tax_id"
    _letters, yy, mm, dd, _homoclave = match.groups()
    try:
        date(2000 + int(yy), int(mm), int(dd))
    except ValueError:
        return "field.tax_id"  # no such day (the century does not change which days exist)
    return None


def _argentina(value: str) -> str | None:
    if not re.fullmatch(r"\d{11}", value) or value[:2] not in _CUIT_PREFIXES:
        return "field.tax_id"
    return None if check_digit_cuit(value[:10]) == int(value[10]) else "field.tax_id_check"


def _colombia(value: str) -> str | None:
    """A NIT written with its check digit last ("900123456-7" → "9001234567")."""
    if not re.fullmatch(r"\d{6,16}", value):
        return "field.tax_id"
    return None if check_digit_nit(value[:-1]) == int(value[-1]) else "field.tax_id_check"


def _chile(value: str) -> str | None:
    if not re.fullmatch(r"\d{7,8}[0-9K]", value):
        return "field.tax_id"
    return None if check_digit_rut(value[:-1]) == value[-1] else "field.tax_id_check"


def _peru(value: str) -> str | None:
    if not re.fullmatch(r"\d{11}", value) or value[:2] not in _RUC_PREFIXES:
        return "field.tax_id"
    return None if check_digit_ruc(value[:10]) == int(value[10]) else "field.tax_id_check"


_CHECKS = {
    "ES": _spain,
    "MX": _mexico,
    "AR": _argentina,
    "CO": _colombia,
    "CL": _chile,
    "PE": _peru,
}
