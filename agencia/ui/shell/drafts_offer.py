"""Recuperar borradores: at start-up, the drafts a crash left behind are offered back.

Each draft (`agencia.ui.drafts`) is listed with what it is and when it was written, all of
them marked. Recuperar opens the first marked page's record: the editor takes its draft
back when it shows that record (a form's, when the form is opened again). Descartar
deletes the marked drafts. Más tarde (or Esc) keeps them all, to be offered next time:
nothing is lost without the person saying so.

Only the signed-in person's own drafts are offered (`drafts.sign_in`, at sign-in): others
who share the computer account find theirs when they sign in. A wizard's draft is never
offered here — Recuperar could not reopen it and Descartar would drop what someone else
typed: the first run's team list is taken back by the wizard itself, at an
administrator's sign-in (`agencia.ui.auth.wizard_draft`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.areas import AreaId
from agencia.ui import drafts
from agencia.ui.area import AppContext
from agencia.ui.formatting import datetime_text
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import plain_label

WIZARD_EDITORS = drafts.WIZARD_EDITORS  # a wizard's drafts: taken back by that wizard only


class DraftsOffer(QDialog):
    """The drafts one person left on one database, to restore or discard."""

    def __init__(
        self, ctx: AppContext, store: drafts.DraftStore, found: list[drafts.Draft], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftsOffer")
        self.setWindowTitle(self.tr("Recuperar borradores"))
        self.setModal(True)
        self.ctx = ctx
        self.store = store
        self.found = found

        intro = plain_label(
            self.tr(
                "Agencia se cerró sin que se guardaran estos cambios. Recupérelos para "
                "revisarlos y guardarlos, o descártelos."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("draftsList")
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for draft in found:
            when = datetime_text(draft.saved_at.replace(tzinfo=None), ctx.locale)
            written = self.tr("Escrito el %1").replace("%1", when)
            item = QListWidgetItem(f"{self._title(draft)}\n{written}", self.list)
            item.setToolTip(self._title(draft))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        note = plain_label(
            self.tr(
                "Los cambios de un formulario vuelven al abrir de nuevo ese formulario; "
                "los que no marque se ofrecerán la próxima vez."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "secondary")

        buttons = QDialogButtonBox(self)
        self.restore_button: QPushButton = buttons.addButton(
            self.tr("Recuperar"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreDrafts")
        self.restore_button.setProperty("primary", True)
        self.restore_button.setDefault(True)
        self.discard_button: QPushButton = buttons.addButton(
            self.tr("Descartar"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.discard_button.setObjectName("discardDrafts")
        self.later_button: QPushButton = buttons.addButton(
            self.tr("Más tarde"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)
        self.later_button.clicked.connect(self.reject)
        self.list.itemChanged.connect(lambda _i: self._update_buttons())

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 24, 24, 16)
        column.setSpacing(12)
        column.addWidget(intro)
        column.addWidget(self.list, 1)
        column.addWidget(note)
        column.addWidget(buttons)
        resize_within_screen(self, 600, 380)

    def _title(self, draft: drafts.Draft) -> str:
        if draft.editor.startswith("form."):
            return self.tr("Formulario: %1").replace("%1", draft.title)
        return draft.title or draft.editor

    def marked(self) -> list[drafts.Draft]:
        return [
            draft
            for n, draft in enumerate(self.found)
            if self.list.item(n).checkState() == Qt.CheckState.Checked
        ]

    def _update_buttons(self) -> None:
        some = bool(self.marked())
        self.restore_button.setEnabled(some)
        self.discard_button.setEnabled(some)

    def restore(self) -> None:
        """Open the first marked page's record: its editor takes the draft back."""
        marked = self.marked()
        self.accept()
        for draft in marked:
            record = draft.record_id()
            if record is not None and draft.area in {a.value for a in AreaId}:
                self.ctx.navigate(AreaId(draft.area), record)
                break

    def discard(self) -> None:
        for draft in self.marked():
            self.store.discard(draft)
        self.accept()


def offer_drafts(ctx: AppContext, parent: QWidget) -> DraftsOffer | None:
    """Offer the drafts of `ctx`'s database the signed-in person left behind (None when
    there are none)."""
    db = getattr(ctx.ops, "db", None)
    if db is None:
        return None
    store = drafts.store_for(db)
    found = [d for d in store.left_behind() if not d.editor.startswith(WIZARD_EDITORS)]
    if not found:
        return None
    dialog = DraftsOffer(ctx, store, found, parent)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog


class DraftsLater:
    """The offer made once the first page has its answers (`Operations.when_idle`):
    finding the drafts folder imports platformdirs and reads it, nothing the first page
    shows. Asked for before then (`offer()`), it is made at once; `now`: at once (tests).

    Whose the drafts are is start-up's to say (`agencia.app.Startup`): `drafts.sign_in`
    before the first page is built, `drafts.sign_out` once the pages let go at sign-out
    are deleted — what is written meanwhile is the person's."""

    def __init__(self, ctx: AppContext, parent: QWidget, *, now: bool = False) -> None:
        self._ctx: AppContext | None = ctx
        self._parent = parent
        self._offer: DraftsOffer | None = None
        if now:
            self.offer()
        else:
            ctx.ops.when_idle(self._make)

    def _make(self) -> None:
        self.offer()

    def cancel(self) -> None:
        """Signed out: nothing to offer any more."""
        self._ctx = None

    def offer(self) -> DraftsOffer | None:
        """The offer (None when no drafts were left behind), made the first time asked."""
        ctx, self._ctx = self._ctx, None
        if ctx is not None:
            self._offer = offer_drafts(ctx, self._parent)
        return self._offer
