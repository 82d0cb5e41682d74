"""The window's tests collect as the window does: Python's cycle collector runs from the
GUI thread's event loop only (`ui/shell/collector.py`), never at whatever allocation
happens to pass its threshold. Left automatic, a collection started on the test's main
thread inside a wait (pytest-qt's event loop) while a start-up worker read the reopened
database, and the xdist worker died of a segmentation fault
(test_restore_action.py). The tests of the collector itself ask for Python's own
(`python_collects`)."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from agencia.ui.shell import collector


class Node:
    """An object in a reference cycle: only the cycle collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_a_gui_test_collects_on_the_gui_thread_only(qtbot: QtBot) -> None:
    installed = collector._installed
    assert isinstance(installed, collector.GuiCollector) and not installed.paused
    assert not gc.isenabled()  # no collection at an allocation's whim
    where: list[int] = []

    def seen(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            where.append(threading.get_ident())

    gc.callbacks.append(seen)
    try:
        worker = threading.Thread(target=lambda: [Node() for _ in range(50_000)])
        worker.start()
        worker.join()
        assert where == []  # the worker made plenty of cycles, and collected none
        qtbot.waitUntil(lambda: bool(where), timeout=5000)  # the GUI thread's timer did
        assert set(where) == {threading.main_thread().ident}
    finally:
        gc.callbacks.remove(seen)


def test_a_test_of_the_collector_itself_has_pythons_own(python_collects: None) -> None:
    assert gc.isenabled()
    assert collector._installed is None
