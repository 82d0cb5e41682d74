"""A dialog that saves by its own button and stays open (the exchange rates, the
delegations): what is typed there and not saved is asked about before it is dropped, as
the house forms do (`form_dialog`) — Esc, Cerrar and the title bar ask Guardar /
Descartar / Cancelar, and the window asks for it when it closes (`unsaved`).

A subclass says whether something is typed and not saved (`has_unsaved_changes`) and
starts its save (`save_changes`), calling `saved_changes(ok)` once the answer is known;
Guardar in the question closes the dialog once that save succeeded.

No draft is kept: a rate or a delegation is a few values chosen or typed again in
seconds, not words that took time to write.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from agencia.ui.widgets import unsaved


class AskingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._after_save: unsaved.Done | None = None  # the question waits for this save
        unsaved.register(self)

    # -- what subclasses provide ------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        """Whether closing now would lose something the person typed or chose."""
        raise NotImplementedError

    def save_changes(self) -> None:
        """Start saving what is typed; `saved_changes(ok)` once it is known."""
        raise NotImplementedError

    def saved_changes(self, ok: bool) -> None:
        """The save started by `save_changes` succeeded (or was refused, or invalid)."""
        done, self._after_save = self._after_save, None
        if done is not None:
            done(ok)

    # -- closing ----------------------------------------------------------------------------
    def reject(self) -> None:
        """Cerrar, Esc and the title bar: with something unsaved, ask first."""
        if self._after_save is not None:
            return  # a save the question asked for is running: its answer closes or explains
        if not (self.isVisible() and self.has_unsaved_changes()):
            super().reject()
            return
        unsaved.ask(self, self._item(), self.tr("cerrar"), self._answered)

    def _answered(self, answer: unsaved.Answer) -> None:
        if answer is unsaved.Answer.SAVE:
            self._save_for(self._close_if_saved)
        elif answer is unsaved.Answer.DISCARD:
            QDialog.reject(self)

    def _close_if_saved(self, ok: bool) -> None:
        if ok:
            QDialog.reject(self)

    def _save_for(self, done: unsaved.Done) -> None:
        self._after_save = done
        self.save_changes()

    def unsaved_items(self) -> list[unsaved.UnsavedItem]:
        """For the window: this dialog, while it holds something unsaved."""
        if not (self.isVisible() and self.has_unsaved_changes()):
            return []
        return [self._item()]

    def _item(self) -> unsaved.UnsavedItem:
        return unsaved.UnsavedItem(
            what=self.tr("«%1»").replace("%1", unsaved.inner(self.windowTitle())),
            save=self._save_for,
            discard=lambda: QDialog.reject(self),
        )
