"""The accounts area's controller: it turns clicks into operations and results into views.

It owns the area's actions (registered once, with stable IDs), decides when each is
enabled (selection, the role table through `detail.can_edit`, the page being shown),
puts its edits on the window's undo history, and refreshes what `ops.changed` concerns.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from agencia.areas import resolve
from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.domain.changes import Changes
from agencia.domain.enums import AccountStatus
from agencia.domain.messages import role_name
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.domain.text import fill
from agencia.services.accounts.filters import filter_choices
from agencia.services.accounts.queries import (
    CSV_COLUMNS,
    export_accounts_csv,
    get_account,
    groups,
    list_accounts,
    sectors,
)
from agencia.services.accounts.queries import (
    executives as list_executives,
)
from agencia.services.unseen import as_missing
from agencia.ui.accounts.detail_page import AccountPageMixin
from agencia.ui.accounts.edits import AccountEditsMixin
from agencia.ui.accounts.form_options import FormOptions
from agencia.ui.accounts.labels import status_label
from agencia.ui.accounts.list_model import COLUMNS
from agencia.ui.accounts.list_view import AccountListView
from agencia.ui.accounts.logo_edits import AccountLogosMixin
from agencia.ui.accounts.merging import AccountMergeMixin
from agencia.ui.accounts.page import AccountsPage
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.area import AppContext
from agencia.ui.widgets.area_controller import AreaController
from agencia.ui.widgets.csv_separator import csv_delimiter
from agencia.ui.widgets.places import take_place
from agencia.ui.widgets.text import plain_tip
from agencia.ui.widgets.undo import undo_history

CONCERNS = frozenset({K.ACCOUNT, K.CONTACT, K.BRAND, K.PRODUCT})

if TYPE_CHECKING:
    from agencia.services.accounts.views import AccountDetail
    from agencia.ui.accounts.detail_view import AccountDetailView


def export_accounts_xlsx(db: Any, actor: Any, query: Any, path: Path) -> int:
    """The list as the filters show it as an Excel workbook, cell for cell what
    `accounts list --format xlsx` writes (the data area's writer, named through the list
    of areas); how many accounts were written."""
    rows = list_accounts(db, actor, query)
    write_records = resolve("agencia.services.data.xlsx_export:write_records")
    write_records(path, [r.as_json() for r in rows], CSV_COLUMNS)
    return len(rows)


def _load_options(db: Any, actor: Any) -> tuple[Any, ...]:
    """The form's choices, then the filters' (only the groups and people it can see)."""
    everyone = groups(db, actor), list_executives(db, actor)
    shown = filter_choices(db, actor, everyone)
    return *everyone, sectors(db, actor), *shown


class AccountsController(
    AccountPageMixin, AccountEditsMixin, AccountLogosMixin, AccountMergeMixin, AreaController
):
    CONCERNS = CONCERNS

    def __init__(
        self, ctx: AppContext, list_view: AccountListView, parent: QObject | None = None
    ) -> None:
        """`list_view`: the area's list (`list_view.accounts_list`), built first — and,
        shown at sign-in, already asked for (`area.create_shown`)."""
        super().__init__(ctx, parent)
        actor = ctx.actor
        self.can_create = scope_for(actor.role, Action.EDIT_ACCOUNT) is not Scope.NONE
        self.model = list_view.model
        self.list_view = list_view
        self.list_view.set_can_create(self.can_create)
        # the account page is built when an account is first opened (`detail_view`): its
        # tabs, models and the other areas' tabs cost most of the area at sign-in
        self._detail_view: AccountDetailView | None = None
        self._offered: list[QAction] = []  # other areas' actions for the account page
        self.page = AccountsPage(self.list_view)
        self.detail: AccountDetail | None = None
        self.history = undo_history(ctx)  # the window's, shared with the other areas
        self.history.stack.indexChanged.connect(self._history_moved)  # a slot: no dangling
        self.dialog: QDialog | None = None
        self.options = FormOptions()
        self._register_actions()
        # what other areas offer on the account page (its campaigns), beside its own actions
        ctx.actions.contributions(AreaId.ACCOUNTS, self._offer_on_page)

        self.list_view.current_changed.connect(self._current_changed)
        self.list_view.activated.connect(lambda _id: self.detail_view.tabs.setFocus())
        self.list_view.create_requested.connect(self.new_account)
        self.page.visibility_changed.connect(self._visibility_changed)
        self._update_actions()

    # -- actions --------------------------------------------------------------------------------
    def _register_actions(self) -> None:
        specs: list[tuple[ActionSpec, Any]] = [
            (
                ActionSpec(
                    ActionId.ACCOUNTS_NEW,
                    self.tr("Nueva cuenta…"),
                    QKeySequence.StandardKey.New,
                    "add",
                    AreaId.ACCOUNTS,
                    AreaId.ACCOUNTS,
                ),
                self.new_account,
            ),
            (
                ActionSpec(
                    ActionId.ACCOUNTS_EDIT,
                    self.tr("Editar cuenta…"),
                    "Ctrl+E",
                    "edit",
                    AreaId.ACCOUNTS,
                    AreaId.ACCOUNTS,
                ),
                self.edit_account,
            ),
            (
                ActionSpec(
                    ActionId.ACCOUNTS_DEACTIVATE,
                    self.tr("Desactivar cuenta…"),
                    QKeySequence.StandardKey.Delete,
                    "deactivate",
                    AreaId.ACCOUNTS,
                    AreaId.ACCOUNTS,
                ),
                self.deactivate,
            ),
            (
                ActionSpec(
                    ActionId.ACCOUNTS_REACTIVATE,
                    self.tr("Reactivar cuenta"),
                    None,
                    "activate",
                    AreaId.ACCOUNTS,
                    AreaId.ACCOUNTS,
                ),
                self.reactivate,
            ),
            (
                ActionSpec(
                    ActionId.ACCOUNTS_UNDO,
                    self.tr("Deshacer la última edición"),
                    None,  # Ctrl+Z is Editar ▸ Deshacer's: the window's history, shared
                    "undo",
                    AreaId.ACCOUNTS,
                    AreaId.ACCOUNTS,
                ),
                self.undo,
            ),
            (
                ActionSpec(
                    ActionId.ACCOUNTS_NEW_CONTACT,
                    self.tr("Nuevo contacto…"),
                    None,
                    "contact",
                    AreaId.ACCOUNTS,
                    AreaId.ACCOUNTS,
                ),
                lambda: self.edit_contact(None),
            ),
            (
                ActionSpec(
                    ActionId.ACCOUNTS_NEW_BRAND,
                    self.tr("Nueva marca…"),
                    None,
                    "brand",
                    AreaId.ACCOUNTS,
                    AreaId.ACCOUNTS,
                ),
                lambda: self.edit_brand(None),
            ),
            (
                ActionSpec(
                    ActionId.ACCOUNTS_CHANGE_LOGO,
                    self.tr("Cambiar logotipo…"),
                    None,
                    "folder",
                    AreaId.ACCOUNTS,
                    AreaId.ACCOUNTS,
                ),
                lambda: self.change_logo(),
            ),
            (
                ActionSpec(
                    ActionId.ACCOUNTS_REMOVE_LOGO,
                    self.tr("Quitar logotipo"),
                    None,
                    "delete",
                    AreaId.ACCOUNTS,
                    AreaId.ACCOUNTS,
                ),
                self.remove_logo,
            ),
            (
                ActionSpec(
                    ActionId.ACCOUNTS_EXPORT,
                    self.tr("Exportar lista a CSV…"),
                    None,
                    "export",
                    AreaId.ACCOUNTS,
                    AreaId.ACCOUNTS,
                ),
                self.export,
            ),
            (
                ActionSpec(
                    ActionId.ACCOUNTS_REFRESH,
                    self.tr("Actualizar"),
                    "F5",
                    "refresh",
                    AreaId.ACCOUNTS,
                    AreaId.ACCOUNTS,
                ),
                self.refresh,
            ),
            (
                ActionSpec(
                    ActionId.ACCOUNTS_SEARCH,
                    self.tr("Buscar cuentas"),
                    QKeySequence.StandardKey.Find,
                    "search",
                    AreaId.ACCOUNTS,
                    AreaId.ACCOUNTS,
                ),
                self.list_view.focus_search,
            ),
            self.merge_action(),  # «Fusionar con otra cuenta…» (administrators)
        ]
        for spec, handler in specs:
            action = self.ctx.actions.register(spec, handler, self)
            self.page.addAction(action)  # its shortcut works wherever the page has focus
            self.actions[spec.id] = action

    def refusal(self) -> str:
        """Why this person may not edit the account shown (or any account), in plain words."""
        role = role_name(self.ctx.actor.role, gender=self.ctx.actor.title_gender.value)
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
        can_edit = d is not None and d.can_edit
        role_reason = self.refusal()
        rule = self.rule
        no_account = self.tr("Elija una cuenta de la lista.")
        edit_why = no_account if d is None else role_reason
        inactive = d is not None and d.status is AccountStatus.INACTIVE
        rule(ActionId.ACCOUNTS_NEW, self.can_create, role_reason)
        rule(ActionId.ACCOUNTS_EDIT, can_edit, edit_why)
        rule(ActionId.ACCOUNTS_DEACTIVATE, can_edit and not inactive, edit_why)
        rule(ActionId.ACCOUNTS_REACTIVATE, can_edit and inactive, edit_why)
        view = self._detail_view  # the page (once built) offers the one that applies
        if view is not None:
            view.offer_header_action(ActionId.ACCOUNTS_DEACTIVATE, not inactive)
            view.offer_header_action(ActionId.ACCOUNTS_REACTIVATE, inactive)
        rule(ActionId.ACCOUNTS_NEW_CONTACT, can_edit, edit_why)
        rule(ActionId.ACCOUNTS_NEW_BRAND, can_edit, edit_why)
        rule(ActionId.ACCOUNTS_CHANGE_LOGO, can_edit, edit_why)
        no_logo = self.tr("La cuenta no tiene logotipo.")
        has_logo = d is not None and d.logo is not None
        rule(
            ActionId.ACCOUNTS_REMOVE_LOGO,
            can_edit and has_logo,
            edit_why if not can_edit else no_logo,
        )
        stack = self.history.stack
        can_undo = shiboken6.isValid(stack) and stack.canUndo()  # not while the window goes
        rule(
            ActionId.ACCOUNTS_UNDO,
            can_undo,
            self.tr("No hay ninguna edición que deshacer."),
        )
        if can_undo:
            self.actions[ActionId.ACCOUNTS_UNDO].setToolTip(
                plain_tip(self.tr("Deshacer: %1").replace("%1", stack.undoText()))
            )
        for action_id in (
            ActionId.ACCOUNTS_EXPORT,
            ActionId.ACCOUNTS_REFRESH,
            ActionId.ACCOUNTS_SEARCH,
        ):
            rule(action_id, True)
        self.update_merge_action()
        if view is not None:
            view.set_editable(can_edit, "" if d is None or can_edit else role_reason)

    # -- loading ----------------------------------------------------------------------------------
    def load(self) -> None:
        """First time shown: ask for the list; the filters' choices once it has answered
        (a read of every group, executive and sector, seconds on a big agency, beside the
        first page's read made it several times slower: `Operations.when_idle`). A list
        asked for as the area was built (shown at sign-in) is not asked for again."""
        if not self.list_view.asked:
            self.list_view.apply_filters()
        if self.ops.synchronous:  # reads answered inline: nothing runs beside them
            self._load_options()
        else:
            self.ops.when_idle(self._load_options)
            self.ops.when_idle(self.warm_page)  # after the choices: `detail_page.py`

    def _load_options(self) -> None:
        self.ops.read(_load_options, on_done=self._options_arrived, key="accounts.options")

    def _options_arrived(self, found: tuple[Any, ...]) -> None:
        group_options, executive_options, sector_names, seen_groups, seen_leads = found
        self.options = FormOptions(group_options, executive_options, sector_names)
        self.list_view.set_options(seen_groups, seen_leads, sector_names)
        if self._detail_view is not None:
            self._detail_view.set_names(self._option_names())

    def refresh(self) -> None:
        self.list_view.refresh()
        self._load_options()
        self._reload_detail()

    def _changed(self, changes: Changes) -> None:
        """Refresh what a write touched (one of `CONCERNS`)."""
        if changes.touches({K.ACCOUNT, K.BRAND}):
            self.list_view.refresh()  # names, statuses, leads; brands feed the search
        if K.ACCOUNT in changes:
            self._load_options()
        self._reload_detail()

    def _current_changed(self, account_id: int | None) -> None:
        if account_id is not None and account_id != self._wanted_id:  # not on its way
            self.load_detail(account_id)

    def open_account(self, account_id: int) -> None:
        """Show `account_id` (a link, global search, another area): select it if listed
        (in the window, once its page is painted: `open_page_first`)."""
        self.start()
        if not self.ops.synchronous:
            self.open_page_first(account_id)
            return
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

    def _history_moved(self, _index: int) -> None:
        self._update_actions()

    def _detail_arrived(self, detail: AccountDetail) -> None:
        self.detail = detail
        self.detail_view.show_detail(detail)
        place = take_place(self.ctx, AreaId.ACCOUNTS, detail.id)
        if place is not None and place.where == "contacts":  # a contact from global search
            self.detail_view.show_contact(int(place.item) if place.item.isdigit() else None)
        self._update_actions()
        self._offer_campaigns()
        self.page_shown()
        self._name_references(detail)

    def _offer_campaigns(self) -> None:
        """Tell the other areas which account the page shows: what they offer on it (the
        account's campaigns) follows it."""
        d = self.detail
        self.ctx.shown.show(
            AreaId.ACCOUNTS, d.id if d is not None else None, d.trade_name if d else ""
        )

    def _detail_failed(self, error: BaseException) -> None:
        self.detail = None
        self._wanted_id = None
        self._references_asked = None
        if self._detail_view is not None:
            self._detail_view.clear()
        self._update_actions()
        self._offer_campaigns()
        self.report(as_missing(error))  # unseen: «No existe…»

    # -- export ---------------------------------------------------------------------------------
    def export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = str(Path(folder) / self.tr("cuentas.csv"))
        path, _filter = QFileDialog.getSaveFileName(
            self.page,
            self.tr("Exportar cuentas"),
            default,
            self.tr("CSV (*.csv);;Libro de Excel (*.xlsx)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """The list as filtered: a workbook typed as `accounts list --format xlsx` writes
        it when the name ends in .xlsx, else a CSV in the person's language and separator."""
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + ".csv")
        locale = self.ctx.locale
        if path.suffix.lower() == ".xlsx":
            job: Any = export_accounts_xlsx
        else:
            headers = [
                self.model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(COLUMNS))
            ]
            headers.append(self.tr("País"))
            job = functools.partial(
                export_accounts_csv,
                delimiter=csv_delimiter(locale),
                headers=headers,
                status_labels={s.value: status_label(s) for s in AccountStatus},
            )
        self.ops.read(
            job,
            self.model.query,
            path,
            on_done=lambda count: self.ctx.toast(
                fill(self.tr("%1 cuentas exportadas a %2"), locale.toString(int(count)), path.name)
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

    def title(self) -> str:
        return self.tr("Cuentas")

    def message_parent(self) -> QWidget:
        return self.page

    def widget(self) -> QWidget:
        return self.page

    def save_state(self) -> None:
        self.page.save_state()
