"""People and Team that fit: the real main window on the demo agency at 1280×800 and
1024×700 — the staff list, the account groups and the team tree with no column a user
needs hidden, no title cut and nothing past the right edge (the shared measures of
test_screens_fit)."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_screens_fit as screens
from test_screens_fit import SIZES, assert_fits, grab, header_of, pump, settled

from agencia.ui.people.labels import sign_in_chip
from agencia.ui.people.staff_list import FLOORS, PRIORITY
from agencia.ui.widgets.status_chip import cell_width
from agencia.ui.widgets.table_model import ROW_ROLE

# the real window on a copy of the demo agency, as test_screens_fit opens it
_demo_file, demo_db, open_window = screens._demo_file, screens.demo_db, screens.open_window


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_people_fit(open_window, size, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
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
    view = page.list_view

    def readable() -> None:
        assert header.sectionSize(6) >= widest, "a sign-in chip would be cut"
        squeezed = [
            (c, header.sectionSize(c))
            for c, floor in FLOORS.items()
            if header.sectionSize(c) < min(floor, view.fit.wanted(c))  # (all names shorter: less)
        ]
        assert not squeezed, f"names, titles or roles cut to a few letters: {squeezed}"
        for combo in (view.state, view.group):  # the filters' choices whole
            assert combo.width() >= combo.sizeHint().width(), combo.currentText()

    settled(readable)
    search = view.search
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) <= search.width() - 56
    page.list_view.table.select_row(0)
    pump(ops, 0.3)
    qtbot.waitUntil(lambda: _shows(page, 0), timeout=20000)
    pump(ops, 0.1)  # the page laid out beside them
    assert_fits(staff, [0, 1, 2, 6], "staff beside a person", whole=[6])
    panel = page.panel
    assert panel.detail is not None

    def facts_whole() -> None:
        for key, value in panel.values.items():  # no word of a fact cut (an e-mail is one)
            longest = max(value.text().split(), key=value.fontMetrics().horizontalAdvance)
            assert value.fontMetrics().horizontalAdvance(longest) <= value.width(), (key, longest)
        assert panel.horizontalScrollBar().maximum() == 0

    settled(facts_whole)
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


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_nobody_chosen_the_list_takes_the_width(open_window, size, qtbot) -> None:  # type: ignore[no-untyped-def]
    """With nobody chosen the empty pane gives the list its room: at 1280×800 every
    column whole (no cell elided, none hidden); at 1024×700 the name, title, role and
    sign-in whole, only the least needed columns hidden (the fit's priority). Choosing
    a person gives the pane its width back; the divider the person drags is kept."""
    window, ops = open_window(size)
    window.switch_to("people")
    page = window.areas["people"].controller.page
    pump(ops)
    staff = page.list_view.table
    staff.clearSelection()
    staff.setCurrentIndex(staff.model().index(-1, -1))
    pump(ops, 0.3)
    assert page.panel.detail is None
    header = header_of(staff)

    def whole_with_nobody_chosen() -> None:
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        elided = [
            (c, header.sectionSize(c), staff.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in shown
            if header.sectionSize(c) < max(staff.sizeHintForColumn(c), header.sectionSizeHint(c))
        ]
        assert not elided, f"nobody chosen, yet columns are cut: {elided}"
        if size == (1280, 800):
            assert not header.hiddenSectionCount(), "nobody chosen, yet columns are hidden"
        else:
            assert {0, 1, 2, 6} <= set(shown), shown
            order = list(PRIORITY)  # the columns hidden are the last in the priority
            hidden = sorted(order.index(c) for c in range(header.count()) if c not in shown)
            assert hidden == list(range(len(order) - len(hidden), len(order))), hidden

    settled(whole_with_nobody_chosen)
    assert_fits(staff, [0, 1, 2, 6], "staff, nobody chosen", whole=[6])
    staff.select_row(0)
    pump(ops, 0.3)
    # the pane shows a person once their read answers (the page lays out on that)
    qtbot.waitUntil(lambda: _shows(page, 0), timeout=20000)
    assert page.panel.isVisible() and page.panel.width() >= page.panel.minimumWidth() >= 260
    list_width, panel_width = page.splitter.sizes()
    handle = page.splitter.handle(1)
    page.splitter.moveSplitter(list_width - 40, 1)  # the person drags the divider
    dragged = page.splitter.sizes()[1]
    assert dragged > panel_width
    staff.clearSelection()
    staff.setCurrentIndex(staff.model().index(-1, -1))
    pump(ops, 0.3)
    staff.select_row(1)
    pump(ops, 0.3)
    qtbot.waitUntil(lambda: _shows(page, 1), timeout=20000)

    def divider_kept() -> None:
        assert handle.isVisible()
        assert page.splitter.sizes()[1] == dragged, "the dragged divider was forgotten"

    settled(divider_kept)


def _shows(page, row: int) -> bool:  # type: ignore[no-untyped-def]
    """The pane shows the person in the list's `row` (their read answered)."""
    wanted = page.list_view.table.model().index(row, 0).data(ROW_ROLE)
    return page.panel.detail is not None and page.panel.detail.row.id == wanted.id
