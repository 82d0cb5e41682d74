"""People and Team that fit: the real main window on the demo agency at 1280×800 and
1024×700 — the staff list, the account groups and the team tree with no column a user
needs hidden, no title cut and nothing past the right edge (the shared measures of
test_screens_fit)."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_screens_fit as screens
from test_screens_fit import SIZES, assert_fits, grab, header_of, pump

from agencia.ui.people.labels import sign_in_chip
from agencia.ui.people.staff_list import FLOORS
from agencia.ui.widgets.status_chip import cell_width

# the real window on a copy of the demo agency, as test_screens_fit opens it
_demo_file, demo_db, open_window = screens._demo_file, screens.demo_db, screens.open_window


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_people_fit(open_window, size, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Name, job title, role and sign-in in sight and readable (their floors: the least
    needed columns hide first); the sign-in's widest chip whole, in view or not."""
    window, ops = open_window(size)
    window.switch_to("people")
    page = window.areas["people"].controller.page
    pump(ops)
    staff = page.list_view.table
    assert staff.model().rowCount() > 5
    assert_fits(staff, [0, 1, 2, 6], "staff (name, title, role, sign-in)", whole=[6])
    header = header_of(staff)
    rows = page.list_view.model.rows()
    widest = max(cell_width(sign_in_chip(row), staff.font()) for row in rows)
    assert header.sectionSize(6) >= widest, "a sign-in chip would be cut"
    squeezed = [
        (c, header.sectionSize(c)) for c, floor in FLOORS.items() if header.sectionSize(c) < floor
    ]
    assert not squeezed, f"names, titles or roles cut to a few letters: {squeezed}"
    view = page.list_view
    for combo in (view.state, view.group):  # the filters' choices whole
        assert combo.width() >= combo.sizeHint().width(), combo.currentText()
    search = view.search
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) <= search.width() - 56
    page.list_view.table.select_row(0)
    pump(ops, 0.3)
    assert_fits(staff, [0, 1, 2, 6], "staff beside a person", whole=[6])
    panel = page.panel
    assert panel.detail is not None
    for key, value in panel.values.items():  # no word of a fact cut (an e-mail is one)
        longest = max(value.text().split(), key=value.fontMetrics().horizontalAdvance)
        assert value.fontMetrics().horizontalAdvance(longest) <= value.width(), (key, longest)
    assert panel.horizontalScrollBar().maximum() == 0
    grab(window, tmp_path, "people")
    page.setCurrentIndex(1)
    pump(ops, 0.3)
    groups = page.groups_view.table
    assert groups.model().rowCount() > 0
    assert_fits(groups, [0, 1, 2, 3], "account groups", whole=[2, 3])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_team_fits(open_window, size, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The tree's name, role and workload in sight, the counts whole."""
    window, ops = open_window(size)
    window.switch_to("team")
    view = window.areas["team"].controller.view
    pump(ops)
    assert view.tree.model().rowCount() > 0
    # at these sizes the names and roles are whole: the group gives way first
    assert_fits(
        view.tree, [0, 1, 2, 4, 5], "team (name, role, title, workload)", whole=[0, 1, 4, 5]
    )
    grab(window, tmp_path, "team")
