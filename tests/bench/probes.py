"""One figure of the benchmark suite, measured inside a fresh process (run.py starts it).

`python tests/bench/probes.py NAME URL` prints one JSON line: {"ms": [samples...]} (or
{"mb": [...]}, {"note": ...}). Figures that start from the spawn read the parent's wall
clock from BENCH_T0 (time.time() just before the process was started), so the
interpreter's own start and every import count. Nothing here is a test: run.py judges.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
T0 = float(os.environ.get("BENCH_T0", "0") or time.time())
TYPED = ("garcia", "coca", "zz")  # what the keystroke figure types, one letter at a time


def since_spawn() -> float:
    return (time.time() - T0) * 1000


def emit(**values: Any) -> None:
    print(json.dumps(values), flush=True)


# -- the window, with the real start-up --------------------------------------------------
class Watch:
    """Calls `check(obj)` on every Paint event of what it watches until it returns True,
    so "painted" means Qt really painted, not that data arrived.

    It watches the main window (application-wide only until the window exists, to find
    it), then whatever `watch(...)` adds (the accounts list's rows). Never the whole
    application: an application-wide filter hands Python every object that gets an event,
    and being handed one of Qt's private classes (the QAnimationTimer a focused line edit
    starts) makes Shiboken create every lazily loaded class of QtCore, QtGui and QtWidgets
    to find its type: 139 enums, 35-45 ms of CPU (measured) that the window itself never
    spends (it filters nothing application-wide before its first page has its answers),
    and the bare window, without a line edit, did not pay either. A window paints before
    its children, so its own first Paint event is the first of the window's."""

    def __init__(self, app: Any) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QMainWindow

        self.checks: list[Callable[[Any], bool]] = []
        self.found = False  # the main window (found as it is made)
        paint = QEvent.Type.Paint

        class Filter(QObject):
            def eventFilter(inner, obj: Any, event: Any) -> bool:
                if not self.found and isinstance(obj, QMainWindow):
                    app.removeEventFilter(inner)  # the window found: on it alone
                    obj.installEventFilter(inner)
                    self.found = True
                if event.type() == paint and self.checks:
                    self.checks = [c for c in self.checks if not c(obj)]
                return False

        self.filter = Filter()
        app.installEventFilter(self.filter)

    def watch(self, *objects: Any) -> None:
        """Look at these objects' paints too."""
        for obj in objects:
            obj.installEventFilter(self.filter)


def wait(condition: Callable[[], bool], seconds: float = 120) -> None:
    """Run the event loop until `condition()`, looked at every millisecond. The loop
    sleeps between events as the window's own does: a loop of processEvents() would spin
    on the GUI thread, taking a core and the interpreter's lock from the readers it
    waits for (it made a keystroke's read 2-4x slower than in the window people use)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    deadline = time.monotonic() + seconds
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(1)

    def look() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(look)
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise TimeoutError("the window did not get there in time")


def _is_main_window(obj: Any) -> bool:
    from PySide6.QtWidgets import QMainWindow, QWidget

    return isinstance(obj, QWidget) and isinstance(obj.window(), QMainWindow)


def bare_paint() -> None:
    """The floor: a bare PySide6 main window, spawn to first paint."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    watch = Watch(app)
    done: list[float] = []
    watch.checks.append(lambda obj: _is_main_window(obj) and not done.append(since_spawn()))
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    wait(lambda: bool(done))
    emit(ms=done)


def _accounts_list(window: Any) -> Any:
    from PySide6.QtWidgets import QLineEdit

    search = window.findChild(QLineEdit, "accountsSearch")
    return search.parentWidget() if search is not None else None


def _rows_painted(view: Any) -> Callable[[Any], bool]:
    """A paint of the list's rows with the first page in (real rows, not placeholders) —
    whether the IDs and the count are in yet or not: a first page read ahead of them
    (`AheadListModel`) counts once painted, as the campaigns list's figure counts it
    (`_first_campaigns_page`). An empty list counts once it is known to be empty (the IDs
    in): its empty state is what gets painted."""
    model = view.model
    viewport = view.table.viewport()

    def check(obj: Any) -> bool:
        if model.rowCount() == 0:  # nothing found: the empty state is what gets painted
            return model.loaded and (obj is view.empty or view.empty.isAncestorOf(obj))
        return obj is viewport and model.is_page_loaded(0)

    return check


