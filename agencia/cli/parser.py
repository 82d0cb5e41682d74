"""The command line's grammar: the options every command takes, and the parser that asks
each area for its commands.

The areas come from the one list (`agencia.areas.cli_modules`); the house's own commands
(`demo`, `db`) are named here. Each module adds its sub-commands with
``register(commands, common)``: `commands` is the top level's sub-parsers, `common` the
parent parser with --db and --user that every sub-parser takes (``parents=[common]``).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from agencia import __version__
from agencia.areas import cli_modules, resolve
from agencia.cli import argparse_words, help_words
from agencia.cli.errors import EXIT_USAGE
from agencia.cli.formats import offer_xlsx

# The commands that belong to no area, listed first in `agencia --help`.
HOUSE_MODULES = ("agencia.cli.demo", "agencia.cli.db")


# A value quoted in a usage error, past the first 60 characters (a 10,000-character name
# given to --kind is not repeated whole).
_LONG_QUOTE = re.compile(r"'([^']{60})[^']+'")


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line (and exits 2) instead of two; the
    arguments it quotes cut when very long, and what a terminal would obey in them
    ("unrecognized arguments" quotes them raw) written as "?"."""

    def error(self, message: str) -> NoReturn:
        from agencia.services.files import terminal_text

        said = terminal_text(_LONG_QUOTE.sub(r"'\1…'", message))
        said = said if len(said) <= 600 else said[:599] + "…"  # unquoted: "unrecognized …"
        self.exit(EXIT_USAGE, f"{self.prog}: {said} (--help)\n")


def common_options() -> Parser:
    """--db and --user, accepted before or after any sub-command's name.

    SUPPRESS as the default means an option not given at one level leaves the other
    level's value alone; given at both, the sub-command's (the later one) wins.
    """
    common = Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database: a SQLite file or URL (sqlite:///path), or postgresql://user@host/name; "
        "default $AGENCIA_DATABASE_URL, then the user's data folder",
    )
    common.add_argument(
        "--user",
        metavar="LOGIN",
        default=argparse.SUPPRESS,
        help="act as this user; on SQLite the default is the demo director or the only "
        "administrator; on PostgreSQL it is required and the password is read from the "
        "keyring, $AGENCIA_PASSWORD or standard input",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    """`agencia` and every sub-command: the house's, then each area's in the list's order;
    argparse's own words (usage, options, its errors) and ours (every help, description,
    metavar) in the messages' language."""
    argparse_words.install()
    common = common_options()
    parser = Parser(
        prog="agencia",
        parents=[common],
        description="Agencia: account management for advertising agencies. "
        "Without a command, opens the application window.",
        epilog="Exit statuses: 0 done; 1 the operation failed (missing record, invalid data, "
        "permission denied); 2 wrong usage; 3 the database was refused.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"agencia {__version__}",
        help=argparse_words.WORDS.gettext("show program's version number and exit"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation: open the window on a throwaway demo, open every "
        "area, quit (0 when all of it works)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in (*HOUSE_MODULES, *cli_modules()):
        resolve(module).register(commands, common)
    help_words.translate(parser)
    offer_xlsx(commands)  # every list's --format gains xlsx (cli/formats.py), said in its words
    return parser


def noun(commands: Any, common: Parser, name: str, help_: str, aliases: Sequence[str] = ()) -> Any:
    """The sub-commands of `name` (`agencia NAME ACTION`), joining them when another area
    already made it: `report` holds the service area's reports and satisfaction's,
    `accounts` the accounts area's lists and satisfaction's `accounts health`, `contact`
    the accounts area's `add|edit` and the data area's `export|erase`. `aliases` are other
    names for the same noun (old spellings kept working), whichever area made it."""
    existing = commands.choices.get(name)
    if existing is not None:
        for alias in aliases:
            commands.choices.setdefault(alias, existing)
        for found in existing._actions:  # argparse keeps its sub-parsers there
            if isinstance(found, argparse._SubParsersAction):
                return found
    parser = commands.add_parser(
        name, aliases=list(aliases), parents=[common], help=help_, description=help_ + "."
    )
    return parser.add_subparsers(
        dest=f"{name}_command", metavar="ACTION", required=True, parser_class=Parser
    )


def action(
    actions: Any, common: Parser, name: str, help_: str, handler: Callable[..., int]
) -> Parser:
    """One ACTION of a noun (`agencia NOUN ACTION`) that `handler` runs; the caller adds
    its arguments to the parser returned."""
    parser: Parser = actions.add_parser(name, parents=[common], help=help_, description=help_)
    parser.set_defaults(handler=handler)
    return parser


def record_id(text: str) -> int:
    """A record ID as the databases store it: a positive 64-bit integer."""
    from agencia.cli.words import t

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("not_an_id", text=text)) from None
    if not 0 < value < 2**63:
        raise argparse.ArgumentTypeError(t("not_an_id", text=text))
    return value
