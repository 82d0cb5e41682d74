"""«Generar presentación»: choose the deck, its sections and its language; generate it off
the GUI thread with a progress bar; look at every page; then save it, open it, or keep it
as the campaign's next proposal version (its SHA-256 is what the client will decide on).

The choices are `DeckChoices`, the pages `PreviewPane`, the workers' side `jobs`.
`python -m agencia.ui.decks [--campaign ID | --agency]` opens it alone with demo data.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QLocale, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QImage, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.errors import DomainError
from agencia.domain.messages import render
from agencia.domain.text import fill
from agencia.services.decks.build import (
    DeckDefaults,
    DeckOptions,
    SavedDeck,
    build_deck,
    deck_defaults,
    save_deck_as_proposal,
)
from agencia.ui.area import AppContext
from agencia.ui.decks.choices import DeckSide
from agencia.ui.decks.jobs import Cancelled, DeckRequest, Progress, save_file, save_temporary
from agencia.ui.decks.labels import LANGUAGES, suggested_name
from agencia.ui.decks.preview import RENDER_WIDTH, render_job
from agencia.ui.decks.preview_pane import PreviewPane
from agencia.ui.resources import icon
from agencia.ui.widgets.form_dialog import describe
from agencia.ui.widgets.screen_fit import resize_within_screen

Scope = Literal["agency", "campaign"]


class DeckDialog(QDialog):
    """One deck, from choosing to saving. `scope` "campaign" offers the presentation, the
    brief sheet and the approval record of `target_id`; "agency" the credentials,
    optionally prepared for an account."""

    generated = Signal(int)  # a deck was drawn and its preview shows: how many pages
    proposal_saved = Signal(object)  # SavedDeck: the new proposal version
    file_saved = Signal(object)  # Path

    def __init__(
        self,
        ctx: AppContext,
        scope: Scope,
        target_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = ctx.ops
        self.scope = scope
        self.target_id = target_id
        self.defaults: DeckDefaults | None = None
        self.pdf: bytes | None = None
        self.shown: DeckRequest | None = None  # what the preview's PDF was drawn from
        self.saved_sha = ""  # the PDF last kept as a proposal version
        self.running = False
        self._cancel = threading.Event()
        self._lang_touched = False
        self._pending: DeckRequest | None = None  # being drawn
        self._pdf_pending = b""
        self._then_keep = False  # keep the deck being drawn as a proposal version
        self._progress = Progress(self)
        self._progress.progressed.connect(self._progressed)
        self.setObjectName("deckDialog")
        self.setWindowTitle(self.tr("Generar presentación"))
        self.setModal(True)
        self.setMinimumSize(960, 600)
        resize_within_screen(self, 1180, 760)

        self.side = DeckSide(self.ops, scope, self)
        self.choices = self.side.choices
        self.choices.changed.connect(self._options_changed)
        self.choices.recipient_changed.connect(self._recipient_changed)
        self.choices.language_chosen.connect(self._language_chosen)
        self.side.generate_button.clicked.connect(lambda _checked=False: self.generate())
        self.preview = PreviewPane(ctx.locale, self)
        self.preview.zoomed.connect(self._update_buttons)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.side)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.VLine)
        rule.setFrameShadow(QFrame.Shadow.Plain)
        rule.setForegroundRole(QPalette.ColorRole.Mid)
        body.addWidget(rule)
        body.addWidget(self.preview, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(12)
        outer.addLayout(body, 1)
        outer.addLayout(self._build_buttons())

        self._options_changed()
        self._load_defaults()

    # -- building ---------------------------------------------------------------------------
    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.proposal_button = QPushButton(self.tr("Guardar como versión de propuesta"), self)
        self.proposal_button.setObjectName("deckSaveProposal")
        self.proposal_button.setIcon(icon("check"))
        self.proposal_button.clicked.connect(self.save_as_proposal)
        self.proposal_button.setVisible(self.scope == "campaign")
        self.open_button = QPushButton(self.tr("Abrir"), self)
        self.open_button.setObjectName("deckOpen")
        self.open_button.setIcon(icon("external"))
        self.open_button.setToolTip(self.tr("Abrir en el visor de PDF del sistema"))
        self.open_button.clicked.connect(self.open_external)
        self.save_button = QPushButton(self.tr("Guardar como…"), self)
        self.save_button.setObjectName("deckSaveAs")
        self.save_button.setIcon(icon("save"))
        self.save_button.clicked.connect(self.choose_file)
        self.close_button = QPushButton(self.tr("Cerrar"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.proposal_button)
        row.addStretch(1)
        for button in (self.open_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        self.proposal_button.setAutoDefault(False)
        return row

    # -- what is chosen ---------------------------------------------------------------------
    def kind(self) -> str:
        return self.choices.kind()

    def target(self) -> int | None:
        return self.choices.recipient() if self.scope == "agency" else self.target_id

    def chosen_sections(self) -> frozenset[str] | None:
        return self.choices.chosen_sections()

    def chosen_language(self) -> str:
        return self.choices.chosen_language()

    def request(self) -> DeckRequest:
        """What the choices on the left ask for now. A campaign's deck is drawn as the
        proposal version it would be kept as, so the file saved to disk (and sent) and the
        version kept are the same bytes, with the same SHA-256."""
        kind = self.kind()
        d = self.defaults
        as_version = d.next_version if kind == "campaign" and d is not None else None
        return DeckRequest(
            kind,
            self.target(),
            self.chosen_language(),
            self.chosen_sections(),
            as_version,
            self.choices.include_internal(),
        )

    def _options(self, request: DeckRequest) -> DeckOptions:
        cancel = self._cancel
        relay = self._progress

        def progress(done: int, total: int) -> None:
            if cancel.is_set():
                raise Cancelled
            relay.progressed.emit(done, total)

        return DeckOptions(
            lang=request.lang,
            sections=request.sections,
            progress=progress,
            include_internal=request.include_internal,
        )

    # -- reacting to choices ----------------------------------------------------------------
    def _language_chosen(self) -> None:
        self._lang_touched = True
        self._options_changed()

    def _recipient_changed(self) -> None:
        """A prospect chosen for the agency's deck: its name and, unless the person chose
        one, its language."""
        if self.choices.recipient_valid():
            self._load_defaults()
        self._options_changed()

    def _options_changed(self) -> None:
        self.preview.stale.setVisible(
            self.shown is not None and not self.request().same_choices(self.shown)
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        no_sections = self.choices.no_sections()
        picker_ok = self.choices.recipient_valid()
        ready = self.defaults is not None and not self.running and picker_ok and not no_sections
        self.side.generate_button.setEnabled(ready)
        if no_sections:
            self.side.generate_button.setToolTip(self.tr("Elija al menos una sección."))
        elif not picker_ok:
            self.side.generate_button.setToolTip(
                self.tr("Elija una cuenta de la lista, o ninguna.")
            )
        else:
            self.side.generate_button.setToolTip("")
        self.side.generate_button.setText(
            self.tr("Generar de nuevo") if self.pdf is not None else self.tr("Generar")
        )
        have = self.pdf is not None and not self.running
        self.open_button.setEnabled(have)
        self.save_button.setEnabled(have)
        may_keep = self.defaults is not None and self.defaults.can_save_proposal
        shown_kind = self.shown.kind if self.shown is not None else ""
        keep = have and shown_kind == "campaign" and may_keep and not self._already_kept()
        self.proposal_button.setEnabled(keep)
        refused = self.defaults.proposal_refusal if self.defaults is not None else None
        if not may_keep and refused is not None and refused[0] != "permission.denied":
            why = render(*refused)  # the campaign closed, or the account out of reach
        elif not may_keep:
            why = self.tr("Su rol no añade versiones de propuesta a esta campaña.")
        elif have and shown_kind != "campaign":
            why = self.tr("Solo la presentación de la campaña puede ser una versión de propuesta.")
        elif self._already_kept():
            why = self.tr("Esta presentación ya está guardada como versión de propuesta.")
        else:
            why = self.tr(
                "Una nueva versión de la propuesta cuyo archivo es esta presentación: la "
                "decisión del cliente quedará ligada a su huella SHA-256."
            )
        self.proposal_button.setToolTip(why)

    def _already_kept(self) -> bool:
        return bool(self.pdf) and self.saved_sha == hashlib.sha256(self.pdf or b"").hexdigest()

    # -- defaults (the client's language, the names) ------------------------------------------
    def _load_defaults(self) -> None:
        self.ops.read(
            deck_defaults,
            self.scope,
            self.target(),
            on_done=self._defaults_arrived,
            on_error=self._failed,
            key=f"decks.defaults.{id(self)}",
        )

    def _defaults_arrived(self, defaults: DeckDefaults) -> None:
        self.defaults = defaults
        self.choices.show_defaults(defaults, keep_language=self._lang_touched)
        self._options_changed()

    # -- generating ---------------------------------------------------------------------------
    def generate(self) -> None:
        """Draw the deck the choices ask for (the «Generar» button)."""
        if self.running or not self.side.generate_button.isEnabled():
            return
        self._draw(self.request())

    def _draw(self, request: DeckRequest, message: str = "") -> None:
        self.running = True
        self._cancel.clear()
        self._pending = request
        self.side.progress.setRange(0, 0)
        self.side.progress.show()
        self.side.say(message or self.tr("Generando la presentación…"))
        self._update_buttons()
        self.ops.read(
            partial(build_deck, as_proposal_version=request.as_version),
            request.kind,
            request.target,
            self._options(request),
            on_done=self._deck_arrived,
            on_error=self._failed,
            key=f"decks.build.{id(self)}",
        )

    def _progressed(self, done: int, total: int) -> None:
        if not self.running or total <= 0:
            return
        self.side.progress.setRange(0, total)
        self.side.progress.setValue(min(done, total))

    def _deck_arrived(self, pdf: bytes) -> None:
        self._pdf_pending = pdf
        self.side.progress.setRange(0, 0)
        self.side.say(self.tr("Preparando la vista previa…"))
        self.ops.read(
            render_job,
            pdf,
            RENDER_WIDTH,
            on_done=self._pages_arrived,
            on_error=self._failed,
            key=f"decks.preview.{id(self)}",
        )

    def _pages_arrived(self, images: list[QImage]) -> None:
        pdf = self._pdf_pending
        self.running = False
        self.pdf = pdf
        self.shown = self._pending
        self.side.progress.hide()
        self.preview.show_pages(images)
        sha = hashlib.sha256(pdf).hexdigest()
        size = self.ctx.locale.formattedDataSize(
            len(pdf),
            1 if len(pdf) >= 1_000_000 else 0,
            QLocale.DataSizeFormat.DataSizeTraditionalFormat,
        )
        self.side.say(
            fill(
                self.tr("1 página · %2 · SHA-256 %3…")
                if len(images) == 1
                else self.tr("%1 páginas · %2 · SHA-256 %3…"),
                self.ctx.locale.toString(len(images)),
                size,
                sha[:12],
            )
        )
        self.side.status.setToolTip(sha)
        self._options_changed()
        self.generated.emit(len(images))
        if self._then_keep:
            self._then_keep = False
            self._keep()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self._then_keep = False
        self.side.progress.hide()
        if isinstance(error, Cancelled):
            return
        text = (
            describe(error)
            if isinstance(error, DomainError)
            else self.tr("No se pudo generar: %1").replace("%1", str(error) or type(error).__name__)
        )
        self.side.say(text, error=True)
        self._update_buttons()

    # -- what to do with the deck -----------------------------------------------------------------
    def file_name(self) -> str:
        d = self.defaults
        kind = self.shown.kind if self.shown is not None else self.kind()
        if d is None:
            return suggested_name(kind, "", "", "")
        return suggested_name(kind, d.agency, d.client, d.campaign)

    def choose_file(self) -> None:
        if self.pdf is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Guardar presentación"),
            str(Path(folder) / self.file_name()),
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the deck shown to `path` (whole or not at all)."""
        if self.pdf is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")

        def saved(written: Path) -> None:
            self.side.say(self.tr("Guardada en %1").replace("%1", str(written)))
            self.ctx.toast(self.tr("Presentación guardada: %1").replace("%1", written.name))
            self.file_saved.emit(written)

        self.ops.read(save_file, path, self.pdf, on_done=saved, on_error=self._failed)

    def open_external(self) -> None:
        """A copy in the temporary folder, opened with the system's PDF viewer."""
        if self.pdf is None:
            return

        def written(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.side.say(
                    self.tr("No hay un visor de PDF que abra %1.").replace("%1", str(path)),
                    error=True,
                )

        self.ops.read(
            save_temporary, self.file_name(), self.pdf, on_done=written, on_error=self._failed
        )

    def save_as_proposal(self) -> None:
        """The deck shown as the campaign's next proposal version, byte for byte. A deck
        whose footer names another version is drawn again first, the same but for its
        footer ("Propuesta v3"), and that one — shown once drawn — is the one kept."""
        d, shown = self.defaults, self.shown
        if self.pdf is None or d is None or shown is None or shown.kind != "campaign":
            return
        if not self.proposal_button.isEnabled() or self.running:
            return
        if shown.as_version != d.next_version:
            self._then_keep = True
            self._draw(
                replace(shown, as_version=d.next_version),
                self.tr("Preparando la presentación como propuesta v%1…").replace(
                    "%1", str(d.next_version)
                ),
            )
            return
        self._keep()

    def _keep(self) -> None:
        d, shown = self.defaults, self.shown
        if self.pdf is None or d is None or shown is None or self.target_id is None:
            return
        summary = d.latest_summary or self.tr("Presentación de la campaña «%1»").replace(
            "%1", d.campaign
        )
        language = dict(LANGUAGES).get(shown.lang, shown.lang)
        notes = self.tr("Presentación generada con Agencia (%1).").replace("%1", language)
        self.proposal_button.setEnabled(False)
        self.side.say(self.tr("Guardando como versión de propuesta…"))
        self.ops.write(
            save_deck_as_proposal,
            self.target_id,
            self.pdf,
            self.file_name(),
            summary,
            notes,
            shown.as_version,
            on_done=self._kept,
            on_error=self._failed,
        )

    def _kept(self, saved: SavedDeck) -> None:
        self.saved_sha = saved.sha256
        sha = saved.sha256
        self.side.say(  # the fingerprint whole, in two halves that fit the column
            self.tr("Guardada como propuesta v%1 · SHA-256:").replace("%1", str(saved.version))
            + f"\n{sha[:32]}\n{sha[32:]}"
        )
        self.side.status.setToolTip(sha)
        self.ctx.toast(
            fill(
                self.tr("Propuesta v%1 guardada · SHA-256 %2…"),
                str(saved.version),
                saved.sha256[:12],
            )
        )
        if self.defaults is not None:
            self.defaults = replace(self.defaults, next_version=saved.version + 1)
        self._update_buttons()
        self.proposal_saved.emit(saved)

    # -- closing ------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Closing stops a deck still being drawn (its worker sees the flag and gives up)."""
        self._cancel.set()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._cancel.set()
        super().closeEvent(event)
