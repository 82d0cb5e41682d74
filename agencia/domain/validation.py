"""Field rules for what people type; each failure is a message code beside the field."""

from __future__ import annotations

import re
import stringprep
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from agencia.domain.errors import ValidationError

FieldErrors = dict[str, tuple[str, dict[str, Any]]]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{6,20}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
# A web address: http(s) or none, a host, a port, a path; the host is checked apart
# (`_website_problem`), as the name server reads it.
_WEBSITE = re.compile(r"^(?:https?://)?(?P<host>[^/:\s]+)(?::\d+)?(?:/\S*)?$")
_ASCII_HOST = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
# Characters no field may hold: NUL (PostgreSQL refuses it, SQLite keeps it) and the other
# C0 controls but tab, line feed and carriage return (escape sequences reach terminals).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Characters a one-line field (a name, a title) may not hold either: line breaks (a name
# on two lines breaks lists, CSV exports and the decks) and the bidirectional embeddings,
# overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make text read otherwise
# than it is stored ("Trojan source").
_LINE_BREAK = re.compile(r"[\n\r\x85\u2028\u2029]")
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# What a web address may not hold, by Unicode category: controls, format characters
# (zero-width, direction marks), surrogates, private use, unassigned, line separators.
_UNSEEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# Optional fields that are one line wherever they appear (by their name, the last part of
# a dotted one); a required field is one line unless its caller says otherwise.
SINGLE_LINE_FIELDS = frozenset(
    {
        "legal_name",
        "trade_name",
        "full_name",
        "name",
        "title",
        "position",
        "contact_name",
        "sector",
        "city",
        "brand",
        "product",
        "place",
        "subject",
        "tagline",
        "tagline_en",
        "website",
    }
)
EMAIL_MAX = 200  # the column's width; the same limit on SQLite and PostgreSQL
# The days a plan may name: any archive or plan fits, and a lag or a day added to one of
# them stays in the calendar (a task due 9999-12-31 overflowed every schedule it was in).
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)
# Money as every amount column keeps it (Numeric(14, 2)): below a trillion, to the cent.
MONEY_MAX = Decimal("1e12")
MONEY_PLACES = 2


def control_characters(value: str) -> bool:
    """True when `value` holds a character no field may hold."""
    return bool(_CONTROL.search(value))


def line_problem(value: str) -> str | None:
    """Why `value` cannot be a one-line field's (a message code), or None."""
    if _LINE_BREAK.search(value):
        return "field.line_break"
    if "\t" in value:  # a wide gap in every list, a column break in a pasted CSV
        return "field.tab"
    if _BIDI.search(value):
        return "field.bidi"
    return None


def name_problem(value: str) -> str | None:
    """Why `value` cannot be a name someone gave (a file's, typed or sent): every field's
    control characters and the one-line rule (`line_problem`). A message code, or None."""
    if control_characters(value):
        return "field.control"
    return line_problem(value)


def one_line_name(value: str) -> str:
    """`value` without what `name_problem` refuses, for a name that cannot be refused (a
    file's, as the file system gives it): its line breaks and tabs become spaces, its direction
    overrides and control characters go, so it reads as it is kept ("\u202egpj.exe" is
    the program "gpj.exe", not a picture "exe.jpg")."""
    return _BIDI.sub("", _CONTROL.sub("", _LINE_BREAK.sub(" ", value.replace("\t", " "))))


def text_problem(value: str) -> str | None:
    """Why `value` cannot be a text people write at length (a description, a resolution,
    a contact's summary): the one-line rule's direction overrides and every field's
    control characters; its line breaks are its own. A message code, or None."""
    if control_characters(value):
        return "field.control"
    if _BIDI.search(value):
        return "field.bidi"
    return None


def free_text(errors: FieldErrors, field: str, value: str) -> None:
    """`text_problem` under `field`, for a text a person typed."""
    code = text_problem(value)
    if code is not None:
        errors[field] = (code, {})


def readable_text(value: str) -> str:
    """`value` without what `text_problem` refuses, for text that cannot be refused
    (mail from outside): it reads as it is kept, its lines kept."""
    return _BIDI.sub("", _CONTROL.sub("", value))


def required(
    errors: FieldErrors, field: str, value: str, max_len: int, *, lines: bool = False
) -> None:
    """Not blank, at most `max_len`; one line unless `lines` (a required text)."""
    if not value.strip():
        errors[field] = ("field.required", {})
    else:
        too_long(errors, field, value, max_len, lines=lines)


