"""The one rule for the sign-in name offered for a person: the first-run wizard's
administrator and «Crear usuario de acceso» both suggest it, so a person's login does not
depend on which screen made it.

The rule: first name and first surname, joined by a dot, in plain lower-case letters
(accents folded: «Carmen Sáez Molina» → carmen.saez). A hyphenated surname is kept whole,
hyphen included («Óscar Pérez-Llorente» → oscar.perez-llorente): it is one surname, and
the hyphen keeps it readable. Particles before a surname (de, del, la…) are left out
(«Juan de la Fuente Ruiz» → juan.fuente). A login already taken (compared without regard
to case, as the sign-in service does) gets the first free number: carmen.saez2.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agencia.domain.text import fold

LOGIN_MAX = 80  # what a login may hold (the sign-in service's limit)
PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "y", "i", "e", "da", "das", "do", "dos", "di", "van"}
    | {"von", "der", "den", "le", "du"}
)
_NOT_LOGIN = re.compile(r"[^a-z0-9-]+")  # what a login's part drops (apostrophes, dots…)


def _part(word: str) -> str:
    """A word as a login's part: plain letters, digits and inner hyphens."""
    return re.sub(r"-{2,}", "-", _NOT_LOGIN.sub("", fold(word))).strip("-")


def suggest_login(full_name: str, taken: Iterable[str] = ()) -> str:
    """The login to offer for `full_name`, free among `taken`; "" when the name has no
    letter a login can hold (a name written only in another script: the person types it)."""
    parts = [p for p in (_part(w) for w in full_name.split()) if p]
    if not parts:
        return ""
    surnames = [p for p in parts[1:] if p not in PARTICLES]
    base = ".".join([parts[0], *surnames[:1]])[:LOGIN_MAX].strip(".-")
    used = {login.strip().lower() for login in taken}
    if base not in used:
        return base
    number = 2
    while True:
        suffix = str(number)
        candidate = base[: LOGIN_MAX - len(suffix)] + suffix
        if candidate not in used:
            return candidate
        number += 1