class App:
    """`agencia` as a person starts it (its entry, which makes the QApplication), with
    hooks at its milestones: the paint watch goes on the application as soon as the app
    has made it (`create_application`, wrapped here), before its window exists."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.watch: Any = None
        self.marks: dict[str, float] = {}
        self.window: Any = None

    def run(self, when_ready: Callable[[Any], None] | None = None) -> None:
        from agencia import app as agencia_app
        from agencia.cli import entry

        marks = self.marks

        def first_paint(obj: Any) -> bool:
            if _is_main_window(obj):
                marks.setdefault("paint", since_spawn())
                return True
            return False

        made = agencia_app.create_application

        def create_application(argv: list[str] | None = None) -> Any:
            app = made(argv)
            self.watch = Watch(app)
            self.watch.checks.append(first_paint)
            return app

        agencia_app.create_application = create_application

        def ready(window: Any, _startup: Any) -> None:
            from PySide6.QtWidgets import QWidget

            marks["ready"] = since_spawn()
            self.window = window
            # the list's rows are painted after this (their paint is a low-priority event
            # posted once their page is in; this runs on an event posted as start-up ended)
            view = _accounts_list(window)
            if view is None:
                raise RuntimeError("no accounts list at start")
            self.watch.watch(view.table.viewport(), view.empty, *view.empty.findChildren(QWidget))

            def first_rows(obj: Any) -> bool:
                if _rows_painted(view)(obj):
                    marks.setdefault("rows", since_spawn())
                    return True
                return False

            self.watch.checks.append(first_rows)
            wait(lambda: "rows" in marks)
            if when_ready is not None:
                when_ready(window)

        # as `agencia --db URL` opens it: its entry (agencia.cli.entry), the check of the
        # system libraries Qt needs, then run_gui, which makes the QApplication
        code = entry.open_window(self.url, on_ready=ready)
        if code != 0:
            raise SystemExit(f"agencia exited with {code}")


def app_start(url: str) -> None:
    """Spawn to first paint, to signed in, and to the first page of accounts painted."""
    runner = App(url)
    runner.run()
    emit(paint=runner.marks["paint"], ready=runner.marks["ready"], rows=runner.marks["rows"])


def settled(window: Any) -> None:
    """The areas not shown at start are built in the window's first idle moments (a
    person looks at the list before typing or clicking), and their first reads answered:
    the figures after start-up measure the typing or the page, not that building."""
    wait(lambda: window.builder.done)
    wait(lambda: window.ctx.ops.in_flight == 0)


def _settled_paint(window: Any, act: Callable[[], None], ops: Any, view: Any = None) -> float:
    """Milliseconds from `act()` to a paint after every read it started has answered."""
    from PySide6.QtCore import QCoreApplication

    painted: list[float] = []
    start = time.perf_counter()
    act()
    QCoreApplication.processEvents()
    wait(lambda: ops.in_flight == 0)
    settled = time.perf_counter()
    target = view or window.stack.currentWidget()
    target.update()
    repaint = getattr(target, "repaint", None)
    if repaint is not None:
        repaint()
    painted.append(time.perf_counter())
    return (max(painted[0], settled) - start) * 1000


# A person clears the box and looks at the whole list again before typing the next word.
WORD_PAUSE_MS = 300


def _paint_ends(widget: Any, ends: list[float]) -> None:
    """Note in `ends` when each of `widget`'s paints ends (its rows drawn, not begun)."""
    paint = type(widget).paintEvent

    def noted(event: Any) -> None:
        paint(widget, event)
        ends.append(time.perf_counter())

    widget.paintEvent = noted  # the instance's own: only this probe's window


def keystrokes(url: str) -> None:
    """Keystroke → the list's rows (or its empty state) painted for what is typed now, per
    letter typed: until the end of the window's own first paint after the answer, as the
    person sees it. (It once forced a second, synchronous repaint after the one the event
    loop had already done, and counted both; and typed a word's first letter while the
    whole list, just cleared, was still being painted and fitted.)"""
    from PySide6.QtTest import QTest

    samples: list[float] = []

    def type_words(window: Any) -> None:
        view = _accounts_list(window)
        model = view.model
        settled(window)
        ends: list[float] = []
        _paint_ends(view.table, ends)
        _paint_ends(view.empty, ends)
        answers: list[float] = []
        model.ids_loaded.connect(lambda _count: answers.append(time.perf_counter()))
        for word in TYPED:
            view.search.setFocus()
            view.search.clear()
            view.apply_filters()
            wait(lambda: model.loaded and model.query.text == "")
            QTest.qWait(WORD_PAUSE_MS)
            for letter in word:
                start = time.perf_counter()
                QTest.keyClicks(view.search, letter)
                typed = view.search.text().strip()

                def answered(typed: str = typed) -> bool:
                    return bool(
                        model.loaded
                        and model.query.text == typed
                        and (model.rowCount() == 0 or model.is_page_loaded(0))
                    )

                wait(answered, 30)
                answer = answers[-1] if answers and answers[-1] > start else start

                def painted_since(answer: float = answer) -> bool:
                    return any(end > answer for end in ends)

                if not painted_since():
                    # no paint yet, or none due: nothing on screen changed (the empty state
                    # again); what is shown is painted once more, and that paint counts
                    view.stack.currentWidget().update()
                    wait(painted_since, 30)
                painted = next(end for end in ends if end > answer)
                samples.append((painted - start) * 1000)

    runner = App(url)
    runner.run(type_words)
    emit(ms=samples)


