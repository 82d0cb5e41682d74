"""Whose a draft is, at the edges of a session (code review): a draft written while the
first page is being built, and one an editor writes as the window lets go of the signed-in
person's pages at sign-out, are that person's — offered back to them, never filed as
nobody's (which only the first-run wizard could ever see again).

The real start-up, sign-in and window, and the real drafts folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from agencia.app import Startup, State
from agencia.db.database import open_database
from agencia.services.first_run import FirstRun, set_up_agency
from agencia.ui import drafts
from agencia.ui.actions import ActionId
from agencia.ui.auth.signin import SignInDialog
from agencia.ui.shell.window import MainWindow

ADMIN = FirstRun(
    agency_name="Estudio Rojo",
    locale="es_ES",
    currency="EUR",
    admin_name="Ana Torres",
    admin_login="ana",
    admin_password="secreto-largo",
)


@pytest.fixture(autouse=True)
def drafts_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "agencia" / "drafts"


def _make_db(path: Path) -> str:
    url = f"sqlite:///{path}"
    db = open_database(url)
    try:
        set_up_agency(db, ADMIN)
    finally:
        db.close()
    return url


def _sign_in(qtbot: QtBot, st: Startup) -> None:
    qtbot.waitUntil(lambda: st.state is State.SIGN_IN, timeout=15000)
    dialog = st.dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    dialog.login.setText("ana")
    dialog.password.setText("secreto-largo")
    dialog.enter_button.click()


def _people(folder: Path) -> dict[str, str]:
    """Each draft's editor → whose it is, as written on disk."""
    found = {}
    for path in sorted(folder.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        found[document["editor"]] = document["person"]
    return found


def test_drafts_written_while_the_first_page_is_built_and_at_sign_out_are_the_persons(
    qtbot: QtBot, tmp_path: Path, drafts_folder: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    st = Startup(_make_db(tmp_path / "agencia.sqlite3"), window, synchronous=True)

    def write(editor: str) -> None:  # what an editor of the page writes at that moment
        assert st.db is not None
        drafts.store_for(st.db).write(editor, 7, "Cuenta 7", {"name": "Café"}, "accounts")

    # the first page going into the window's stack: built during `install`
    window.stack.currentChanged.connect(lambda _n: write("page.built"))
    try:
        st.start()
        _sign_in(qtbot, st)
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        assert st.actor is not None and st.actor.user_id is not None
        ana = drafts.person_of(st.actor)
        assert _people(drafts_folder) == {"page.built": ana}

        page = window.stack.currentWidget()
        page.destroyed.connect(lambda *_a: write("page.closed"))  # its last flush
        window.registry.get(ActionId.SIGN_OUT).trigger()
        qtbot.waitUntil(lambda: st.state is State.SIGN_IN, timeout=15000)
        qtbot.waitUntil(lambda: "page.closed" in _people(drafts_folder), timeout=15000)
        assert _people(drafts_folder) == {"page.built": ana, "page.closed": ana}
        assert st.db is not None and drafts.signed_in(st.db) == ""  # nobody's from now on
    finally:
        st.shutdown()
