"""«Generar presentación»: choose the deck, its sections and its language; generate it off
the GUI thread with a progress bar; look at every page; then save it, open it, or keep it
as the campaign's next proposal version (its SHA-256 is what the client will decide on).

`python -m agencia.ui.decks.dialog [--campaign ID | --agency]` opens it alone with demo data.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QColor, QDesktopServices, QImage, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.errors import DomainError
from agencia.services.decks.build import (
    DeckDefaults,
    DeckOptions,
    SavedDeck,
    build_deck,
    deck_defaults,
    save_deck_as_proposal,
    sections_for,
    write_atomically,
)
from agencia.ui.accounts.account_picker import AccountPicker
from agencia.ui.area import AppContext
from agencia.ui.decks.labels import LANGUAGES, kind_label, section_label, suggested_name
from agencia.ui.decks.preview import RENDER_WIDTH, PageView, render_job
from agencia.ui.resources import icon
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.form import ERROR_DARK, ERROR_LIGHT
from agencia.ui.widgets.form_dialog import describe
from agencia.ui.widgets.text import plain_label

Scope = Literal["agency", "campaign"]
SIDE_WIDTH = 312


@dataclass(frozen=True)
class _Request:
    """What a deck was (or is being) drawn from."""

    kind: str
    target: int | None
    lang: str
    sections: frozenset[str] | None
    as_version: int | None = None  # the proposal version its footer names, if being kept

    def same_choices(self, other: _Request | None) -> bool:
        return other is not None and (self.kind, self.target, self.lang, self.sections) == (
            other.kind,
            other.target,
            other.lang,
            other.sections,
        )


class _Cancelled(DomainError):
    """The dialog closed while its deck was being drawn: stop drawing (an expected end,
    so Operations does not log it as a failure)."""

    def __init__(self) -> None:
        super().__init__("deck.cancelled")


class _Progress(QObject):
    """Carries the renderer's progress from the worker to the GUI thread (a queued signal)."""

    progressed = Signal(int, int)  # slides drawn, slides in all


def _save_file(_db: Any, _actor: Any, path: Path, pdf: bytes) -> Path:
    return write_atomically(path, pdf)