def _director(url: str) -> tuple[Any, Any]:
    from agencia.db.database import open_database
    from agencia.services import auth

    db = open_database(url)
    login = auth.default_login(db)
    assert login is not None
    return db, auth.actor_for(db, login)


def keystrokes_sql(url: str) -> None:
    """The floor: the same prefixes' SQL run directly (IDs, then the first page of rows),
    as the window asks it: the list with nothing typed read once (the window holds it)
    and readied when idle (narrowed to nothing typed), each keystroke narrowing it
    (`account_ids_within`)."""
    from agencia.services.accounts.queries import AccountQuery, account_rows, search_account_ids
    from agencia.services.accounts.within import account_ids_within

    db, director = _director(url)
    query = AccountQuery(mine=True)  # «Mis cuentas», as a new window starts
    listed = search_account_ids(db, director, query)
    account_rows(db, director, listed[:100])  # the window shows its first page first
    account_ids_within(db, director, "", listed)  # what the window does once idle
    samples = []
    for word in TYPED:
        for n in range(1, len(word) + 1):
            start = time.perf_counter()
            ids = account_ids_within(db, director, word[:n], listed)
            account_rows(db, director, ids[:100])
            samples.append((time.perf_counter() - start) * 1000)
    db.close()
    emit(ms=samples)


# Records of each kind opened per process: enough that a process's own first open (the
# slow one, if any) is one sample of many, and few enough for --quick (~0.1 s each).
PAGE_SAMPLES = 14


