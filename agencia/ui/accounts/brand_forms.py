"""Adding and editing a brand, and a product under a brand."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from agencia.domain import validation as v
from agencia.domain.errors import NotFound
from agencia.services.accounts.brands import add_product, save_brand, update_product
from agencia.services.accounts.queries import get_account
from agencia.services.accounts.views import BrandView, ProductView
from agencia.ui.ops import Operations
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import plain_label

if TYPE_CHECKING:
    from agencia.services import Actor, Database


@dataclass(frozen=True)
class NamedInput:
    name: str
    description: str


def current_brand(db: Database, actor: Actor, account_id: int, brand_id: int) -> BrandView:
    """The brand as saved now (read with its account, as the page reads it)."""
    found = next((b for b in get_account(db, actor, account_id).brands if b.id == brand_id), None)
    if found is None:
        raise NotFound("brand.not_found", id=brand_id)
    return found


def current_product(
    db: Database, actor: Actor, account_id: int, brand_id: int, product_id: int
) -> ProductView:
    """The product as saved now."""
    brand = current_brand(db, actor, account_id, brand_id)
    found = next((p for p in brand.products if p.id == product_id), None)
    if found is None:
        raise NotFound("product.not_found", id=product_id)
    return found


def _name_errors(data: NamedInput) -> FieldErrors:
    errors: FieldErrors = {}
    v.required(errors, "name", data.name, 160)  # the rule save_brand and add_product apply
    return errors


class _NamedDialog(FormDialog):
    def __init__(self, ops: Operations, title: str, parent: QWidget | None) -> None:
        super().__init__(ops, title, parent)
        self.form = Form(self)
        self.name = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setFixedHeight(80)
        self.description.setTabChangesFocus(True)

    def _finish(self, name: str, description: str) -> None:
        self.form.add("name", self.tr("Nombre *"), self.name)
        self.form.add("description", self.tr("Descripción"), self.description)
        self.name.setText(name)
        self.description.setPlainText(description)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        resize_within_screen(self, 460, 260)
        self.revalidate()
        self.name.setFocus()

    def collect(self) -> NamedInput:
        return NamedInput(self.name.text(), self.description.toPlainText())

    def field_errors(self, data: NamedInput) -> FieldErrors:
        return _name_errors(data)

    # -- conflicts: a brand and a product are a name and a description ----------------------
    def input_of(self, record: BrandView | ProductView) -> NamedInput:
        return NamedInput(record.name, record.description)

    def field_texts(self, data: NamedInput) -> dict[str, str]:
        return {"name": data.name, "description": data.description}

    def fill(self, record: BrandView | ProductView) -> None:
        self.name.setText(record.name)
        self.description.setPlainText(record.description)


class BrandDialog(_NamedDialog):
    def __init__(
        self,
        ops: Operations,
        account_id: int,
        brand: BrandView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setObjectName("brandForm")
        self.setWindowTitle(self.tr("Editar marca") if brand else self.tr("Nueva marca"))
        self.account_id = account_id
        self.brand = brand
        self._finish(brand.name if brand else "", brand.description if brand else "")

    def read_current(self) -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
        if self.brand is None:
            return None
        return current_brand, (self.account_id, self.brand.id)

    def take_record(self, record: BrandView, *, fill: bool) -> None:
        self.brand = record
        if fill:
            self.fill(record)

    def submit(self, data: NamedInput) -> None:
        self.write(
            save_brand,
            self.account_id,
            data.name,
            data.description,
            self.brand.id if self.brand else None,
            self.brand.version if self.brand else None,
        )


class ProductDialog(_NamedDialog):
    def __init__(
        self,
        ops: Operations,
        brand: BrandView,
        product: ProductView | None = None,
        parent: QWidget | None = None,
        *,
        account_id: int | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setObjectName("productForm")
        self.setWindowTitle(self.tr("Editar producto") if product else self.tr("Nuevo producto"))
        self.brand = brand
        self.product = product
        self.account_id = account_id  # to read the product as saved now, on a conflict
        self.form.add_row(self.tr("Marca"), plain_label(brand.name, self))
        self._finish(product.name if product else "", product.description if product else "")

    def read_current(self) -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
        if self.product is None or self.account_id is None:
            return None
        return current_product, (self.account_id, self.brand.id, self.product.id)

    def take_record(self, record: ProductView, *, fill: bool) -> None:
        self.product = record
        if fill:
            self.fill(record)

    def submit(self, data: NamedInput) -> None:
        if self.product is None:
            self.write(add_product, self.brand.id, data.name, data.description)
        else:
            self.write(
                update_product,
                self.product.id,
                data.name,
                data.description,
                self.product.version,
            )
