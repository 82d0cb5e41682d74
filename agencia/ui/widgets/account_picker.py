"""Choosing one account among 100,000 by typing part of its name (an account's parent
company, a list's filter, a deck's prospect).

The areas that use it hand it the accounts area's lookup (`find`), so that this shared
widget imports no area."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from agencia.services.results import Option
from agencia.ui.ops import Operations


class AccountPicker(QLineEdit):
    """A line edit that completes account names from SQL; `account_id` is the choice."""

    choice_changed = Signal()  # the chosen account (or none) changed

    def __init__(
        self,
        ops: Operations,
        exclude: int | None = None,
        parent: QWidget | None = None,
        *,
        find: Callable[..., list[Option]],
    ) -> None:
        """`find(db, actor, text, limit, exclude)`: the accounts whose names match, run on
        a reader."""
        super().__init__(parent)
        self._ops = ops
        self._find = find
        self._exclude = exclude
        self._options: dict[str, int] = {}
        self._chosen: Option | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._picked)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Escriba para buscar una cuenta"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._lookup)
        self.textEdited.connect(self._edited)

    @property
    def account_id(self) -> int | None:
        return self._chosen.id if self._chosen is not None else None

    def is_valid(self) -> bool:
        """Empty (no parent) or a chosen account; typed text alone is not a choice."""
        return not self.text().strip() or self._chosen is not None

    def set_choice(self, account_id: int | None, name: str) -> None:
        self._chosen = Option(account_id, name) if account_id is not None else None
        self.setText(name if account_id is not None else "")
        self.choice_changed.emit()

    # -- as a form keeps it (a draft, "has it changed?"): `editor_values.OwnValue` ----------
    def editor_value(self) -> dict[str, Any]:
        """The choice by id with its name: a draft brings the account back, not only the
        words (typed text that chose nothing comes back as text, still to be chosen)."""
        return {"account": self.account_id, "text": self.text()}

    def set_editor_value(self, value: Any) -> None:
        if isinstance(value, str):  # a draft from before choices were kept: its words
            value = {"account": None, "text": value}
        account, text = value["account"], str(value["text"])
        if account is not None:
            self.set_choice(int(account), text)
        else:
            self._chosen = None
            self.setText(text)
            self.choice_changed.emit()

    def _edited(self, text: str) -> None:
        if self._chosen is not None and text != self._chosen.label:
            self._chosen = None
        if text in self._options:
            self._chosen = Option(self._options[text], text)
        self.choice_changed.emit()
        if text.strip():
            self._timer.start()

    def _lookup(self) -> None:
        self._ops.read(
            self._find,
            self.text(),
            20,
            self._exclude,
            on_done=self._arrived,
            on_error=lambda _error: None,  # completion is a convenience; typing goes on
            key=f"account_picker.{id(self)}",
        )

    def _arrived(self, options: list[Option]) -> None:
        self._options = {o.label: o.id for o in options}
        self._model.setStringList([o.label for o in options])
        if self.hasFocus() and options:
            self.completer().complete()

    def _picked(self, text: str) -> None:
        if text in self._options:
            self._chosen = Option(self._options[text], text)
            self.choice_changed.emit()
