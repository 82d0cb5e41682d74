"""Closing the main window at the end of a run, with an account open, its history shown and
a step on the undo stack, prints nothing: the window's undo stack is let go after the pages'
actions, and it must not reach them (it used to print "Internal C++ object (QAction) already
deleted" from the accounts page and the Edit menu). A real process: the order things are let
go in at its end is the one that matters."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from factories import small_agency

from agencia.db.database import Database

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication
    from factories import actor_for_staff
    from agencia.services import open_database
    from agencia.ui.area import AppContext
    from agencia.ui.ops import Operations
    from agencia.ui.shell.window import MainWindow
    from agencia.ui.widgets.undo import undo_history

    app = QApplication([])
    db = open_database(sys.argv[1])
    actor = actor_for_staff(db, int(sys.argv[2]))
    window = MainWindow()
    ops = Operations(db, actor, synchronous=True, parent=window)
    ctx = AppContext(ops, window.registry, actor, QLocale("es_ES"), "EUR")
    window.install(ctx, "Agencia")
    window.resize(1280, 800)
    window.show()
    window.switch_to("accounts")
    controller = window.areas["accounts"].controller
    controller.open_account(int(sys.argv[3]))
    for _ in range(50):
        app.processEvents()
    tabs = controller.detail_view.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "Historial"))
    undo_history(ctx).push_saved("x", ("account", 1), lambda *_a: None, 1, 2, 1)
    assert controller.history.stack.canUndo()
    window.close_guard.allow = lambda _event: True
    window.close()
    print("closed", flush=True)
    """
)


def test_closing_the_window_with_an_undoable_step_prints_no_error(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    agency = small_agency(sqlite_db)
    alvaro, coca = agency.staff["alvaro"], agency.accounts["coca"]
    sqlite_db.close()  # one writer at a time: the window's process opens it
    tests = Path(__file__).resolve().parent.parent
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONPATH=os.pathsep.join([str(tests), os.environ.get("PYTHONPATH", "")]),
    )
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            SCRIPT,
            sqlite_url,
            str(alvaro),
            str(coca),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and "closed" in run.stdout, run.stderr
    assert "already deleted" not in run.stderr, run.stderr
    assert "Traceback" not in run.stderr, run.stderr
