"""Start-up does before the first page of accounts only what that page needs, and asks
for the list before the window lays its page out.

The drafts a crash left behind are looked for once the first page has its answers
(finding their folder imports platformdirs, and reads it), and still offered.
Timings are never asserted here (tests/bench/run.py judges them); these check the causes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from agencia.db.database import open_database
from agencia.services.first_run import FirstRun, set_up_agency

ADMIN = FirstRun(
    agency_name="Estudio Rojo",
    locale="es_ES",
    currency="EUR",
    admin_name="Ana Torres",
    admin_login="ana",
    admin_password="secreto-largo",
)

# what the first page of accounts does not need: imported after it (finding the drafts'
# folder: agencia.ui.shell.drafts_offer.DraftsLater)
NOT_BEFORE_THE_FIRST_PAGE = ("platformdirs",)

_START = textwrap.dedent(
    """
    import json, sys
    import agencia.app as appmod
    from PySide6.QtCore import QTimer
    from agencia.ui.shell.drafts_offer import DraftsOffer

    later = tuple(sys.argv[2].split(","))
    qapp = appmod.create_application()
    window = appmod.MainWindow()
    startup = appmod.Startup(sys.argv[1], window)
    startup.in_event_loop = True
    result = {}

    from agencia.ui.accounts.page import AccountsPage

    shown = AccountsPage.showEvent

    def show_event(page, event):  # the list asked for before its page is laid out
        result.setdefault("asked_before_shown", page.list_view._asked)
        shown(page, event)

    AccountsPage.showEvent = show_event

    def first_page(_count):
        result.setdefault("at_first_page", [m for m in later if m in sys.modules])
        result.setdefault("offered_by_then", window.findChild(DraftsOffer) is not None)

    def state(value):
        result.setdefault("states", []).append(value)
        if value == "ready":
            area = window.areas.get("accounts")
            result["shown"] = str(window._current)
            area.controller.model.ids_loaded.connect(first_page)

    def look():
        offer = window.findChild(DraftsOffer)
        if "at_first_page" in result and offer is not None and offer.isVisible():
            assert startup.drafts_offer is offer
            result["offered"] = [offer.list.item(n).text() for n in range(offer.list.count())]
            result["at_end"] = [m for m in later if m in sys.modules]
            qapp.exit(0)

    startup.state_changed.connect(state)
    qapp.aboutToQuit.connect(startup.shutdown)
    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(5)
    startup.start()
    QTimer.singleShot(60000, lambda: qapp.exit(2))
    code = qapp.exec()
    print(json.dumps(result))
    sys.exit(code)
    """
)


@pytest.fixture()
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict[str, str]]:
    """A demo database (signed straight in) with one draft left behind by a crash."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        AGENCIA_LANG="es",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    monkeypatch.setenv("XDG_DATA_HOME", env["XDG_DATA_HOME"])
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    db = open_database(url)
    try:
        set_up_agency(db, ADMIN)
        with db.writer.begin() as conn:
            conn.execute(text("UPDATE agency SET is_demo = 1"))
        from agencia.services.auth import actor_for
        from agencia.ui import drafts

        drafts.sign_in(db, actor_for(db, "ana"))  # the draft of whoever the demo signs in as
        store = drafts.store_for(db)
        assert store.write("form.account", "new", "Cuenta nueva", {"name": "Sin guardar"})
        drafts.sign_out(db)
    finally:
        db.close()
    return url, env


def run_start(url: str, env: dict[str, str], watched: tuple[str, ...]) -> dict[str, Any]:
    """The real start-up in its own process, on `url`: what it reports (see _START), with
    which of the `watched` modules were loaded at the first page and at the end."""
    done = subprocess.run(
        [sys.executable, "-c", _START, url, ",".join(watched)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr + done.stdout
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_drafts_are_looked_for_after_the_first_page_and_still_offered(
    demo: tuple[str, dict[str, str]],
) -> None:
    url, env = demo
    result = run_start(url, env, NOT_BEFORE_THE_FIRST_PAGE)
    assert result["states"][:2] == ["opening", "ready"]
    assert result["shown"] == "accounts"
    assert result["asked_before_shown"] is True  # read ahead (ui/shell/area_builder.py)
    assert result["at_first_page"] == []  # the first page had its answers without them
    assert result["offered_by_then"] is False
    assert set(result["at_end"]) == set(NOT_BEFORE_THE_FIRST_PAGE)
    assert len(result["offered"]) == 1 and "Cuenta nueva" in result["offered"][0]
