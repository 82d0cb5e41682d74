"""The «Datos» tab of the account page: who the client is and how to reach them."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QWidget

from agencia.services.views import AccountDetail
from agencia.ui.accounts.labels import local_datetime


def account_link(record_id: int, text: str) -> str:
    """A link the page follows by opening that account."""
    return f'<a href="account:{record_id}">{html.escape(text)}</a>'


def locale_text(code: str) -> str:
    """How people read a locale code: "es_MX" is "español de México"."""
    if not code:
        return ""
    loc = QLocale(code)
    language = loc.nativeLanguageName()
    territory = loc.nativeTerritoryName()
    if not territory or territory.casefold() in language.casefold():
        return language or code  # "español de España", not "… (España)"
    return f"{language} ({territory})"


def country_text(code: str) -> str:
    """A two-letter country code as its Spanish name where Qt knows one ("MX" → "México")."""
    if not code:
        return ""
    loc = QLocale(f"es_{code.upper()}")
    if (
        loc.territory() != QLocale.Country.AnyCountry
        and QLocale.territoryToCode(loc.territory()) == code.upper()
    ):
        return loc.nativeTerritoryName() or code
    return code


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
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextBrowserInteraction
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            value.setOpenExternalLinks(False)
            value.linkActivated.connect(self.link_activated)
            caption = QLabel(label, body)
            caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            form.addRow(caption, value)
            self.labels[key] = value
        self.setWidget(body)

    def show_detail(self, d: AccountDetail) -> None:
        none = "—"
        f = self.labels
        f["parent"].setText(account_link(d.parent_id, d.parent_name) if d.parent_id else none)
        f["subsidiaries"].setText(
            ", ".join(account_link(i, n) for i, n in d.subsidiaries) if d.subsidiaries else none
        )
        f["sector"].setText(html.escape(d.sector) or none)
        f["group"].setText(html.escape(d.group) or none)
        f["lead"].setText(html.escape(d.lead_executive) or none)
        language = locale_text(d.locale) or self.tr("los de la agencia")
        currency = d.currency or self.tr("la de la agencia")
        f["locale"].setText(html.escape(f"{language} · {currency}"))
        f["may_be_shown"].setText(
            html.escape(
                self.tr("Sí: la agencia puede citarla en sus presentaciones")
                if d.may_be_shown
                else self.tr("No: no citarla en presentaciones de la agencia")
            )
        )
        web = d.website
        if web:
            href = web if "://" in web else f"https://{web}"
            f["website"].setText(f'<a href="{html.escape(href)}">{html.escape(web)}</a>')
        else:
            f["website"].setText(none)
        f["phone"].setText(html.escape(d.phone) or none)
        f["email"].setText(
            f'<a href="mailto:{html.escape(d.email)}">{html.escape(d.email)}</a>'
            if d.email
            else none
        )
        place = ", ".join(p for p in (d.address, d.city, country_text(d.country)) if p)
        f["address"].setText(html.escape(place) or none)
        f["notes"].setText(html.escape(d.notes).replace("\n", "<br>") or none)
        f["dates"].setText(
            html.escape(
                f"{local_datetime(self._locale, d.created_at)} · "
                f"{local_datetime(self._locale, d.updated_at)}"
            )
        )
