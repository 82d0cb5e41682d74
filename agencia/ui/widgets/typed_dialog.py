"""A small dialog that holds typed words but keeps no draft — a decision's comment, the
note of a client's confirmation: Esc, Cancelar and the title bar ask before the words are
dropped, as the house forms do (`form_dialog`), and the window asks for it when it closes.

A subclass says what was typed (`typed`); nothing typed closes at once, as before.

A dialog that knows its record (`keep_draft`) keeps what is typed as a draft too, with the
house's drafts (`agencia.ui.drafts`: debounced, the signed-in person's own), so a long
comment survives a crash: offered back by «Recuperar borradores», and put back when the
same dialog opens on the same record. Any way it closes (sent, discarded, dropped by the
window) removes the draft: only a crash leaves one behind.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from agencia.domain.text import fill
from agencia.ui import drafts
from agencia.ui.widgets import unsaved
from agencia.ui.widgets.editor_values import apply_values, values_of

if TYPE_CHECKING:
    from agencia.services import Database


class TypedDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        unsaved.register(self)
        self._draft: tuple[drafts.DraftStore, str, str, str, str] | None = None
        self._draft_editors: dict[str, QWidget] = {}
        self._draft_shown = False  # the first show looks for a draft to put back
        self.restored = False  # a draft was put back into the dialog
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(drafts.DEBOUNCE_MS)
        self._draft_timer.timeout.connect(self._sync_draft)

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

    # -- its draft ---------------------------------------------------------------------------
    def keep_draft(
        self,
        db: Database | None,
        editor: str,
        record: int,
        name: str,
        editors: Mapping[str, QWidget],
        area: str = "",
    ) -> None:
        """Keep what `editors` hold as the draft of `editor` (the dialog's kind and what it
        decides on) on `record` (whose `area` «Recuperar borradores» opens); `name` names
        the record in the offer. Call before the dialog shows; `db` None keeps none."""
        if db is None:
            return
        title = fill(
            self.tr("«%1» en «%2»"), unsaved.inner(self.windowTitle()), unsaved.inner(name)
        )
        self._draft = (drafts.store_for(db), editor, str(record), title, area)
        self._draft_editors = dict(editors)
        for widget in self._draft_editors.values():
            for signal_name in ("textChanged", "currentIndexChanged", "dateChanged"):
                signal = getattr(widget, signal_name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(lambda *_a: self._typing())

    def showEvent(self, event: QShowEvent) -> None:
        """The first time it shows, what a crash left of this same dialog comes back."""
        super().showEvent(event)
        if self._draft is None or self._draft_shown:
            return
        self._draft_shown = True
        store, editor, record, _title, _area = self._draft
        content = store.read(editor, record)
        if isinstance(content, dict) and apply_values(self._draft_editors, content):
            self._draft_timer.stop()  # putting it back is not typing
            self.restored = True
            self.draft_restored()

    def draft_restored(self) -> None:
        """A draft was put back (a subclass says so in the dialog)."""

    @staticmethod
    def restored_text() -> str:
        return QCoreApplication.translate(
            "TypedDialog", "Se ha recuperado lo que escribió aquí y no llegó a enviar."
        )

    def _typing(self) -> None:
        if self._draft is not None and self._draft_shown:
            self._draft_timer.start()

    def _sync_draft(self) -> None:
        """Write the draft, or remove it once nothing is typed."""
        if self._draft is None:
            return
        store, editor, record, title, area = self._draft
        if self.typed().strip():
            store.write(editor, record, title, values_of(self._draft_editors.items()), area)
        else:
            store.remove(editor, record)

    def done(self, result: int) -> None:
        """However it closes — sent, discarded, dropped by the window — its draft goes."""
        self._draft_timer.stop()
        if self._draft is not None:
            store, editor, record, _title, _area = self._draft
            store.remove(editor, record)
        super().done(result)
