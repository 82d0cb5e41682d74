"""Every name a shipped survey dimension goes by: Spain's Spanish, Latin America's and
English. A kept health reason names its dimension in the language it was computed in,
so whoever reads one back — the Pendientes line (services.satisfaction.reason_words),
the server's check of a kept row (db.server_health_figures) — knows it by any of them;
one list, so that a name added to the catalogue is known to both."""

from __future__ import annotations

from functools import cache

from agencia.domain.labels import label
from agencia.domain.satisfaction_enums import Dimension

# (language, Latin-American Spanish) of every window's words
_READINGS = (("es", False), ("es", True), ("en", False))


@cache
def dimension_names() -> dict[Dimension, tuple[str, ...]]:
    """Each shipped dimension's names, each once (sorted), in every language a window
    reads it."""
    return {
        d: tuple(sorted({label(d, lang, latam=latam) for lang, latam in _READINGS}))
        for d in Dimension
    }
