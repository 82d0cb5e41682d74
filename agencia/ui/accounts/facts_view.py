"""The «Datos» tab of the account page: who the client is and how to reach them, with the
client's logo as its decks print it (`LogoField`, also under the brands in «Marcas»)."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.errors import DomainError
from agencia.domain.text import fill
from agencia.services.accounts.views import AccountDetail
from agencia.services.images import LOGO_MAX_BYTES
from agencia.ui.accounts.detail_parts import WholeText
from agencia.ui.accounts.labels import local_datetime
from agencia.ui.locale_names import country_name, locale_name
from agencia.ui.resources import icon
from agencia.ui.widgets.form import FieldMessage
from agencia.ui.widgets.image_picker import JPEG, PickedImage, Thumbnail, decode, megabytes
from agencia.ui.widgets.text import plain_label

# A logo's thumbnail: wide enough for a wordmark, tall enough for a square monogram.
LOGO_BOX = QSize(144, 80)

# Rows whose value is a link (rich text built from escaped data); the rest are plain text,
# shown exactly as typed: "M&M's <b>" is never markup and never "M&amp;M&#x27;s".
LINK_ROWS = frozenset({"parent", "subsidiaries", "website", "email"})


def account_link(record_id: int, text: str) -> str:
    """A link the page follows by opening that account (rich text: `text` is escaped)."""
    return f'<a href="account:{record_id}">{html.escape(text)}</a>'


def locale_text(code: str) -> str:
    """How people read a locale code, in the UI's language: "es_MX" is "español (México)"."""
    return locale_name(code)


def country_text(code: str) -> str:
    """A two-letter country code in the UI's language ("MX" → "México" / "Mexico")."""
    return country_name(code)


