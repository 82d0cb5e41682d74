"""The account page's «Marcas» tab: the client's brands and their products in a tree,
with «Nueva marca…», «Nuevo producto…» and «Editar…», a context menu, and under the tree
the logo of the brand chosen (which its campaigns' decks print beside the client's).

Signals: `add_brand`, `edit_brand(id)`, `add_product(brand id)`,
`edit_product(product id, brand id)`, `change_brand_logo(id)`, `remove_brand_logo(id)`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QTreeView, QVBoxLayout, QWidget

from agencia.services.accounts.views import BrandView, ProductView
from agencia.ui.accounts.detail_models import BrandsModel
from agencia.ui.accounts.detail_parts import button_row, row_width, tree
from agencia.ui.accounts.facts_view import LogoField
from agencia.ui.resources import icon
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.text import plain_label
from agencia.ui.widgets.tree_model import TreeNode


class BrandsTab(QWidget):
    add_brand = Signal()
    edit_brand = Signal(int)  # brand id
    add_product = Signal(int)  # brand id
    edit_product = Signal(int, int)  # product id, brand id
    change_brand_logo = Signal(int)  # brand id
    remove_brand_logo = Signal(int)  # brand id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editable = False
        self._reason = ""
        self.brands_model = BrandsModel(self)
        self.brands = tree(self)
        self.brands.setModel(self.brands_model)
        set_widths(self.brands.header(), (260,))
        self.brands.doubleClicked.connect(self._edit_brand_item)
        self.add_brand_button = QPushButton(icon("brand"), self.tr("Nueva marca…"), self)
        self.add_product_button = QPushButton(icon("add"), self.tr("Nuevo producto…"), self)
        self.edit_brand_button = QPushButton(icon("edit"), self.tr("Editar…"), self)
        self.add_brand_button.clicked.connect(self.add_brand)
        self.add_product_button.clicked.connect(self._add_product)
        self.edit_brand_button.clicked.connect(
            lambda: self._edit_brand_item(self.brands.currentIndex())
        )
        self.brands.selectionModel().currentChanged.connect(lambda *_a: self.update_buttons())
        self.brands.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.brands.customContextMenuRequested.connect(self._brand_menu)
        self.brands_empty = QLabel(
            self.tr("Aún no hay marcas para esta cuenta — use «Nueva marca…»."), self
        )
        self.brands_empty.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addLayout(
            button_row(self.add_brand_button, self.add_product_button, self.edit_brand_button)
        )
        column.addWidget(self.brands_empty)
        column.addWidget(self.brands, 1)
        column.addWidget(self._build_brand_logo())

    def _build_brand_logo(self) -> QWidget:
        """Under the brands: the logo of the brand chosen in the tree (or of the product's
        brand), which its campaigns' decks print beside the client's."""
        box = QWidget(self)
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

    def show_brands(self, brands: Sequence[BrandView], keep_selection: bool) -> None:
        """The account's brands, expanded; the brand or product chosen stays chosen when
        the same account is shown again (after an edit)."""
        path = self._current_path(self.brands) if keep_selection else None
        self.brands_model.set_brands(brands)
        self.brands.expandAll()
        if path is not None:
            index = self.brands_model.find(*path)
            if index.isValid():
                self.brands.setCurrentIndex(index)
        self.brands_empty.setVisible(not brands)
        self.brands.setVisible(bool(brands))

    def set_editable(self, editable: bool, reason: str) -> None:
        self._editable = editable
        self._reason = reason
        self.update_buttons()

    def set_logo_editable(self, editable: bool, reason: str) -> None:
        self.brand_logo.set_editable(editable, reason)

    def update_buttons(self) -> None:
        editable = self._editable
        tip = "" if editable else self._reason
        brand = self._current_brand()
        for button, on in (
            (self.add_brand_button, editable),
            (self.add_product_button, editable and brand is not None),
            (self.edit_brand_button, editable and self.brands.currentIndex().isValid()),
        ):
            button.setEnabled(on)
            button.setToolTip(tip)
        self._show_brand_logo(brand)

    def needed_width(self) -> int:
        """The buttons' row whole, and the brand's logo."""
        buttons = row_width(
            [self.add_brand_button, self.add_product_button, self.edit_brand_button], 8
        )
        return max(buttons, self.brand_logo.needed_width())

    def _show_brand_logo(self, brand: BrandView | None) -> None:
        self.brand_logo.setVisible(brand is not None)
        self.brand_logo_hint.setVisible(brand is None)
        if brand is None:
            self.brand_logo_title.setText(self.tr("Logotipo de la marca"))
            return
        self.brand_logo_title.setText(self.tr("Logotipo de «%1»").replace("%1", brand.name))
        self.brand_logo.show_logo(brand.id, brand.version, brand.logo)

    def _current_brand(self) -> BrandView | None:
        node = self.brands_model.node(self.brands.currentIndex())
        while node is not None and node.kind != "brand":
            node = node.parent
        return node.payload if node is not None and isinstance(node.payload, BrandView) else None

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
        editable = self._editable
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
    def _current_path(view: QTreeView) -> tuple[str, int] | None:
        index = view.currentIndex()
        if not index.isValid():
            return None
        node = index.internalPointer()
        return (node.kind, node.id) if isinstance(node, TreeNode) else None
