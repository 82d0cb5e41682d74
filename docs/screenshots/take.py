"""Screenshots of the README, from the demo agency: accounts, team, campaigns, Pendientes.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take.py [OUT_DIR]`
(or under xvfb-run). Writes accounts.png, account.png, team.png, campaigns.png,
campaign.png, board.png and pending.png: the real main window,
1280×800, signed in as the demo account director, light scheme, in Spanish.

`--size 1109x736` and `--lang en` (or AGENCIA_LANG=en) check other window sizes and the
English translation; the README's pictures are the defaults.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="agencia-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")  # never the real settings
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AGENCIA_LANG", "es")

from PySide6.QtWidgets import QApplication  # noqa: E402

from agencia.services import Database, open_database  # noqa: E402
from agencia.services.auth import actor_for, default_login  # noqa: E402
from agencia.services.first_run import get_agency  # noqa: E402
from agencia.ui import style  # noqa: E402
from agencia.ui.area import AppContext  # noqa: E402
from agencia.ui.campaigns.detail_view import TAB_APPROVALS  # noqa: E402
from agencia.ui.formatting import use_agency_formats  # noqa: E402
from agencia.ui.ops import Operations  # noqa: E402
from agencia.ui.shell import i18n  # noqa: E402
from agencia.ui.shell.collector import collect_on_gui_thread  # noqa: E402
from agencia.ui.shell.window import MainWindow  # noqa: E402
from agencia.ui.widgets.harness import fill  # noqa: E402


def pump(ops: Operations, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ops.wait(100)
        QApplication.processEvents()


def demo_app(description: str) -> tuple[Path, tuple[int, int], Database]:
    """The command line (OUT_DIR, --size, --lang), the application in that language and
    the demo database: what every screenshot script starts from."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out", nargs="?", type=Path, default=Path(__file__).parent)
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--lang", default=os.environ["AGENCIA_LANG"], choices=("es", "en"))
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(n) for n in args.size.lower().split("x"))
    start_app(args.lang)
    return out, (width, height), demo_database()


def start_app(language: str, scheme: style.Scheme = "light") -> QApplication:
    """The application in `language` and `scheme` (the tour starts one per run)."""
    app = QApplication(["agencia"])
    i18n.install_translators(app, language)
    style.apply_style(app, scheme)
    collect_on_gui_thread(app)  # as the app: never in a worker's thread
    return app


def demo_database() -> Database:
    """The demo agency in a private file, filled once."""
    db = open_database(f"sqlite:///{_HOME / 'demo.sqlite3'}")
    fill(db)
    return db


def signed_in_window(
    db: Database, login: str, size: tuple[int, int]
) -> tuple[MainWindow, Operations]:
    """The real main window, signed in as `login`, shown at `size`, first reads done."""
    actor = actor_for(db, login)
    agency = get_agency(db)
    assert agency is not None
    window = MainWindow()
    ops = Operations(db, actor, parent=window)
    locale = use_agency_formats(agency, i18n.current_language())  # as the app at sign-in
    ctx = AppContext(ops, window.registry, actor, locale, agency.currency)
    window.install(ctx, agency.name)
    window.set_database("demo.sqlite3", str(_HOME / "demo.sqlite3"))
    window.resize(*size)
    window.show()
    pump(ops)
    return window, ops


def main() -> int:
    out, size, db = demo_app(__doc__.splitlines()[0])
    login = default_login(db)
    assert login is not None
    window, ops = signed_in_window(db, login, size)

    window.switch_to("accounts")
    accounts = window.areas["accounts"].controller  # type: ignore[attr-defined]
    accounts.list_view.mine.setChecked(False)
    pump(ops)
    best, best_score = None, -1  # the account with the most to show
    for row in range(min(accounts.model.rowCount(), 40)):
        account_id = accounts.model.record_id(row)
        accounts.load_detail(account_id)
        end = time.monotonic() + 3
        while time.monotonic() < end and (
            accounts.detail is None or accounts.detail.id != account_id
        ):
            pump(ops, 0.05)
        d = accounts.detail
        score = (
            len(d.contacts) * 3 + len(d.brands) * 2 + len(d.history) + (d.parent_id is not None) * 4
        )
        if score > best_score:
            best, best_score = account_id, score
    richest = best
    accounts.list_view.select_account(richest)
    pump(ops)
    window.grab().save(str(out / "accounts.png"))

    detail = accounts.detail_view
    detail.tabs.setCurrentIndex(2)  # Contactos
    was_collapsed = window.rail.collapsed  # a small window collapsed it by itself
    window.rail.set_collapsed(True)  # room for the page
    accounts.page.splitter.setSizes([440, 900])
    pump(ops, 0.3)
    window.grab().save(str(out / "account.png"))
    window.rail.set_collapsed(was_collapsed)
    accounts.page.splitter.setSizes([700, 580])

    window.switch_to("team")
    pump(ops)
    team = window.areas["team"].controller  # type: ignore[attr-defined]
    team.view.select("account", richest)
    pump(ops, 0.3)
    window.grab().save(str(out / "team.png"))

    window.switch_to("campaigns")
    campaigns = window.areas["campaigns"].controller  # type: ignore[attr-defined]
    pump(ops)
    window.grab().save(str(out / "campaigns.png"))
    rows = [campaigns.model.record(n) for n in range(campaigns.model.rowCount())]
    done = next((r.id for r in rows if r and r.status.value == "completed"), None)
    if done is not None:
        campaigns.open_campaign(done)
        pump(ops, 1.0)
        campaigns.detail_view.tabs.setCurrentIndex(TAB_APPROVALS)
        pump(ops, 0.3)
        window.grab().save(str(out / "campaign.png"))
        campaigns.back_to_list()
        pump(ops, 0.3)
    campaigns.list_view.board_button.click()
    pump(ops)
    window.grab().save(str(out / "board.png"))
    campaigns.list_view.list_button.click()

    window.switch_to("pending")
    pump(ops)
    window.grab().save(str(out / "pending.png"))
    ops.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