class LogoField(QWidget):
    """A client's or a brand's logo: its thumbnail, «Cambiar logotipo…» and «Quitar
    logotipo», what it is, and a refusal under it in red. A view: what the person asks
    leaves as signals; the controller reads the file and saves it (`show_pending` while
    it does, `refuse` when the file or the save was refused)."""

    change_requested = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id: int | None = None  # the account or brand shown
        self.stored: bytes | None = None
        self.image: PickedImage | None = None  # what the thumbnail shows
        self.busy = False
        self._key: tuple[int, int] | None = None
        self._editable = True
        self._reason = ""
        self.thumbnail = Thumbnail(LOGO_BOX, self.tr("Sin logotipo"), self)
        self.thumbnail.setToolTip(self.tr("El logotipo que imprimen sus presentaciones"))
        self.change_button = QPushButton(icon("folder"), self.tr("Cambiar logotipo…"), self)
        self.change_button.setObjectName("changeLogo")
        self.remove_button = QPushButton(icon("delete"), self.tr("Quitar logotipo"), self)
        self.remove_button.setObjectName("removeLogo")
        self.change_button.clicked.connect(self.change_requested)
        self.remove_button.clicked.connect(self.remove_requested)
        self.caption = plain_label("", self)
        self.caption.setProperty("role", "caption")
        self.caption.setWordWrap(True)
        self.message = FieldMessage(self)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.change_button, self.remove_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(4)
        side.addLayout(buttons)
        side.addWidget(self.caption)
        side.addWidget(self.message)
        side.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(side, 1)
        self._update()

    def show_logo(self, record_id: int, version: int, logo: bytes | None) -> None:
        """The stored logo of `record_id` at `version` (decoded here only when it changed:
        at most 2 MB, and at thumbnail size). Another record clears the last refusal."""
        if record_id != self.record_id:
            self.message.clear_message()
        self.record_id = record_id
        if (record_id, version) != self._key or self.busy:
            self._key = (record_id, version)
            self.stored = logo
            self.image = self._decode(logo)
        self.busy = False
        self._update()

    def show_pending(self, record_id: int, image: PickedImage | None, text: str) -> None:
        """While a new logo (None: no logo) is being saved: shown already, buttons held."""
        if record_id != self.record_id:
            return
        self.message.clear_message()
        self.image = image
        self.busy = True
        self._update(text)

    def set_busy(self, record_id: int, text: str) -> None:
        """While the chosen file is read."""
        if record_id == self.record_id:
            self.message.clear_message()
            self.busy = True
            self._update(text)

    def refuse(self, record_id: int, text: str) -> bool:
        """Put back the stored logo and say why the new one was refused; False when the
        field shows another record by now (the caller tells the person otherwise)."""
        if record_id != self.record_id:
            return False
        self.busy = False
        self.image = self._decode(self.stored)
        self.message.show_message(text)
        self._update()
        return True

    def needed_width(self) -> int:
        """The narrowest this can be with both buttons whole, whichever label they carry."""
        current = self.change_button.text()
        widths = []
        for text in (self.tr("Cambiar logotipo…"), self.tr("Añadir logotipo…")):
            self.change_button.setText(text)
            self.change_button.ensurePolished()  # the style sheet's paddings count
            widths.append(self.change_button.sizeHint().width())
        self.change_button.setText(current)
        self.remove_button.ensurePolished()
        margins = self.contentsMargins()
        return (
            LOGO_BOX.width()
            + 16
            + max(widths)
            + 8
            + self.remove_button.sizeHint().width()
            + margins.left()
            + margins.right()
        )

    def error(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def set_editable(self, editable: bool, reason: str) -> None:
        if (editable, reason) == (self._editable, self._reason):
            return  # asked again on every account opened: nothing to redraw
        self._editable = editable
        self._reason = reason
        self._update()

    def _decode(self, logo: bytes | None) -> PickedImage | None:
        if not logo:
            return None
        try:
            return decode("", logo, LOGO_BOX)
        except DomainError:
            return None  # stored before logos were checked: shown as none, still replaceable

    def _update(self, busy_text: str = "") -> None:
        image = self.image
        self.thumbnail.set_image(image.thumbnail if image else None)
        has_logo = self.stored is not None
        self.change_button.setText(
            self.tr("Cambiar logotipo…") if has_logo else self.tr("Añadir logotipo…")
        )
        self.remove_button.setVisible(has_logo)
        for button in (self.change_button, self.remove_button):
            button.setEnabled(self._editable and not self.busy)
        limit = self.tr("PNG o JPEG, hasta %1").replace("%1", megabytes(LOGO_MAX_BYTES))
        self.change_button.setToolTip(limit if self._editable else self._reason)
        self.remove_button.setToolTip("" if self._editable else self._reason)
        if busy_text:
            self.caption.setText(busy_text)
        elif image is not None:
            kind = "JPEG" if image.content_type == JPEG else "PNG"
            self.caption.setText(
                fill(self.tr("%1 · %2 × %3 px"), kind, str(image.width), str(image.height))
            )
        elif has_logo:
            self.caption.setText(self.tr("El logotipo guardado no se puede mostrar."))
        else:
            self.caption.setText(self.tr("%1. Aparece en las presentaciones.").replace("%1", limit))


class FactsPanel(QScrollArea):
    link_activated = Signal(str)  # "account:12", "https://…", "mailto:…"

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        form = QFormLayout(body)
        form.setContentsMargins(4, 12, 4, 12)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.logo = LogoField(body)
        self.logo.setObjectName("accountLogo")
        self.logo.setContentsMargins(0, 0, 0, 8)
        form.addRow(self.logo)  # across both columns, at the top: the client at a glance
        self.labels: dict[str, QLabel | WholeText] = {}
        for key, label in (
            ("parent", self.tr("Empresa matriz")),
            ("subsidiaries", self.tr("Filiales")),
            ("sector", self.tr("Sector")),
            ("group", self.tr("Grupo de cuentas")),
            ("lead", self.tr("Ejecutivo principal")),
            ("locale", self.tr("Idioma y moneda")),
            ("may_be_shown", self.tr("Se puede mostrar")),
            ("website", self.tr("Web")),
            ("phone", self.tr("Teléfono")),
            ("email", self.tr("Correo electrónico")),
            ("address", self.tr("Dirección")),
            ("notes", self.tr("Notas")),
            ("dates", self.tr("Alta y última modificación")),
        ):
            if key == "notes":  # free text: a long word in it wraps too, nothing is cut
                notes = WholeText(body)
                notes.setAccessibleName(label)
                self._add_row(form, body, key, label, notes)
                continue
            value = QLabel(body)
            value.setTextFormat(
                Qt.TextFormat.RichText if key in LINK_ROWS else Qt.TextFormat.PlainText
            )
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextBrowserInteraction
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            value.setOpenExternalLinks(False)
            value.linkActivated.connect(self.link_activated)
            self._add_row(form, body, key, label, value)
        self.setWidget(body)

    def _add_row(
        self, form: QFormLayout, body: QWidget, key: str, label: str, value: QLabel | WholeText
    ) -> None:
        caption = QLabel(label, body)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow(caption, value)
        self.labels[key] = value

    def show_detail(self, d: AccountDetail) -> None:
        none = "—"
        self.logo.show_logo(d.id, d.version, d.logo)
        f = self.labels
        # links: rich text, every piece of data escaped
        parent = d.parent_id is not None and d.parent_name  # named only if theirs to see
        f["parent"].setText(account_link(d.parent_id or 0, d.parent_name) if parent else none)
        f["subsidiaries"].setText(
            ", ".join(account_link(i, n) for i, n in d.subsidiaries) if d.subsidiaries else none
        )
        web = d.website
        if web:
            href = web if "://" in web else f"https://{web}"
            f["website"].setText(
                f'<a href="{html.escape(href, quote=True)}">{html.escape(web)}</a>'
            )
        else:
            f["website"].setText(none)
        f["email"].setText(
            f'<a href="mailto:{html.escape(d.email, quote=True)}">{html.escape(d.email)}</a>'
            if d.email
            else none
        )
        # plain text: shown as typed
        f["sector"].setText(d.sector or none)
        f["group"].setText(d.group or none)
        f["lead"].setText(d.lead_executive or none)
        language = locale_text(d.locale) or self.tr("los de la agencia")
        currency = d.currency or self.tr("la de la agencia")
        f["locale"].setText(f"{language} · {currency}")
        f["may_be_shown"].setText(
            self.tr("Sí: la agencia puede citarla en sus presentaciones")
            if d.may_be_shown
            else self.tr("No: no citarla en presentaciones de la agencia")
        )
        f["phone"].setText(d.phone or none)
        place = ", ".join(p for p in (d.address, d.city, country_text(d.country)) if p)
        f["address"].setText(place or none)
        f["notes"].setText(d.notes or none)
        f["dates"].setText(
            f"{local_datetime(self._locale, d.created_at)} · "
            f"{local_datetime(self._locale, d.updated_at)}"
        )
