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
reordered whole (`visual`) with its own first letter's direction (UAX #9 P2/P3), as a
paragraph is: «Lácteos — סקר» and «סקר — Lácteos» are each read from their first word.

Vowel marks (Arabic harakat, Hebrew niqqud: U+064E, U+05B8…) are kept, and the shipped
Noto fonts draw every one of them. They have no width of their own and, without a
shaping engine, nothing to put them over their letter: in the order drawn each follows
its letter (`order`; UAX #9 leaves it before its letter in a right-to-left run, L3),
and fonts.mark_offsets places it centred over or under that letter, as a shaping
engine's fallback does.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
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
_reshaper = ArabicReshaper({"delete_harakat": False, "support_ligatures": True})


def needs_reorder(text: str) -> bool:
    """Whether `text` holds Hebrew or Arabic (the fast path is a single regex search)."""
    return RTL.search(text) is not None


@lru_cache(maxsize=4096)
def shaped(text: str) -> str:
    """`text` in the order it is read, Arabic joined (its vowel marks kept)."""
    if not needs_reorder(text):
        return text
    return _ALLAH_MARKS.sub(_drawn_in_allah, str(_reshaper.reshape(text)))


# The ligature of «الله» (U+FDF2) is drawn with its shadda and its small alef: typed
# again on it they would be drawn twice. A case ending's vowel (a kasra) is kept.
_ALLAH_MARKS = re.compile("(?<=\ufdf2)[\u064b-\u065f\u0670]+")


def _drawn_in_allah(found: re.Match[str]) -> str:
    return "".join(c for c in found.group() if c not in "\u064e\u0651\u0670")


def is_mark(char: str) -> bool:
    """Whether `char` is a mark drawn on the letter before it (a vowel, a dagesh)."""
    return unicodedata.category(char) == "Mn"


def _marks_after_letter(chars: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Characters in drawing order with each right-to-left letter's marks moved after it,
    in the order typed (UAX #9 L3): so a mark always follows the letter it sits on."""
    result: list[tuple[int, str]] = []
    i = 0
    while i < len(chars):
        j = i
        while j < len(chars) and is_mark(chars[j][1]):
            j += 1
        if i < j < len(chars) and chars[j][0] < chars[i][0]:  # reversed: the letter is next
            result.append(chars[j])
            result.extend(reversed(chars[i:j]))
        else:
            result.extend(chars[i : j + 1])
        i = j + 1
    return result


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
    return _marks_after_letter([(ch["at"], ch["ch"]) for ch in storage["chars"]])


@lru_cache(maxsize=4096)
def visual(line: str, rtl: bool | None = None) -> str:
    """One line (no line breaks) in the order it is drawn left to right, Arabic joined,
    each mark after its letter, in its first letter's direction (as a paragraph:
    `rtl_base`), or left to right (`rtl=False`) for a line the deck composes of its
    own parts (a footer: «agency · Confidencial — … · date»), whoever's name comes
    first. A line without Hebrew or Arabic comes back as it is."""
    if not needs_reorder(line):
        return line
    kept = _RUN.sub(lambda m: m.group().replace(" ", "\u00a0"), line)
    return "".join(ch for _, ch in order(shaped(kept), rtl_base(line) if rtl is None else rtl))
