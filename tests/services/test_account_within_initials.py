"""A keystroke that does not narrow the last answer (a word's first letter, a letter
rubbed out) starts from the texts with a word beginning as a word typed does (read at
idle with the texts): it finds exactly what scanning every text finds, in the list's order."""

from __future__ import annotations

import random

from agencia.services.accounts.within import _fresh_scan, _initials, _Memo, _scan

TYPED = (
    ("c",), ("co",), ("z",), ("7",), ("c", "m"), ("madrid", "g"), ("g", "garcia"),
    ("coca", "cola"), ("q",), ("ca", "c"), ("x9",),
)  # fmt: skip


def test_starting_from_the_initials_finds_what_a_whole_scan_finds() -> None:
    rng = random.Random(3)
    vocabulary = ["coca", "cola", "garcia", "madrid", "cafes", "zumos", "7up", "x9", "c"]
    texts = [
        "".join(" " + rng.choice(vocabulary) for _ in range(rng.randint(0, 4))) for _ in range(3000)
    ]
    listed = rng.sample(range(1, 1_000_000), len(texts))  # IDs in the list's order
    memo = _Memo(listed)
    memo.texts = texts
    memo.initials = _initials(texts)
    assert list(memo.initials["q"]) == []
    for tokens in TYPED:
        everything = _scan(list(listed), texts, tokens)
        assert _fresh_scan(memo, texts, tokens) == everything, tokens
    memo.initials = None  # not read yet: the whole scan
    assert _fresh_scan(memo, texts, ("co",)) == _scan(list(listed), texts, ("co",))
