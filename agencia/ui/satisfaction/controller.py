"""The satisfaction page's controller: reads the page off the GUI thread (creating the
shipped surveys the first time), refreshes on surveys, responses and actions — and on
what the health indicator reads: requests, tasks, communications, campaigns' approvals —
and turns the page's requests into writes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind, Changes
from agencia.domain.messages import render
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.services.satisfaction.health_history import health_history
from agencia.services.satisfaction.improvements import ActionInput, close_action, open_action
from agencia.services.satisfaction.page import HEALTH_PAGE, read_health, read_page
from agencia.services.satisfaction.templates import copy_template, ensure_shipped_templates
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.area import AppContext
from agencia.ui.satisfaction.designer_dialog import DesignerDialog
from agencia.ui.satisfaction.entry_dialog import EntryDialog
from agencia.ui.satisfaction.page_view import SatisfactionView
from agencia.ui.satisfaction.propose_dialog import ACTION_DAYS, ProposeDialog
from agencia.ui.widgets.area_controller import AreaController


class SatisfactionController(AreaController):
    CONCERNS = frozenset(
        {
            ChangeKind.SURVEY,
            ChangeKind.SURVEY_RESPONSE,
            ChangeKind.IMPROVEMENT_ACTION,
            ChangeKind.ACCOUNT_HEALTH,
            ChangeKind.ACCOUNT,
            ChangeKind.SERVICE_REQUEST,
            ChangeKind.TASK,
            ChangeKind.COMMUNICATION,
            ChangeKind.APPROVAL,
        }
    )

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = SatisfactionView(ctx.locale)
        self.page: Any = None
        self.account_id: int | None = None
        self.dialog: Any = None
        self._ensured = False
        self._page_due = False  # the rest of the page is read once the health list is in
        self.health_limit = HEALTH_PAGE  # lines of the health list asked for
        self.view.scope_chosen.connect(self.choose_scope)
        self.view.more_health_requested.connect(self.more_health)
        self.view.health_chosen.connect(self._read_history)
        self.view.entry_requested.connect(self.open_entry)
        self.view.propose_requested.connect(self._ask_proposal)
        self.view.close_requested.connect(self.close_action)
        self.view.copy_requested.connect(self._ask_copy)
        self.view.edit_requested.connect(self.open_designer)
        role = ctx.actor.role
        self.view.set_post(
            may_record=scope_for(role, Action.RECORD_SURVEYS) is not Scope.NONE,
            may_propose=scope_for(role, Action.MANAGE_IMPROVEMENTS) is not Scope.NONE,
            admin=ctx.actor.is_admin,
        )
        self.actions[ActionId.SATISFACTION_REFRESH] = ctx.actions.register(
            ActionSpec(
                ActionId.SATISFACTION_REFRESH,
                self.tr("Actualizar la satisfacción"),
                "F5",
                "refresh",
                AreaId.SATISFACTION,
                AreaId.SATISFACTION,
            ),
            self.reload,
            self,
        )

    def title(self) -> str:
        return self.tr("Satisfacción")

    def message_parent(self) -> QWidget:
        return self.view

    # -- reading ---------------------------------------------------------------------------
    def load(self) -> None:
        if self._ensured:
            self.reload()
            return
        self._ensured = True
        self.ops.write(ensure_shipped_templates, on_done=lambda _n: self.reload(),
                       on_error=self.report)  # fmt: skip

    def reload(self) -> None:
        """The accounts in the worst health first (the page's first view, read alone so
        that nothing slows it), then the results, actions, surveys and account names."""
        self._page_due = True
        self._read_health()

    def _read_health(self) -> None:
        def then() -> None:  # whichever answer of the health list comes, the rest follows
            if self._page_due:
                self._page_due = False
                self._read_page()

        def shown(worst: Any) -> None:
            self.view.set_health(worst)
            then()

        def failed(error: BaseException) -> None:
            self.report(error)
            then()

        self.ops.read(read_health, self.health_limit, on_done=shown, on_error=failed,
                      key="satisfaction.health")  # fmt: skip

    def _read_page(self) -> None:
        self.ops.read(
            read_page,
            self.account_id,
            on_done=self._loaded,
            on_error=self.report,
            key="satisfaction",
        )

    def more_health(self) -> None:
        """The next lines of the health list."""
        self.health_limit += HEALTH_PAGE
        self._read_health()

    def _loaded(self, page: Any) -> None:
        self.page = page
        self.view.set_page(page, self.account_id)

    def _read_history(self, account_id: int) -> None:
        self.ops.read(
            health_history,
            account_id,
            on_done=lambda points: self.view.show_history(account_id, points),
            on_error=self.report,
            key="satisfaction.history",
        )

    def choose_scope(self, account_id: int) -> None:
        self.account_id = account_id or None
        if self.page is None:  # the first view is still on its way: it reads the scope
            self.reload()
        else:  # the health list is everyone's: only the results change
            self._read_page()

    def _changed(self, changes: Changes) -> None:
        self.reload()

    # -- writing ---------------------------------------------------------------------------
    def open_entry(self) -> None:
        if self.page is None or not self.view.may_record:
            return
        accounts = [(a.id, a.label) for a in self.page.accounts]  # by name
        self.dialog = EntryDialog(
            self.ops, self.page.templates, accounts, self.account_id, parent=self.view
        )
        self.dialog.saved.connect(self._response_saved)
        self.dialog.open()

    def _response_saved(self, result: Any, _data: Any) -> None:
        for code, params in result.warnings:
            self.ctx.toast(render(code, params))

    def _ask_proposal(self, dimension: Any) -> None:
        """The house form: what will be done, its owner (the person, unless they choose)
        and its due date, the service's refusals under their fields, kept as a draft."""
        if not self.view.may_propose:
            return
        self.dialog = ProposeDialog(
            self.ops, dimension, self.account_id, self.ctx.actor.staff_id, parent=self.view
        )
        self.dialog.open()

    def propose(self, dimension: Any, title: str, due_on: date | None = None) -> None:
        """Open an action on `dimension` (a DimensionResult), owned by the person."""
        owner = self.ctx.actor.staff_id
        if owner is None:
            return
        data = ActionInput(
            dimension=dimension.dimension,
            title=title,
            owner_id=owner,
            due_on=due_on or date.today() + timedelta(days=ACTION_DAYS),
            opened_gap=dimension.gap if dimension.gap is not None else 0.0,
            account_id=self.account_id,
        )
        self.ops.write(open_action, data, on_error=self.report)

    def close_action(self, row: Any) -> None:
        self.ops.write(close_action, row.id, on_error=self.report)

    def _ask_copy(self, view: Any) -> None:
        name, ok = QInputDialog.getText(
            self.view, self.tr("Copiar encuesta"), self.tr("Nombre de la copia"),
            QLineEdit.EchoMode.Normal, self.tr("Copia de %1").replace("%1", view.name),
        )  # fmt: skip
        if ok and name.strip():
            self.copy(view, name)

    def copy(self, view: Any, name: str) -> None:
        self.ops.write(copy_template, view.id, name, on_error=self.report)

    def open_designer(self, view: Any | None = None) -> None:
        self.dialog = DesignerDialog(self.ops, view, parent=self.view)
        self.dialog.saved.connect(self._response_saved)
        self.dialog.open()
