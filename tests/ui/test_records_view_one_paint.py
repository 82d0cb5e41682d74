"""A keystroke's answer is painted once, at its columns' fitted widths: the rows are laid
out and the columns fitted as the answer comes in, before the paint it asks for
(`RecordsListView._ids_loaded`). Qt's own delayed layout, and a fit on its zero-delay
timer, came after that paint and painted every visible row a second time."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import make_context, until
from PySide6.QtCore import QEvent, QLocale, QObject
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.ui.accounts.list_model import AccountListModel
from agencia.ui.accounts.list_view import AccountListView
from agencia.ui.widgets import column_fit


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


class Paints(QObject):
    """Each paint of a viewport: whether a fit was still due at once when it came."""

    def __init__(self, fit: column_fit.ColumnFit) -> None:
        super().__init__()
        self.fit = fit
        self.seen: list[bool] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            timer = self.fit._timer
            self.seen.append(timer.isActive() and timer.interval() == 0)
        return False


def test_a_keystrokes_answer_is_painted_once_with_its_columns_fitted(
    qtbot: QtBot, agency: Agency, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(column_fit, "SETTLE_MS", 50)  # a quiet moment: a short wait
    ctx, _ = make_context(agency.db, agency.admin, synchronous=False)
    try:
        view = AccountListView(AccountListModel(ctx.ops), QLocale())
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        qtbot.waitExposed(view)
        model, fit = view.model, view.column_fit
        view.mine.setChecked(False)
        view.apply_filters()
        qtbot.waitUntil(until(lambda: model.loaded and not model.query.mine and model.rowCount()))
        answered: list[int] = []
        model.ids_loaded.connect(answered.append)
        paints: Paints | None = None
        for letter, typed in (("c", "c"), ("o", "co")):
            qtbot.waitUntil(  # painted and fitted, then a quiet moment
                until(lambda: not fit._timer.isActive() and fit._last_fit.hasExpired(200))
            )
            if typed == "co":  # the second letter: the search box already shows «c»
                paints = Paints(fit)
                view.table.viewport().installEventFilter(paints)
            QTest.keyClicks(view.search, letter)

            def shown(typed: str = typed) -> bool:
                return bool(answered) and model.query.text == typed

            qtbot.waitUntil(until(shown))
            assert model.rowCount() > 0
        assert paints is not None
        qtbot.waitUntil(until(lambda: paints.seen))
        qtbot.wait(300)  # anything the answer left to do, done (a fit put off, its paint)
        assert paints.seen == [False]  # one paint, no fit due after it
    finally:
        ctx.ops.shutdown()
