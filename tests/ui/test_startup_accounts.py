"""At sign-in the accounts area reads its list once, builds no account page until an
account is opened, and asks for the filters' choices only once the list has answered
(issue 14: each of these ran beside, or before, the first page's read)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from agencia.domain.areas import AreaId
from agencia.ui.accounts import controller as accounts_controller
from agencia.ui.accounts.list_view import MINE_KEY
from agencia.ui.area import AppContext
from agencia.ui.ops import Operations
from agencia.ui.settings import settings
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


def test_sign_in_reads_the_accounts_list_once_and_the_choices_after_it(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], monkeypatch: Any
) -> None:
    monkeypatch.setattr(area_builder, "QUIET_MS", 60_000)  # no idle building meanwhile
    settings().setValue(MINE_KEY, True)  # «Mis cuentas» as the person left it: ticked
    ops = make_ops(agency.admin, synchronous=False)  # real reader threads, as in the app
    started = _recording(ops, monkeypatch)
    window = _signed_in(qtbot, ops)
    controller = window.areas[AreaId.ACCOUNTS].controller  # type: ignore[attr-defined]
    choices = accounts_controller._load_options.__name__
    before = controller.options
    qtbot.waitUntil(lambda: choices in [name for name, _ in started], timeout=10_000)
    qtbot.waitUntil(lambda: ops.in_flight == 0, timeout=10_000)
    names = [name for name, _ in started]
    assert names.count("_ids_and_first_page") == 1  # not once for the box, once to show
    assert controller.model.query.mine  # … and that one read took the box in
    at = names.index(choices)
    assert names.index("_ids_and_first_page") < at
    assert started[at][1] == 0  # the list had answered before the choices were asked
    qtbot.waitUntil(lambda: controller.options is not before, timeout=10_000)  # they arrive


def test_the_account_page_is_built_when_an_account_is_first_opened(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], monkeypatch: Any
) -> None:
    monkeypatch.setattr(area_builder, "QUIET_MS", 60_000)
    ops = make_ops(agency.admin, synchronous=False)
    window = _signed_in(qtbot, ops)
    controller = window.areas[AreaId.ACCOUNTS].controller  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: controller.model.loaded, timeout=10_000)
    assert not controller.built_detail
    assert controller.page.placeholder.isVisible()  # its empty state stands in

    window.navigate(AreaId.ACCOUNTS, agency.ids["coca"])
    qtbot.waitUntil(
        lambda: controller.detail is not None and controller.detail.id == agency.ids["coca"],
        timeout=10_000,
    )
    assert controller.built_detail
    view = controller.detail_view
    assert view.isVisible()
    assert view.title.text() == "Coca-Cola"
    assert controller.page.splitter.widget(1) is view  # where the stand-in was
    titles = [view.tabs.tabText(n) for n in range(view.tabs.count())]
    assert any("Satisfacción" in t for t in titles)  # the other areas' tabs, too