def too_long(
    errors: FieldErrors, field: str, value: str, max_len: int, *, lines: bool | None = None
) -> None:
    """At most `max_len`, no control characters; one line when `lines` is False (by
    default: when the field is one of SINGLE_LINE_FIELDS)."""
    if len(value) > max_len:
        errors[field] = ("field.too_long", {"max": max_len})
    elif control_characters(value):
        errors[field] = ("field.control", {})
    elif _one_line(field, lines):
        code = line_problem(value)
        if code is not None:
            errors[field] = (code, {})


def _one_line(field: str, lines: bool | None) -> bool:
    if lines is None:
        return field.rsplit(".", 1)[-1] in SINGLE_LINE_FIELDS
    return not lines


def email(errors: FieldErrors, field: str, value: str) -> None:
    if value and (len(value) > EMAIL_MAX or not _EMAIL.match(value)):
        errors[field] = (
            ("field.too_long", {"max": EMAIL_MAX})
            if len(value) > EMAIL_MAX
            else ("field.email", {})
        )


def phone(errors: FieldErrors, field: str, value: str) -> None:
    if value and not _PHONE.match(value):
        errors[field] = ("field.phone", {})


def tax_id(errors: FieldErrors, field: str, value: str, country: str = "") -> None:
    """A tax ID as `country`'s tax office checks it (`agencia.domain.tax_ids`): NIF/CIF/NIE,
    RFC, CUIT, NIT, RUT, RUC with their check letters or digits; elsewhere a plausible shape."""
    from agencia.domain import tax_ids

    code = tax_ids.problem(country, value)
    if code is None:
        return
    kind = tax_ids.kind(country)
    if code == "field.tax_id" and kind:
        errors[field] = ("field.tax_id_kind", {"kind": kind})
    else:
        errors[field] = (code, {"kind": kind} if kind else {})


def normalise_tax_id(value: str) -> str:
    return re.sub(r"[\s.\-/]", "", value.upper())


def time_zone(errors: FieldErrors, field: str, value: str) -> None:
    """An IANA time zone name (America/Mexico_City) that zoneinfo knows; "" is allowed
    (the agency's zone, or this machine's for the agency itself)."""
    from agencia.domain.zones import known_zone

    if value and not known_zone(value):
        errors[field] = ("field.time_zone", {"value": value[:64]})


def currency(errors: FieldErrors, field: str, value: str) -> None:
    if value and not _CURRENCY.match(value):
        errors[field] = ("field.currency", {})


def locale_name(errors: FieldErrors, field: str, value: str) -> None:
    if value and not _LOCALE.match(value):
        errors[field] = ("field.locale", {})


# CLDR's two-letter territories that are no ISO 3166-1 alpha-2 country: codes ISO only
# reserves (AC, CP, DG, EA, IC, TA), unions and groups (EU, EZ, UN, QO), user-assigned
# ones (XA, XB pseudo-locales, XK) and "unknown" (ZZ).
_NOT_ISO_COUNTRIES = frozenset(
    {"AC", "CP", "DG", "EA", "IC", "TA", "EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ"}
)


@cache
def iso_countries() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes, from Babel's territory data (CLDR), read once."""
    from babel import Locale

    return frozenset(
        code
        for code in Locale("es").territories
        if isinstance(code, str)
        and len(code) == 2
        and code.isalpha()
        and code not in _NOT_ISO_COUNTRIES
    )


def country(errors: FieldErrors, field: str, value: str) -> None:
    """An ISO 3166-1 alpha-2 country code (ES, MX, AR…), any case; "" is allowed. A
    client's country chooses its tax ID's rules, its money and its dates: "XX" is none."""
    if value.strip() and value.strip().upper() not in iso_countries():
        errors[field] = ("field.country", {})


def color(errors: FieldErrors, field: str, value: str) -> None:
    """A colour the decks print: "#RRGGBB", never empty."""
    if not _COLOR.match(value):
        errors[field] = ("field.color", {})


