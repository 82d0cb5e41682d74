"""Text that spreadsheets save, read as they meant it: the encoding and the delimiter are
found, never asked.

An agency's CSV is often a Spanish Excel's (Windows-1252, semicolons), or Excel's
"Unicode text" (UTF-16 with tabs), or UTF-8 with or without its BOM. Shared by every
reader of such files (the data area's imports, the first-run wizard's team list): one
way to read them. Plain Python.
"""

from __future__ import annotations

import csv
import re

from agencia.domain.errors import DomainError

DELIMITERS = (";", ",", "\t", "|")
_SAMPLE_LINES = 50
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (as Excel's "Unicode text"), else
    Windows-1252 (what a Spanish Excel saves), else Latin-1. A file that mixes UTF-8 with
    another encoding, or holds NUL bytes outside UTF-16, is refused: any guess would
    change people's names."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4096]
    if sample.count(b"\x00") * 4 > len(sample):  # UTF-16 without its BOM
        even_nuls = sample[::2].count(b"\x00")
        return "utf-16-be" if even_nuls > sample[1::2].count(b"\x00") else "utf-16-le"
    if b"\x00" in data:
        raise DomainError("data.nul_bytes", offset=data.index(b"\x00"))
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            line = data.count(b"\n", 0, exc.start) + 1
            raise DomainError("data.mixed_encoding", line=line) from None
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number of cells, more than
    one: a semicolon file with decimal commas still splits on the semicolons."""
    lines = text.splitlines()[:_SAMPLE_LINES] or [""]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if any(r)]
        if not counts or counts[0] < 2:
            continue
        same = sum(1 for c in counts if c == counts[0])
        score = (same, counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in (`detect_encoding`); NUL bytes refused."""
    encoding = detect_encoding(data)
    text = data.decode(encoding)
    if "\x00" in text:
        raise DomainError("data.nul_bytes", offset=text.index("\x00"))
    return text, encoding
