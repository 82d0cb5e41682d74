"""An account's health reasons as a sentence outside the window (Pendientes' line): in
the language of the moment and with that language's decimal symbol in the agency's region,
as the satisfaction page writes them («la satisfacción bajó 3,0 en Actitud del personal» /
«satisfaction fell 3.0 in Staff attitude» for an agency in Spain).

A kept reason (`HealthRecord.reasons`) names a shipped dimension in the language it was
computed in; it is named again in today's language here (a dimension of the agency's own
keeps its name).

The decimal symbol is CLDR's, as `domain.reading_locale.decimal_symbol` finds it, but
from the two short lists below: asking Babel loads its whole locale database (4 MB of
the window's heap, kept for its life, to know one character of Pendientes' lines).
tests/test_satisfaction_reason_words.py checks the lists against Babel for every locale
it knows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from agencia.domain.dimension_names import dimension_names
from agencia.domain.labels import label
from agencia.domain.messages import language, render
from agencia.domain.satisfaction_enums import Dimension

# regions whose Spanish writes 4.5 (es_MX…; the rest, and es_ES for none, write 4,5)
SPANISH_POINT = frozenset(
    {"419", "BR", "BZ", "CU", "DO", "GT", "HN", "MX", "NI", "PA", "PE", "PR", "SV", "US"}
)
# English locales of their own that write 4,5 (an agency in en_ZA); any other English
# reader sees 4.5 (`reading_locale`: never English words with 12.500,00)
ENGLISH_COMMA = frozenset(
    {"AT", "BE", "CZ", "DE", "DK", "ES", "FI", "FR", "HU", "ID", "IT", "NL", "NO", "PL", "PT",
     "RO", "SE", "SI", "SK", "ZA"}
)  # fmt: skip


def decimal_point(region: str, language: str) -> str:
    """How readers of `language` in the agency's `region` write a decimal point (what
    `reading_locale.decimal_symbol` says, without Babel)."""
    name = (region or "").split(".")[0].replace("-", "_")
    own, _, rest = name.partition("_")
    # the territory: after a script (hmn_Hmnp_US), before a variant (en_US_POSIX)
    country = next((p for p in rest.split("_") if len(p) == 2 or p.isdigit()), "")
    if language.lower().startswith("en"):
        return "," if own.lower() == "en" and country in ENGLISH_COMMA else "."
    return "." if country in SPANISH_POINT else ","


@cache
def _dimension_by_name() -> dict[str, Dimension]:
    """Every shipped dimension under each of its names (Spanish, Latin-American, English)."""
    return {n.casefold(): d for d, names in dimension_names().items() for n in names}


def shipped_names() -> frozenset[str]:
    """Every shipped dimension's names (Spanish, Latin-American, English), casefolded."""
    return frozenset(_dimension_by_name())


def dimension_now(name: str) -> str:
    """A dimension's name in the language of the moment (an unknown one as it is)."""
    found = _dimension_by_name().get(name.casefold())
    return label(found) if found is not None else name


def reasons_sentence(
    reasons: Iterable[tuple[str, Mapping[str, Any]]], region: str, most: int | None = None
) -> str:
    """The first `most` reasons (all by default) as one sentence, "; " between them."""
    point = decimal_point(region, language())

    def local(params: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in params.items():
            if isinstance(value, float):
                value = f"{value:.1f}".replace(".", point)
            elif key == "dimension" and isinstance(value, str):
                value = dimension_now(value)
            out[key] = value
        return out

    chosen = list(reasons)[:most] if most is not None else list(reasons)
    return "; ".join(render(str(code), local(params)) for code, params in chosen)
