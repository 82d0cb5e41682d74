"""The «Datos» tab of the account page: who the client is and how to reach them."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QWidget

from agencia.services.views import AccountDetail
from agencia.ui.accounts.labels import local_datetime
from agencia.ui.locale_names import country_name, locale_name

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
        self.labels: dict[str, QLabel] = {}
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
            caption = QLabel(label, body)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            form.addRow(caption, value)
            self.labels[key] = value
        self.setWidget(body)

    def show_detail(self, d: AccountDetail) -> None:
        none = "—"
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
