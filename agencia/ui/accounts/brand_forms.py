"""Adding and editing a brand, and a product under a brand."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from agencia.domain import validation as v
from agencia.services.accounts.brands import add_product, save_brand, update_product
from agencia.services.accounts.views import BrandView, ProductView
from agencia.ui.ops import Operations
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.text import plain_label


@dataclass(frozen=True)
class NamedInput:
    name: str
    description: str


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
        self.resize(460, 260)
        self.revalidate()
        self.name.setFocus()

    def collect(self) -> NamedInput:
        return NamedInput(self.name.text(), self.description.toPlainText())

    def field_errors(self, data: NamedInput) -> FieldErrors:
        return _name_errors(data)


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
    ) -> None:
        super().__init__(ops, "", parent)
        self.setObjectName("productForm")
        self.setWindowTitle(self.tr("Editar producto") if product else self.tr("Nuevo producto"))
        self.brand = brand
        self.product = product
        self.form.add_row(self.tr("Marca"), plain_label(brand.name, self))
        self._finish(product.name if product else "", product.description if product else "")

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
