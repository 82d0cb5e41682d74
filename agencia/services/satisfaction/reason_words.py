"""An account's health reasons as a sentence outside the window (Pendientes' line): in
the language of the moment and with that language's decimal symbol in the agency's region,
as the satisfaction page writes them («la satisfacción bajó 3,0 en Actitud del personal» /
«satisfaction fell 3.0 in Staff attitude» for an agency in Spain).

A kept reason (`HealthRecord.reasons`) names a shipped dimension in the language it was
computed in; it is named again in today's language here (a dimension of the agency's own
keeps its name)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from agencia.domain.labels import label
from agencia.domain.messages import language, render
from agencia.domain.reading_locale import decimal_symbol
from agencia.domain.satisfaction_enums import Dimension


@cache
def _dimension_by_name() -> dict[str, Dimension]:
    """Every shipped dimension under each of its names (Spanish, Latin-American, English)."""
    names: dict[str, Dimension] = {}
    for d in Dimension:
        for lang, latam in (("es", False), ("es", True), ("en", False)):
            names[label(d, lang, latam=latam).casefold()] = d
    return names


def dimension_now(name: str) -> str:
    """A dimension's name in the language of the moment (an unknown one as it is)."""
    found = _dimension_by_name().get(name.casefold())
    return label(found) if found is not None else name


def reasons_sentence(
    reasons: Iterable[tuple[str, Mapping[str, Any]]], region: str, most: int | None = None
) -> str:
    """The first `most` reasons (all by default) as one sentence, "; " between them."""
    point = decimal_symbol(region, language())

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
