"""The accounts page on the real main window and the demo agency, at 1280×800 and
1024×700, with no account open: the list takes the width its columns want — the empty
account pane («Ninguna cuenta abierta») took half of it at 1280 px and the legal name
was cut — and every column it shows is whole; columns that do not fit hide whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from accounts_fit_support import everyones_accounts, shown_cut
from test_screens_fit import (  # the same window, demo and measures as every area's fit
    SIZES,
    _demo_file,  # noqa: F401  (a fixture)
    assert_fits,
    demo_db,  # noqa: F401  (a fixture)
    grab,
    open_window,  # noqa: F401  (a fixture)
    settled,
)

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_with_nobody_open_the_list_shows_its_columns_whole(  # type: ignore[no-untyped-def]
    open_window,  # noqa: F811  (the fixture)
    size,
    tmp_path: Path,
) -> None:
    window, ops = open_window(size)
    accounts = everyones_accounts(window, ops, 0.6)
    page = accounts.page
    table = accounts.list_view.table
    grab(window, tmp_path, f"accounts-{size[0]}")
    assert table.model().rowCount() > 10
    assert_fits(table, [0, 2, 3], "accounts list (name, NIF, status)", whole=[0, 2, 3])
    header = table.horizontalHeader()
    empty = page.placeholder

    def whole_and_wide() -> None:
        assert not shown_cut(table), shown_cut(table)
        if size[0] >= 1280:
            assert not header.isSectionHidden(1), "the legal name has room at 1280 px"
        if empty.isVisible():  # what the list leaves, and enough to read
            assert empty.width() >= 200
            assert accounts.list_view.width() >= accounts.list_view.needed_width() - 1
        else:  # the list has the whole width
            assert accounts.list_view.width() >= page.splitter.width() - 1

    settled(whole_and_wide)