def website(errors: FieldErrors, field: str, value: str, max_len: int) -> None:
    """A web address people can type without the scheme ("www.agencia.es"): http or
    https, or a bare domain (accents welcome: "peñarol.com.uy"), one line; never another
    scheme (`javascript:`, `file:`, `data:`), which a click on the address would run or
    open. The one rule for an account's website and the agency's."""
    too_long(errors, field, value, max_len, lines=False)
    if field not in errors and value:
        code = _website_problem(value)
        if code is not None:
            errors[field] = (code, {})


def _website_problem(value: str) -> str | None:
    """Why `value` is no web address (a message code), or None. A domain may have
    accents or any script (`peñarol.com.uy`: IDNA, as a browser sends it); none of the
    address may hold what cannot be seen — a format character (a zero-width space, a
    direction mark), one a domain drops (a soft hyphen, a variation selector) — as
    "peñarol.com.uy" with a zero-width space in it would read as a domain it is not."""
    if any(_invisible(c) for c in value):
        return "field.control"
    found = _WEBSITE.match(value)
    if found is None:
        return "field.website"
    host = found["host"]
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:  # an empty or over-long label, a character no domain takes
            return "field.website"
    return None if _ASCII_HOST.match(host) else "field.website"


def _invisible(char: str) -> bool:
    return unicodedata.category(char) in _UNSEEN or stringprep.in_table_b1(char)


def plan_date(errors: FieldErrors, field: str, value: date | None) -> None:
    """A date of a plan (a campaign's, a task's) within FIRST_DAY..LAST_DAY."""
    if value is not None and not FIRST_DAY <= value <= LAST_DAY:
        errors[field] = ("field.date_range", {"first": FIRST_DAY.year, "last": LAST_DAY.year})


def period(errors: FieldErrors, start: date | None, end: date | None) -> None:
    """A report's «Desde»–«Hasta» (each optional): never ending before it starts (the
    report would be empty, and nobody would learn the dates were the wrong way round)."""
    if start is not None and end is not None and end < start:
        errors["ends_on"] = ("field.period_order", {})


def check_period(start: date | None, end: date | None) -> None:
    """A report asked for by its dates alone (no form gathering other errors): `period`,
    refused at once as a ValidationError on «Hasta»."""
    errors: FieldErrors = {}
    period(errors, start, end)
    if errors:
        raise ValidationError(errors)


def currency_places(currency: str) -> int:
    """The decimals an amount of `currency` is written with: its minor unit as Babel
    knows it (CLP, PYG, JPY: none; EUR, USD, MXN, COP: two), never more than the columns
    keep; two for a currency not given (not known yet) or not known."""
    from babel.numbers import get_currency_precision

    code = currency.strip().upper()
    if not _CURRENCY.match(code):
        return MONEY_PLACES
    return min(get_currency_precision(code), MONEY_PLACES)


def read_money(value: Decimal | str) -> Decimal | None:
    """An amount as typed (the spaces that group its digits left out), or None when it is
    no number; `money_problem` says whether it is money."""
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(re.sub(r"\s", "", value))  # \s: no-break spaces too
    except InvalidOperation:
        return None


def money_problem(amount: Decimal, currency: str = "") -> tuple[str, dict[str, Any]] | None:
    """Why `amount` is no amount of `currency` (a message code and its parameters), or
    None: the one rule for every amount people type (budgets, plan lines, vendor costs).
    Not a number, negative or a trillion and more; or with more decimals than the currency
    has, which would be kept rounded — 0.001 as 0.00, silently another amount."""
    if not amount.is_finite() or amount < 0 or amount >= MONEY_MAX:
        return "field.amount", {}
    places = currency_places(currency)
    if amount == amount.quantize(Decimal(1).scaleb(-places)):
        return None
    code = currency.strip().upper()
    params: dict[str, Any] = {"value": str(amount), "max": places, "currency": code}
    if not _CURRENCY.match(code):
        return "field.amount_places", params
    return ("field.amount_decimals" if places else "field.amount_whole"), params


def money(
    errors: FieldErrors, field: str, value: Decimal | str, currency: str = ""
) -> Decimal | None:
    """`value` as an amount of `currency` to the cent (as the columns keep it), or None
    with the reason noted under `field` (`money_problem`)."""
    amount = read_money(value)
    if amount is None:
        errors[field] = ("field.amount", {})
        return None
    problem = money_problem(amount, currency)
    if problem is not None:
        errors[field] = problem
        return None
    return amount.quantize(Decimal(1).scaleb(-MONEY_PLACES))
