"""A crash on the first run's team step: the agency exists, so the next start asks to sign
in; its administrator then ends the wizard's team step with the list taken back, before
the window opens."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_startup import _make_db

from agencia.app import Startup, State
from agencia.services import open_database
from agencia.services.auth import actor_for
from agencia.services.people.views import list_staff
from agencia.ui import drafts
from agencia.ui.auth.signin import SignInDialog
from agencia.ui.auth.wizard import FirstRunWizard
from agencia.ui.auth.wizard_draft import EDITOR, RECORD
from agencia.ui.shell.window import MainWindow


@pytest.fixture(autouse=True)
def drafts_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "agencia" / "drafts"


def _person(name: str) -> dict[str, object]:
    return {
        "row": 0,
        "name": name,
        "role": "Ejecutivo de cuenta",
        "email": "",
        "reports_to": "",
        "group": "",
    }


def test_the_team_left_by_a_crash_is_finished_after_signing_in(
    qtbot: QtBot, tmp_path: Path
) -> None:
    url = _make_db(tmp_path / "agencia.sqlite3")
    db = open_database(url)
    try:
        drafts.store_for(db).write(
            EDITOR,
            RECORD,
            "Configuración inicial de la agencia",
            {"team": {"entries": [_person("Lucía Gómez"), _person("Pedro Ruiz")], "typed": {}}},
        )
    finally:
        db.close()
    window = MainWindow()
    qtbot.addWidget(window)
    st = Startup(url, window, synchronous=True)
    try:
        st.start()
        qtbot.waitUntil(lambda: st.state is State.SIGN_IN, timeout=15000)
        dialog = st.dialog
        assert isinstance(dialog, SignInDialog)
        qtbot.keyClicks(dialog.login, "ana")
        qtbot.keyClicks(dialog.password, "secreto-largo")
        dialog.enter_button.click()
        qtbot.waitUntil(lambda: st.state is State.WIZARD, timeout=15000)
        wizard = st.dialog
        assert isinstance(wizard, FirstRunWizard) and wizard.isVisible()
        assert wizard.currentPage() is wizard.team_page
        assert [e["name"] for e in wizard.team_page.entries] == ["Lucía Gómez", "Pedro Ruiz"]
        wizard.next()  # «Empezar»
        qtbot.waitUntil(lambda: st.state is State.READY, timeout=15000)
        assert st.actor is not None and st.actor.name == "Ana Torres"
        assert st.db is not None
        names = {r.name for r in list_staff(st.db, actor_for(st.db, "ana"))}
        assert names == {"Ana Torres", "Lucía Gómez", "Pedro Ruiz"}
        assert st.drafts_offer is None  # nothing left to offer
    finally:
        st.shutdown()


def test_the_team_left_by_a_crash_is_read_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The drafts file is file work: read on a worker at sign-in, with what the sign-in
    reads anyway, never on the GUI thread — and the wizard is handed what was read."""
    url = _make_db(tmp_path / "agencia.sqlite3")
    db = open_database(url)
    try:
        drafts.store_for(db).write(
            EDITOR,
            RECORD,
            "Configuración inicial de la agencia",
            {"team": {"entries": [_person("Lucía Gómez")], "typed": {}}},
        )
    finally:
        db.close()
    threads: list[bool] = []  # each read of the wizard's draft: on the GUI thread?
    real_read = drafts.DraftStore.read

    def read(store: drafts.DraftStore, editor: str, record: object) -> object:
        if editor == EDITOR:
            threads.append(threading.current_thread() is threading.main_thread())
        return real_read(store, editor, record)

    monkeypatch.setattr(drafts.DraftStore, "read", read)
    window = MainWindow()
    qtbot.addWidget(window)
    st = Startup(url, window, synchronous=False)  # real workers
    try:
        st.start()
        qtbot.waitUntil(lambda: st.state is State.SIGN_IN, timeout=15000)
        dialog = st.dialog
        assert isinstance(dialog, SignInDialog)
        qtbot.keyClicks(dialog.login, "ana")
        qtbot.keyClicks(dialog.password, "secreto-largo")
        dialog.enter_button.click()
        qtbot.waitUntil(lambda: st.state is State.WIZARD, timeout=15000)
        wizard = st.dialog
        assert isinstance(wizard, FirstRunWizard)
        qtbot.waitUntil(lambda: wizard.team_page.entries != [], timeout=15000)
        assert [e["name"] for e in wizard.team_page.entries] == ["Lucía Gómez"]
        assert threads and not any(threads)
    finally:
        st.shutdown()
