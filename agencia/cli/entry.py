"""The `agencia` program: parse, run the sub-command, turn any error into one line and an
exit status (agencia.cli.errors); no sub-command opens the window.

Neither Qt nor SQLAlchemy is imported at load time: the window should paint before the
database layer is loaded, and `--help` should be instant. `agencia` alone (or with only
`--db`) opens the window without building the parser: every area's commands, their help
in the messages' language, the catalogue of sentences — a fifth of a second, more than the
window's whole first paint — are for the command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from agencia.cli.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error_message, exit_status

if TYPE_CHECKING:
    from agencia.ui.shell.scripted import WindowAction


def window_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether `argv` asks for the window alone (nothing, `--db URL`, `--db=URL`), and
    the URL it names."""
    args = list(argv)
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--db" and args[1] and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > len("--db="):
        return True, args[0][len("--db=") :]
    return False, None


def open_window(url: str | None, on_ready: WindowAction | None = None) -> int:
    """The window on `url`, once the system libraries Qt needs are known to be there."""
    missing = _missing_library_message()
    if missing is not None:
        return _fail(missing, EXIT_FAILED)
    from agencia.app import run_gui  # only here: the command line never loads Qt otherwise

    return int(run_gui(url, on_ready))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (the console script exits with it)."""
    window, url = window_only(sys.argv[1:] if argv is None else argv)
    if window:
        try:
            return open_window(url)
        except (Exception, KeyboardInterrupt) as exc:
            return _fail(error_message(exc), exit_status(exc))
    from agencia.cli.parser import build_parser
    from agencia.domain import messages

    messages.set_language(messages.detect_language())
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    try:
        if getattr(args, "self_test", False):
            missing = _missing_library_message()
            if missing is not None:
                return _fail(missing, EXIT_FAILED)
            from agencia.cli import self_test

            return self_test.run()
        if handler is None:
            from agencia.cli.session import database_url

            return open_window(database_url(args))
        status = handler(args)
        sys.stdout.flush()  # output lost (a full disk) is a failure, said here, not at exit
        return status
    except BrokenPipeError:  # `agencia accounts list | head`: the reader left; not an error
        _silence_stdout()
        return EXIT_OK
    except (Exception, KeyboardInterrupt) as exc:
        return _fail(error_message(exc), exit_status(exc))


def gui_main(argv: Sequence[str] | None = None) -> int:
    """`agencia-gui [--db URL | FILE]`: the window without a console (Windows' Start menu,
    the desktop entry opening a database file); the same checks as `agencia` alone."""
    from agencia.domain import messages

    messages.set_language(messages.detect_language())
    parser = gui_parser()
    args, _qt_options = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    return open_window(args.db or args.database)


def gui_parser() -> argparse.ArgumentParser:
    """`agencia-gui`'s options, argparse's words and ours in the messages' language."""
    from agencia.cli import argparse_words, help_words

    argparse_words.install()
    parser = argparse.ArgumentParser(prog="agencia-gui", description="Opens the Agencia window.")
    parser.add_argument("--db", metavar="URL", help="sqlite:///path or postgresql+psycopg://…")
    parser.add_argument("database", nargs="?", metavar="database", help="a database file to open")
    help_words.translate(parser)
    return parser


def _missing_library_message() -> str | None:
    """One sentence naming the package to install, when Qt could not load (never Qt's
    own page of text about platform plugins)."""
    from agencia.cli import system_libraries

    library = system_libraries.missing_library()
    if library is None:
        return None
    from agencia.cli.words import t  # (its sentences only when there is one to say)
    from agencia.domain import messages

    messages.set_language(messages.detect_language())
    package = system_libraries.package_for(library)
    if package is None:
        return t("missing_library", library=library)
    return t("missing_package", library=library, package=package)


def _fail(message: str, status: int) -> int:
    """Say why on stderr, in one line, and hand back the status. What the line quotes (a
    login, a file name a script found in a folder) is data: what a terminal would obey
    in it is written as "?"."""
    from agencia.services.files import terminal_text

    try:
        sys.stderr.write(terminal_text(message.replace("\n", " ").strip()) + "\n")
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
