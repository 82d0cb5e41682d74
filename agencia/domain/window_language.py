"""The language the window and the command line speak ("es" or "en") and whether their
Spanish is Latin America's: set by the shell (agencia.ui.shell.i18n: at start, then at
sign-in from the agency's choice) or by the command line, read by agencia.domain.messages
and agencia.domain.labels. Imports nothing: the window sets it before its first paint,
before any catalogue of words is loaded. Documents never read it: they pass their own
language and Spanish (agencia.domain.language)."""

from __future__ import annotations

_state = {"language": "es", "latam": False}


def set_words_language(language: str) -> None:
    _state["language"] = "en" if language.startswith("en") else "es"


def words_language() -> str:
    return str(_state["language"])


def set_window_latam(on: bool) -> None:
    _state["latam"] = on


def window_latam() -> bool:
    return bool(_state["latam"])
