"""A small dialog that holds typed words but keeps no draft — a decision's comment, the
note of a client's confirmation: Esc, Cancelar and the title bar ask before the words are
dropped, as the house forms do (`form_dialog`), and the window asks for it when it closes.

A subclass says what was typed (`typed`); nothing typed closes at once, as before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from agencia.ui.widgets import unsaved


class TypedDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        unsaved.register(self)

    def typed(self) -> str:
        """What the person typed so far ("" for nothing)."""
        raise NotImplementedError

    def _holds_words(self) -> bool:
        return self.isVisible() and bool(self.typed().strip())

    def reject(self) -> None:
        if not self._holds_words():
            super().reject()
            return
        unsaved.ask(self, self._item(), self.tr("cerrar"), self._answered)

    def _answered(self, answer: unsaved.Answer) -> None:
        if answer is unsaved.Answer.DISCARD:
            super().reject()

    def unsaved_items(self) -> list[unsaved.UnsavedItem]:
        """For the window: this dialog, while it holds typed words."""
        return [self._item()] if self._holds_words() else []

    def _item(self) -> unsaved.UnsavedItem:
        return unsaved.UnsavedItem(
            what=self.tr("«%1»").replace("%1", unsaved.inner(self.windowTitle())),
            save=None,  # it is sent by its own button: the question keeps or drops it
            discard=lambda: QDialog.reject(self),
            hint=self.tr("Para conservarlo, pulse Cancelar y termine en el diálogo."),
        )
