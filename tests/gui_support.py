"""What the GUI tests of the accounts and team areas share: a context and a few waits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

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


def make_context(
    db: Database, actor: Actor, *, synchronous: bool = True, locale: str = "es_ES"
) -> tuple[AppContext, Recorder]:
    recorder = Recorder()
    ops = Operations(db, actor, synchronous=synchronous)
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
