"""`agencia --self-test`: does this installation work? The installed bundle's smoke test.

Fills a throwaway demo database, opens the real window on it, opens every area's page and
quits: 0 when all of it worked, 1 (and the reason on standard error) when not. Everything
it writes — the database, the window's settings, drafts — lives in a temporary folder that
is removed afterwards, so running it never touches the person's own data.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_USER_FOLDERS = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def run() -> int:
    with tempfile.TemporaryDirectory(prefix="agencia-self-test-") as folder:
        home = Path(folder)
        for variable in _USER_FOLDERS:  # before Qt or platformdirs read them
            (home / variable.lower()).mkdir()
            os.environ[variable] = str(home / variable.lower())
        url = f"sqlite:///{home / 'self-test.sqlite3'}"
        _fill_demo(url)
        from agencia.app import run_gui
        from agencia.ui.shell.scripted import self_test

        return run_gui(url, on_ready=self_test)


def _fill_demo(url: str) -> None:
    from agencia.db.database import open_database
    from agencia.demo.fill import fill_demo

    db = open_database(url)
    try:
        fill_demo(db, size="small")
    finally:
        db.close()
