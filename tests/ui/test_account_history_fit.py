"""The account page's «Historial» on the real main window, in the window's style, at
1280×800 and 1024×700, in Spanish and English: every date whole on every row (an older
«10 sept 2026, 22:55» was cut to «10 sept 2026, …» — the column was measured on the
first rows only), the titles whole, nothing past the edge, «Qué» and «Cambios» wide
enough to read, and what a cell cannot show whole is in its own tooltip («Qué» showed
the list of changes instead of its own words)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from test_screens_fit import (  # the same window, demo and measures as every area's fit
    SIZES,
    _demo_file,  # noqa: F401  (a fixture)
    assert_fits,
    demo_db,  # noqa: F401  (a fixture)
    grab,
    open_window,  # noqa: F401  (a fixture)
    pump,
    settled,
)

pytestmark = pytest.mark.gui

ACCOUNT = "D'Arcy Cosmética"  # campaigns, tasks, supplier jobs, requests, surveys: a long trail


def open_history(window, ops):  # type: ignore[no-untyped-def]
    window.switch_to("accounts")
    accounts = window.areas["accounts"].controller
    accounts.list_view.mine.setChecked(False)
    pump(ops)
    model = accounts.model
    rows = {model.record(r).name: model.record_id(r) for r in range(model.rowCount())}
    accounts.list_view.select_account(rows[ACCOUNT])
    pump(ops)
    detail = accounts.detail_view
    detail.tabs.setCurrentIndex(detail.tabs.indexOf(detail.history.parentWidget()))
    pump(ops, 0.3)
    return detail


def cell_width(view, index: QModelIndex) -> int:  # type: ignore[no-untyped-def]
    """What `index`'s text needs, in the view's delegate (and the tree's indent)."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    width = view.itemDelegate().sizeHint(option, index).width()
    return width + (view.indentation() if index.column() == 0 else 0)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_history_fits_and_says_in_tooltips_what_it_cuts(  # type: ignore[no-untyped-def]
    open_window,  # noqa: F811  (the fixture)
    house: str,  # the window's style and language (tests/ui/conftest.py)
    size: tuple[int, int],
    tmp_path: Path,
) -> None:
    window, ops = open_window(size)
    detail = open_history(window, ops)
    view, model = detail.history, detail.history_model
    grab(window, tmp_path, f"history-{house}-{size[0]}")
    assert model.rowCount() > 30
    assert_fits(view, [0, 1, 2, 3], "history (when, who, what, changes)", whole=[0])
    header = view.header()
    chars = view.fontMetrics().averageCharWidth()

    def readable() -> None:
        # every row's date whole, not only those in view when the columns were fitted
        dates = [cell_width(view, model.index(r, 0)) for r in range(model.rowCount())]
        assert header.sectionSize(0) >= max(dates), (header.sectionSize(0), max(dates))
        assert header.sectionSize(2) >= chars * 24, header.sectionSize(2)  # «Qué» reads
        assert header.sectionSize(3) >= chars * 14, header.sectionSize(3)  # «Cambios» too

    settled(readable)
    tip = Qt.ItemDataRole.ToolTipRole
    for row in range(model.rowCount()):
        entry = model.index(row, 0)
        who, what, changes = (model.index(row, c) for c in (1, 2, 3))
        assert who.data(tip) == who.data()  # a name cut shows whole
        assert what.data(tip) == what.data()  # what happened, not the changes
        lines = [model.index(n, 0, entry).data() for n in range(model.rowCount(entry))]
        for line in lines or [changes.data()]:  # every change, whole, in the tooltip
            assert line in changes.data(tip), (line, changes.data(tip))
        for n, line in enumerate(lines):  # a line cut under its event: itself
            assert model.index(n, 0, entry).data(tip) == line
