"""A crash mid-wizard loses nothing typed: the wizard keeps a draft as the house forms do
(`agencia.ui.drafts`, the user's data folder) — the agency's and the administrator's
fields (never a password) until the agency exists, then the team list not yet added —
and takes it back when it opens again on that database. Finishing or discarding drops it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from wizard_support import TEAM, crash, draft_files, list_team, open_wizard, prompt_of, to_team_page

from agencia.db.database import Database
from agencia.services.people.views import list_staff
from agencia.ui.auth.wizard import FirstRunWizard
from agencia.ui.auth.wizard_draft import draft_with_team
from agencia.ui.ops import Operations

RECOVERED = "Se ha recuperado lo que escribió antes de que Agencia se cerrara."


@pytest.fixture(autouse=True)
def drafts_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Drafts go to the user's data folder: each test has its own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "agencia" / "drafts"


def _kept(folder: Path, *words: str) -> Callable[[], bool]:
    """The draft is written and holds `words`."""

    def written() -> bool:
        files = draft_files(folder)
        return len(files) == 1 and all(w in files[0].read_text(encoding="utf-8") for w in words)

    return written


def test_the_team_list_comes_back_after_a_crash_and_goes_once_added(
    qtbot: QtBot, make_ops: Callable[..., Operations], sqlite_db: Database, drafts_folder: Path
) -> None:
    ops = make_ops()
    wizard = open_wizard(qtbot, ops, crashes=True)
    to_team_page(qtbot, wizard)
    list_team(wizard)
    wizard.team_page.name.setText("Marta Gil")  # typed, not yet in the list
    qtbot.waitUntil(_kept(drafts_folder, *TEAM, "Marta Gil"))
    assert "Estudio Rojo" not in draft_files(drafts_folder)[0].read_text(encoding="utf-8")
    actor = wizard.actor
    assert actor is not None
    assert draft_with_team(sqlite_db) is not None
    crash(wizard)

    # the agency exists: the wizard opens again at its team step, for its administrator
    again = FirstRunWizard(ops)
    qtbot.addWidget(again)
    again.resume(actor)
    again.show()
    qtbot.waitExposed(again)
    page = again.team_page
    assert again.currentPage() is page
    assert [e["name"] for e in page.entries] == list(TEAM)
    assert page.table.rowCount() == 3 and not page.problems
    assert page.name.text() == "Marta Gil"
    assert page.note.isVisible() and page.note.text() == RECOVERED
    with qtbot.waitSignal(again.completed):
        again.next()  # «Empezar»: the person typed is listed and added too
    names = {r.name for r in list_staff(sqlite_db, actor)}
    assert names == {"Ana Torres", *TEAM, "Marta Gil"}
    assert draft_files(drafts_folder) == []
    assert draft_with_team(sqlite_db) is None


def test_discarding_the_team_list_drops_its_draft(
    qtbot: QtBot, make_ops: Callable[..., Operations], sqlite_db: Database, drafts_folder: Path
) -> None:
    wizard = open_wizard(qtbot, make_ops())
    to_team_page(qtbot, wizard)
    list_team(wizard)
    qtbot.waitUntil(_kept(drafts_folder, *TEAM))
    wizard.reject()
    with qtbot.waitSignal(wizard.completed):
        prompt_of(wizard).discard_button.click()
    assert draft_files(drafts_folder) == []


def test_the_first_steps_come_back_after_a_crash_without_the_password(
    qtbot: QtBot, make_ops: Callable[..., Operations], drafts_folder: Path
) -> None:
    ops = make_ops()
    wizard = open_wizard(qtbot, ops, crashes=True)
    qtbot.keyClicks(wizard.agency_name, "Estudio Rojo")
    wizard.locale_box.setCurrentIndex(wizard.locale_box.findData("es_MX"))
    wizard.currency_box.setCurrentIndex(wizard.currency_box.findData("USD"))
    wizard.next()
    qtbot.keyClicks(wizard.admin_name, "Ana Torres")
    qtbot.keyClicks(wizard.admin_password, "secreto-largo")
    qtbot.waitUntil(_kept(drafts_folder, "Estudio Rojo", "Ana Torres", "ana.torres"))
    assert "secreto-largo" not in draft_files(drafts_folder)[0].read_text(encoding="utf-8")
    crash(wizard)

    again = open_wizard(qtbot, ops)  # the database is still empty: from the first step
    assert again.currentPage() is again.agency_page
    assert again.agency_name.text() == "Estudio Rojo"
    assert again.locale_box.currentData() == "es_MX"
    assert again.currency_box.currentData() == "USD"
    assert again.admin_name.text() == "Ana Torres"
    assert again.admin_login.text() == "ana.torres"
    assert again.admin_password.text() == ""
    assert again.agency_page.note.text() == RECOVERED and again.agency_page.note.isVisible()

    again.reject()  # what came back is asked about as if typed
    with qtbot.waitSignal(again.rejected):
        prompt_of(again).discard_button.click()
    assert draft_files(drafts_folder) == []


def test_a_wizard_closed_with_nothing_typed_leaves_no_draft(
    qtbot: QtBot, make_ops: Callable[..., Operations], drafts_folder: Path
) -> None:
    wizard = open_wizard(qtbot, make_ops())
    qtbot.keyClicks(wizard.agency_name, "E")
    qtbot.waitUntil(_kept(drafts_folder, "E"))
    wizard.agency_name.clear()
    qtbot.waitUntil(lambda: draft_files(drafts_folder) == [])
    with qtbot.waitSignal(wizard.rejected):
        wizard.reject()
