"""The accounts area's controller: it turns clicks into operations and results into views.

It owns the area's actions (registered once, with stable IDs), decides when each is
enabled (selection, the role table through `detail.can_edit`, the page being shown),
keeps the one-step undo of the last edit, and refreshes what `ops.changed` concerns.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from agencia.domain.changes import ChangeKind as K
from agencia.domain.changes import Changes
from agencia.domain.enums import AccountStatus
from agencia.domain.errors import Conflict, DomainError
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.services.accounts.edit import set_account_logo, set_brand_logo
from agencia.services.accounts.queries import (
    executives as list_executives,
)
from agencia.services.accounts.queries import (
    export_accounts_csv,
    get_account,
    groups,
    sectors,
)
from agencia.services.accounts.views import AccountDetail, BrandView
from agencia.services.agency.profile import LOGO_MAX_BYTES
from agencia.services.results import Option, SaveResult
from agencia.ui.accounts.account_form import FormOptions
from agencia.ui.accounts.detail_view import AccountDetailView
from agencia.ui.accounts.edits import AccountEditsMixin, UndoStep
from agencia.ui.accounts.facts_view import LOGO_BOX, LogoField
from agencia.ui.accounts.labels import role_label, status_label
from agencia.ui.accounts.list_model import COLUMNS, AccountListModel
from agencia.ui.accounts.list_view import AccountListView
from agencia.ui.accounts.page import AccountsPage
from agencia.ui.actions import ActionSpec
from agencia.ui.area import AppContext
from agencia.ui.widgets.form_dialog import describe
from agencia.ui.widgets.image_picker import PickedImage, read_image
from agencia.ui.widgets.text import plain_tip

CONCERNS = frozenset({K.ACCOUNT, K.CONTACT, K.BRAND, K.PRODUCT})
CAMPAIGNS_OF_ACCOUNT = "campaigns.for_account"  # registered by the campaigns area


def _load_options(db: Any, actor: Any) -> tuple[list[Option], list[Option], list[str]]:
    return groups(db, actor), list_executives(db, actor), sectors(db, actor)


class AccountsController(AccountEditsMixin, QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = ctx.ops
        actor = ctx.actor
        self.can_create = scope_for(actor.role, Action.EDIT_ACCOUNT) is not Scope.NONE
        self.model = AccountListModel(self.ops)
        self.list_view = AccountListView(
            self.model,
            ctx.locale,
            mine_default=actor.staff_id is not None and not actor.is_admin,
        )
        self.model.setParent(self.list_view)  # lives exactly as long as the table showing it
        self.list_view.set_can_create(self.can_create)
        self.detail_view = AccountDetailView(ctx.locale)
        self.page = AccountsPage(self.list_view, self.detail_view)
        self.detail: AccountDetail | None = None
        self.undo_step: UndoStep | None = None
        self.dialog: QDialog | None = None
        self.options = FormOptions()
        self._started = False
        self._visible = False
        self._wanted_id: int | None = None
        self.last_message = ""

        self.actions: dict[str, QAction] = {}
        self._register_actions()
        self.detail_view.set_header_actions(
            [
                self.actions[k]
                for k in ("accounts.edit", "accounts.deactivate", "accounts.reactivate")
            ]
        )

        self.list_view.current_changed.connect(self._current_changed)
        self.list_view.activated.connect(lambda _id: self.detail_view.tabs.setFocus())
        self.list_view.create_requested.connect(self.new_account)
        self.detail_view.open_account.connect(self.open_account)
        self.detail_view.add_contact.connect(lambda: self.edit_contact(None))
        self.detail_view.edit_contact.connect(self.edit_contact)
        self.detail_view.set_contact_active.connect(self.toggle_contact)
        self.detail_view.add_brand.connect(lambda: self.edit_brand(None))
        self.detail_view.edit_brand.connect(self.edit_brand)
        self.detail_view.add_product.connect(lambda brand_id: self.edit_product(None, brand_id))
        self.detail_view.edit_product.connect(self.edit_product)
        self.detail_view.change_logo.connect(lambda: self.change_logo())
        self.detail_view.remove_logo.connect(self.remove_logo)
        self.detail_view.change_brand_logo.connect(lambda brand: self.change_brand_logo(brand))
        self.detail_view.remove_brand_logo.connect(self.remove_brand_logo)
        self.page.visibility_changed.connect(self._visibility_changed)
        self.ops.changed.connect(self._changed)
        self._update_actions()

    # -- actions --------------------------------------------------------------------------------
    def _register_actions(self) -> None:
        specs: list[tuple[ActionSpec, Any]] = [
            (
                ActionSpec(
                    "accounts.new",
                    self.tr("Nueva cuenta…"),
                    QKeySequence.StandardKey.New,
                    "add",
                    "accounts",
                    "accounts",
                ),
                self.new_account,
            ),
            (
                ActionSpec(
                    "accounts.edit",
                    self.tr("Editar cuenta…"),
                    "Ctrl+E",
                    "edit",
                    "accounts",
                    "accounts",
                ),
                self.edit_account,
            ),
            (
                ActionSpec(
                    "accounts.deactivate",
                    self.tr("Desactivar cuenta…"),
                    QKeySequence.StandardKey.Delete,
                    "deactivate",
                    "accounts",
                    "accounts",
                ),
                self.deactivate,
            ),
            (
                ActionSpec(
                    "accounts.reactivate",
                    self.tr("Reactivar cuenta"),
                    None,
                    "activate",
                    "accounts",
                    "accounts",
                ),
                self.reactivate,
            ),
            (
                ActionSpec(
                    "accounts.undo",
                    self.tr("Deshacer la última edición"),
                    QKeySequence.StandardKey.Undo,
                    "undo",
                    "accounts",
                    "accounts",
                ),
                self.undo,
            ),
            (
                ActionSpec(
                    "accounts.new_contact",
                    self.tr("Nuevo contacto…"),
                    None,
                    "contact",
                    "accounts",
                    "accounts",
                ),
                lambda: self.edit_contact(None),
            ),
            (
                ActionSpec(
                    "accounts.new_brand",
                    self.tr("Nueva marca…"),
                    None,
                    "brand",
                    "accounts",
                    "accounts",
                ),
                lambda: self.edit_brand(None),
            ),
            (
                ActionSpec(
                    "accounts.change_logo",
                    self.tr("Cambiar logotipo…"),
                    None,
                    "folder",
                    "accounts",
                    "accounts",
                ),
                lambda: self.change_logo(),
            ),
            (
                ActionSpec(
                    "accounts.remove_logo",
                    self.tr("Quitar logotipo"),
                    None,
                    "delete",
                    "accounts",
                    "accounts",
                ),
                self.remove_logo,
            ),
            (
                ActionSpec(
                    "accounts.export",
                    self.tr("Exportar lista a CSV…"),
                    None,
                    "export",
                    "accounts",
                    "accounts",
                ),
                self.export,
            ),
            (
                ActionSpec(
                    "accounts.refresh",
                    self.tr("Actualizar"),
                    "F5",
                    "refresh",
                    "accounts",
                    "accounts",
                ),
                self.refresh,
            ),
            (
                ActionSpec(
                    "accounts.search",
                    self.tr("Buscar cuentas"),
                    QKeySequence.StandardKey.Find,
                    "search",
                    "accounts",
                    "accounts",
                ),
                self.list_view.focus_search,
            ),
        ]
        for spec, handler in specs:
            action = self.ctx.actions.register(spec, handler, self)
            self.page.addAction(action)  # its shortcut works wherever the page has focus
            self.actions[spec.id] = action

    def refusal(self) -> str:
        """Why this person may not edit the account shown (or any account), in plain words."""
        role = role_label(self.ctx.actor.role)
        scope = scope_for(self.ctx.actor.role, Action.EDIT_ACCOUNT)
        if scope is Scope.NONE:
            text = self.tr("Su rol (%1) no permite editar cuentas, contactos ni marcas.")
        elif scope is Scope.ASSIGNED:
            text = self.tr("Su rol (%1) solo permite editar las cuentas en cuyo equipo está usted.")
        elif scope is Scope.GROUP:
            text = self.tr("Su rol (%1) solo permite editar las cuentas de su grupo.")
        else:
            text = self.tr("Su rol (%1) no permite editar esta cuenta.")
        return text.replace("%1", role)

    def _update_actions(self) -> None:
        d = self.detail
        shown = self._visible
        can_edit = d is not None and d.can_edit
        role_reason = self.refusal()

        def rule(action_id: str, enabled: bool, why: str = "") -> None:
            action = self.actions[action_id]
            action.setEnabled(shown and enabled)
            label = action.text().replace("&", "").removesuffix("…")
            action.setToolTip(label if enabled or not why else f"{label} — {why}")

        no_account = self.tr("Elija una cuenta de la lista.")
        edit_why = no_account if d is None else role_reason
        inactive = d is not None and d.status is AccountStatus.INACTIVE
        rule("accounts.new", self.can_create, role_reason)
        rule("accounts.edit", can_edit, edit_why)
        rule("accounts.deactivate", can_edit and not inactive, edit_why)
        rule("accounts.reactivate", can_edit and inactive, edit_why)
        buttons = self.detail_view.header_buttons_by_id  # the page offers the one that applies
        buttons["accounts.deactivate"].setVisible(not inactive)
        buttons["accounts.reactivate"].setVisible(inactive)
        rule("accounts.new_contact", can_edit, edit_why)
        rule("accounts.new_brand", can_edit, edit_why)
        rule("accounts.change_logo", can_edit, edit_why)
        no_logo = self.tr("La cuenta no tiene logotipo.")
        has_logo = d is not None and d.logo is not None
        rule("accounts.remove_logo", can_edit and has_logo, edit_why if not can_edit else no_logo)
        undo = self.undo_step
        rule("accounts.undo", undo is not None, self.tr("No hay ninguna edición que deshacer."))
        if undo is not None:
            self.actions["accounts.undo"].setToolTip(
                plain_tip(self.tr("Deshacer la última edición de «%1»").replace("%1", undo.name))
            )
        for action_id in ("accounts.export", "accounts.refresh", "accounts.search"):
            rule(action_id, True)
        self.detail_view.set_editable(can_edit, "" if d is None or can_edit else role_reason)

    def _visibility_changed(self, visible: bool) -> None:
        if not all(shiboken6.isValid(a) for a in self.actions.values()):
            return  # the window is being taken apart
        self._visible = visible
        if visible:
            self.start()
        self._update_actions()

    # -- loading ----------------------------------------------------------------------------------
    def start(self) -> None:
        """First time shown: ask for the list and the filters' choices."""
        if self._started:
            return
        self._started = True
        self.list_view.apply_filters()
        self._load_options()

    def _load_options(self) -> None:
        self.ops.read(_load_options, on_done=self._options_arrived, key="accounts.options")

    def _options_arrived(self, found: tuple[list[Option], list[Option], list[str]]) -> None:
        group_options, executive_options, sector_names = found
        self.options = FormOptions(group_options, executive_options, sector_names)
        self.list_view.set_options(group_options, executive_options, sector_names)
        self.detail_view.set_names(
            {
                "group_id": {o.id: o.label for o in group_options},
                "lead_executive_id": {o.id: o.label for o in executive_options},
            }
        )

    def refresh(self) -> None:
        self.list_view.refresh()
        self._load_options()
        self._reload_detail()

    def _changed(self, changes: Changes) -> None:
        """Refresh what a write touched, if it concerns this screen."""
        if not changes.touches(CONCERNS) or not self._started:
            return
        if changes.touches({K.ACCOUNT, K.BRAND}):
            self.list_view.refresh()  # names, statuses, leads; brands feed the search
        if K.ACCOUNT in changes:
            self._load_options()
        self._reload_detail()

    def _current_changed(self, account_id: int | None) -> None:
        if account_id is not None:
            self.load_detail(account_id)

    def open_account(self, account_id: int) -> None:
        """Show `account_id` (a link, global search, another area): select it if listed."""
        self.start()
        listed = self.list_view.select_account(account_id)  # loads it when the row changes
        if not listed or self._wanted_id != account_id:
            self.load_detail(account_id)

    def load_detail(self, account_id: int) -> None:
        self._wanted_id = account_id
        self.ops.read(
            get_account,
            account_id,
            on_done=self._detail_arrived,
            on_error=self._detail_failed,
            key="accounts.detail",
        )

    def _reload_detail(self) -> None:
        if self._wanted_id is not None:
            self.load_detail(self._wanted_id)

    def _detail_arrived(self, detail: AccountDetail) -> None:
        self.detail = detail
        self.detail_view.show_detail(detail)
        self._update_actions()
        self._offer_campaigns()

    def _offer_campaigns(self) -> None:
        """The campaigns area, when installed, lists this account's campaigns: its action
        sits beside the account's own and learns which account is shown."""
        try:
            action = self.ctx.actions.get(CAMPAIGNS_OF_ACCOUNT)
        except KeyError:
            return
        if CAMPAIGNS_OF_ACCOUNT not in self.detail_view.header_buttons_by_id:
            self.detail_view.add_header_action(action)
        d = self.detail
        action.setData((d.id, d.trade_name) if d is not None else None)
        action.setEnabled(d is not None)

    def _detail_failed(self, error: BaseException) -> None:
        self.detail = None
        self._wanted_id = None
        self.detail_view.clear()
        self._update_actions()
        self._offer_campaigns()
        self.report(error)

    # -- logos ----------------------------------------------------------------------------------
    def choose_image(self, title: str) -> Path | None:
        """The file dialog for a logo; tests replace it."""
        path, _filter = QFileDialog.getOpenFileName(
            self.page, title, "", self.tr("Imágenes PNG o JPEG (*.png *.jpg *.jpeg)")
        )
        return Path(path) if path else None

    def change_logo(self, path: Path | None = None) -> None:
        """Choose (or take `path`), read off the GUI thread, and store the client's logo."""
        d = self.detail
        if d is None or not d.can_edit:
            return
        self.detail_view.tabs.setCurrentWidget(self.detail_view.facts_panel)  # where it shows
        field = self.detail_view.account_logo
        title = self.tr("Logotipo de «%1»").replace("%1", d.trade_name)
        self._read_logo(field, d.id, title, path, lambda data: self._save_logo(d, data))

    def remove_logo(self) -> None:
        d = self.detail
        if d is None or not d.can_edit or d.logo is None:
            return
        question = self.tr(
            "¿Quitar el logotipo de «%1»? Sus presentaciones mostrarán sus iniciales en su lugar."
        ).replace("%1", d.trade_name)
        if self.confirm(self.tr("Quitar logotipo"), question, self.tr("Quitar")):
            self._save_logo(d, None)

    def change_brand_logo(self, brand_id: int, path: Path | None = None) -> None:
        d, brand = self.detail, self._brand(brand_id)
        if d is None or brand is None or not d.can_edit:
            return
        field = self.detail_view.brand_logo
        title = self.tr("Logotipo de «%1»").replace("%1", brand.name)
        save = functools.partial(self._save_brand_logo, brand)
        self._read_logo(field, brand.id, title, path, save)

    def remove_brand_logo(self, brand_id: int) -> None:
        d, brand = self.detail, self._brand(brand_id)
        if d is None or brand is None or not d.can_edit or brand.logo is None:
            return
        question = self.tr(
            "¿Quitar el logotipo de la marca «%1»? Dejará de aparecer en sus presentaciones."
        ).replace("%1", brand.name)
        if self.confirm(self.tr("Quitar logotipo"), question, self.tr("Quitar")):
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
        field.set_busy(record_id, self.tr("Leyendo «%1»…").replace("%1", path.name))

        def read(image: PickedImage) -> None:
            field.show_pending(record_id, image, self.tr("Guardando…"))
            save(image.data)

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
            field.show_pending(d.id, None, self.tr("Quitando…"))
        self.ops.write(
            set_account_logo,
            d.id,
            data,
            d.version,
            on_done=lambda result: self._logo_saved(d, result, data is not None),
            on_error=lambda error: self._logo_refused(field, d.id, error),
        )

    def _logo_saved(self, d: AccountDetail, result: SaveResult, added: bool) -> None:
        step = self.undo_step  # the logo is not among what undo puts back: it still applies
        if step is not None and step.account_id == d.id and step.version == d.version:
            self.undo_step = dataclasses.replace(step, version=result.version)
        text = (
            self.tr("Logotipo de «%1» guardado") if added else self.tr("Logotipo de «%1» quitado")
        )
        self.ctx.toast(text.replace("%1", d.trade_name))

    def _save_brand_logo(self, brand: BrandView, data: bytes | None) -> None:
        field = self.detail_view.brand_logo
        if data is None:
            field.show_pending(brand.id, None, self.tr("Quitando…"))
        text = (
            self.tr("Logotipo de la marca «%1» guardado")
            if data is not None
            else self.tr("Logotipo de la marca «%1» quitado")
        )
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
        if not isinstance(error, DomainError) or not field.refuse(record_id, describe(error)):
            self.report(error)
        if isinstance(error, Conflict):
            self._reload_detail()

    # -- export ---------------------------------------------------------------------------------
    def export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = str(Path(folder) / self.tr("cuentas.csv"))
        path, _filter = QFileDialog.getSaveFileName(
            self.page, self.tr("Exportar cuentas"), default, self.tr("CSV (*.csv)")
        )
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        locale = self.ctx.locale
        delimiter = ";" if locale.decimalPoint() == "," else ","
        headers = [self.model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(COLUMNS))]
        headers.append(self.tr("País"))
        job = functools.partial(
            export_accounts_csv,
            delimiter=delimiter,
            headers=headers,
            status_labels={s.value: status_label(s) for s in AccountStatus},
        )
        query = self.model.query
        self.ops.read(
            job,
            query,
            path,
            on_done=lambda count: self.ctx.toast(
                self.tr("%1 cuentas exportadas a %2")
                .replace("%1", locale.toString(int(count)))
                .replace("%2", Path(path).name)
            ),
            on_error=self.report,
        )

    # -- telling people ---------------------------------------------------------------------------
    def confirm(self, title: str, text: str, accept: str) -> bool:
        """One question before something destructive; tests replace it."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.page)
        box.setTextFormat(Qt.TextFormat.PlainText)  # it names the account
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes

    def inform(self, text: str) -> None:
        """A message that needs reading (not a toast); does not block."""
        self.last_message = text
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Cuentas"), text, parent=self.page)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def report(self, error: BaseException) -> None:
        text = (
            describe(error)
            if isinstance(error, DomainError)
            else self.tr("Error inesperado: %1").replace("%1", str(error))
        )
        self.inform(text)

    def widget(self) -> QWidget:
        return self.page

    def save_state(self) -> None:
        self.page.save_state()
