"""The accounts list readies the list it read with nothing typed once, when idle, so that
keystrokes are answered from it; the search box cleared shows that list again without
asking SQL for it, and a list read after a change is readied anew
(`ui/widgets/id_list_model.py`)."""

from __future__ import annotations

from typing import Any

import pytest
from factories import Agency, add_account, small_agency
from gui_support import make_context, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.changes import ChangeKind, Changes
from agencia.services.accounts.queries import AccountQuery, account_rows, search_account_ids
from agencia.services.accounts.within import account_ids_within
from agencia.ui.accounts import list_model
from agencia.ui.accounts.list_model import AccountListModel


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def test_the_list_is_readied_once_and_again_after_a_change(
    qtbot: QtBot, agency: Agency, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, list[int]]] = []  # (typed, the list narrowed)

    def narrowing(db: Any, actor: Any, typed: str, listed: list[int]) -> list[int]:
        asked.append((typed, listed))
        return account_ids_within(db, actor, typed, listed)

    searched: list[str] = []  # the whole query asked of SQL

    def searching(db: Any, actor: Any, query: AccountQuery) -> list[int]:
        searched.append(query.text)
        return search_account_ids(db, actor, query)

    monkeypatch.setattr(list_model, "account_ids_within", narrowing)
    monkeypatch.setattr(list_model, "search_account_ids", searching)
    ctx, _ = make_context(agency.db, agency.admin)
    try:
        model = AccountListModel(ctx.ops)

        def show(text: str) -> list[str]:
            model.set_query(AccountQuery(text=text))
            qtbot.waitUntil(until(lambda: model.loaded and model.query.text == text))
            rows = account_rows(agency.db, agency.admin, model.ids())
            return [row.name for row in rows]

        def readied() -> list[list[int]]:
            return [listed for typed, listed in asked if typed == ""]

        everyone = show("")
        qtbot.waitUntil(until(lambda: len(readied()) == 1))  # when idle
        first = readied()[0]
        assert first == search_account_ids(agency.db, agency.admin, AccountQuery())
        assert show("c") and asked[-1] == ("c", first)
        assert show("") == everyone  # the box cleared: that list again, not asked of SQL
        assert asked[-1] == ("", first) and searched == [""]
        assert show("co") and asked[-1][1] is first
        qtbot.wait(300)
        assert all(listed is first for listed in readied())

        added = add_account(agency.db, "Cafés del Puerto")
        ctx.ops.changed.emit(Changes.of(ChangeKind.ACCOUNT))  # heard of: forgotten
        assert show("cafe") == ["Cafés del Puerto"]  # in full
        assert show("") and added in model.ids()  # the list read again …
        assert searched == ["", "cafe", ""]
        qtbot.waitUntil(until(lambda: readied()[-1] is not first))  # … readied anew
        again = readied()[-1]
        assert added in again
        assert show("cafe") == ["Cafés del Puerto"]
        assert asked[-1] == ("cafe", again) and searched == ["", "cafe", ""]
    finally:
        ctx.ops.shutdown()
