"""The deck dialog's left column: the choices — which document (of a campaign) or for whom
(the agency's credentials), its sections and its language, with what each choice means —
then the progress, the status line and «Generar», always in view.

Signals: `changed` when any choice changes; `recipient_changed` when the account the
agency's deck is prepared for changes; `language_chosen` when the person picks a language
(from then on the client's language no longer replaces it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.text import fill
from agencia.services.accounts.queries import account_options
from agencia.services.decks.build import DeckDefaults, DeckKind, default_sections, sections_for
from agencia.ui.decks.labels import LANGUAGES, kind_label, section_label
from agencia.ui.ops import Operations
from agencia.ui.widgets.account_picker import AccountPicker
from agencia.ui.widgets.form import ERROR_DARK, ERROR_LIGHT
from agencia.ui.widgets.text import plain_label

SIDE_WIDTH = 312


class DeckChoices(QWidget):
    """The column of choices; `scope` "campaign" offers the campaign's three documents,
    "agency" the credentials, optionally prepared for an account."""

    changed = Signal()
    recipient_changed = Signal()
    language_chosen = Signal()

    def __init__(self, ops: Operations, scope: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = scope
        self.setObjectName("deckChoicesBody")
        self.setAutoFillBackground(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 12, 0)  # room for the scroll bar when it shows
        column.setSpacing(8)
        self.heading = plain_label(kind_label("agency" if scope == "agency" else "campaign"), self)
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.subject = plain_label("", self)
        self.subject.setObjectName("deckSubject")
        self.subject.setProperty("role", "secondary")
        self.subject.setWordWrap(True)
        column.addWidget(self.heading)
        column.addWidget(self.subject)
        column.addSpacing(8)

        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        self.picker: AccountPicker | None = None
        if scope == "campaign":
            column.addWidget(self._caption(self.tr("Documento")))
            for kind, text in (
                ("campaign", self.tr("Presentación de la campaña")),
                ("brief", self.tr("Hoja de brief (una página)")),
                ("approvals", self.tr("Registro de aprobaciones")),
                ("brief_a4", self.tr("Brief para imprimir y firmar (A4)")),
                ("contrabrief", self.tr("Contrabrief (A4)")),
            ):
                button = QRadioButton(text, self)
                button.setObjectName(f"deckKind_{kind}")
                self.kind_group.addButton(button)
                self.kind_buttons[kind] = button
                column.addWidget(button)
            self.kind_buttons["campaign"].setChecked(True)
            for button in self.kind_buttons.values():
                button.toggled.connect(self._kind_toggled)
        else:
            column.addWidget(self._caption(self.tr("Preparada para")))
            self.picker = AccountPicker(ops, parent=self, find=account_options)
            self.picker.setObjectName("deckFor")
            self.picker.setPlaceholderText(self.tr("Nadie en particular (opcional)"))
            self.picker.choice_changed.connect(self.recipient_changed)
            column.addWidget(self.picker)
            hint = plain_label(
                self.tr("El nombre del cliente o prospecto va en la portada y en el pie."), self
            )
            hint.setProperty("role", "caption")
            hint.setWordWrap(True)
            column.addWidget(hint)
        column.addSpacing(8)
        column.addWidget(self._build_sections())
        self.single_page_note = plain_label("", self)
        self.single_page_note.setProperty("role", "caption")
        self.single_page_note.setWordWrap(True)
        column.addWidget(self.single_page_note)
        column.addSpacing(8)

        column.addWidget(self._caption(self.tr("Idioma")))
        self.language = QComboBox(self)
        self.language.setObjectName("deckLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.activated.connect(lambda _index: self.language_chosen.emit())
        column.addWidget(self.language)
        self.language_hint = plain_label("", self)
        self.language_hint.setProperty("role", "caption")
        self.language_hint.setWordWrap(True)
        column.addWidget(self.language_hint)
        # what an English deck would still print in Spanish, said before it is made
        self.english_warning = plain_label("", self)
        self.english_warning.setObjectName("deckEnglishWarning")
        self.english_warning.setProperty("role", "error")
        self.english_warning.setWordWrap(True)
        self.english_warning.hide()
        column.addWidget(self.english_warning)
        self.language.currentIndexChanged.connect(lambda _i: self._show_english_warning())
        self._missing_english = ""
        column.addStretch(1)
        self.update_kind()

    def _caption(self, text: str) -> QLabel:
        label = plain_label(text, self)
        label.setProperty("role", "heading")
        return label

    def _build_sections(self) -> QWidget:
        self.sections_box = QWidget(self)
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
        kind: DeckKind = "agency" if self.scope == "agency" else "campaign"
        names = sections_for(kind)
        self.default_sections = frozenset(default_sections(kind))
        self.section_checks: dict[str, QCheckBox] = {}
        for index, name in enumerate(names):
            check = QCheckBox(section_label(name), self.sections_box)
            check.setObjectName(f"deckSection_{name}")
            check.setChecked(name in self.default_sections)
            check.toggled.connect(lambda _on: self.changed.emit())
            self.section_checks[name] = check
            grid.addWidget(check, index, 0)
        sections.addLayout(grid)
        # the internal review's decisions and comments: never on a client deck by default
        self.internal = QCheckBox(self.tr("Incluir las decisiones internas"), self.sections_box)
        self.internal.setObjectName("deckInternal")
        self.internal.setVisible(kind == "campaign")
        self.internal_warning = plain_label(
            self.tr(
                "Lleva los comentarios de la revisión interna y «Uso interno» en cada página: "
                "no la envíe al cliente."
            ),
            self.sections_box,
        )
        self.internal_warning.setObjectName("deckInternalWarning")
        self.internal_warning.setWordWrap(True)
        self.internal_warning.setProperty("role", "error")
        self.internal_warning.hide()
        self.internal.toggled.connect(self._internal_toggled)
        sections.addWidget(self.internal)
        sections.addWidget(self.internal_warning)
        return self.sections_box

    def _internal_toggled(self, on: bool) -> None:
        self.internal_warning.setVisible(on)
        if on:
            self.section_checks["approvals"].setChecked(True)
        self.changed.emit()

    def include_internal(self) -> bool:
        """The person chose to show the internal review's decisions (a deck for the agency)."""
        return self.kind() == "campaign" and self.internal.isChecked()

    # -- what is chosen ---------------------------------------------------------------------
    def kind(self) -> str:
        if self.scope == "agency":
            return "agency"
        return next((k for k, b in self.kind_buttons.items() if b.isChecked()), "campaign")

    def recipient(self) -> int | None:
        """The account the agency's deck is prepared for (None: nobody in particular)."""
        return self.picker.account_id if self.picker is not None else None

    def recipient_valid(self) -> bool:
        """Nobody, or an account chosen from the list (typed text alone is not a choice)."""
        return self.picker is None or self.picker.is_valid()

    def chosen_sections(self) -> frozenset[str] | None:
        """None: the deck's default sections (so that one added later is not left out)."""
        if not sections_for(self.kind()):  # type: ignore[arg-type]
            return None
        chosen = frozenset(n for n, c in self.section_checks.items() if c.isChecked())
        return None if chosen == self.default_sections else chosen

    def no_sections(self) -> bool:
        """The document has sections and none is chosen."""
        return bool(sections_for(self.kind())) and not any(  # type: ignore[arg-type]
            c.isChecked() for c in self.section_checks.values()
        )

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)

    # -- reacting to choices ----------------------------------------------------------------
    def update_kind(self) -> None:
        kind = self.kind()
        has_sections = bool(sections_for(kind))  # type: ignore[arg-type]
        self.sections_box.setVisible(has_sections)
        notes = {
            "brief": self.tr("El último brief de la campaña en una sola página."),
            "brief_a4": self.tr(
                "El último brief en A4 vertical, con espacio para las firmas de la agencia y "
                "del cliente."
            ),
            "contrabrief": self.tr(
                "La respuesta de la agencia al brief (lo que entendemos, nuestras preguntas y "
                "el enfoque propuesto) en A4 vertical."
            ),
            "approvals": self.tr(
                "Cada decisión, interna y del cliente: quién, cuándo y sobre qué documento "
                "(su huella SHA-256)."
            ),
        }
        self.single_page_note.setText(notes.get(kind, ""))
        self.single_page_note.setVisible(kind in notes)
        self.changed.emit()

    def _show_english_warning(self) -> None:
        text = self._missing_english if self.chosen_language() == "en" else ""
        self.english_warning.setText(text)
        self.english_warning.setVisible(bool(text))

    def _kind_toggled(self, on: bool) -> None:
        if on:  # the one switched on (the other one's toggle-off is the same change)
            self.update_kind()

    def _check_all(self, state: bool) -> None:
        for check in self.section_checks.values():
            check.setChecked(state)

    def show_defaults(self, defaults: DeckDefaults, keep_language: bool) -> None:
        """The names the deck will carry and the language it is in by default (unless the
        person chose one: `keep_language`)."""
        self._missing_english = defaults.missing_english.message()
        if not keep_language:
            self.set_language(defaults.lang)
        self._show_english_warning()
        language = dict(LANGUAGES).get(defaults.lang, defaults.lang)
        if self.scope == "agency":
            self.subject.setText(
                fill(self.tr("%1, preparada para %2"), defaults.agency, defaults.client)
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
                fill(self.tr("Por defecto, el idioma de %1: %2."), defaults.client, language)
            )


class DeckSide(QWidget):
    """The choices (scrolling in a short window), then progress, status and «Generar»."""

    def __init__(self, ops: Operations, scope: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(SIDE_WIDTH)
        scroll = QScrollArea(self)
        scroll.setObjectName("deckChoices")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices = DeckChoices(ops, scope, scroll)
        scroll.setWidget(self.choices)
        scroll.viewport().setAutoFillBackground(False)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(scroll, 1)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("deckProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.hide()
        column.addWidget(self.progress)
        self.status = plain_label("", self)
        self.status.setObjectName("deckStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.status)
        self.generate_button = QPushButton(self.tr("Generar"), self)
        self.generate_button.setObjectName("deckGenerate")
        self.generate_button.setProperty("primary", True)
        self.generate_button.setDefault(True)
        column.addWidget(self.generate_button)

    def say(self, text: str, *, error: bool = False) -> None:
        """The status line: how the deck is going, or why it failed (in the error colour)."""
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
