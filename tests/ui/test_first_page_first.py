"""At sign-in the page shown reads first: Pendientes' count (a read of every area's tables,
seconds on a big agency) starts only once the accounts list's first read has answered.
Beside it, that read was several times slower: a second thread busy in Python takes the
interpreter's lock from a read that fetches row by row (issue 14's 1.8 s → 7 s)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from agencia.areas import pending_for
from agencia.domain.areas import AreaId
from agencia.ui import settings
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

    qtbot.waitUntil(lambda: bool(badges), timeout=10_000)  # the count still arrives
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
    qtbot.waitUntil(lambda: ops.in_flight == 0, timeout=10_000)
    qtbot.wait(400)  # past the quiet time the start-up count waits for
    assert [name for name, _ in started].count(pending_for.__name__) == 1
