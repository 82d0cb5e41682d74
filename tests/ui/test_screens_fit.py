"""Screens that fit: the real main window on the demo agency at 1280×800 (the default)
and 1024×700, each area measured — no column a user needs hidden or cut, no title cut,
nothing out of sight to the right — and grabbed as a picture (`tmp_path`) to look at."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from agencia.services import Database, open_database
from agencia.services.auth import actor_for, default_login
from agencia.services.first_run import get_agency
from agencia.ui.area import AppContext
from agencia.ui.ops import Operations
from agencia.ui.shell.window import MainWindow
from agencia.ui.widgets.harness import fill

SIZES = [(1280, 800), (1024, 700)]


@pytest.fixture(scope="module")
def _demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    fill(db)
    db.close()
    return path


@pytest.fixture
def demo_db(_demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_file, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.close()


def pump(ops: Operations, seconds: float = 0.4, *, most: float = 20.0) -> None:
    """Let the window settle: at least `seconds` (the debounce and fit timers), then on
    until no read or write is in flight and their answers are handled (`in_flight` drops
    only once the answer reached the page) — on a busy machine a read outlasts any fixed
    time. After `most` seconds it stops; the test's assertion then says what is missing."""
    start = time.monotonic()
    while True:
        ops.wait(50)
        QApplication.processEvents()
        elapsed = time.monotonic() - start
        if elapsed >= most or (elapsed >= seconds and not ops.in_flight):
            break
    QApplication.processEvents()  # the zero-delay timers the last answers started


def settled(check: Callable[[], None], *, most: float = 20.0) -> None:
    """`check` (a measure that asserts) once the window has settled: it is asked again,
    the event loop running between, until it passes; after `most` seconds its failure
    stands. `pump` ends when no read is in flight, but what the answers started may still
    be due — a column fit deferred until rows stop changing, a layout a late scroll bar
    redoes — and on a busy machine those come later than any fixed pause."""
    deadline = time.monotonic() + most
    while True:
        try:
            check()
            return
        except AssertionError:
            if time.monotonic() >= deadline:
                raise
        QTest.qWait(20)


@pytest.fixture
def open_window(demo_db: Database, qtbot: object) -> Iterator[object]:
    made: list[tuple[MainWindow, Operations]] = []

    def make(size: tuple[int, int]) -> tuple[MainWindow, Operations]:
        login = default_login(demo_db)
        assert login is not None
        actor = actor_for(demo_db, login)
        agency = get_agency(demo_db)
        assert agency is not None
        window = MainWindow()
        ops = Operations(demo_db, actor, parent=window)
        ctx = AppContext(ops, window.registry, actor, QLocale(agency.locale), agency.currency)
        window.install(ctx, agency.name)
        window.resize(*size)
        window.show()
        pump(ops)
        made.append((window, ops))
        return window, ops

    yield make
    for window, ops in made:
        ops.shutdown()
        window.close_guard.allow = lambda _event: True  # type: ignore[method-assign, assignment]
        window.close()
        window.deleteLater()
    QApplication.processEvents()


def header_of(view: QAbstractItemView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()  # type: ignore[attr-defined]


def assert_fits(
    view: QAbstractItemView, needed: Sequence[int], what: str, whole: Sequence[int] = ()
) -> None:
    """Every `needed` column shown; no shown title cut; the `whole` ones' cells not cut
    either; no shown column past the right edge; the table itself inside the window —
    once the window has settled (`settled`)."""
    settled(lambda: _fits_now(view, needed, what, whole))


def _fits_now(
    view: QAbstractItemView, needed: Sequence[int], what: str, whole: Sequence[int]
) -> None:
    header = header_of(view)
    model = view.model()
    names = [str(model.headerData(c, header.orientation())) for c in range(header.count())]
    elided = [
        (names[c], header.sectionSize(c), view.sizeHintForColumn(c))
        for c in whole
        if header.sectionSize(c) < view.sizeHintForColumn(c)
    ]
    assert not elided, f"{what}: cells cut {elided}"
    hidden = [names[c] for c in needed if header.isSectionHidden(c)]
    assert not hidden, f"{what}: hidden {hidden}"
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    cut = [
        (names[c], header.sectionSize(c), header.sectionSizeHint(c))
        for c in shown
        if header.sectionSize(c) < header.sectionSizeHint(c) - 1
    ]
    assert not cut, f"{what}: titles cut {cut}"
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in shown)
    assert right <= view.viewport().width() + 1, (
        f"{what}: columns end at {right}, the table shows {view.viewport().width()}"
    )
    window = view.window()
    corner = view.mapTo(window, QPoint(view.width(), view.height()))
    assert corner.x() <= window.width() + 1, f"{what}: the table runs off the window"
    assert view.viewport().width() > 0, f"{what}: no room at all"