def _some_ids(url: str, count: int = PAGE_SAMPLES) -> tuple[list[int], list[int]]:
    """Accounts and campaigns the director sees, spread over the list (campaigns in ID
    order: the first are the small demo's, with their actas and proposals). Any campaign
    would time, for some, the refusal's message box instead of a page."""
    from agencia.services.accounts.queries import AccountQuery, search_account_ids
    from agencia.services.campaigns.queries import CampaignQuery, search_campaign_ids

    db, director = _director(url)
    accounts = search_account_ids(db, director, AccountQuery())
    campaigns = sorted(search_campaign_ids(db, director, CampaignQuery()))
    db.close()
    step = max(1, len(accounts) // count)
    return accounts[::step][:count], campaigns[:: max(1, len(campaigns) // count)][:count]


def _campaigns_list(window: Any) -> Any:
    from PySide6.QtWidgets import QLineEdit

    from agencia.domain.areas import AreaId

    page = window.areas[AreaId.CAMPAIGNS].widget()
    return page.findChild(QLineEdit, "campaignsSearch").parentWidget()


def _first_campaigns_page(window: Any) -> tuple[float, float]:
    """Switching to Campañas the first time: milliseconds to the end of the first paint
    of the list's first rows (or to its empty state, when it has none), and to every read
    answered (all the IDs in: the count shown, the scroll bar's range)."""
    from agencia.domain.areas import AreaId

    view = _campaigns_list(window)
    model = view.model
    table = view.table
    paint = type(table).paintEvent
    painted: list[float] = []

    def noted(event: Any) -> None:
        rows = model.rowCount() > 0 and model.is_page_loaded(0)  # not placeholders
        paint(table, event)
        if rows and not painted:
            painted.append(time.perf_counter())

    table.paintEvent = noted  # the instance's own: only this probe's window
    start = time.perf_counter()
    window.switch_to(AreaId.CAMPAIGNS)

    def shown() -> bool:
        if not painted and model.loaded and model.rowCount() == 0:
            painted.append(time.perf_counter())  # nothing to list: its empty state
        return bool(painted)

    wait(shown)
    wait(lambda: model.loaded and window.ctx.ops.in_flight == 0)
    answered = time.perf_counter()
    del table.paintEvent
    return (painted[0] - start) * 1000, (answered - start) * 1000


def pages(url: str) -> None:
    """Opening account pages and campaign pages with all their panels' reads answered,
    painted; and the campaigns list's first page painted, the first time it is shown."""
    from agencia.domain.areas import AreaId

    accounts, campaigns = _some_ids(url)
    found: dict[str, list[float]] = {
        "account": [],
        "campaign": [],
        "campaigns_list": [],
        "campaigns_list_ids": [],
    }

    def open_pages(window: Any) -> None:
        ops = window.ctx.ops
        settled(window)
        first_page, every_id = _first_campaigns_page(window)
        found["campaigns_list"].append(first_page)
        found["campaigns_list_ids"].append(every_id)
        for kind, area, ids in (
            ("account", AreaId.ACCOUNTS, accounts),
            ("campaign", AreaId.CAMPAIGNS, campaigns),
        ):
            window.switch_to(area)
            wait(lambda: ops.in_flight == 0)
            for record_id in ids:

                def go(record_id: int = record_id, area: AreaId = area) -> None:
                    window.navigate(area, record_id)

                found[kind].append(_settled_paint(window, go, ops))

    App(url).run(open_pages)
    emit(**found)


def pages_sql(url: str) -> None:
    """The floors: each page's service read alone (the account's, the campaign's), and
    the campaigns list's first page as the window reads it first."""
    from agencia.services.accounts.queries import get_account
    from agencia.services.campaigns.queries import (
        CampaignQuery,
        get_campaign,
        search_campaign_ids,
    )
    from agencia.services.campaigns.warm import warm_campaign_page

    accounts, campaigns = _some_ids(url)
    db, director = _director(url)
    warm_campaign_page(db, director)  # as the window does at idle: statements compiled
    found: dict[str, list[float]] = {
        "ms": [],
        "campaign": [],
        "campaigns_list": [],
        "campaigns_ids": [],
    }
    for key, read, ids in (("ms", get_account, accounts), ("campaign", get_campaign, campaigns)):
        for record_id in ids:
            start = time.perf_counter()
            read(db, director, record_id)
            found[key].append((time.perf_counter() - start) * 1000)
    query = CampaignQuery(mine=True)  # «Mis campañas», as a director's list first shows
    for _ in range(5):
        start = time.perf_counter()
        _read_first_campaigns(db, director, query)
        found["campaigns_list"].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        search_campaign_ids(db, director, query)
        found["campaigns_ids"].append((time.perf_counter() - start) * 1000)
    db.close()
    emit(**found)


def _read_first_campaigns(db: Any, director: Any, query: Any) -> None:
    """The campaigns list's first page of rows, read as the window reads it first: alone,
    ahead of the IDs (services/campaigns/first_page.py)."""
    from agencia.services.campaigns.first_page import first_campaign_rows

    first_campaign_rows(db, director, query, 200)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _scroll_to_end(view: Any, loaded: Callable[[], bool]) -> None:
    bar = view.verticalScrollBar()
    step = max(bar.pageStep(), bar.maximum() // 50)  # 50 stops, each page shown loaded
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + step)
        wait(loaded, 60)


def memory(url: str) -> None:
    """Resident memory, the large database open and the accounts list scrolled to the end."""
    result: list[float] = []

    def scroll(window: Any) -> None:
        settled(window)  # every area built, as in a window used for a while
        view = _accounts_list(window)
        model = view.model
        table = view.table

        def loaded() -> bool:
            row = table.rowAt(table.viewport().height() // 2)
            return window.ctx.ops.in_flight == 0 and (row < 0 or model.is_page_loaded(row))

        _scroll_to_end(table, loaded)
        result.append(_rss_mb())

    App(url).run(scroll)
    emit(mb=result)


def memory_bare(_url: str) -> None:
    """The floor: a bare window with a 100,000-row, 9-column model, scrolled end to end."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    rows = [(f"Cliente {n}", f"Cliente {n} S.L.", f"B{n:08d}", "activa") for n in range(100_000)]

    class Model(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return len(rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 9

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return rows[index.row()][index.column() % 4]
            return None

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(Model())
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    _scroll_to_end(table, lambda: True)
    emit(mb=[_rss_mb()])


def deck(_url: str) -> None:
    """A long campaign deck (bench_decks' sample) and plain ReportLab drawing its words."""
    sys.path.insert(0, str(HERE))
    import bench_decks

    from agencia.decks import DeckOptions, render_campaign

    content = bench_decks.long_campaign()
    options = DeckOptions()
    first = render_campaign(content, options)  # fonts read once per process
    bench_decks.plain_reportlab(content)
    designed, plain = [], []
    for _ in range(int(os.environ.get("BENCH_REPEAT", "5"))):
        start = time.perf_counter()
        render_campaign(content, options)
        designed.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        bench_decks.plain_reportlab(content)
        plain.append((time.perf_counter() - start) * 1000)
    emit(ms=designed, floor=plain, slides=bench_decks.pages(first))


PROBES: dict[str, Callable[[str], None]] = {
    "bare_paint": lambda _url: bare_paint(),
    "app_start": app_start,
    "keystrokes": keystrokes,
    "keystrokes_sql": keystrokes_sql,
    "pages": pages,
    "pages_sql": pages_sql,
    "memory": memory,
    "memory_bare": memory_bare,
    "deck": deck,
}

if __name__ == "__main__":
    from area_probes import AREA_PROBES  # the areas' figures (tests/bench/area_probes.py)

    PROBES.update(AREA_PROBES)
    PROBES[sys.argv[1]](sys.argv[2] if len(sys.argv) > 2 else "")
