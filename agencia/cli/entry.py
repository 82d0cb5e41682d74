"""The `agencia` program: parse, run the sub-command, turn any error into one line and an
exit status (agencia.cli.errors); no sub-command opens the window.

Neither Qt nor SQLAlchemy is imported at load time: the window should paint before the
database layer is loaded, and `--help` should be instant.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from agencia.cli.errors import EXIT_OK, EXIT_USAGE, error_message, exit_status
from agencia.cli.parser import build_parser
from agencia.cli.session import database_url
from agencia.domain import messages


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (the console script exits with it)."""
    messages.set_language(messages.detect_language())
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_gui(args)
        return handler(args)
    except BrokenPipeError:  # `agencia accounts list | head`: the reader left; not an error
        _silence_stdout()
        return EXIT_OK
    except (Exception, KeyboardInterrupt) as exc:
        return _fail(error_message(exc), exit_status(exc))


def _run_gui(args: argparse.Namespace) -> int:
    from agencia.app import run_gui  # only here: the command line never loads Qt otherwise

    return int(run_gui(database_url(args)))


def _fail(message: str, status: int) -> int:
    """Say why on stderr, in one line, and hand back the status."""
    try:
        sys.stderr.write(message.replace("\n", " ").strip() + "\n")
        sys.stderr.flush()
    except Exception:  # stderr gone: nothing more to say
        pass
    return status


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's flush is quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
