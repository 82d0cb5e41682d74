"""The account page: who the client is, their brands, their people, our team, the trail.

A view: `show_detail(detail)` paints an `AccountDetail`; what people ask for leaves as
signals the controller turns into operations. The brands and contacts tabs are their own
widgets (`BrandsTab`, `ContactsTab`); the page forwards their requests.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain import tax_ids
from agencia.domain.messages import render
from agencia.services.accounts.views import AccountDetail
from agencia.ui.accounts.brands_tab import BrandsTab
from agencia.ui.accounts.contacts_tab import ContactsTab
from agencia.ui.accounts.detail_models import TeamModel
from agencia.ui.accounts.facts_view import FactsPanel, account_link
from agencia.ui.accounts.history_tab import HistoryTab
from agencia.ui.accounts.labels import status_chip
from agencia.ui.area_tabs import AreaTab
from agencia.ui.widgets.action_row import ActionRow
from agencia.ui.widgets.column_fit import CAP, ColumnFit
from agencia.ui.widgets.doc_widgets import table
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.form import WARNING_DARK, WARNING_LIGHT
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.status_chip import StatusChip
from agencia.ui.widgets.text import WrapLabel, plain_label

MINIMUM_WIDTH = 380


class AccountDetailView(QWidget):
    open_account = Signal(int)  # a parent, subsidiary or same-tax-ID account was clicked
    add_contact = Signal()
    edit_contact = Signal(int)  # contact id
    set_contact_active = Signal(int, bool)  # contact id, active
    add_brand = Signal()
    edit_brand = Signal(int)  # brand id
    add_product = Signal(int)  # brand id
    edit_product = Signal(int, int)  # product id, brand id
    change_logo = Signal()  # the client's: choose a file
    remove_logo = Signal()
    change_brand_logo = Signal(int)  # brand id
    remove_brand_logo = Signal(int)  # brand id

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.detail: AccountDetail | None = None

        self.placeholder = EmptyState(
            self.tr("Ninguna cuenta abierta"),
            self.tr(
                "Elija una cuenta de la lista para ver sus marcas, contactos, equipo e historial."
            ),
            icon_name="accounts",
            parent=self,
        )
        self.content = QWidget(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        # -- header -----------------------------------------------------------------------
        self.title = WrapLabel("", self.content)  # a long name wraps; it never widens the page
        self.title.setObjectName("accountTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chip = StatusChip(self.content)
        # edit, the other areas' actions, and (de)activate last: what does not fit whole
        # goes into «Más», never a cut label
        self.header_buttons = ActionRow(self.content)
        self.header_buttons_by_id: dict[str, QToolButton] = {}
        self.subtitle = WrapLabel("", self.content)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.duplicate = QLabel(self.content)
        self.duplicate.setObjectName("taxIdDuplicate")
        self.duplicate.setTextFormat(Qt.TextFormat.RichText)  # links built from escaped names
        self.duplicate.setWordWrap(True)
        self.duplicate.linkActivated.connect(self._link)
        self.read_only = plain_label("", self.content)
        self.read_only.setObjectName("readOnlyNote")
        self.read_only.setWordWrap(True)

        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.title, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)

        # -- tabs -------------------------------------------------------------------------
        self.tabs = QTabWidget(self.content)
        self.tabs.setDocumentMode(True)
        # every tab in sight: the page is made wide enough for them (`needed_width`), and
        # when it is not, the labels elide rather than hide behind scroll arrows
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.facts_panel = FactsPanel(locale, self)
        self.facts_panel.link_activated.connect(self._link)
        self.facts = self.facts_panel.labels
        self.account_logo = self.facts_panel.logo
        self.account_logo.change_requested.connect(self.change_logo)
        self.account_logo.remove_requested.connect(self.remove_logo)
        self.tabs.addTab(self.facts_panel, self.tr("Datos"))
        self.brands_tab = BrandsTab(self)
        self.contacts_tab = ContactsTab(self)
        self._forward(self.brands_tab, self.contacts_tab)
        self.tabs.addTab(self.brands_tab, "")
        self.tabs.addTab(self.contacts_tab, "")
        self.tabs.addTab(self._build_team(), "")
        self.history_tab = HistoryTab(locale, self)
        self.history = self.history_tab.view  # the tree, its model and its columns' fit
        self.history_model = self.history_tab.model
        self.history_fit = self.history_tab.fit
        self.tabs.addTab(self.history_tab, self.tr("Historial"))
        self._name_tabs(0, 0, 0)

        column = QVBoxLayout(self.content)
        column.setContentsMargins(16, 12, 16, 8)
        column.setSpacing(6)
        column.addLayout(title_row)
        column.addWidget(self.subtitle)
        column.addWidget(self.header_buttons)
        column.addWidget(self.duplicate)
        column.addWidget(self.read_only)
        column.addSpacing(4)
        column.addWidget(self.tabs, 1)
        self._margins = column.contentsMargins()
        self.set_editable(True, "")
        self._update_minimum_width()

    # -- building ---------------------------------------------------------------------------
    def _forward(self, brands: BrandsTab, contacts: ContactsTab) -> None:
        """The tabs' requests leave as the page's own signals (the controller's to handle)."""
        brands.add_brand.connect(self.add_brand)
        brands.edit_brand.connect(self.edit_brand)
        brands.add_product.connect(self.add_product)
        brands.edit_product.connect(self.edit_product)
        brands.change_brand_logo.connect(self.change_brand_logo)
        brands.remove_brand_logo.connect(self.remove_brand_logo)
        contacts.add_contact.connect(self.add_contact)
        contacts.edit_contact.connect(self.edit_contact)
        contacts.set_contact_active.connect(self.set_contact_active)

    def _build_team(self) -> QWidget:
        page = QWidget(self)
        self.team_model = TeamModel(self)
        self.team = table(page)
        self.team.setModel(self.team_model)
        set_widths(self.team.horizontalHeader(), (200, 170, 190))
        # as the other tables: a part and a role are a few fixed words, whole; a name elides
        # no narrower than its floor; the job title (mostly the role's own words) shows
        # whole or, short of room, hides (the person's page has it)
        self.team_fit = ColumnFit(
            self.team,
            whole=(1, 2),
            priority=(0, 1, 2, 3),
            floors={0: self.team.fontMetrics().averageCharWidth() * 22, 3: CAP},
        )
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.team, 1)
        return page

    def _name_tabs(self, brands: int, contacts: int, team: int) -> None:
        self.tabs.setTabText(1, self.tr("Marcas (%1)").replace("%1", str(brands)))
        self.tabs.setTabToolTip(1, self.tr("Marcas y productos"))
        self.tabs.setTabText(2, self.tr("Contactos (%1)").replace("%1", str(contacts)))
        self.tabs.setTabText(3, self.tr("Equipo (%1)").replace("%1", str(team)))
        self.tabs.setTabToolTip(2, self.tr("Contactos del cliente"))
        self.tabs.setTabToolTip(
            3, self.tr("Equipo de la cuenta: quién lleva la cuenta en la agencia")
        )

    # -- showing ----------------------------------------------------------------------------
    def set_header_actions(self, actions: Sequence[QAction]) -> None:
        """Buttons for the area's account actions beside the title: the first (edit)
        before the other areas' ones, the rest (deactivate, reactivate) after them."""
        for n, action in enumerate(actions):
            button = self.header_buttons.add_action(action, last=n > 0)
            self.header_buttons_by_id[action.objectName()] = button
        self._update_minimum_width()

    def add_header_action(self, action: QAction) -> None:
        """One more button beside the title (another area's action, such as the account's
        campaigns), after those already there."""
        self.header_buttons_by_id[action.objectName()] = self.header_buttons.add_action(action)
        self._update_minimum_width()

    def add_area_tab(self, tab: AreaTab) -> None:
        """One more tab, after the page's own: another area's view of the account
        (`agencia.ui.area_tabs`); it follows the account shown by itself."""
        index = self.tabs.addTab(tab, tab.title())
        self.tabs.setTabToolTip(index, tab.tooltip())
        self._update_minimum_width()

    def offer_header_action(self, action_id: str, offered: bool) -> None:
        """Show or withdraw one of the buttons (reactivate only on an inactive account)."""
        button = self.header_buttons_by_id.get(action_id)
        # unchanged on most accounts opened: the row is not fitted (its menu rebuilt,
        # laid out) again for nothing
        if button is not None and self.header_buttons.offered.get(button) != offered:
            self.header_buttons.set_offered(button, offered)

    def needed_width(self) -> int:
        """The narrowest the page can be with every tab and every button whole: the tabs
        with two-digit counts, the widest of each row of buttons."""
        tabs = self.tabs.tabBar()
        tabs.ensurePolished()
        texts = [tabs.tabText(n) for n in range(tabs.count())]
        self._name_tabs(99, 99, 99)
        # the current tab's label is bold (the style sheet), and any of them may be current
        regular = QFontMetrics(tabs.font())
        bold_font = QFont(tabs.font())
        bold_font.setWeight(QFont.Weight.DemiBold)
        bold = QFontMetrics(bold_font)
        extra = [
            bold.horizontalAdvance(tabs.tabText(n)) - regular.horizontalAdvance(tabs.tabText(n))
            for n in range(tabs.count())
        ]
        shown = tabs.currentIndex()
        tab_row = (
            sum(tabs.tabSizeHint(n).width() for n in range(tabs.count()))
            - (extra[shown] if shown >= 0 else 0)
            + max(extra, default=0)
        )
        for n, text in enumerate(texts):
            tabs.setTabText(n, text)
        contacts = self.contacts_tab.needed_width()
        brands = self.brands_tab.needed_width()
        header = self.header_buttons.minimumSizeHint().width()  # the rest go into «Más»
        # the client's logo in «Datos» (its form's margins, room for a scroll bar)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        logo = self.account_logo.needed_width() + 8 + scroll_bar
        margins = self._margins.left() + self._margins.right()
        return max(tab_row, contacts, brands, header, logo) + margins

    def _update_minimum_width(self) -> None:
        self.setMinimumWidth(max(MINIMUM_WIDTH, self.needed_width()))

    def set_names(self, names: Mapping[str, Mapping[int, str]]) -> None:
        """Names for IDs in the history ("lead_executive_id" → staff names…)."""
        self.history_tab.set_names(names)

    def set_references(self, account_id: int, names: Mapping[str, Mapping[int, str]]) -> None:
        """Names for what `account_id`'s history points at (`HistoryTab.set_references`)."""
        self.history_tab.set_references(account_id, names)

    def clear(self) -> None:
        self.detail = None
        self.stack.setCurrentWidget(self.placeholder)

    def show_detail(self, detail: AccountDetail) -> None:
        same = self.detail is not None and self.detail.id == detail.id
        self.detail = detail
        self.stack.setCurrentWidget(self.content)
        self.title.setText(detail.trade_name)
        self.chip.set_chip(status_chip(detail.status))
        parts = [
            p
            for p in (
                detail.legal_name,
                detail.tax_id and self._tax_id(detail.country, detail.tax_id),
            )
            if p
        ]
        self.subtitle.setText(" · ".join(parts))
        self.subtitle.setVisible(bool(parts))
        self._show_duplicates(detail)
        self.facts_panel.show_detail(detail)
        self.brands_tab.show_brands(detail.brands, keep_selection=same)
        self.contacts_tab.account_name = detail.trade_name
        self.contacts_tab.show_contacts(detail.contacts, keep_selection=same)
        self.team_model.set_team(detail.team)
        self.history_tab.show_history(detail)
        self._name_tabs(len(detail.brands), len(detail.contacts), len(detail.team))
        if not same:
            self.tabs.setCurrentIndex(0)
        self._update_buttons()

    def show_contact(self, contact_id: int | None) -> None:
        """«Contactos», with `contact_id` chosen (a contact opened from global search)."""
        self.tabs.setCurrentWidget(self.contacts_tab)
        if contact_id is not None:
            self.contacts_tab.select_contact(contact_id)

    def _show_duplicates(self, detail: AccountDetail) -> None:
        if not detail.same_tax_id:
            self.duplicate.hide()
            return
        links = ", ".join(account_link(i, n) for i, n in detail.same_tax_id)
        dark = self.palette().color(self.backgroundRole()).lightness() < 128
        color = WARNING_DARK if dark else WARNING_LIGHT
        text = html.escape(render("account.tax_id_duplicate", {"name": "\x00"}))
        self.duplicate.setText(
            f'<span style="color:{color}">⚠ {text.replace(chr(0), links)}</span>'
        )
        self.duplicate.show()

    def _tax_id(self, country: str, tax_id: str) -> str:
        """The tax ID as its country names and writes it («RUT 76.086.428-5», «CUIT …»);
        «NIF» (the window's words) where the country has no one name."""
        shown = tax_ids.display(country, tax_id)
        name = tax_ids.kind(country)
        return f"{name} {shown}" if name else self.tr("NIF %1").replace("%1", shown)

    def _link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "account" and value.isdigit():
            self.open_account.emit(int(value))
        elif kind in ("http", "https", "mailto"):
            QDesktopServices.openUrl(QUrl(href))

    # -- editing ----------------------------------------------------------------------------
    def set_editable(self, editable: bool, reason: str) -> None:
        """Enable the edit buttons, or disable them saying why (the role may not edit)."""
        self._editable = editable
        self._reason = reason
        self.read_only.setText(reason)
        self.read_only.setVisible(not editable and bool(reason))
        self.account_logo.set_editable(editable, reason)
        self.brands_tab.set_logo_editable(editable, reason)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self._editable and self.detail is not None
        self.brands_tab.set_editable(editable, self._reason)
        self.contacts_tab.set_editable(editable, self._reason)
