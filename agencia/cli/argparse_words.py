"""argparse's own words («usage:», «options», «the following arguments are required…»)
in the language the command line speaks.

They are (Spanish, English) pairs like the rest of the command line's words
(`agencia.cli.words`), keyed by the text argparse asks for. argparse asks through
gettext: every text it writes goes through the `_` and `ngettext` it imported from
`gettext`, its translation hook; `install` points that hook at this catalogue (a
`gettext.NullTranslations`, so a text not here stays argparse's own). The language is
read when a text is asked for, so a parser built after `messages.set_language` speaks it.
Only what people read is here, not the errors argparse raises at programmers.
"""

from __future__ import annotations

import argparse
import gettext

from agencia.domain import messages

# argparse's texts (Python 3.11's, as its source spells them) → (es, en).
TEXTS: dict[str, tuple[str, str]] = {
    "usage: ": ("uso: ", "usage: "),
    "positional arguments": ("argumentos", "positional arguments"),
    "options": ("opciones", "options"),
    "show this help message and exit": (
        "muestra esta ayuda y termina",
        "show this help message and exit",
    ),
    "show program's version number and exit": (
        "muestra la versión del programa y termina",
        "show program's version number and exit",
    ),
    "%(prog)s: error: %(message)s\n": (
        "%(prog)s: error: %(message)s\n",
        "%(prog)s: error: %(message)s\n",
    ),
    "argument %(argument_name)s: %(message)s": (
        "argumento %(argument_name)s: %(message)s",
        "argument %(argument_name)s: %(message)s",
    ),
    "the following arguments are required: %s": (
        "faltan argumentos obligatorios: %s",
        "the following arguments are required: %s",
    ),
    "one of the arguments %s is required": (
        "hace falta uno de los argumentos %s",
        "one of the arguments %s is required",
    ),
    "unrecognized arguments: %s": (
        "argumentos no reconocidos: %s",
        "unrecognized arguments: %s",
    ),
    "not allowed with argument %s": (
        "no se admite junto con el argumento %s",
        "not allowed with argument %s",
    ),
    "ignored explicit argument %r": (
        "se ignora el valor explícito %r",
        "ignored explicit argument %r",
    ),
    "expected one argument": ("falta su valor", "expected one argument"),
    "expected at most one argument": (
        "admite como mucho un valor",
        "expected at most one argument",
    ),
    "expected at least one argument": (
        "necesita al menos un valor",
        "expected at least one argument",
    ),
    "ambiguous option: %(option)s could match %(matches)s": (
        "opción ambigua: %(option)s puede ser %(matches)s",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "unexpected option string: %s": ("opción inesperada: %s", "unexpected option string: %s"),
    "invalid %(type)s value: %(value)r": (
        "valor no válido (%(type)s): %(value)r",
        "invalid %(type)s value: %(value)r",
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "valor no permitido: %(value)r (elija entre %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "orden desconocida: %(parser_name)r (elija entre %(choices)s)",
        "unknown parser %(parser_name)r (choices: %(choices)s)",
    ),
    "can't open '%(filename)s': %(error)s": (
        "no se puede abrir «%(filename)s»: %(error)s",
        "can't open '%(filename)s': %(error)s",
    ),
}

# ngettext's texts: (singular, plural) → ((es singular, es plural), (en singular, en plural)).
PLURALS: dict[tuple[str, str], tuple[tuple[str, str], tuple[str, str]]] = {
    ("expected %s argument", "expected %s arguments"): (
        ("necesita %s valor", "necesita %s valores"),
        ("expected %s argument", "expected %s arguments"),
    ),
}


class ArgparseWords(gettext.NullTranslations):
    """The catalogue as gettext hands it out: argparse's text in the messages' language."""

    def gettext(self, message: str) -> str:
        pair = TEXTS.get(message)
        if pair is None:
            return message
        return pair[1] if messages.language() == "en" else pair[0]

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        pairs = PLURALS.get((msgid1, msgid2))
        if pairs is None:
            return msgid1 if n == 1 else msgid2
        singular, plural = pairs[1] if messages.language() == "en" else pairs[0]
        return singular if n == 1 else plural


WORDS = ArgparseWords()


def install() -> None:
    """Point argparse's gettext hook at the catalogue (idempotent)."""
    argparse._ = WORDS.gettext  # type: ignore[attr-defined]
    argparse.ngettext = WORDS.ngettext  # type: ignore[attr-defined]
