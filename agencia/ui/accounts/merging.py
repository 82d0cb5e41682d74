"""The accounts page's «Fusionar con otra cuenta…»: an administrator folds a duplicate
into the account shown (`MergeDialog` names both and what moves; one confirmation)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from agencia.domain.areas import AreaId
from agencia.domain.messages import render
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.ui.actions import ActionId, ActionSpec

translate = QCoreApplication.translate  # lupdate knows it by this name

# The merge service and its dialog are imported when a merge is first asked for: the
# list is shown at start-up without them.
if TYPE_CHECKING:
    from agencia.services.accounts.merge import MergePlan
    from agencia.services.accounts.views import AccountDetail
    from agencia.ui.accounts.page import AccountsPage
    from agencia.ui.area import AppContext
    from agencia.ui.ops import Operations


class AccountMergeMixin:
    """Needs, from the controller: ctx, ops, page, detail, rule, report,
    open_account and `_open` (AccountEditsMixin's)."""

    ctx: AppContext
    ops: Operations
    page: AccountsPage
    detail: AccountDetail | None

    if TYPE_CHECKING:

        def report(self, error: BaseException) -> None: ...
        def open_account(self, account_id: int) -> None: ...
        def _open(self, dialog: QDialog) -> QDialog: ...
        def rule(self, action_id: ActionId, enabled: bool, why: str = "") -> None: ...

    def merge_action(self) -> tuple[ActionSpec, Callable[[], None]]:
        spec = ActionSpec(
            ActionId.ACCOUNTS_MERGE,
            translate("AccountMerge", "Fusionar con otra cuenta…"),
            None,
            "swap",
            AreaId.ACCOUNTS,
            AreaId.ACCOUNTS,
        )
        return spec, self.merge_account

    @property
    def can_merge(self) -> bool:
        return scope_for(self.ctx.actor.role, Action.MERGE_ACCOUNTS) is not Scope.NONE

    def update_merge_action(self) -> None:
        if not self.can_merge:
            why = translate("AccountMerge", "Solo un administrador fusiona cuentas.")
        else:
            why = translate("AccountMerge", "Elija en la lista la cuenta que se conserva.")
        self.rule(ActionId.ACCOUNTS_MERGE, self.can_merge and self.detail is not None, why)

    def merge_account(self) -> None:
        d = self.detail
        if d is None or not self.can_merge:
            return
        from agencia.ui.accounts.merge_dialog import MergeDialog

        dialog = MergeDialog(self.ops, d.id, d.trade_name, self.page)
        dialog.confirmed.connect(self._merge_confirmed)
        self._open(dialog)

    def _merge_confirmed(self, plan: MergePlan) -> None:
        """The versions the plan read: a save of either account since refuses the merge
        (`record.stale`, shown), and nothing moves."""
        from agencia.services.accounts.merge import merge_accounts

        self.ops.write(
            merge_accounts,
            plan.keep_id,
            plan.duplicate_id,
            plan.keep_version,
            plan.duplicate_version,
            on_done=self._merged,
            on_error=self.report,
        )

    def _merged(self, plan: Any) -> None:
        self.ctx.toast(
            render("account.merged", {"duplicate": plan.duplicate_name, "keep": plan.keep_name})
        )
        self.open_account(plan.keep_id)
