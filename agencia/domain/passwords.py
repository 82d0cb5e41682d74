"""How strong a new password must be: one rule, in one place, for the first-run wizard,
the people area's sign-in accounts and a person changing their own.

Long enough (MIN_PASSWORD characters), and not one of the passwords people pick most
often, nor one of those words dressed up with digits and symbols ("Password2024!",
"C0ntraseña123") or the login itself. Each refusal says why, as a message code.
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise

from agencia.domain.common_passwords import COMMON_PASSWORDS, COMMON_WORDS

MIN_PASSWORD = 10
MAX_PASSWORD = 200  # argon2 takes any length; a pasted novel is a mistake

_LEET = str.maketrans("0134578@$!|", "oieastbasil")


def _plain(text: str) -> str:
    """Lower case, accents gone: "Contraseña" and "contrasena" are one word."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def _core(text: str) -> str:
    """The word inside the decoration: digits and symbols at either end stripped, common
    letter-for-digit swaps undone ("P@ssw0rd2024!" → "password")."""
    stripped = text.strip("0123456789!?.,;:-_+*#@$%&/()[]{}=~^ ")
    return stripped.translate(_LEET)


def _is_run(text: str) -> bool:
    """One character repeated, or a run up or down the alphabet or the digits."""
    if len(set(text)) <= 2:
        return True
    steps = {ord(b) - ord(a) for a, b in pairwise(text)}
    return steps in ({1}, {-1})


def password_problem(password: str, login: str = "") -> tuple[str, dict[str, int]] | None:
    """Why `password` is refused, as (message code, parameters); None when it will do."""
    if len(password) < MIN_PASSWORD:
        return "field.password_short", {"min": MIN_PASSWORD}
    if len(password) > MAX_PASSWORD:
        return "password.too_long", {"max": MAX_PASSWORD}
    plain = _plain(password)
    if len(login.strip()) >= 3 and _plain(login.strip()) in plain:
        return "password.has_login", {}
    core = _core(plain)
    if (
        plain in COMMON_PASSWORDS
        or core in COMMON_PASSWORDS
        or core in COMMON_WORDS
        or plain.translate(_LEET) in COMMON_PASSWORDS
    ):
        return "password.common", {}
    if _is_run(plain) or _is_run(core or plain):
        return "password.common", {}
    return None
