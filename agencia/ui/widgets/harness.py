"""Running one panel alone with demo data: fast to iterate, easy to screenshot.

`python -m agencia.ui.accounts.page` and `python -m agencia.ui.agency.page` use this: a
throwaway SQLite database (or `--db URL`) filled with the demo agency, signed in as the
demo account director, and a bare window holding the panel and its actions.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QWidget

from agencia.domain.messages import role_name
from agencia.services import Database, open_database
from agencia.services.auth import actor_for, default_login
from agencia.services.first_run import get_agency, is_empty
from agencia.ui.actions import ActionRegistry
from agencia.ui.area import AppContext
from agencia.ui.ops import Operations


@dataclass
class Harness:
    app: QApplication
    db: Database
    ctx: AppContext
    window: QMainWindow

    def close(self) -> None:
        self.ctx.ops.shutdown()
        self.db.close()


def fill(db: Database, size: str = "small", seed: int = 0) -> None:
    """The demo agency, as `agencia demo` makes it (the areas add their own parts)."""
    from agencia.demo.fill import fill_demo

    fill_demo(db, size=size, seed=seed)


def open_harness(
    title: str, build: Callable[[AppContext], QWidget], argv: list[str] | None = None
) -> Harness:
    parser = argparse.ArgumentParser(description=title)
    parser.add_argument("--db", help="database URL (default: a new demo SQLite file)")
    parser.add_argument("--user", help="sign in as this login (default: the demo director)")
    parser.add_argument("--size", default="small", choices=("small", "large"))
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp(prefix='agencia-panel-')) / 'demo.sqlite3'}"
    db = open_database(url)
    if is_empty(db):
        fill(db, size=args.size)
    login = args.user or default_login(db)
    if login is None:
        raise SystemExit("Indique el usuario con --user")
    actor = actor_for(db, login)
    agency = get_agency(db)
    window = QMainWindow()
    window.setWindowTitle(f"{title} — {actor.name} ({role_name(actor.role)})")
    ops = Operations(db, actor, parent=window)
    ctx = AppContext(
        ops=ops,
        actions=ActionRegistry(window),
        actor=actor,
        locale=QLocale(agency.locale if agency else "es_ES"),
        currency=agency.currency if agency else "EUR",
        navigate=lambda area, record: window.statusBar().showMessage(f"→ {area} {record}", 4000),
        toast=lambda message: window.statusBar().showMessage(message, 4000),
    )
    ops.failed.connect(lambda message: window.statusBar().showMessage(message, 8000))
    window.setCentralWidget(build(ctx))
    toolbar = QToolBar(window)
    toolbar.setObjectName("harnessToolbar")
    for _spec, action in ctx.actions.all():
        toolbar.addAction(action)
    window.addToolBar(toolbar)
    window.resize(1280, 800)
    app.aboutToQuit.connect(ops.shutdown)
    return Harness(app, db, ctx, window)


def run(title: str, build: Callable[[AppContext], QWidget]) -> int:
    harness = open_harness(title, build)
    harness.window.show()
    try:
        return harness.app.exec()
    finally:
        harness.close()
