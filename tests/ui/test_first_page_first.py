"""At sign-in the page shown reads first: Pendientes' count (a read of every area's tables,
seconds on a big agency) starts only once the accounts list's first read has answered.
Beside it, that read was several times slower: a second thread busy in Python takes the
interpreter's lock from a read that fetches row by row (issue 14's 1.8 s → 7 s). The
accounts area reads its list once, asks for the filters' choices only once the list has
answered, and builds its account page (hidden) only at idle after both."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from agencia.areas import pending_for
from agencia.domain.areas import AreaId
from agencia.ui import settings
from agencia.ui.accounts import controller as accounts_controller
from agencia.ui.accounts.list_view import MINE_KEY
from agencia.ui.area import AppContext
from agencia.ui.ops import Operations
from agencia.ui.shell import area_builder
from agencia.ui.shell.window import MainWindow


def _recording(ops: Operations, monkeypatch: Any) -> list[tuple[str, int]]:
    """Every read the window starts: its function's name, and how many were in flight."""
    started: list[tuple[str, int]] = []
    read = ops.read

    def recorded(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> int:
        started.append((getattr(fn, "__name__", str(fn)), ops.in_flight))
        return read(fn, *args, **kwargs)

    monkeypatch.setattr(ops, "read", recorded)
    return started


def _signed_in(qtbot: QtBot, ops: Operations) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    ctx = AppContext(ops, window.registry, ops.actor, QLocale("es_ES"), "EUR")
    window.install(ctx, "Agencia Norte", lazy=True)  # as Startup.signed_in does
    return window


def test_pendientes_counts_only_after_the_accounts_page_has_its_first_answer(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], monkeypatch: Any
) -> None:
    monkeypatch.setattr(area_builder, "QUIET_MS", 60_000)  # no idle building meanwhile
    ops = make_ops(agency.admin, synchronous=False)  # real reader threads, as in the app
    started = _recording(ops, monkeypatch)
    window = _signed_in(qtbot, ops)
    assert list(window.areas) == [AreaId.PENDING, AreaId.ACCOUNTS]
    pending = window.areas[AreaId.PENDING]
    badges: list[int] = []
    pending.badge_changed.connect(badges.append)
    model = window.areas[AreaId.ACCOUNTS].controller.list_view.model  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: bool(badges))  # the count still arrives
    names = [name for name, _ in started]
    assert names.count(pending_for.__name__) == 1  # once, not once per cause
    at = names.index(pending_for.__name__)
    assert "_ids_and_first_page" in names[:at]  # the list asked first …
    assert started[at][1] == 0  # … and every read before the count had answered
    assert model.loaded
    assert badges == [0]


def test_pendientes_shown_first_reads_its_list_once(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], monkeypatch: Any
) -> None:
    monkeypatch.setattr(area_builder, "QUIET_MS", 60_000)
    settings.put(settings.LAST_AREA, "pending")
    ops = make_ops(agency.admin, synchronous=False)
    started = _recording(ops, monkeypatch)
    window = _signed_in(qtbot, ops)
    assert window.current_area() is window.areas[AreaId.PENDING]
    qtbot.waitUntil(lambda: ops.in_flight == 0)
    qtbot.wait(400)  # past the quiet time the start-up count waits for
    assert [name for name, _ in started].count(pending_for.__name__) == 1


def test_sign_in_reads_the_accounts_list_once_and_the_choices_after_it(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], monkeypatch: Any
) -> None:
    monkeypatch.setattr(area_builder, "QUIET_MS", 60_000)  # no idle building meanwhile
    settings.settings().setValue(MINE_KEY, True)  # «Mis cuentas» as the person left it: ticked
    ops = make_ops(agency.admin, synchronous=False)  # real reader threads, as in the app
    started = _recording(ops, monkeypatch)
    window = _signed_in(qtbot, ops)
    controller = window.areas[AreaId.ACCOUNTS].controller  # type: ignore[attr-defined]
    choices = accounts_controller._load_options.__name__
    before = controller.options
    qtbot.waitUntil(lambda: choices in [name for name, _ in started])
    qtbot.waitUntil(lambda: ops.in_flight == 0)
    names = [name for name, _ in started]
    assert names.count("_ids_and_first_page") == 1  # not once for the box, once to show
    assert controller.model.query.mine  # … and that one read took the box in
    at = names.index(choices)
    assert names.index("_ids_and_first_page") < at
    assert started[at][1] == 0  # the list had answered before the choices were asked
    qtbot.waitUntil(lambda: controller.options is not before)  # they arrive


def test_the_account_page_is_built_at_idle_once_the_list_and_its_choices_have_answered(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], monkeypatch: Any
) -> None:
    """Built on the first open, the page was most of that open's time: it is built
    hidden (the list keeps its width) when nothing is in flight after the list and its
    choices, and one account is read as the page reads it (`warm_account_page`)."""
    monkeypatch.setattr(area_builder, "QUIET_MS", 60_000)
    ops = make_ops(agency.admin, synchronous=False)
    started = _recording(ops, monkeypatch)
    built: list[tuple[list[str], int]] = []
    real_build = accounts_controller.AccountsController._build_detail_view

    def build(self: Any) -> Any:
        built.append(([name for name, _ in started], ops.in_flight))
        return real_build(self)

    monkeypatch.setattr(accounts_controller.AccountsController, "_build_detail_view", build)
    window = _signed_in(qtbot, ops)
    controller = window.areas[AreaId.ACCOUNTS].controller  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: controller.built_detail)
    (before, in_flight), *_ = built
    assert "_ids_and_first_page" in before and accounts_controller._load_options.__name__ in before
    assert in_flight == 0  # nobody was waiting for a read meanwhile
    qtbot.waitUntil(lambda: "warm_account_page" in [n for n, _ in started])
    qtbot.waitUntil(lambda: ops.in_flight == 0)
    assert controller.page.placeholder.isVisible()  # no account open: its empty state
    assert not controller.detail_view.isVisible()
    assert controller.detail is None

    window.navigate(AreaId.ACCOUNTS, agency.ids["coca"])
    qtbot.waitUntil(
        lambda: controller.detail is not None and controller.detail.id == agency.ids["coca"],
        timeout=20_000,
    )
    assert controller.built_detail
    view = controller.detail_view
    assert view.isVisible()
    assert view.title.text() == "Coca-Cola"
    assert controller.page.splitter.widget(1) is view  # where the stand-in was
    titles = [view.tabs.tabText(n) for n in range(view.tabs.count())]
    assert any("Satisfacción" in t for t in titles)  # the other areas' tabs, too