def _save_temporary(_db: Any, _actor: Any, name: str, pdf: bytes) -> Path:
    """A copy for the system's PDF viewer, in a folder of our own under the temp folder."""
    folder = Path(tempfile.gettempdir()) / "agencia-presentaciones"
    folder.mkdir(mode=0o700, exist_ok=True)
    return write_atomically(folder / name, pdf)


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
        self.shown: _Request | None = None  # what the preview's PDF was drawn from
        self.saved_sha = ""  # the PDF last kept as a proposal version
        self.running = False
        self._cancel = threading.Event()
        self._lang_touched = False
        self._pending: _Request | None = None  # being drawn
        self._pdf_pending = b""
        self._then_keep = False  # keep the deck being drawn as a proposal version
        self._progress = _Progress(self)
        self._progress.progressed.connect(self._progressed)
        self.setObjectName("deckDialog")
        self.setWindowTitle(self.tr("Generar presentación"))
        self.setModal(True)
        self.setMinimumSize(960, 600)
        self.resize(1180, 760)

        self.side = self._build_side()
        preview = self._build_preview()
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.side)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.VLine)
        rule.setFrameShadow(QFrame.Shadow.Plain)
        rule.setForegroundRole(QPalette.ColorRole.Mid)
        body.addWidget(rule)
        body.addLayout(preview, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(12)
        outer.addLayout(body, 1)
        outer.addLayout(self._build_buttons())

        self._update_kind()
        self._update_buttons()
        self._load_defaults()

    # -- building ---------------------------------------------------------------------------
    def _caption(self, text: str) -> QLabel:
        label = plain_label(text, self)
        label.setProperty("role", "heading")
        return label

    def _build_side(self) -> QWidget:
        """The choices (scrolling in a short window), then progress, status and «Generar»,
        always in view."""
        outer = QWidget(self)
        outer.setFixedWidth(SIDE_WIDTH)
        scroll = QScrollArea(outer)
        scroll.setObjectName("deckChoices")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side = QWidget(scroll)
        side.setObjectName("deckChoicesBody")
        side.setAutoFillBackground(False)
        scroll.setWidget(side)
        scroll.viewport().setAutoFillBackground(False)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 12, 0)  # room for the scroll bar when it shows
        column.setSpacing(8)
        self.heading = plain_label(
            kind_label("agency" if self.scope == "agency" else "campaign"), side
        )
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.subject = plain_label("", side)
        self.subject.setObjectName("deckSubject")
        self.subject.setProperty("role", "secondary")
        self.subject.setWordWrap(True)
        column.addWidget(self.heading)
        column.addWidget(self.subject)
        column.addSpacing(8)

        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        self.picker: AccountPicker | None = None
        if self.scope == "campaign":
            column.addWidget(self._caption(self.tr("Documento")))
            for kind, text in (
                ("campaign", self.tr("Presentación de la campaña")),
                ("brief", self.tr("Hoja de brief (una página)")),
                ("approvals", self.tr("Registro de aprobaciones")),
            ):
                button = QRadioButton(text, side)
                button.setObjectName(f"deckKind_{kind}")
                self.kind_group.addButton(button)
                self.kind_buttons[kind] = button
                column.addWidget(button)
            self.kind_buttons["campaign"].setChecked(True)
            for button in self.kind_buttons.values():
                button.toggled.connect(self._kind_toggled)
        else:
            column.addWidget(self._caption(self.tr("Preparada para")))
            self.picker = AccountPicker(self.ops, parent=side)
            self.picker.setObjectName("deckFor")
            self.picker.setPlaceholderText(self.tr("Nadie en particular (opcional)"))
            self.picker.choice_changed.connect(self._recipient_changed)
            column.addWidget(self.picker)
            hint = plain_label(
                self.tr("El nombre del cliente o prospecto va en la portada y en el pie."), side
            )
            hint.setProperty("role", "caption")
            hint.setWordWrap(True)
            column.addWidget(hint)
        column.addSpacing(8)

        self.sections_box = QWidget(side)
        sections = QVBoxLayout(self.sections_box)
        sections.setContentsMargins(0, 0, 0, 0)
        sections.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self._caption(self.tr("Secciones")))
        top.addStretch(1)
        for text, state in ((self.tr("Todas"), True), (self.tr("Ninguna"), False)):
            link = QPushButton(text, self.sections_box)
            link.setProperty("flat", True)
            link.setFlat(True)
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setStyleSheet("min-width: 0; padding: 2px 6px;")
            link.clicked.connect(lambda _c=False, s=state: self._check_all(s))
            top.addWidget(link)
        sections.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        names = sections_for("agency" if self.scope == "agency" else "campaign")
        self.section_checks: dict[str, QCheckBox] = {}
        for index, name in enumerate(names):
            check = QCheckBox(section_label(name), self.sections_box)
            check.setObjectName(f"deckSection_{name}")
            check.setChecked(True)
            check.toggled.connect(lambda _on: self._options_changed())
            self.section_checks[name] = check
            grid.addWidget(check, index, 0)
        sections.addLayout(grid)
        column.addWidget(self.sections_box)
        self.single_page_note = plain_label("", side)
        self.single_page_note.setProperty("role", "caption")
        self.single_page_note.setWordWrap(True)
        column.addWidget(self.single_page_note)
        column.addSpacing(8)

        column.addWidget(self._caption(self.tr("Idioma")))
        self.language = QComboBox(side)
        self.language.setObjectName("deckLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.activated.connect(self._language_chosen)
        column.addWidget(self.language)
        self.language_hint = plain_label("", side)
        self.language_hint.setProperty("role", "caption")
        self.language_hint.setWordWrap(True)
        column.addWidget(self.language_hint)
        column.addStretch(1)

        bottom = QVBoxLayout(outer)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(8)
        bottom.addWidget(scroll, 1)
        side = outer
        column = bottom
        self.progress = QProgressBar(side)
        self.progress.setObjectName("deckProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.hide()
        column.addWidget(self.progress)
        self.status = plain_label("", side)
        self.status.setObjectName("deckStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.status)
        self.generate_button = QPushButton(self.tr("Generar"), side)
        self.generate_button.setObjectName("deckGenerate")
        self.generate_button.setProperty("primary", True)
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(lambda _checked=False: self.generate())
        column.addWidget(self.generate_button)
        return outer

    def _build_preview(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.page_label = plain_label("", self)
        self.page_label.setObjectName("deckPage")
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        self.zoom_out_button = self._tool("−", self.tr("Reducir"))
        self.zoom_label = plain_label("", self)
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._tool("+", self.tr("Ampliar"))
        self.fit_button = QToolButton(self)
        self.fit_button.setText(self.tr("Ajustar al ancho"))
        self.fit_button.setAutoRaise(True)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        column.addLayout(bar)

        self.stale = plain_label(
            self.tr(
                "Ha cambiado las opciones: pulse «Generar» para ver la presentación con ellas."
            ),
            self,
        )
        self.stale.setObjectName("deckStale")
        self.stale.setProperty("role", "secondary")
        self.stale.setWordWrap(True)
        self.stale.hide()
        column.addWidget(self.stale)

        self.stack = QStackedWidget(self)
        self.empty = EmptyState(
            self.tr("Aún no hay vista previa"),
            self.tr(
                "Elija el documento, las secciones y el idioma, y pulse «Generar»: "
                "aquí verá cada página tal como la recibirá el cliente."
            ),
            icon_name="document",
            parent=self,
        )
        self.view = PageView(self)
        self.view.page_changed.connect(self._page_changed)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        column.addWidget(self.stack, 1)
        self.zoom_in_button.clicked.connect(lambda: self._zoom(self.view.zoom_in))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(self.view.zoom_out))
        self.fit_button.clicked.connect(lambda: self._zoom(lambda: self.view.set_zoom(1.0)))
        return column

    def _tool(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        button.setFont(font)
        button.setFixedWidth(32)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

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
        if self.scope == "agency":
            return "agency"
        return next((k for k, b in self.kind_buttons.items() if b.isChecked()), "campaign")

    def target(self) -> int | None:
        if self.scope == "agency":
            return self.picker.account_id if self.picker is not None else None
        return self.target_id

    def chosen_sections(self) -> frozenset[str] | None:
        """None: every section (so that one added later is not left out by default)."""
        if not sections_for(self.kind()):  # type: ignore[arg-type]
            return None
        chosen = frozenset(n for n, c in self.section_checks.items() if c.isChecked())
        return None if chosen == frozenset(self.section_checks) else chosen

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def request(self) -> _Request:
        """What the choices on the left ask for now."""
        return _Request(self.kind(), self.target(), self.chosen_language(), self.chosen_sections())

    def _options(self, request: _Request) -> DeckOptions:
        cancel = self._cancel
        relay = self._progress

        def progress(done: int, total: int) -> None:
            if cancel.is_set():
                raise _Cancelled
            relay.progressed.emit(done, total)

        return DeckOptions(lang=request.lang, sections=request.sections, progress=progress)

    # -- reacting to choices ----------------------------------------------------------------
    def _update_kind(self) -> None:
        kind = self.kind()
        has_sections = bool(sections_for(kind))  # type: ignore[arg-type]
        self.sections_box.setVisible(has_sections)
        notes = {
            "brief": self.tr("El último brief de la campaña en una sola página."),
            "approvals": self.tr(
                "Cada decisión, interna y del cliente: quién, cuándo y sobre qué documento "
                "(su huella SHA-256)."
            ),
        }
        self.single_page_note.setText(notes.get(kind, ""))
        self.single_page_note.setVisible(kind in notes)
        self._options_changed()

    def _kind_toggled(self, on: bool) -> None:
        if on:  # the one switched on (the other one's toggle-off is the same change)
            self._update_kind()

    def _check_all(self, state: bool) -> None:
        for check in self.section_checks.values():
            check.setChecked(state)

    def _language_chosen(self, _index: int) -> None:
        self._lang_touched = True
        self._options_changed()

    def _recipient_changed(self) -> None:
        """A prospect chosen for the agency's deck: its name and, unless the person chose
        one, its language."""
        if self.picker is not None and self.picker.is_valid():
            self._load_defaults()
        self._options_changed()

    def _options_changed(self) -> None:
        self.stale.setVisible(
            self.shown is not None and not self.request().same_choices(self.shown)
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        kind = self.kind()
        no_sections = bool(sections_for(kind)) and not any(  # type: ignore[arg-type]
            c.isChecked() for c in self.section_checks.values()
        )
        picker_ok = self.picker is None or self.picker.is_valid()
        ready = self.defaults is not None and not self.running and picker_ok and not no_sections
        self.generate_button.setEnabled(ready)
        if no_sections:
            self.generate_button.setToolTip(self.tr("Elija al menos una sección."))
        elif not picker_ok:
            self.generate_button.setToolTip(self.tr("Elija una cuenta de la lista, o ninguna."))
        else:
            self.generate_button.setToolTip("")
        self.generate_button.setText(
            self.tr("Generar de nuevo") if self.pdf is not None else self.tr("Generar")
        )
        have = self.pdf is not None and not self.running
        self.open_button.setEnabled(have)
        self.save_button.setEnabled(have)
        may_keep = self.defaults is not None and self.defaults.can_save_proposal
        shown_kind = self.shown.kind if self.shown is not None else ""
        keep = have and shown_kind == "campaign" and may_keep and not self._already_kept()
        self.proposal_button.setEnabled(keep)
        if not may_keep:
            why = self.tr("Su rol no añade versiones de propuesta a esta campaña, o está cerrada.")
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
        self.zoom_in_button.setEnabled(self.view.count() > 0)
        self.zoom_out_button.setEnabled(self.view.count() > 0)
        self.fit_button.setEnabled(self.view.count() > 0)

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
        if not self._lang_touched:
            self.set_language(defaults.lang)
        language = dict(LANGUAGES).get(defaults.lang, defaults.lang)
        if self.scope == "agency":
            self.subject.setText(
                self.tr("%1, preparada para %2")
                .replace("%1", defaults.agency)
                .replace("%2", defaults.client)
                if defaults.client
                else defaults.agency
            )
            self.language_hint.setText(
                self.tr("Por defecto, el idioma del cliente: %1.").replace("%1", language)
                if defaults.client
                else self.tr("Por defecto, el idioma de la agencia: %1.").replace("%1", language)
            )
        else:
            self.heading.setText(defaults.campaign)
            self.subject.setText(defaults.client)
            self.language_hint.setText(
                self.tr("Por defecto, el idioma de %1: %2.")
                .replace("%1", defaults.client)
                .replace("%2", language)
            )
        self._options_changed()

    # -- generating ---------------------------------------------------------------------------
    def generate(self) -> None:
        """Draw the deck the choices ask for (the «Generar» button)."""
        if self.running or not self.generate_button.isEnabled():
            return
        self._draw(self.request())

    def _draw(self, request: _Request, message: str = "") -> None:
        self.running = True
        self._cancel.clear()
        self._pending = request
        self.progress.setRange(0, 0)
        self.progress.show()
        self._say(message or self.tr("Generando la presentación…"))
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
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))

    def _deck_arrived(self, pdf: bytes) -> None:
        self._pdf_pending = pdf
        self.progress.setRange(0, 0)
        self._say(self.tr("Preparando la vista previa…"))
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
        self.progress.hide()
        self.stack.setCurrentWidget(self.view)
        self.view.set_images(images)
        self._zoom(lambda: None)
        sha = hashlib.sha256(pdf).hexdigest()
        size = self.ctx.locale.formattedDataSize(
            len(pdf),
            1 if len(pdf) >= 1_000_000 else 0,
            QLocale.DataSizeFormat.DataSizeTraditionalFormat,
        )
        self._say(
            (
                self.tr("1 página · %2 · SHA-256 %3…")
                if len(images) == 1
                else self.tr("%1 páginas · %2 · SHA-256 %3…")
            )
            .replace("%1", self.ctx.locale.toString(len(images)))
            .replace("%2", size)
            .replace("%3", sha[:12])
        )
        self.status.setToolTip(sha)
        self._options_changed()
        self.generated.emit(len(images))
        if self._then_keep:
            self._then_keep = False
            self._keep()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self._then_keep = False
        self.progress.hide()
        if isinstance(error, _Cancelled):
            return
        text = (
            describe(error)
            if isinstance(error, DomainError)
            else self.tr("No se pudo generar: %1").replace("%1", str(error) or type(error).__name__)
        )
        self._say(text, error=True)
        self._update_buttons()

    def _say(self, text: str, *, error: bool = False) -> None:
        palette = self.status.palette()
        if error:
            dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
            palette.setColor(
                QPalette.ColorRole.WindowText, QColor(ERROR_DARK if dark else ERROR_LIGHT)
            )
        else:
            palette.setColor(
                QPalette.ColorRole.WindowText,
                self.palette().color(QPalette.ColorRole.WindowText),
            )
        self.status.setPalette(palette)
        self.status.setText(text)
        self.status.setToolTip("")

    # -- the preview's bar ----------------------------------------------------------------------
    def _page_changed(self, page: int, count: int) -> None:
        self.page_label.setText(
            self.tr("Página %1 de %2")
            .replace("%1", self.ctx.locale.toString(page))
            .replace("%2", self.ctx.locale.toString(count))
            if count
            else ""
        )

    def _zoom(self, change: Callable[[], None]) -> None:
        change()
        percent = round(self.view.zoom * 100)
        self.zoom_label.setText(self.tr("%1 %").replace("%1", self.ctx.locale.toString(percent)))
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
            self._say(self.tr("Guardada en %1").replace("%1", str(written)))
            self.ctx.toast(self.tr("Presentación guardada: %1").replace("%1", written.name))
            self.file_saved.emit(written)

        self.ops.read(_save_file, path, self.pdf, on_done=saved, on_error=self._failed)

    def open_external(self) -> None:
        """A copy in the temporary folder, opened with the system's PDF viewer."""
        if self.pdf is None:
            return

        def written(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self._say(
                    self.tr("No hay un visor de PDF que abra %1.").replace("%1", str(path)),
                    error=True,
                )

        self.ops.read(
            _save_temporary, self.file_name(), self.pdf, on_done=written, on_error=self._failed
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
        self._say(self.tr("Guardando como versión de propuesta…"))
        self.ops.write(
            save_deck_as_proposal,
            self.target_id,
            self.pdf,
            self.file_name(),
            summary,
            notes,
            on_done=self._kept,
            on_error=self._failed,
        )

    def _kept(self, saved: SavedDeck) -> None:
        self.saved_sha = saved.sha256
        sha = saved.sha256
        self._say(  # the fingerprint whole, in two halves that fit the column
            self.tr("Guardada como propuesta v%1 · SHA-256:").replace("%1", str(saved.version))
            + f"\n{sha[:32]}\n{sha[32:]}"
        )
        self.status.setToolTip(sha)
        self.ctx.toast(
            self.tr("Propuesta v%1 guardada · SHA-256 %2…")
            .replace("%1", str(saved.version))
            .replace("%2", saved.sha256[:12])
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


def main() -> int:  # pragma: no cover - a developer's tool
    """The dialog alone, with the demo agency (STYLE.md #9)."""
    import sys

    from agencia.services.campaigns.queries import CampaignQuery, list_campaigns
    from agencia.ui.style import apply_style
    from agencia.ui.widgets.harness import open_harness

    agency = "--agency" in sys.argv
    argv = [a for a in sys.argv[1:] if a != "--agency"]
    campaign_id: int | None = None
    if "--campaign" in argv:
        at = argv.index("--campaign")
        campaign_id = int(argv[at + 1])
        del argv[at : at + 2]
    harness = open_harness("Generar presentación", lambda ctx: QWidget(), argv)
    apply_style(harness.app)
    if not agency and campaign_id is None:
        rows = list_campaigns(harness.db, harness.ctx.actor, CampaignQuery())
        campaign_id = rows[0].id if rows else None
    dialog = DeckDialog(
        harness.ctx, "agency" if agency or campaign_id is None else "campaign", campaign_id
    )
    dialog.show()
    try:
        return harness.app.exec()
    finally:
        harness.close()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
