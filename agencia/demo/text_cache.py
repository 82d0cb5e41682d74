"""`search_text` and `sort_key` for the demo's generated rows, word by word through a
cache: the demo repeats its words (names, places, business kinds) hundreds of
thousands of times.

Both treat each whitespace-separated chunk on its own (whitespace is not a word
character, and folding works letter by letter), so joining the chunks' results gives
exactly the same string as the whole; `tests/demo/test_text_cache.py` holds them to it.
"""

from __future__ import annotations

from functools import lru_cache

from agencia.domain.text import search_text, words


@lru_cache(maxsize=65536)
def _chunk_text(chunk: str) -> str:
    return search_text(chunk)


@lru_cache(maxsize=65536)
def _chunk_words(chunk: str) -> tuple[str, ...]:
    return tuple(words(chunk))


def search_text_of(*parts: str) -> str:
    """`search_text(*parts)`."""
    return "".join(_chunk_text(chunk) for part in parts for chunk in part.split())


def words_of(text: str) -> tuple[str, ...]:
    """`tuple(words(text))`."""
    return tuple(w for chunk in text.split() for w in _chunk_words(chunk))


def sort_key_of(text: str, found: tuple[str, ...] | None = None) -> str:
    """`sort_key(text)`; `found` is `words_of(text)` where it is at hand."""
    return " ".join(words_of(text) if found is None else found)[:200]