def grab(window: QWidget, out: Path, name: str) -> None:
    window.grab().save(str(out / f"{name}.png"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_window_takes_the_size_it_is_given(open_window, size) -> None:  # type: ignore[no-untyped-def]
    window, ops = open_window(size)
    for area in ("accounts", "campaigns", "pending", "team", "people"):
        window.switch_to(area)
        pump(ops, 0.2)
        assert (window.width(), window.height()) == size, (area, window.size())
    window.switch_to("campaigns")
    window.areas["campaigns"].controller.list_view.board_button.click()
    pump(ops, 0.3)
    assert (window.width(), window.height()) == size, ("board", window.size())


def test_the_rail_collapses_by_itself_in_a_small_window(open_window) -> None:  # type: ignore[no-untyped-def]
    window, ops = open_window((1280, 800))
    assert not window.rail.collapsed
    window.resize(1024, 700)
    pump(ops, 0.2)
    assert window.rail.collapsed
    window.resize(1280, 800)
    pump(ops, 0.2)
    assert not window.rail.collapsed  # the person's own choice comes back


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_accounts_fit(open_window, size, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, ops = open_window(size)
    window.switch_to("accounts")
    accounts = window.areas["accounts"].controller
    accounts.list_view.mine.setChecked(False)
    pump(ops)
    assert_fits(
        accounts.list_view.table, [0, 2, 3], "accounts list (name, NIF, status)", whole=[0, 2]
    )
    search = accounts.list_view.search
    metrics = search.fontMetrics()
    assert metrics.horizontalAdvance(search.placeholderText()) <= search.width() - 56, (
        "the search box's placeholder is cut"
    )
    account_id = accounts.model.record_id(1)
    accounts.list_view.select_account(account_id)
    pump(ops)
    grab(window, tmp_path, "accounts")
    detail = accounts.detail_view
    row = detail.header_buttons  # beside the title: whole labels, the rest under «Más»

    def buttons_whole() -> None:
        shown = [b for b in row.buttons() if b.isVisible()]
        assert shown and shown[0].text() == "Editar cuenta"
        for button in shown:
            assert button.width() >= button.sizeHint().width(), (
                button.text(),
                row.width(),
                [(b.text(), b.width(), b.sizeHint().width()) for b in shown],
            )
            assert button.geometry().right() <= row.width(), button.text()

    settled(buttons_whole)
    shown = [b for b in row.buttons() if b.isVisible()]
    in_menu = [a.text() for a in row.shown_in_menu()]
    offered = [text.rstrip("…") for text in [b.text() for b in shown] + in_menu]
    assert "Desactivar cuenta" in offered
    assert "Reactivar cuenta" not in offered  # the account is active
    assert row.more.isVisible() == bool(in_menu)
    detail.tabs.setCurrentIndex(2)
    pump(ops, 0.2)
    contacts = detail.contacts_tab.contacts
    # the e-mail shares the room with the name and title (test_account_tabs_fit.py)
    assert_fits(contacts, [0, 1, 6, 7], "contacts (name, title, e-mail, phone)", whole=[7])
    grab(window, tmp_path, "contacts")
    detail.tabs.setCurrentIndex(3)
    pump(ops, 0.2)
    assert_fits(detail.team, [0, 1, 2], "team (name, part, role)")
    detail.tabs.setCurrentIndex(4)
    pump(ops, 0.2)
    assert_fits(detail.history, [0, 1, 2, 3], "history (with its changes)")


def test_the_divider_moves_both_ways(open_window) -> None:  # type: ignore[no-untyped-def]
    window, ops = open_window((1280, 800))
    window.switch_to("accounts")
    accounts = window.areas["accounts"].controller
    pump(ops)
    accounts.list_view.select_account(accounts.model.record_id(0))  # the divider is the
    pump(ops)  # open account's: with none open, the list takes the width it wants
    splitter = accounts.page.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([total - 100, 100])
    wide_list = splitter.sizes()[0]
    splitter.setSizes([100, total - 100])
    narrow_list, wide_detail = splitter.sizes()[:2]  # the list, the account page
    assert wide_list >= narrow_list + 200, "the divider hardly moves"
    assert wide_detail >= total * 0.7, "the detail pane cannot take the width"
    # the account page keeps its tabs whole: the list gives way, not the tabs
    assert splitter.sizes()[1] >= accounts.detail_view.needed_width()


@pytest.mark.parametrize("size", [*SIZES, (1600, 900)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_campaigns_fit(open_window, size, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, ops = open_window(size)
    window.switch_to("campaigns")
    campaigns = window.areas["campaigns"].controller
    pump(ops)
    table = campaigns.list_view.table
    assert_fits(table, [0, 1, 2, 4, 5, 6, 7], "campaigns (budget, deadline, owner)", whole=[7])
    header = table.horizontalHeader()

    def no_gap() -> None:
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        used = sum(header.sectionSize(c) for c in shown)
        assert used >= table.viewport().width() - 2, "the columns leave a gap on the right"

    settled(no_gap)
    search = campaigns.list_view.search
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) <= search.width() - 56
    grab(window, tmp_path, "campaigns")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_campaign_fits(open_window, size, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The approvals with their comments; an acta's next steps with who and when."""
    from agencia.ui.campaigns.detail_view import TAB_APPROVALS, TAB_MEETINGS

    window, ops = open_window(size)
    window.switch_to("campaigns")
    campaigns = window.areas["campaigns"].controller
    campaigns.list_view.mine.setChecked(False)
    pump(ops)
    rows = [campaigns.model.record_id(n) for n in range(campaigns.model.rowCount())]
    steps_seen = approvals_seen = False
    for campaign_id in rows:
        if campaign_id is None or (steps_seen and approvals_seen):
            continue
        campaigns.open_campaign(campaign_id)
        pump(ops, 0.5)
        view = campaigns.detail_view
        trail = view.approval_panel.trail
        if not approvals_seen and trail.model.rowCount():
            view.tabs.setCurrentIndex(TAB_APPROVALS)
            pump(ops, 0.2)
            assert_fits(trail.table, [0, 2, 3, 5, 9], "approvals (with the comment)", whole=[5])
            grab(window, tmp_path, "approvals")
            approvals_seen = True
        meetings = view.meetings_tab
        for row in range(meetings.model.rowCount()):
            meetings.list.selectRow(row)
            pump(ops, 0.2)
            if meetings.steps_model.rowCount():
                view.tabs.setCurrentIndex(TAB_MEETINGS)
                pump(ops, 0.2)
                assert_fits(meetings.steps, [0, 1, 2, 3], "next steps", whole=[1, 2])
                grab(window, tmp_path, "steps")
                steps_seen = True
                break
        campaigns.back_to_list()
        pump(ops, 0.2)
    assert approvals_seen and steps_seen, (approvals_seen, steps_seen, len(rows))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_pending_fits(open_window, size, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Pendientes on the demo: its urgency groups with counts, every column in sight, the
    item's action beside Abrir with its whole text."""
    window, ops = open_window(size)
    window.switch_to("pending")
    view = window.areas["pending"].controller.view
    pump(ops, 0.6)
    groups = view.rows()
    assert groups, "the demo's default login has nothing pending"
    assert all(name.endswith(")") for name, _rows in groups)  # "Vencidos (3)"…
    assert_fits(view.tree, [0, 1, 2, 3], "pending")

    def whole() -> None:
        for button in (view.open_button, view.act_button):
            if button.isVisible():
                assert button.width() >= button.sizeHint().width(), button.text()
        assert view.summary.width() >= view.summary.sizeHint().width() - 1, view.summary.text()

    settled(whole)
    grab(window, tmp_path, f"pending-{size[0]}")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_service_fits(open_window, size, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The queue: the countdown, the subject (it gets the room), the account, the status
    and the priority in sight; the subject never cut down to a few letters."""
    window, ops = open_window(size)
    window.switch_to("service")
    view = window.areas["service"].controller.view
    pump(ops, 0.6)
    assert view.model.rowCount(), "the demo has no requests"
    assert_fits(view.table, [0, 1, 2, 5, 6], "service queue", whole=[0, 5])
    header = view.table.horizontalHeader()

    def subject_room() -> None:
        assert header.sectionSize(1) >= min(200, view.table.sizeHintForColumn(1)), (  # its floor
            "the subject is cut short",
            header.sectionSize(1),
        )

    settled(subject_room)
    grab(window, tmp_path, "service")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_board_fits_its_columns(open_window, size, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """At both sizes the columns with cards stay wide enough to read (a name in two lines,
    the budget whole; empty ones folded) and the board scrolls sideways: every column
    has its header (status and count) in view, and the scroll bar reaches the last."""
    from agencia.ui.campaigns.board_columns import MIN_WIDTH

    window, ops = open_window(size)
    window.switch_to("campaigns")
    campaigns = window.areas["campaigns"].controller
    campaigns.list_view.set_mode("board")
    pump(ops)
    board = campaigns.board
    assert board is not None and board.isVisible()
    pump(ops)
    view = board.scroll_area.viewport()
    full = [c for c in board.columns.values() if not c.folded]
    assert len(full) >= 5, "the demo should fill most columns"

    def in_view() -> None:
        for column in full:
            header = column.mapTo(view, QPoint(0, 40)).y()
            assert header >= 0, f"{column.status}: header above the view"
            assert column.width() >= MIN_WIDTH - 8, f"{column.status}: {column.width()} px"
        last = list(board.columns.values())[-1]
        right = last.mapTo(board.lane, QPoint(last.width(), 0)).x()
        assert board.scroll_area.horizontalScrollBar().maximum() + view.width() >= right

    settled(in_view)
    for column in full:
        for n in range(column.model.rowCount()):  # what a narrow card elides, its tip says
            row = column.model.rows[n]
            tip = str(column.model.index(n, 0).data(Qt.ItemDataRole.ToolTipRole))
            assert row.name in tip and board.budget_text(row) in tip, tip
    grab(window, tmp_path, "board")
