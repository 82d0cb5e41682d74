"""Hebrew and Arabic as they are drawn: right to left, Arabic letters joined.

A person types «محمد الحسيني» in logical order (the order it is read), and a PDF draws
glyphs left to right. So a line holding Hebrew or Arabic is turned into the order it is
drawn:

- Arabic letters take their joined forms (initial, medial, final, and the lam-alef
  ligature) as Unicode presentation forms (arabic-reshaper). Those forms are characters of
  their own that the shipped Noto Sans Arabic maps, so they are drawn without a shaping
  engine and read back from the PDF as Arabic (their compatibility decomposition).
- The line is then reordered by the Unicode bidirectional algorithm (python-bidi, UAX #9)
  with a left-to-right base: a deck speaks Spanish or English, the names in it are runs
  inside that line (a paragraph takes its first letter's direction: fallback.py).
  A number after a Hebrew word joins its run, as on any screen
  («Campaña de דוד 2027» reads «Campaña de 2027 דוד» here, in the app and in a browser).

Why not ReportLab's own right-to-left support: its Paragraph reorders only with `rlbidi`,
which is not published on PyPI, and its uharfbuzz shaping keys on the paragraph's font
(Lato), shapes a word with its first font only, and maps joined forms to private-use
characters that a reader cannot search. Presentation forms need neither.

A paragraph is broken into lines in the order it is read (`shaped`: joined, not
reordered), and each line is reordered when it is drawn (`order`, with the paragraph's
direction as its base, fallback.Paragraph): a right-to-left paragraph longer than a line
reads top to bottom, no word cut. One line drawn alone (a title, a chart label) is
reordered whole (`visual`), left to right as the deck's language.

Vowel marks (Arabic harakat, Hebrew niqqud) are left out: without a shaping engine they
cannot be placed over their letter, and names are written without them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi import get_display
from bidi.algorithm import (
    apply_mirroring,
    explicit_embed_and_overrides,
    get_base_level,
    get_embedding_levels,
    get_empty_storage,
    reorder_resolved_levels,
    resolve_implicit_levels,
    resolve_neutral_types,
    resolve_weak_types,
)

_RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
RTL = re.compile(f"[{_RTL_CHARS}]")
_RUN = re.compile(f"[{_RTL_CHARS}]+(?: +[{_RTL_CHARS}]+)*")
_MARKS = re.compile("[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]")  # niqqud, cantillation
_reshaper = ArabicReshaper({"delete_harakat": True, "support_ligatures": True})


def needs_reorder(text: str) -> bool:
    """Whether `text` holds Hebrew or Arabic (the fast path is a single regex search)."""
    return RTL.search(text) is not None


@lru_cache(maxsize=4096)
def shaped(text: str) -> str:
    """`text` in the order it is read, Arabic joined and vowel marks left out."""
    if not needs_reorder(text):
        return text
    return str(_reshaper.reshape(_MARKS.sub("", text)))


def rtl_base(text: str) -> bool:
    """Whether the first letter with a direction in `text` is Hebrew or Arabic (UAX #9 P2)."""
    return bool(get_base_level(text) == 1)


def order(text: str, rtl: bool) -> list[tuple[int, str]]:
    """The characters of `text` (one line, already `shaped`) in the order they are drawn
    left to right, each with its position in `text` (UAX #9 L1-L4: base right to left if
    `rtl`, a bracket inside a right-to-left run mirrored)."""
    storage = get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    get_embedding_levels(text, storage)
    for i, ch in enumerate(storage["chars"]):
        ch["at"] = i
    explicit_embed_and_overrides(storage)
    resolve_weak_types(storage)
    resolve_neutral_types(storage, False)
    resolve_implicit_levels(storage, False)
    reorder_resolved_levels(storage, False)
    apply_mirroring(storage, False)
    return [(ch["at"], ch["ch"]) for ch in storage["chars"]]


@lru_cache(maxsize=4096)
def visual(line: str) -> str:
    """One line (no line breaks) in the order it is drawn left to right, Arabic joined.
    A line without Hebrew or Arabic comes back as it is."""
    if not needs_reorder(line):
        return line
    kept = _RUN.sub(lambda m: m.group().replace(" ", "\u00a0"), _MARKS.sub("", line))
    return str(get_display(_reshaper.reshape(kept), base_dir="L"))
