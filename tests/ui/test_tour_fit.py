"""What the screenshot tour showed cut, measured on the real main window and the demo
agency at 1280×800 and 1024×700: the communications log cut every column down to a few
letters at 1024 px (subject, account, person…) instead of hiding the least needed ones,
and the service queue cut its status («En progr…») while it kept the warnings."""

from __future__ import annotations

from pathlib import Path

import pytest
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


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_communications_log_fits(open_window, size, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Date and delivery whole; the subject and the account readable, and the channel and
    the person too while they are shown (none narrower than its floor); the columns that
    give way hide rather than cut the rest."""
    from agencia.ui.communications.log_view import ACCOUNT, FLOORS, SUBJECT

    window, ops = open_window(size)
    window.switch_to("communications")
    view = window.areas["communications"].controller.log
    pump(ops, 0.6)
    assert view.model.rowCount(), "the demo has no communications"
    assert_fits(view.table, [0, ACCOUNT, SUBJECT, 6], "communications log", whole=[0, 6])
    header = view.table.horizontalHeader()
    assert FLOORS[SUBJECT] >= 200 and FLOORS[ACCOUNT] >= 140  # a subject reads, not «Fotos d…»

    def floors_kept() -> None:
        for column, floor in FLOORS.items():
            if header.isSectionHidden(column):
                continue  # gave way whole: the chosen contact's pane has it
            wanted = view.table.sizeHintForColumn(column)
            assert header.sectionSize(column) >= min(floor, wanted), (
                "cut short",
                view.model.headerData(column, header.orientation()),
                header.sectionSize(column),
                wanted,
            )

    settled(floors_kept)
    grab(window, tmp_path, f"communications-{size[0]}")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_service_queue_keeps_its_status_whole(open_window, size) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window, ops = open_window(size)
    window.switch_to("service")
    view = window.areas["service"].controller.view
    pump(ops, 0.6)
    assert view.model.rowCount(), "the demo has no requests"
    assert_fits(view.table, [0, 1, 2, 5, 6], "service queue", whole=[0, 5, 6])
