"""What the GUI tests of the accounts and team areas share: a context and a few waits."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from agencia.db.database import Database
from agencia.domain.actor import Actor
from agencia.ui import settings
from agencia.ui.actions import ActionRegistry
from agencia.ui.area import AppContext
from agencia.ui.ops import Operations


@dataclass
class Recorder:
    """What the areas told the window: toasts and navigations."""

    toasts: list[str] = field(default_factory=list)
    navigations: list[tuple[str, int | None]] = field(default_factory=list)


running_test: pytest.Item | None = None
"""The test running (set by tests/ui/conftest.py): `make_context` stops its Operations
when that test ends."""


def make_context(
    db: Database, actor: Actor, *, synchronous: bool = True, locale: str = "es_ES"
) -> tuple[AppContext, Recorder]:
    """A context on `db` for `actor`. Its Operations are shut down as the test ends, before
    the fixtures it used (its database) are torn down — a finalizer added now runs before
    theirs — so no worker thread, and no `when_idle` call an area queued, outlives the
    test and answers into the next one."""
    recorder = Recorder()
    ops = Operations(db, actor, synchronous=synchronous)
    if running_test is not None:
        running_test.addfinalizer(ops.shutdown)
    ctx = AppContext(
        ops=ops,
        actions=ActionRegistry(),
        actor=actor,
        locale=QLocale(locale),
        currency="EUR",
        navigate=lambda area, record: recorder.navigations.append((area, record)),
        toast=recorder.toasts.append,
    )
    return ctx, recorder


def forget_layouts() -> None:
    """Column widths, sort order and splitter positions from an earlier test stay behind."""
    s = settings.settings()
    for group in ("accounts", "team"):
        s.remove(group)


def until(condition: Callable[[], object]) -> Callable[[], None]:
    """For qtbot.waitUntil: an assertion that names what it waited for."""

    def check() -> None:
        assert condition()

    return check


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key, accents included (QTest's keyClicks takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


@contextmanager
def held_read(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> Iterator[threading.Event]:
    """`module.name` (a read a controller asks its worker for) waits for the test's word:
    a slow reader on a busy machine, so that the test may act before the answer comes."""
    gate = threading.Event()
    read = getattr(module, name)

    def slow(db: Any, actor: Any) -> Any:
        assert gate.wait(20), "the test never let the read answer"
        return read(db, actor)

    monkeypatch.setattr(module, name, slow)
    try:
        yield gate
    finally:
        gate.set()
