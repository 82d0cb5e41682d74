"""What the campaign page's document tabs share, so that a tab says only what is its own.

`DocumentTab` is every tab: the campaign it shows (`set_detail` each time the page
reloads), whether leaving it loses edits, the dialog it has open, and why the person may
only read. `EditingTab` is a tab edited in place (the brief, the contrabrief, the media
plan): its bar's Descartar/Guardar and Ctrl+S, the line saying where the document
stands, the notice, edits kept aside while another campaign is open, and how a refused
save is told — a conflict keeps the person's text and offers the choices.

An editing tab never loses what was typed: it tells the window what it holds unsaved
(`unsaved_items`, asked before the window closes), and keeps each campaign's edits as a
draft on disk while the person types (`agencia.ui.drafts`), taken back when that
campaign is shown again — in this session, or in the next one after a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from agencia.domain.areas import AreaId
from agencia.domain.campaign_life import CLOSED
from agencia.domain.messages import render
from agencia.domain.text import fill
from agencia.services.campaigns.queries import get_campaign
from agencia.services.campaigns.views import CampaignDetail
from agencia.ui import drafts
from agencia.ui.area import AppContext
from agencia.ui.campaigns.labels import status_label
from agencia.ui.resources import icon
from agencia.ui.widgets import unsaved
from agencia.ui.widgets.conflict import Choice, ConflictDialog, ConflictRow
from agencia.ui.widgets.doc_widgets import Notice, ask, secondary
from agencia.ui.widgets.errors import error_text

translate = QCoreApplication.translate


class DocumentTab(QWidget):
    """One tab of the campaign page (`name`: its object name, as tests find it)."""

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.ctx = ctx
        self.detail: CampaignDetail | None = None
        self.dialog: QDialog | None = None
        self._wanted: int | None = None  # the record to select once the list reloads

    # -- what the page calls -----------------------------------------------------------------
    def set_detail(self, detail: CampaignDetail) -> None:
        """Show `detail`; the same campaign again keeps what the person was doing."""
        raise NotImplementedError

    def has_unsaved_changes(self) -> bool:
        """False for a tab whose documents are written in a dialog (saved or cancelled
        there)."""
        return False

    def confirm_leave(self) -> bool:
        """Ask before edits would be lost; True when there are none or the person agrees."""
        if not self.has_unsaved_changes():
            return True
        return ask(
            self,
            translate("DocumentTab", "Cambios sin guardar"),
            self.leave_question(),
            translate("DocumentTab", "Descartar cambios"),
        )

    def leave_question(self) -> str:
        """ "El brief tiene cambios sin guardar. ¿Descartarlos?\""""
        return ""

    # -- helpers ------------------------------------------------------------------------------
    def shows(self, campaign_id: int) -> bool:
        """Whether the tab still shows `campaign_id` (an answer may come after a switch)."""
        return self.detail is not None and self.detail.id == campaign_id

    def same_campaign(self, detail: CampaignDetail) -> bool:
        return self.detail is not None and self.detail.id == detail.id

    def wanted(self, detail: CampaignDetail, chosen: int | None) -> int | None:
        """The record to select in `detail`: one just written, or the one chosen before
        when the page reloads the same campaign."""
        wanted = self._wanted or (chosen if self.same_campaign(detail) else None)
        self._wanted = None
        return wanted

    def read_only_reason(self) -> str:
        """Why the person may only read: the campaign is closed, or their role."""
        d = self.detail
        if d is None or d.can_edit:
            return ""
        if d.status in CLOSED:
            return render("campaign.closed", {"status": status_label(d.status)})
        why = d.edit_refusal
        if why is not None and why[0] != "permission.denied":  # off the team, another group
            return render(*why)
        return self.role_refusal()

    def role_refusal(self) -> str:
        """ "Su rol no permite …" for this tab's document."""
        return ""

    def open_dialog(self, dialog: QDialog) -> None:
        """Open `dialog` without blocking; it is forgotten and deleted once closed."""
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()


