"""A document is refused before it is drawn when its words hold letters the fonts cannot
draw: they would vanish from the client's PDF without a word. Every PDF the services make
(the decks, the paper documents, the satisfaction report) asks here, so the refusal reads
the same wherever it comes from. Hebrew and Arabic are drawn (decks/rtl.py, Noto fonts
beside Lato); Chinese, Japanese and Korean are still refused (docs/ARCHITECTURE.md)."""

from __future__ import annotations

from agencia.decks.fonts import undrawable
from agencia.domain.errors import DomainError


def refuse_undrawable(content: object) -> None:
    """Refuse `content` (a document's data) naming the characters, and where they are."""
    found = undrawable(content)
    if found:
        # In the order they are written: «株式会社電通», not sorted into «会式株社通電».
        chars = "".join(dict.fromkeys(c for missing, t in found for c in t if c in missing))[:20]
        text = " ".join(found[0][1].split())
        raise DomainError(
            "deck.undrawable", chars=chars, text=text if len(text) <= 60 else text[:59] + "…"
        )
