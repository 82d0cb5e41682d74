"""Text folding for search and sorting: case and accents ignored, punctuation splits words.

A word is a run of letters and digits in any script: accents fold (García → garcia) but
Arabic, Cyrillic or Chinese letters stay letters, so their names are found. Search tokens
never hold a quote, `%`, `_` or a space, so they are safe inside an FTS5 phrase and a LIKE
pattern; they split where FTS5's `unicode61` tokenizer splits (letters and numbers are
word characters, all else separates).
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD_ASCII = re.compile(r"[^0-9a-z]+")
_NON_WORD = re.compile(r"[\W_]+")  # letters and digits of every script are word characters


def fold(text: str) -> str:
    """Lower-case letters and digits; accents dropped (García → garcia), ñ → n; letters of
    other scripts kept as they are (Москва → москва)."""
    if text.isascii():  # the common case, and bulk loads fold millions of words
        return text.lower()
    # decomposed before and after casefold: NFKD can bring capitals back ("🄐" → "(A)")
    # and casefold can bring a mark ("İ" → "i̇")
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The words of `text` as search tokens: `L'Oréal` → ['l', 'oreal'], `AT&T` → ['at', 't'],
    `Москва-Трейд` → ['москва', 'трейд']; `%`, `'` or `🎉` alone → []."""
    folded = fold(text)
    split = _NON_WORD_ASCII.split if folded.isascii() else _NON_WORD.split
    return [w for w in split(folded) if w]


def search_words(text: str) -> list[str] | None:
    """What a search for `text` looks for, the one rule every search site asks: its
    words (`words`); no word when nothing was typed (blank: no condition, every row); and
    None, nothing found, when something was typed but no word in it can be searched for
    (`%`, `'`, `🎉`): that must never look like a match on every row, as it would if
    treated as nothing typed."""
    found = words(text)
    return None if not found and text.strip() else found


_PLACEHOLDER = re.compile(r"%([1-9][0-9]?)")


def fill(template: str, *values: object) -> str:
    """`template` with `%1`, `%2` … replaced by `values`, all in one pass (as Qt's
    multi-argument `arg`). Chained `.replace("%1", a).replace("%2", b)` would put `b`
    inside `a` when a name holds «%2»; here what is put in is never read again. A
    placeholder without a value stays as it is."""

    def value(found: re.Match[str]) -> str:
        n = int(found.group(1))
        return str(values[n - 1]) if n <= len(values) else found.group(0)

    return _PLACEHOLDER.sub(value, template)


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


# --- initials: a person's, for a photo placeholder; an organisation's monogram -------------

# Words that join names and are not names themselves ("María del Carmen", "de la Fuente").
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y", "i", "e", "da", "dos", "van"})
# First names that are a pair ("María José Ruiz" is María José, then one surname).
_COMPOUND_FIRST = frozenset(
    {
        "ana belén", "ana isabel", "ana maría", "francisco javier", "josé antonio",
        "josé carlos", "josé ignacio", "josé javier", "josé luis", "josé manuel",
        "josé maría", "josé ramón", "juan antonio", "juan carlos", "juan francisco",
        "juan ignacio", "juan josé", "juan luis", "juan manuel", "juan pablo", "luis miguel",
        "luz maría", "maría ángeles", "maría belén", "maría carmen", "maría cristina",
        "maría dolores", "maría elena", "maría eugenia", "maría fernanda", "maría isabel",
        "maría jesús", "maría josé", "maría luisa", "maría mercedes", "maría paz",
        "maría pilar", "maría rosa", "maría soledad", "maría teresa", "maría victoria",
        "miguel ángel", "pedro josé", "rosa maría",
    }
)  # fmt: skip
_COMPOUND_FOLDED = frozenset(fold(n) for n in _COMPOUND_FIRST)
_ORG_WORDS = frozenset({"s", "a", "sa", "sl", "sau", "slu"}) | _PARTICLES


def _name_words(name: str, skip: frozenset[str]) -> list[str]:
    return [
        w
        for w in " ".join(name.replace("&", " ").split()).split(" ")
        if w and w[0].isalnum() and fold(w).strip(".") not in skip
    ]


def initials(name: str) -> str:
    """A person's two initials, the Spanish way: the first name's and the first
    surname's ("Carmen Sáez Molina" → "CS", "María José Ruiz García" → "MR").

    Spanish names end in two surnames: with three words or more the first surname is the
    last but one, unless the first two words are one compound first name ("María José
    Ruiz"); particles ("de la") are skipped and a hyphenated surname counts as one word.
    One word gives its first two letters; nothing gives "?".
    """
    words_ = _name_words(name, _PARTICLES)
    if not words_:
        return "?"
    if len(words_) == 1:
        return words_[0][:2].upper()
    if len(words_) == 2:
        surname = words_[1]
    elif len(words_) == 3 and fold(" ".join(words_[:2])) in _COMPOUND_FOLDED:
        surname = words_[2]
    else:
        surname = words_[-2]
    return (words_[0][0] + surname[0]).upper()


def monogram(name: str) -> str:
    """An organisation's two letters: its first two words' ("Kola-Sierra Refrescos" →
    "KR"), joining words and company forms (S.A.) skipped."""
    found = [w[0] for w in _name_words(name, _ORG_WORDS)]
    return "".join(found[:2]).upper() if len(found) >= 2 else initials(name)
