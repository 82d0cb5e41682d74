"""Unsaved work: editors declare what they hold unsaved; closing asks before it is lost.

An editor (a form dialog, a campaign document tab) calls `register(self)` once and answers
`unsaved_items()`: one `UnsavedItem` per thing that would be lost — what it is, in words,
how to save it and how to drop it. The window asks every editor inside it when it is
about to close (`CloseGuard`), one question per thing (Guardar / Descartar / Cancelar);
Cancelar leaves everything as it was. The questions are non-blocking message boxes
(`open()`), so nothing waits in a nested event loop and a save's answer arrives as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import partial
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from agencia.domain.text import fill

translate = QCoreApplication.translate

Done = Callable[[bool], None]  # True: saved; False: refused or invalid (the editor says why)


# Quotes inside a quoted title take the next level down, as Spanish (and English) nest
# them: «Mover “El banner”», never «Mover «El banner»».
_INNER = str.maketrans({"«": "“", "»": "”", "“": "‘", "”": "’"})


def inner(title: str) -> str:
    """`title` ready to go inside the prompt's own quotes."""
    return title.translate(_INNER)


@dataclass(frozen=True)
class UnsavedItem:
    """`what`: e.g. "el brief de «Verano 2027»"; `save(done)` starts the save and calls
    `done(saved)` once known (None: it cannot be saved from here, only kept or dropped);
    `discard()` drops the edits and their draft."""

    what: str
    save: Callable[[Done], None] | None
    discard: Callable[[], None]
    hint: str = ""  # why it cannot be saved from here, and what to do instead


class Editor(Protocol):
    def unsaved_items(self) -> list[UnsavedItem]: ...


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


_editors: dict[int, QWidget] = {}


def register(editor: QWidget) -> None:
    """`editor` (with `unsaved_items()`) is asked when its window closes; it is forgotten
    when it is destroyed."""
    key = id(editor)
    _editors[key] = editor
    editor.destroyed.connect(lambda *_a, k=key: _editors.pop(k, None))


def editors_under(window: QWidget) -> list[QWidget]:
    """The registered editors inside `window`, its dialogs included (a dialog is a window
    of its own, so Qt's isAncestorOf does not reach it)."""
    found = []
    for editor in list(_editors.values()):
        if not shiboken6.isValid(editor):
            continue
        parent: QWidget | None = editor
        while parent is not None and parent is not window:
            parent = parent.parentWidget()
        if parent is window:
            found.append(editor)
    return found


def items_under(window: QWidget) -> list[UnsavedItem]:
    items: list[UnsavedItem] = []
    for editor in editors_under(window):
        items.extend(editor.unsaved_items())  # type: ignore[attr-defined]
    return items


class UnsavedPrompt(QMessageBox):
    """Guardar / Descartar / Cancelar about one thing; `answered(Answer)` once chosen."""

    def __init__(self, parent: QWidget, item: UnsavedItem, closing: str) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedPrompt")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("Unsaved", "Cambios sin guardar"))
        self.setText(
            fill(
                translate("Unsaved", "¿Guardar los cambios en %1 antes de %2?"), item.what, closing
            )
        )
        detail = translate("Unsaved", "Si no los guarda, se perderán.")
        self.setInformativeText(f"{detail} {item.hint}".strip())
        self.save_button: QPushButton | None = None
        if item.save is not None:
            self.save_button = self.addButton(
                translate("Unsaved", "Guardar"), QMessageBox.ButtonRole.AcceptRole
            )
            self.save_button.setObjectName("promptSave")
        self.discard_button = self.addButton(
            translate("Unsaved", "Descartar"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.discard_button.setObjectName("promptDiscard")
        self.cancel_button = self.addButton(
            translate("Unsaved", "Cancelar"), QMessageBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("promptCancel")
        self.setDefaultButton(self.save_button or self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def answer(self) -> Answer:
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.save_button:
            return Answer.SAVE
        if clicked is self.discard_button:
            return Answer.DISCARD
        return Answer.CANCEL


def ask(
    parent: QWidget, item: UnsavedItem, closing: str, then: Callable[[Answer], None]
) -> UnsavedPrompt:
    """Open the question over `parent` without blocking; `then(answer)` once answered."""
    prompt = UnsavedPrompt(parent, item, closing)

    def finished(_result: int) -> None:
        answer = prompt.answer()
        prompt.deleteLater()
        then(answer)

    prompt.finished.connect(finished)
    prompt.open()
    return prompt


class CloseGuard(QObject):
    """Lets `window` close only once each unsaved thing inside it is saved or discarded.

    `allow(event)` in the window's closeEvent: True when it may close now; otherwise the
    event is ignored, the questions are asked one by one, and the window is closed again
    once every answer is Guardar (and the save succeeded) or Descartar."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.prompt: UnsavedPrompt | None = None
        self._approved = False
        self._queue: list[UnsavedItem] = []
        self._running = False

    def allow(self, event: QCloseEvent) -> bool:
        if self._approved:
            return True
        if not self._running:
            self._queue = items_under(self.window)
            if not self._queue:
                return True
            self._running = True
            self._next()
        event.ignore()
        return False

    def _next(self) -> None:
        if not self._queue:
            self._running = False
            self._approved = True
            self.prompt = None
            QTimer.singleShot(0, self.window.close)
            return
        item = self._queue.pop(0)
        closing = translate("Unsaved", "salir")
        self.prompt = ask(self.window, item, closing, partial(self._answered, item))

    def _answered(self, item: UnsavedItem, answer: Answer) -> None:
        self.prompt = None
        if answer is Answer.DISCARD:
            item.discard()
            self._next()
        elif answer is Answer.SAVE and item.save is not None:
            item.save(self._saved)
        else:
            self._stop()

    def _saved(self, ok: bool) -> None:
        if ok:
            self._next()
        else:
            self._stop()  # the editor shows why; the window stays with everything in it

    def _stop(self) -> None:
        self._running = False
        self._queue = []
