"""Columns fit at once after a quiet moment, and once the changes pause while rows keep
changing (a keystroke in a list's search box each time): the widths end the same."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from agencia.ui.widgets import column_fit
from agencia.ui.widgets.column_fit import ColumnFit


def _fill(model: QStandardItemModel, text: str) -> None:
    """New rows in place of the old ones (a list answering a keystroke)."""
    model.removeRows(0, model.rowCount())
    for n in range(5):
        model.appendRow([QStandardItem(f"{text} {n}"), QStandardItem("B12345678")])


def test_a_burst_of_changes_fits_once_they_pause(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A quiet moment and moments after a fit are told apart by the clock: each phase sets
    the settle time its own way, so that a busy machine (the test process starved for more
    than 150 ms between two lines) cannot turn moments after into a quiet moment."""
    monkeypatch.setattr(column_fit, "SETTLE_MS", 50)  # a quiet moment: a short wait
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Nombre", "NIF"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    _fill(model, "A")
    fit = ColumnFit(view, whole=[1])
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(  # shown, sized and fitted, then a quiet moment (however late the
        lambda: (
            not fit._timer.isActive()  # show's events came)
            and fit._last_fit.hasExpired(2 * column_fit.SETTLE_MS)
        )
    )
    _fill(model, "Una razón social bastante más larga que la primera")
    assert fit._timer.isActive() and fit._timer.interval() == 0  # after quiet: at once
    qtbot.waitUntil(lambda: not fit._timer.isActive())
    wide = view.horizontalHeader().sectionSize(0)
    monkeypatch.setattr(column_fit, "SETTLE_MS", 3000)  # "moments after", however busy
    _fill(model, "B")  # moments after that fit: deferred until the changes pause
    assert fit._timer.isActive() and fit._timer.interval() == column_fit.SETTLE_MS
    assert view.horizontalHeader().sectionSize(0) == wide
    qtbot.waitUntil(lambda: not fit._timer.isActive())
    fit.fit()
    settled = view.horizontalHeader().sectionSize(0)
    fit.schedule()  # a resize, or anything else, still fits at once
    qtbot.waitUntil(lambda: not fit._timer.isActive())
    assert view.horizontalHeader().sectionSize(0) == settled