class EditingTab(DocumentTab):
    """A document edited in the tab itself; subclasses build the bar (`make_bar`), lay
    out its parts, and say `save`, `discard` and `_update_state`."""

    SAVE_NEEDS_CHANGES = False  # Guardar only once something changed

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, name, parent)
        self._loading = False  # the editors are being filled, not typed in
        self._saving = False
        self._drafts: dict[int, Any] = {}  # campaign id → edits kept aside
        self._aside_names: dict[int, str] = {}  # campaign id → its name, for the questions
        self._save_label = ""
        self._after_save: unsaved.Done | None = None  # the window waits for this save
        self._dropped: tuple[int, Any] | None = None  # edits discarded as the window closed
        self._taken: set[int] = set()  # campaigns whose draft on disk was looked for
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(drafts.DEBOUNCE_MS)
        self._draft_timer.timeout.connect(self.sync_draft)
        unsaved.register(self)

    def make_bar(self, save_label: str, save_tip: str, save_name: str, state_name: str) -> None:
        """Descartar, Guardar (and Ctrl+S), the state line and the notice, in this order
        (the order Tab goes through them)."""
        self._save_label = save_label
        self.notice = Notice(self)
        self.discard_button = QPushButton(translate("DocumentTab", "Descartar cambios"), self)
        self.discard_button.clicked.connect(self.discard)
        self.save_button = QPushButton(icon("save"), save_label, self)
        self.save_button.setObjectName(save_name)
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(save_tip)
        self.save_button.clicked.connect(lambda: self.save())
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(lambda: self.save())
        self.state_label = secondary("", self)
        self.state_label.setObjectName(state_name)
        self.notice = Notice(self)

    def save(self) -> None:
        raise NotImplementedError

    def discard(self) -> None:
        raise NotImplementedError

    def _update_state(self) -> None:
        raise NotImplementedError

    def draft_state(self) -> Any:
        """What the editors hold and the version they start from, as `take_draft` hands
        it back (plain values, dates, decimals, enums and dataclasses: it goes to disk)."""
        raise NotImplementedError

    def unsaved_noun(self) -> str:
        """ "el brief": what the questions about unsaved edits call this document."""
        raise NotImplementedError

    # -- edits kept aside -------------------------------------------------------------------
    def keep_aside(self, detail: CampaignDetail) -> bool:
        """Before showing `detail`: the edits of the campaign shown until now are kept aside
        (and their draft written now) when it is another campaign. True when `detail` is
        another campaign."""
        previous = self.detail
        if previous is not None and previous.id != detail.id:
            if self._draft_timer.isActive():
                self.sync_draft()
            if self.has_unsaved_changes():
                self._drafts[previous.id] = self.draft_state()
                self._aside_names[previous.id] = previous.row.name
        return previous is None or previous.id != detail.id

    def take_draft(self, campaign_id: int) -> Any:
        """The edits kept aside for `campaign_id`, if any (they are handed back once), else
        the draft a previous session left of them on disk."""
        self._aside_names.pop(campaign_id, None)
        self._taken.add(campaign_id)
        if campaign_id in self._drafts:
            return self._drafts.pop(campaign_id)
        store = self._store()
        return store.read(self._draft_editor(), campaign_id) if store is not None else None

    # -- unsaved work and drafts ------------------------------------------------------------
    def _draft_editor(self) -> str:
        return f"campaigns.{self.objectName()}"

    def _store(self) -> drafts.DraftStore | None:
        db = getattr(self.ctx.ops, "db", None)
        return drafts.store_for(db) if db is not None else None

    def _what(self, name: str) -> str:
        return fill(translate("DocumentTab", "%1 de «%2»"), self.unsaved_noun(), name)

    def sync_draft(self) -> None:
        """Write the shown campaign's draft, or remove it once nothing is unsaved."""
        self._draft_timer.stop()
        store, d = self._store(), self.detail
        if store is None or d is None:
            return
        if self.has_unsaved_changes():
            state = self.draft_state()
            if self._dropped == (d.id, state):
                return  # discarded on the way out; typing on writes it again
            title = self._what(d.row.name)
            title = title[:1].upper() + title[1:]
            store.write(self._draft_editor(), d.id, title, state, AreaId.CAMPAIGNS)
        elif d.id in self._taken:  # never before its draft could be taken back
            store.remove(self._draft_editor(), d.id)

    def unsaved_items(self) -> list[unsaved.UnsavedItem]:
        """For the window: the shown campaign's edits, and those kept aside."""
        items = []
        d = self.detail
        if d is not None and self.has_unsaved_changes():
            items.append(
                unsaved.UnsavedItem(
                    what=self._what(d.row.name),
                    save=self._save_for_window if d.can_edit and not self._saving else None,
                    discard=partial(self._forget, d.id),
                )
            )
        for campaign_id, name in self._aside_names.items():
            if campaign_id in self._drafts:
                items.append(
                    unsaved.UnsavedItem(
                        what=self._what(name),
                        save=None,
                        discard=partial(self._forget, campaign_id),
                        hint=translate(
                            "DocumentTab", "Para guardarlos, cancele y vuelva a esa campaña."
                        ),
                    )
                )
        return items

    def _forget(self, campaign_id: int) -> None:
        """The person discarded these edits on the way out: no draft is left of them."""
        self._draft_timer.stop()
        self._drafts.pop(campaign_id, None)
        self._aside_names.pop(campaign_id, None)
        if self.detail is not None and self.detail.id == campaign_id:
            self._dropped = (campaign_id, self.draft_state())
        store = self._store()
        if store is not None:
            store.remove(self._draft_editor(), campaign_id)

    def _save_for_window(self, done: unsaved.Done) -> None:
        self._after_save = done
        self.save()
        if not self._saving:  # refused at once (invalid), or already saved (synchronous)
            self._tell_window()

    def _tell_window(self) -> None:
        done, self._after_save = self._after_save, None
        if done is not None:
            done(not self.has_unsaved_changes())

    # -- the bar -------------------------------------------------------------------------------
    def update_bar(self) -> None:
        """Guardar while the person may edit (Guardando… meanwhile), Descartar while there
        is something to discard."""
        editable = self.detail is not None and self.detail.can_edit
        dirty = self.has_unsaved_changes()
        ready = dirty or not self.SAVE_NEEDS_CHANGES
        self.save_button.setEnabled(editable and ready and not self._saving)
        self.save_button.setText(
            translate("DocumentTab", "Guardando…") if self._saving else self._save_label
        )
        self.discard_button.setEnabled(dirty and not self._saving)
        if not self._saving:
            if dirty:
                self._draft_timer.start()  # the draft follows the edits, debounced
            else:
                self.sync_draft()  # saved or discarded: the draft goes at once
            if self._after_save is not None:
                self._tell_window()

    def set_saving(self, saving: bool) -> None:
        self._saving = saving
        self._update_state()

    def confirm_discard(self, question: str) -> bool:
        """Ask before throwing edits away; True when there are none or the person agrees."""
        if not self.has_unsaved_changes():
            return True
        discard = translate("DocumentTab", "Descartar cambios")
        return ask(self, discard, question, discard)

    # -- answers ---------------------------------------------------------------------------------
    def save_refused(self, campaign_id: int, error: BaseException) -> bool:
        """The common start of a refused save: the bar again; when another campaign shows
        by now, the refusal is said in a toast and True is returned (nothing else to do)."""
        self.set_saving(False)
        if not self.shows(campaign_id):
            self.ctx.toast(error_text(error))
            return True
        return False

    def show_error(self, error: BaseException) -> None:
        self.notice.show_notice(error_text(error), "error")

    def read_fresh(self, on_done: Callable[[CampaignDetail], None]) -> None:
        """The campaign as stored now (to discard, or to save over someone else's text)."""
        if self.detail is not None:
            self.ctx.ops.read(
                get_campaign, self.detail.id, on_done=on_done, on_error=self.show_error
            )

    def show_stale(self, text: str, actions: list[tuple[str, Callable[[], None]]]) -> None:
        """Someone else saved meanwhile: the person's edits stay; say so and offer choices."""
        self.notice.show_notice(text, "warning", actions)

    # -- a conflict: both versions side by side ------------------------------------------
    def compare(self) -> None:
        """Read the document as saved now and show it beside the edits, field by field,
        with the choices: keep what is saved, save mine over it, or go on editing."""
        self.read_fresh(self._compared)

    def _compared(self, fresh: CampaignDetail) -> None:
        if not self.shows(fresh.id):
            return
        dialog = ConflictDialog(self.conflict_rows(fresh), self, what=self.unsaved_noun())
        answers = {Choice.THEIRS: self.keep_theirs, Choice.MINE: self.keep_mine}

        def decided(choice: Choice) -> None:
            answer = answers.get(choice)
            if answer is not None:
                answer(fresh)

        dialog.decided.connect(decided)
        self.open_dialog(dialog)

    def conflict_rows(self, fresh: CampaignDetail) -> list[ConflictRow]:
        """The edits beside `fresh`'s saved document, as text (the tabs that `compare`)."""
        raise NotImplementedError

    def keep_theirs(self, detail: CampaignDetail) -> None:
        """Drop the edits: show the document as `detail` (read just now) holds it."""
        raise NotImplementedError

    def keep_mine(self, fresh: CampaignDetail) -> None:
        """Save the edits over the document as `fresh` holds it."""
        raise NotImplementedError
