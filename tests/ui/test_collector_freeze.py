"""The cycle collector, resumed after start-up, never walks start-up's objects again
(`gc.freeze`): they live as long as the window, and a full collection over them took
120 ms of CPU, in the middle of whatever the person was doing (a keystroke's answer).
What is made from then on is collected as before (ui/shell/collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agencia.ui.shell.collector import (
    Pause,
    collect_on_gui_thread,
    stop_collecting_on_gui_thread,
)


class Node:
    """An object in a reference cycle: only the cycle collector frees it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def unfrozen(python_collects: None) -> Iterator[None]:
    """The test process as it was: Python's own collector (not the GUI tests' GUI-thread
    one, tests/ui/conftest.py), nothing left out of its collections."""
    assert gc.isenabled()
    yield
    gc.unfreeze()
    gc.enable()


def test_start_ups_objects_are_frozen_when_the_collector_resumes(unfrozen: None) -> None:
    gc.unfreeze()
    pause = Pause()
    assert not gc.isenabled()
    made = [Node() for _ in range(1000)]  # what start-up made, and keeps
    assert gc.get_freeze_count() == 0
    pause.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made)
    frozen = gc.get_freeze_count()
    pause.resume()  # once only: nothing frozen again (frozen objects may die meanwhile)
    assert gc.get_freeze_count() <= frozen

    later = Node()  # made after start-up: collected as ever
    gone = weakref.ref(later)
    del later
    gc.collect()
    assert gone() is None


def test_a_collector_paused_by_someone_else_is_left_alone(unfrozen: None) -> None:
    gc.unfreeze()
    gc.disable()
    pause = Pause()
    pause.resume()
    assert not gc.isenabled() and gc.get_freeze_count() == 0


def test_collections_run_on_the_gui_thread_only(
    qtbot: QtBot, qapp: QApplication, unfrozen: None
) -> None:
    """A worker that allocates never collects: a collection in a worker's thread freed Qt
    objects the GUI thread owns, and the process died (the screenshot tour)."""
    where: list[int] = []

    def seen(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            where.append(threading.get_ident())

    gc.callbacks.append(seen)
    try:
        collect_on_gui_thread(qapp)
        assert not gc.isenabled()
        worker = threading.Thread(target=lambda: [Node() for _ in range(50_000)])
        worker.start()
        worker.join()
        assert where == []  # the worker made plenty of cycles, and collected none
        qtbot.waitUntil(lambda: bool(where), timeout=5000)  # the GUI thread's timer did
        assert set(where) == {threading.main_thread().ident}
    finally:
        gc.callbacks.remove(seen)
        stop_collecting_on_gui_thread()
    assert gc.isenabled()
