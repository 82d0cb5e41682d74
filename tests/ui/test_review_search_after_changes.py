"""Review: keystrokes are answered from the search texts read at idle for the list held
(`services/accounts/within.py`, `ui/widgets/id_list_model.py`). Once a change made
elsewhere is heard of, the next keystroke must answer as the whole query does: a renamed
account is found by its new name, an account the person lost is no longer shown."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import Agency, small_agency
from gui_support import until
from pytestqt.qtbot import QtBot
from test_accounts_list import open_accounts, shown_names, shown_names_of, type_search

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.changes import ChangeKind, Changes
from agencia.services.accounts import within
from agencia.services.accounts.account_edit import input_from_detail, update_account
from agencia.services.accounts.queries import get_account
from agencia.services.people.teams import remove_member
from agencia.ui.accounts.controller import AccountsController


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def _readied(qtbot: QtBot, controller: AccountsController) -> None:
    """Wait until the list's search texts were read at idle (keystrokes scan them)."""
    model = controller.model

    def done() -> bool:
        memo, listed = within._memo, model._listed
        return (
            memo is not None
            and listed is not None
            and memo.listed is listed[1]
            and (memo.texts is not None)
        )

    qtbot.waitUntil(until(done))  # the patient default: idle comes late on a busy machine


def test_a_rename_heard_of_is_found_by_its_new_name(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency, "lucia")
    view, model = controller.list_view, controller.model
    view.mine.setChecked(False)
    qtbot.waitUntil(until(lambda: model.loaded and not model.query.mine))
    _readied(qtbot, controller)
    coca = agency.accounts["coca"]
    detail = get_account(agency.db, SYSTEM, coca)
    data = replace(input_from_detail(detail), trade_name="Zumos Tropicales")
    update_account(agency.db, SYSTEM, coca, data, detail.version)  # another workstation
    controller.ops.changed.emit(Changes.of(ChangeKind.ACCOUNT))  # and its notice
    type_search(qtbot, view, "zumos")
    qtbot.waitUntil(until(lambda: model.loaded))
    assert shown_names(qtbot, model) == ["Zumos Tropicales"]
    type_search(qtbot, view, "coca")
    qtbot.waitUntil(until(lambda: model.loaded))
    assert shown_names(qtbot, model) == shown_names_of(agency, "lucia", "coca")


def test_an_account_lost_is_not_shown_once_heard_of(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency, "pablo")
    view, model = controller.list_view, controller.model
    view.mine.setChecked(False)
    qtbot.waitUntil(until(lambda: model.loaded and not model.query.mine))
    _readied(qtbot, controller)
    type_search(qtbot, view, "coca")
    qtbot.waitUntil(until(lambda: model.loaded))
    assert shown_names(qtbot, model) == ["Coca-Cola"]
    lucia = agency.actor("lucia")  # the team is its group director's (the role table)
    remove_member(agency.db, lucia, agency.accounts["coca"], agency.staff["pablo"])
    controller.ops.changed.emit(Changes.of(ChangeKind.ACCOUNT))
    type_search(qtbot, view, "coca")
    qtbot.waitUntil(until(lambda: model.loaded))
    assert shown_names(qtbot, model) == []
