"""Hebrew and Arabic as they are drawn: right to left, Arabic letters joined.

A person types «محمد الحسيني» in logical order (the order it is read), and a PDF draws
glyphs left to right. So a line holding Hebrew or Arabic is turned into the order it is
drawn before ReportLab sees it:

- Arabic letters take their joined forms (initial, medial, final, and the lam-alef
  ligature) as Unicode presentation forms (arabic-reshaper). Those forms are characters of
  their own that the shipped Noto Sans Arabic maps, so they are drawn without a shaping
  engine and read back from the PDF as Arabic (their compatibility decomposition).
- The line is then reordered by the Unicode bidirectional algorithm (python-bidi, UAX #9)
  with a left-to-right base: a deck speaks Spanish or English, the names in it are runs
  inside that line. A number after a Hebrew word joins its run, as on any screen
  («Campaña de דוד 2027» reads «Campaña de 2027 דוד» here, in the app and in a browser).

Why not ReportLab's own right-to-left support: its Paragraph reorders only with `rlbidi`,
which is not published on PyPI, and its uharfbuzz shaping keys on the paragraph's font
(Lato), shapes a word with its first font only, and maps joined forms to private-use
characters that a reader cannot search. Presentation forms need neither.

A run of right-to-left words is kept on one line (its spaces become no-break spaces):
lines are broken after reordering, and a run broken across two lines would show its
words in the wrong order. Names and titles fit; a right-to-left paragraph longer than a
line is the case this does not serve (it would be cut inside a word).

Vowel marks (Arabic harakat, Hebrew niqqud) are left out: without a shaping engine they
cannot be placed over their letter, and names are written without them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi import get_display

_RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
RTL = re.compile(f"[{_RTL_CHARS}]")
_RUN = re.compile(f"[{_RTL_CHARS}]+(?: +[{_RTL_CHARS}]+)*")
_MARKS = re.compile("[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]")  # niqqud, cantillation
_reshaper = ArabicReshaper({"delete_harakat": True, "support_ligatures": True})


def needs_reorder(text: str) -> bool:
    """Whether `text` holds Hebrew or Arabic (the fast path is a single regex search)."""
    return RTL.search(text) is not None


@lru_cache(maxsize=4096)
def visual(line: str) -> str:
    """One line (no line breaks) in the order it is drawn left to right, Arabic joined.
    A line without Hebrew or Arabic comes back as it is."""
    if not needs_reorder(line):
        return line
    kept = _RUN.sub(lambda m: m.group().replace(" ", "\u00a0"), _MARKS.sub("", line))
    return str(get_display(_reshaper.reshape(kept), base_dir="L"))
