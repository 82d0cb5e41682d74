"""The `agencia` command: sub-commands for automation; no sub-command opens the GUI.

A public interface (the README documents it): keep it backwards compatible.
`entry` runs it, `errors` maps an error to its exit status and one line, `parser` holds
the options every command takes and asks each area (`agencia.areas.cli_modules`) for its
commands; `accounts`, `campaigns`, `decks` are the areas', `demo` and `db` the house's;
`session` opens the database and says who acts, `formats` writes, `words` speaks.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """The console script (`agencia`). The parser is imported here, not with the package:
    the window imports `agencia.cli.errors` before its first paint and needs none of it."""
    from agencia.cli.entry import main as run

    return run(argv)


__all__ = ["main"]
