"""Text folding for search and sorting: case and accents ignored, punctuation splits words."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits; accents dropped (García → garcia), ñ → n."""
    if text.isascii():  # the common case, and bulk loads fold millions of words
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The words of `text` as search tokens: `L'Oréal` → ['l', 'oreal'], `AT&T` → ['at', 't']."""
    return [w for w in _NON_WORD.split(fold(text)) if w]


def search_text(*parts: str | None) -> str:
    """The stored, pre-folded text that search matches against (one leading space per word)."""
    tokens: list[str] = []
    for part in parts:
        for chunk in (part or "").split():
            found = words(chunk)
            tokens.extend(found)
            if len(found) > 1:  # L'Oréal is also found as "loreal", Coca-Cola as "cocacola"
                tokens.append("".join(found))
    return " " + " ".join(tokens) if tokens else ""


def sort_key(text: str) -> str:
    """What names sort by, so that Álvarez sorts with the A's."""
    return " ".join(words(text))[:200]
