"""Changing and removing the logos of an account and of its brands, for the accounts
controller: the file is read and checked off the GUI thread, shown at once, and saved
over the record's version; a refusal is said under the logo."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from agencia.domain.errors import Conflict, DomainError
from agencia.services.results import SaveResult
from agencia.ui.accounts.edits import account_key

# The image picker, the logo fields and the logo services are imported when a logo is
# first picked or saved: the list is shown at start-up without them.
if TYPE_CHECKING:
    from agencia.services.accounts.views import AccountDetail, BrandView
    from agencia.ui.accounts.detail_view import AccountDetailView
    from agencia.ui.accounts.facts_view import LogoField
    from agencia.ui.accounts.page import AccountsPage
    from agencia.ui.area import AppContext
    from agencia.ui.ops import Operations
    from agencia.ui.widgets.image_picker import PickedImage
    from agencia.ui.widgets.undo import UndoHistory

translate = QCoreApplication.translate  # the controller's words, in its context


class AccountLogosMixin:
    """Needs, from the controller: ctx, ops, page, detail_view, detail, history, and
    confirm, report and _reload_detail."""

    ctx: AppContext
    ops: Operations
    page: AccountsPage
    detail_view: AccountDetailView
    detail: AccountDetail | None
    history: UndoHistory

    if TYPE_CHECKING:  # provided by the controller

        def confirm(self, title: str, text: str, accept: str) -> bool: ...
        def report(self, error: BaseException) -> None: ...
        def _reload_detail(self) -> None: ...

    def choose_image(self, title: str) -> Path | None:
        """The file dialog for a logo; tests replace it."""
        path, _filter = QFileDialog.getOpenFileName(
            self.page,
            title,
            "",
            translate("AccountsController", "Imágenes PNG o JPEG (*.png *.jpg *.jpeg)"),
        )
        return Path(path) if path else None

    def change_logo(self, path: Path | None = None) -> None:
        """Choose (or take `path`), read off the GUI thread, and store the client's logo."""
        d = self.detail
        if d is None or not d.can_edit:
            return
        self.detail_view.tabs.setCurrentWidget(self.detail_view.facts_panel)  # where it shows
        field = self.detail_view.account_logo
        title = translate("AccountsController", "Logotipo de «%1»").replace("%1", d.trade_name)
        self._read_logo(field, d.id, title, path, lambda data: self._save_logo(d, data))

    def remove_logo(self) -> None:
        d = self.detail
        if d is None or not d.can_edit or d.logo is None:
            return
        question = translate(
            "AccountsController",
            "¿Quitar el logotipo de «%1»? Sus presentaciones mostrarán sus iniciales en su lugar.",
        ).replace("%1", d.trade_name)
        if self.confirm(
            translate("AccountsController", "Quitar logotipo"),
            question,
            translate("AccountsController", "Quitar"),
        ):
            self._save_logo(d, None)

    def change_brand_logo(self, brand_id: int, path: Path | None = None) -> None:
        d, brand = self.detail, self._brand(brand_id)
        if d is None or brand is None or not d.can_edit:
            return
        field = self.detail_view.brands_tab.brand_logo
        title = translate("AccountsController", "Logotipo de «%1»").replace("%1", brand.name)
        save = functools.partial(self._save_brand_logo, brand)
        self._read_logo(field, brand.id, title, path, save)

    def remove_brand_logo(self, brand_id: int) -> None:
        d, brand = self.detail, self._brand(brand_id)
        if d is None or brand is None or not d.can_edit or brand.logo is None:
            return
        question = translate(
            "AccountsController",
            "¿Quitar el logotipo de la marca «%1»? Dejará de aparecer en sus presentaciones.",
        ).replace("%1", brand.name)
        if self.confirm(
            translate("AccountsController", "Quitar logotipo"),
            question,
            translate("AccountsController", "Quitar"),
        ):
            self._save_brand_logo(brand, None)

    def _brand(self, brand_id: int) -> BrandView | None:
        d = self.detail
        return next((b for b in d.brands if b.id == brand_id), None) if d else None

    def _read_logo(
        self,
        field: LogoField,
        record_id: int,
        title: str,
        path: Path | None,
        save: Callable[[bytes], None],
    ) -> None:
        path = path if path is not None else self.choose_image(title)
        if path is None:
            return
        field.set_busy(
            record_id, translate("AccountsController", "Leyendo «%1»…").replace("%1", path.name)
        )

        def read(image: PickedImage) -> None:
            field.show_pending(record_id, image, translate("AccountsController", "Guardando…"))
            save(image.data)

        from agencia.services.images import LOGO_MAX_BYTES
        from agencia.ui.accounts.facts_view import LOGO_BOX
        from agencia.ui.widgets.image_picker import read_image

        self.ops.read(
            read_image,
            path,
            LOGO_MAX_BYTES,
            LOGO_BOX,
            on_done=read,
            on_error=lambda error: self._logo_refused(field, record_id, error),
        )

    def _save_logo(self, d: AccountDetail, data: bytes | None) -> None:
        field = self.detail_view.account_logo
        if data is None:
            field.show_pending(d.id, None, translate("AccountsController", "Quitando…"))
        from agencia.services.accounts.logos import set_account_logo

        self.ops.write(
            set_account_logo,
            d.id,
            data,
            d.version,
            on_done=lambda result: self._logo_saved(d, result, data is not None),
            on_error=lambda error: self._logo_refused(field, d.id, error),
        )

    def _logo_saved(self, d: AccountDetail, result: SaveResult, added: bool) -> None:
        # the logo is not among what undo puts back: the account's steps still apply
        self.history.moved(account_key(d.id), d.version, result.version)
        text = (
            translate("AccountsController", "Logotipo de «%1» guardado")
            if added
            else translate("AccountsController", "Logotipo de «%1» quitado")
        )
        self.ctx.toast(text.replace("%1", d.trade_name))

    def _save_brand_logo(self, brand: BrandView, data: bytes | None) -> None:
        field = self.detail_view.brands_tab.brand_logo
        if data is None:
            field.show_pending(brand.id, None, translate("AccountsController", "Quitando…"))
        text = (
            translate("AccountsController", "Logotipo de la marca «%1» guardado")
            if data is not None
            else translate("AccountsController", "Logotipo de la marca «%1» quitado")
        )
        from agencia.services.accounts.logos import set_brand_logo

        self.ops.write(
            set_brand_logo,
            brand.id,
            data,
            brand.version,
            on_done=lambda _result: self.ctx.toast(text.replace("%1", brand.name)),
            on_error=lambda error: self._logo_refused(field, brand.id, error),
        )

    def _logo_refused(self, field: LogoField, record_id: int, error: BaseException) -> None:
        """A refused file or save: said under the logo, or in a message when the page
        shows another account by now; a conflict also shows the newer version."""
        from agencia.ui.widgets.form_dialog import describe  # (not before the first page)

        if not isinstance(error, DomainError) or not field.refuse(record_id, describe(error)):
            self.report(error)
        if isinstance(error, Conflict):
            self._reload_detail()
