"""The account page: who the client is, their brands, their people, our team, the trail.

A view: `show_detail(detail)` paints an `AccountDetail`; what people ask for leaves as
signals the controller turns into operations.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.messages import render
from agencia.services.accounts.views import AccountDetail, BrandView, ContactView, ProductView
from agencia.ui.accounts.detail_models import BrandsModel, ContactsModel, HistoryModel, TeamModel
from agencia.ui.accounts.facts_view import FactsPanel, LogoField, account_link
from agencia.ui.accounts.labels import status_chip
from agencia.ui.resources import icon
from agencia.ui.widgets.elided import ElidedTooltipDelegate
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.form import WARNING_DARK, WARNING_LIGHT
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.status_chip import StatusChip
from agencia.ui.widgets.table_model import ROW_ROLE
from agencia.ui.widgets.text import WrapLabel, plain_label
from agencia.ui.widgets.tree_model import TreeNode

MINIMUM_WIDTH = 380


def _table(parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.setItemDelegate(ElidedTooltipDelegate(table))
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(max(table.fontMetrics().height() + 12, 28))
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def _tree(parent: QWidget) -> QTreeView:
    tree = QTreeView(parent)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setItemDelegate(
        ElidedTooltipDelegate(tree, row_height=max(tree.fontMetrics().height() + 10, 26))
    )
    tree.header().setStretchLastSection(True)
    return tree


def _button_row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    for button in buttons:
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)  # never cut
        row.addWidget(button)
    row.addStretch(1)
    return row


def _row_width(widgets: Sequence[QWidget], spacing: int) -> int:
    for widget in widgets:
        widget.ensurePolished()  # the style sheet's paddings count
    return sum(w.sizeHint().width() for w in widgets) + spacing * max(len(widgets) - 1, 0)


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
        self._names: dict[str, dict[int, str]] = {}

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
        self.header_buttons = QHBoxLayout()
        self.header_buttons_by_id: dict[str, QToolButton] = {}
        self.header_buttons.setSpacing(4)
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
        self.tabs.addTab(self._build_brands(), "")
        self.tabs.addTab(self._build_contacts(), "")
        self.tabs.addTab(self._build_team(), "")
        self.tabs.addTab(self._build_history(), self.tr("Historial"))
        self._name_tabs(0, 0, 0)

        column = QVBoxLayout(self.content)
        column.setContentsMargins(16, 12, 16, 8)
        column.setSpacing(6)
        column.addLayout(title_row)
        column.addWidget(self.subtitle)
        column.addLayout(self.header_buttons)
        column.addWidget(self.duplicate)
        column.addWidget(self.read_only)
        column.addSpacing(4)
        column.addWidget(self.tabs, 1)
        self._margins = column.contentsMargins()
        self.set_editable(True, "")
        self._update_minimum_width()

    # -- building ---------------------------------------------------------------------------
    def _build_brands(self) -> QWidget:
        page = QWidget(self)
        self.brands_model = BrandsModel(self)
        self.brands = _tree(page)
        self.brands.setModel(self.brands_model)
        set_widths(self.brands.header(), (260,))
        self.brands.doubleClicked.connect(self._edit_brand_item)
        self.add_brand_button = QPushButton(icon("brand"), self.tr("Nueva marca…"), page)
        self.add_product_button = QPushButton(icon("add"), self.tr("Nuevo producto…"), page)
        self.edit_brand_button = QPushButton(icon("edit"), self.tr("Editar…"), page)
        self.add_brand_button.clicked.connect(self.add_brand)
        self.add_product_button.clicked.connect(self._add_product)
        self.edit_brand_button.clicked.connect(
            lambda: self._edit_brand_item(self.brands.currentIndex())
        )
        self.brands.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        self.brands.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.brands.customContextMenuRequested.connect(self._brand_menu)
        self.brands_empty = QLabel(
            self.tr("Aún no hay marcas para esta cuenta — use «Nueva marca…»."), page
        )
        self.brands_empty.setWordWrap(True)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 8, 0, 0)
        column.addLayout(
            _button_row(self.add_brand_button, self.add_product_button, self.edit_brand_button)
        )
        column.addWidget(self.brands_empty)
        column.addWidget(self.brands, 1)
        column.addWidget(self._build_brand_logo(page))
        return page

    def _build_brand_logo(self, page: QWidget) -> QWidget:
        """Under the brands: the logo of the brand chosen in the tree (or of the product's
        brand), which its campaigns' decks print beside the client's."""
        box = QWidget(page)
        box.setObjectName("brandLogoBox")
        self.brand_logo_title = plain_label("", box)
        self.brand_logo_title.setProperty("role", "heading")
        self.brand_logo_hint = plain_label(
            self.tr("Elija una marca para ver o cambiar su logotipo."), box
        )
        self.brand_logo_hint.setProperty("role", "caption")
        self.brand_logo_hint.setWordWrap(True)
        self.brand_logo = LogoField(box)
        self.brand_logo.setObjectName("brandLogo")
        self.brand_logo.change_requested.connect(self._change_brand_logo)
        self.brand_logo.remove_requested.connect(self._remove_brand_logo)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 12, 0, 4)
        column.setSpacing(8)
        column.addWidget(self.brand_logo_title)
        column.addWidget(self.brand_logo_hint)
        column.addWidget(self.brand_logo)
        return box

    def _build_contacts(self) -> QWidget:
        page = QWidget(self)
        self.contacts_model = ContactsModel(self)
        self.contacts = _table(page)
        self.contacts.setObjectName("contactsTable")
        self.contacts.setModel(self.contacts_model)
        set_widths(self.contacts.horizontalHeader(), (170, 150, 160, 130, 76, 150, 190))
        self.contacts.doubleClicked.connect(lambda index: self._edit_contact(index))
        self.add_contact_button = QPushButton(icon("contact"), self.tr("Nuevo contacto…"), page)
        self.edit_contact_button = QPushButton(icon("edit"), self.tr("Editar…"), page)
        self.toggle_contact_button = QPushButton(icon("deactivate"), self.tr("Desactivar"), page)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button.clicked.connect(
            lambda: self._edit_contact(self.contacts.currentIndex())
        )
        self.toggle_contact_button.clicked.connect(self._toggle_contact)
        self.contacts.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.contacts_empty = QLabel(
            self.tr("Aún no hay contactos del cliente — use «Nuevo contacto…»."), page
        )
        self.contacts_empty.setWordWrap(True)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 8, 0, 0)
        column.addLayout(
            _button_row(
                self.add_contact_button, self.edit_contact_button, self.toggle_contact_button
            )
        )
        column.addWidget(self.contacts_empty)
        column.addWidget(self.contacts, 1)
        return page

    def _build_team(self) -> QWidget:
        page = QWidget(self)
        self.team_model = TeamModel(self)
        self.team = _table(page)
        self.team.setModel(self.team_model)
        set_widths(self.team.horizontalHeader(), (200, 170, 190))
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.team, 1)
        return page

    def _build_history(self) -> QWidget:
        page = QWidget(self)
        self.history_model = HistoryModel(self._locale, self)
        self.history = _tree(page)
        self.history.setObjectName("historyTree")
        self.history.setModel(self.history_model)
        set_widths(self.history.header(), (150, 140, 190))
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.history, 1)
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
        """Buttons for the area's account actions (edit, deactivate…) beside the title."""
        self.header_buttons.addStretch(1)
        for action in actions:
            self.add_header_action(action)

    def add_header_action(self, action: QAction) -> None:
        """One more button beside the title (another area's action, such as the account's
        campaigns), after those already there."""
        button = QToolButton(self.content)
        button.setDefaultAction(action)
        self.header_buttons_by_id[action.objectName()] = button
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.header_buttons.insertWidget(self.header_buttons.count() - 1, button)
        self._update_minimum_width()

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
        toggle = self.toggle_contact_button
        current = toggle.text()
        toggle_widths = []
        for text in (self.tr("Desactivar"), self.tr("Reactivar")):
            toggle.setText(text)
            toggle_widths.append(_row_width([toggle], 0))
        toggle.setText(current)
        contacts = (
            _row_width([self.add_contact_button, self.edit_contact_button], 8)
            + 8
            + max(toggle_widths)
        )
        brands = _row_width(
            [self.add_brand_button, self.add_product_button, self.edit_brand_button], 8
        )
        header_buttons = list(self.header_buttons_by_id.values())
        header = 0
        if header_buttons:  # edit, and deactivate or reactivate: never both
            widths = [_row_width([b], 0) for b in header_buttons]
            header = widths[0] + 4 + max(widths[1:], default=0)
        # the logos: the client's in «Datos» (its form's margins, room for a scroll bar),
        # the brand's under the brands
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        logos = max(
            self.account_logo.needed_width() + 8 + scroll_bar, self.brand_logo.needed_width()
        )
        margins = self._margins.left() + self._margins.right()
        return max(tab_row, contacts, brands, header, logos) + margins

    def _update_minimum_width(self) -> None:
        self.setMinimumWidth(max(MINIMUM_WIDTH, self.needed_width()))

    def set_names(self, names: Mapping[str, Mapping[int, str]]) -> None:
        """Names for IDs in the history ("lead_executive_id" → staff names…)."""
        self._names = {k: dict(v) for k, v in names.items()}
        if self.detail is not None:
            self.history_model.set_history(self.detail.history, self._history_names(self.detail))
            self._span_changes()

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
                detail.tax_id and self.tr("NIF %1").replace("%1", detail.tax_id),
            )
            if p
        ]
        self.subtitle.setText(" · ".join(parts))
        self.subtitle.setVisible(bool(parts))
        self._show_duplicates(detail)
        self.facts_panel.show_detail(detail)
        brand_path = self._current_path(self.brands) if same else None
        self.brands_model.set_brands(detail.brands)
        self.brands.expandAll()
        if brand_path is not None:
            self._restore_path(self.brands, brand_path)
        contact_id = self._selected_contact_id() if same else None
        self.contacts_model.set_contacts(detail.contacts)
        if contact_id is not None:
            for n, c in enumerate(self.contacts_model.rows()):
                if c.id == contact_id:
                    self.contacts.selectRow(n)
        self.team_model.set_team(detail.team)
        self.history_model.set_history(detail.history, self._history_names(detail))
        self._span_changes()
        self.history.expandAll()
        self.brands_empty.setVisible(not detail.brands)
        self.brands.setVisible(bool(detail.brands))
        self.contacts_empty.setVisible(not detail.contacts)
        self.contacts.setVisible(bool(detail.contacts))
        self._name_tabs(len(detail.brands), len(detail.contacts), len(detail.team))
        if not same:
            self.tabs.setCurrentIndex(0)
        self._update_buttons()

    def _span_changes(self) -> None:
        """A changed field reads as one line under its event: "Ciudad: Madrid → Bilbao"."""
        model = self.history_model
        for row in range(model.rowCount()):
            parent = model.index(row, 0)
            for child in range(model.rowCount(parent)):
                self.history.setFirstColumnSpanned(child, parent, True)

    def _history_names(self, detail: AccountDetail) -> dict[str, dict[int, str]]:
        names = {k: dict(v) for k, v in self._names.items()}
        if detail.parent_id is not None:
            names.setdefault("parent_id", {})[detail.parent_id] = detail.parent_name
        if detail.group_id is not None:
            names.setdefault("group_id", {})[detail.group_id] = detail.group
        if detail.lead_executive_id is not None:
            names.setdefault("lead_executive_id", {})[detail.lead_executive_id] = (
                detail.lead_executive
            )
        return names

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
        self.brand_logo.set_editable(editable, reason)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self._editable and self.detail is not None
        tip = "" if editable else self._reason
        brand = self._current_brand()
        contact = self._current_contact()
        for button, on in (
            (self.add_brand_button, editable),
            (self.add_product_button, editable and brand is not None),
            (self.edit_brand_button, editable and self.brands.currentIndex().isValid()),
            (self.add_contact_button, editable),
            (self.edit_contact_button, editable and contact is not None),
            (self.toggle_contact_button, editable and contact is not None),
        ):
            button.setEnabled(on)
            button.setToolTip(tip)
        if contact is not None and not contact.active:
            self.toggle_contact_button.setText(self.tr("Reactivar"))
            self.toggle_contact_button.setIcon(icon("activate"))
        else:
            self.toggle_contact_button.setText(self.tr("Desactivar"))
            self.toggle_contact_button.setIcon(icon("deactivate"))
        self._show_brand_logo(brand)

    def _show_brand_logo(self, brand: BrandView | None) -> None:
        self.brand_logo.setVisible(brand is not None)
        self.brand_logo_hint.setVisible(brand is None)
        if brand is None:
            self.brand_logo_title.setText(self.tr("Logotipo de la marca"))
            return
        self.brand_logo_title.setText(self.tr("Logotipo de «%1»").replace("%1", brand.name))
        self.brand_logo.show_logo(brand.id, brand.version, brand.logo)

    def _current_node(self) -> TreeNode | None:
        return self.brands_model.node(self.brands.currentIndex())

    def _current_brand(self) -> BrandView | None:
        node = self._current_node()
        while node is not None and node.kind != "brand":
            node = node.parent
        return node.payload if node is not None and isinstance(node.payload, BrandView) else None

    def _current_contact(self) -> ContactView | None:
        index = self.contacts.currentIndex()
        row = self.contacts_model.data(index, ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, ContactView) else None

    def _selected_contact_id(self) -> int | None:
        contact = self._current_contact()
        return contact.id if contact else None

    def _edit_contact(self, index: QModelIndex) -> None:
        if not self._editable or not index.isValid():
            return
        contact = self.contacts_model.row(index.row())
        if isinstance(contact, ContactView):
            self.edit_contact.emit(contact.id)

    def _toggle_contact(self) -> None:
        contact = self._current_contact()
        if contact is not None:
            self.set_contact_active.emit(contact.id, not contact.active)

    def _add_product(self) -> None:
        brand = self._current_brand()
        if brand is not None:
            self.add_product.emit(brand.id)

    def _change_brand_logo(self) -> None:
        brand = self._current_brand()
        if brand is not None:
            self.change_brand_logo.emit(brand.id)

    def _remove_brand_logo(self) -> None:
        brand = self._current_brand()
        if brand is not None:
            self.remove_brand_logo.emit(brand.id)

    def brand_menu(self, index: QModelIndex) -> QMenu | None:
        """What can be done to the brand or product at `index` (its context menu)."""
        node = self.brands_model.node(index)
        if node is None:
            return None
        self.brands.setCurrentIndex(index)
        brand = self._current_brand()
        editable = self._editable and self.detail is not None
        menu = QMenu(self.brands)
        menu.setObjectName("brandMenu")
        if node.kind == "product":
            edit = menu.addAction(icon("edit"), self.tr("Editar producto…"))
            edit.triggered.connect(lambda: self._edit_brand_item(index))
            edit.setEnabled(editable)
            return menu
        edit = menu.addAction(icon("edit"), self.tr("Editar marca…"))
        edit.triggered.connect(lambda: self._edit_brand_item(index))
        product = menu.addAction(icon("add"), self.tr("Nuevo producto…"))
        product.triggered.connect(self._add_product)
        menu.addSeparator()
        has_logo = brand is not None and brand.logo is not None
        change = menu.addAction(
            icon("folder"),
            self.tr("Cambiar logotipo…") if has_logo else self.tr("Añadir logotipo…"),
        )
        change.triggered.connect(self._change_brand_logo)
        remove = menu.addAction(icon("delete"), self.tr("Quitar logotipo"))
        remove.triggered.connect(self._remove_brand_logo)
        for action in (edit, product, change):
            action.setEnabled(editable)
        remove.setEnabled(editable and has_logo)
        return menu

    def _brand_menu(self, point: QPoint) -> None:
        menu = self.brand_menu(self.brands.indexAt(point))
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.brands.viewport().mapToGlobal(point))

    def _edit_brand_item(self, index: QModelIndex) -> None:
        if not self._editable:
            return
        node = self.brands_model.node(index)
        if node is None:
            return
        if node.kind == "brand":
            self.edit_brand.emit(node.id)
        elif node.kind == "product" and isinstance(node.payload, ProductView) and node.parent:
            self.edit_product.emit(node.id, node.parent.id)

    @staticmethod
    def _current_path(tree: QTreeView) -> tuple[str, int] | None:
        index = tree.currentIndex()
        if not index.isValid():
            return None
        node = index.internalPointer()
        return (node.kind, node.id) if isinstance(node, TreeNode) else None

    def _restore_path(self, tree: QTreeView, path: tuple[str, int]) -> None:
        index = self.brands_model.find(*path)
        if index.isValid():
            tree.setCurrentIndex(index)
