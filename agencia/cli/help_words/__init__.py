"""The help the command line shows (`--help`, usage lines), in the language it speaks.

Each area's module registers its commands with English `help=`, `description=`,
`epilog=` and `metavar=` texts, as argparse expects them; what people read in Spanish
comes from (Spanish, English) pairs, like the rest of the command line's words
(`agencia.cli.words`), kept here one module per area. `translate` puts the Spanish in
place once the parser is built: in English nothing is touched, so English help is what
the call sites wrote. The English text is the key, as argparse's own words are keyed by
argparse's (`agencia.cli.argparse_words`): a help text changed or added without its pair
stays English, and `tests/cli/test_cli_help_language.py` names it.

A noun's description is its help and a full stop (`cli/parser.noun`): the pair of the
help serves both. Metavars are words too (ACCOUNT_ID → ID_CUENTA); the help that names
one names it as the usage line shows it; an option given no metavar shows argparse's
(its name in capitals, SEED), which has its pair too.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable

from agencia.cli.help_words import accounts, campaigns, data, decks, house, people, service
from agencia.domain import messages

_MODULES = (house, accounts, campaigns, people, decks, data, service)


def _catalogue() -> dict[str, str]:
    """English → Spanish, every area's pairs; a text paired twice must agree."""
    found: dict[str, str] = {}
    for module in _MODULES:
        for spanish, english in module.PAIRS:
            if found.setdefault(english, spanish) != spanish:
                raise ValueError(f"two Spanish texts for {english!r}")
    return found


CATALOGUE = _catalogue()


def say(english: str) -> str:
    """`english`, in the language the command line speaks (itself when no pair has it)."""
    if messages.language() == "en":
        return english
    spanish = CATALOGUE.get(english)
    if spanish is not None:
        return spanish
    if english.endswith(".") and english[:-1] in CATALOGUE:  # a noun's description
        return CATALOGUE[english[:-1]] + "."
    return english


def translate(parser: argparse.ArgumentParser) -> None:
    """Every text `parser` and its sub-commands show, in the command line's language."""
    if messages.language() == "en":
        return
    done: set[int] = set()
    for each in _parsers(parser):
        each.description = _said(each.description)
        each.epilog = _said(each.epilog)
        for action in each._actions:
            if id(action) in done:  # --db and --user are shared by every parser
                continue
            done.add(id(action))
            action.help = _said(action.help)
            if isinstance(action.metavar, str):
                action.metavar = say(action.metavar)
            elif isinstance(action.metavar, tuple):
                action.metavar = tuple(say(m) for m in action.metavar)
            elif shown_metavar(action) is not None:  # argparse's: --seed SEED
                action.metavar = say(action.dest.upper())
            if isinstance(action, argparse._SubParsersAction):
                for line in action._choices_actions:  # `--help`'s line per sub-command:
                    line.help = _said(line.help)  # its help; its metavar is its name


def shown_metavar(action: argparse.Action) -> str | None:
    """The word the usage line shows for the value `action` takes: its metavar, or for an
    option given none argparse's own (its name in capitals, `--seed SEED`); None when
    it shows none of its own (a flag, a list of choices, a positional's name)."""
    if action.metavar is not None:
        return action.metavar if isinstance(action.metavar, str) else " ".join(action.metavar)
    if action.option_strings and action.nargs != 0 and action.choices is None:
        return action.dest.upper()
    return None


def _said(text: str | None) -> str | None:
    """`say` for a text that may be missing (or argparse.SUPPRESS, which no pair has)."""
    return None if text is None else say(text)


def _parsers(parser: argparse.ArgumentParser) -> Iterable[argparse.ArgumentParser]:
    """`parser` and every parser under it, each once (an alias names the same parser)."""
    seen: set[int] = set()
    waiting = [parser]
    while waiting:
        current = waiting.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                waiting.extend(action.choices.values())
