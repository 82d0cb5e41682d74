"""A Paragraph whose Hebrew and Arabic runs are set in their fallback font.

ReportLab picks one font per fragment of markup and has no fallback: a name in Arabic
inside a Lato paragraph would come out as empty boxes. The text arrives in drawing order
(text.markup runs rtl.visual on each line); after ReportLab has parsed the markup, each
fragment holding such letters is cut into runs (fonts.runs), each in the weight of the
fragment's own font, so a bold title stays bold in Arabic. Fragments without them (nearly
all) are left as they are: only a paragraph that needs it pays for it."""

from __future__ import annotations

from reportlab.platypus import Paragraph as _Paragraph

from agencia.decks.fonts import runs
from agencia.decks.rtl import needs_reorder


def with_fallback(frags: list[object]) -> list[object]:
    """The fragments, those holding Hebrew or Arabic cut into runs of their fonts."""
    if not any(needs_reorder(getattr(f, "text", "") or "") for f in frags):
        return frags
    result: list[object] = []
    for frag in frags:
        text = getattr(frag, "text", "") or ""
        if not needs_reorder(text):
            result.append(frag)
            continue
        for name, part in runs(text, frag.fontName):  # type: ignore[attr-defined]
            result.append(frag.clone(text=part, fontName=name))  # type: ignore[attr-defined]
    return result


class Paragraph(_Paragraph):  # type: ignore[misc]
    """reportlab.platypus.Paragraph, with the fallback fonts (see the module)."""

    def _setup(self, text, style, bulletText, frags, cleaner):  # type: ignore[no-untyped-def]
        parsed = frags is None
        super()._setup(text, style, bulletText, frags, cleaner)
        if parsed:
            self.frags = with_fallback(vars(self)["frags"])
