"""What an error means to whoever ran Agencia: its exit status, and the line that says why.

The one table of exit statuses (docs/ARCHITECTURE.md, the README): 0 done; 1 the operation
failed (a missing record, invalid data, permission denied, anything unexpected); 2 wrong
usage (argparse's own); 3 the database was refused. The command line and the window's
start-up (agencia.app) both answer from here.
"""

from __future__ import annotations

import errno

from agencia.domain.errors import DatabaseRefused, DomainError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_REFUSED = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # what shells report for Ctrl+C (128 + SIGINT)

# The first class an error is an instance of gives its status; anything else failed (1).
_STATUS: tuple[tuple[type[BaseException], int], ...] = (
    (DatabaseRefused, EXIT_REFUSED),
    (DomainError, EXIT_FAILED),
    (KeyboardInterrupt, EXIT_INTERRUPTED),
)


# What a write to a full or failing disk says when no file is named (standard output
# redirected to it); a connection's errors are not these.
_OUTPUT_LOST = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def exit_status(error: BaseException) -> int:
    """The exit status `error` ends the program with."""
    return next((status for kind, status in _STATUS if isinstance(error, kind)), EXIT_FAILED)


def error_message(error: BaseException) -> str:
    """What to tell people, in their language: a domain error's own message; what the
    system refused (a full disk, a file it may not open) in its own words; for anything
    unexpected its type and the first line of its text, never a traceback."""
    if isinstance(error, DomainError):  # a refused field: named as the forms name it
        return str(error)
    from agencia.cli.words import t  # the command line's words: only when there is an error

    if isinstance(error, KeyboardInterrupt):
        return t("interrupted")
    if isinstance(error, OSError) and error.strerror:  # the system's refusal, not a bug
        detail = error.strerror.rstrip(".")
        if error.filename is not None:
            return t("file_failed", path=error.filename, detail=detail)
        if error.errno in _OUTPUT_LOST:  # nothing named: standard output's file or disk
            return t("output_failed", detail=detail)
    text = str(error).strip()
    detail = text.splitlines()[0] if text else ""
    return t("internal", detail=f"{type(error).__name__}: {detail}".rstrip(": "))
