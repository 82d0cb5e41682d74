"""The campaigns area's controller: it turns clicks into operations and results into views.

It owns the area's actions (registered once, with stable IDs), decides when each is
enabled, opens a campaign in the list's place and back, and refreshes what `ops.changed`
concerns: the list and board when campaigns change, the open campaign when anything of
it does (its brief, contrabrief, proposals, meeting reports or approvals).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from agencia.areas import resolve
from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.domain.changes import Changes
from agencia.domain.messages import render, role_name
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.services.campaigns.campaigns_csv import CSV_COLUMNS, write_campaigns_csv
from agencia.services.campaigns.queries import (
    CampaignQuery,
    campaign_accounts,
    get_campaign,
    list_campaigns,
)
from agencia.services.campaigns.views import CampaignDetail
from agencia.services.campaigns.warm import warm_campaign_page
from agencia.services.results import Option, SaveResult
from agencia.services.unseen import as_missing
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.area import AppContext
from agencia.ui.campaigns.board import CampaignBoard
from agencia.ui.campaigns.campaign_form import CampaignFormDialog
from agencia.ui.campaigns.detail_view import CampaignDetailView
from agencia.ui.campaigns.list_model import CampaignListModel
from agencia.ui.campaigns.list_view import CampaignListView
from agencia.ui.campaigns.page import AfterPaint, CampaignsPage
from agencia.ui.campaigns.places import show_place
from agencia.ui.campaigns.undo_edits import push_campaign_edit
from agencia.ui.widgets.area_controller import AreaController
from agencia.ui.widgets.csv_separator import csv_delimiter
from agencia.ui.widgets.places import take_place

# ops.changed names that concern the open campaign; the list shows only the first two
CONCERNS = frozenset(
    {
        K.CAMPAIGN,
        K.BRIEF,
        K.CONTRABRIEF,
        K.PROPOSAL,
        K.MEETING,
        K.APPROVAL,
        K.MEDIA_PLAN,
        K.DOCUMENT,
    }
)
LIST_CONCERNS = frozenset({K.CAMPAIGN, K.APPROVAL, K.ACCOUNT, K.BRAND})


def export_list(db: Any, actor: Any, query: CampaignQuery, path: Path, delimiter: str = ",") -> int:
    """The list as the filters show it, to a CSV file split by `delimiter` (the agency's)
    or — a path ending in .xlsx — an Excel workbook typed as `campaigns list --format
    xlsx` writes it (dates as dates, budgets as amounts in their currency: the data area's
    writer, named through the list of areas); how many campaigns were written."""
    rows = list_campaigns(db, actor, query)
    if path.suffix.lower() == ".xlsx":
        write_records = resolve("agencia.services.data.xlsx_export:write_records")
        write_records(path, [r.as_json() for r in rows], CSV_COLUMNS)
    else:
        write_campaigns_csv(rows, path, delimiter=delimiter)
    return len(rows)


class CampaignsController(AreaController):
    CONCERNS = CONCERNS | LIST_CONCERNS

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        actor = ctx.actor
        self.can_create = scope_for(actor.role, Action.EDIT_BRIEFS) is not Scope.NONE
        self.model = CampaignListModel(self.ops, ctx.locale)
        self.list_view = CampaignListView(
            self.model,
            self.ops,
            ctx.locale,
            mine_default=actor.staff_id is not None and not actor.is_admin,
        )
        self.model.setParent(self.list_view)
        self.list_view.set_can_create(self.can_create)
        self.board: CampaignBoard | None = None  # made when the board is first shown
        self.list_view.set_board(self._make_board)
        self.detail_view = CampaignDetailView(ctx)
        self.page = CampaignsPage(self.list_view, self.detail_view)
        self.detail: CampaignDetail | None = None
        self.dialog: QDialog | None = None
        self.accounts: list[Option] | None = None
        self._register_actions()
        self.list_view.add_tool_actions(
            [self.actions[ActionId.CAMPAIGNS_NEW]], [self.actions[ActionId.CAMPAIGNS_EXPORT]]
        )
        self.detail_view.set_header_actions([self.actions[ActionId.CAMPAIGNS_EDIT]])

        self.list_view.open_requested.connect(self.open_campaign)
        self.list_view.create_requested.connect(self.new_campaign)
        self.list_view.mode_changed.connect(lambda _m: self._update_actions())
        self.detail_view.back_requested.connect(self.back_to_list)
        self.detail_view.open_account.connect(lambda i: self.ctx.navigate(AreaId.ACCOUNTS, i))
        self.page.visibility_changed.connect(self._visibility_changed)
        self._update_actions()
        # built at idle: the page's statements compiled now, not on the first page opened
        # (a failure here shows again, reported, when one is). Its widgets are not polished
        # here: the window styles the page again anyway when it first takes it in.
        self.ops.read(warm_campaign_page, on_error=lambda _error: None, key="campaigns.warm")

    # -- actions --------------------------------------------------------------------------------
    def _register_actions(self) -> None:
        a = AreaId.CAMPAIGNS
        specs: list[tuple[ActionSpec, Any]] = [
            (
                ActionSpec(
                    ActionId.CAMPAIGNS_NEW,
                    self.tr("Nueva campaña…"),
                    QKeySequence.StandardKey.New,
                    "add",
                    a,
                    a,
                ),
                self.new_campaign,
            ),
            (
                ActionSpec(
                    ActionId.CAMPAIGNS_EDIT, self.tr("Editar campaña…"), "Ctrl+E", "edit", a, a
                ),
                self.edit_campaign,
            ),
            (
                ActionSpec(
                    ActionId.CAMPAIGNS_BACK,
                    self.tr("Volver a la lista de campañas"),
                    QKeySequence.StandardKey.Back,
                    "chevron-left",
                    a,
                    a,
                ),
                self.back_to_list,
            ),
            (
                ActionSpec(
                    ActionId.CAMPAIGNS_SHOW_LIST, self.tr("Ver como lista"), None, "menu", a, a
                ),
                lambda: self.list_view.set_mode("list"),
            ),
            (
                ActionSpec(
                    ActionId.CAMPAIGNS_SHOW_BOARD,
                    self.tr("Ver como tablero"),
                    None,
                    "dashboard",
                    a,
                    a,
                ),
                lambda: self.list_view.set_mode("board"),
            ),
            (
                ActionSpec(
                    ActionId.CAMPAIGNS_EXPORT,
                    self.tr("Exportar lista a CSV…"),
                    None,
                    "export",
                    a,
                    a,
                ),
                self.export,
            ),
            (
                ActionSpec(
                    ActionId.CAMPAIGNS_REFRESH, self.tr("Actualizar"), "F5", "refresh", a, a
                ),
                self.refresh,
            ),
            (
                ActionSpec(
                    ActionId.CAMPAIGNS_SEARCH,
                    self.tr("Buscar campañas"),
                    QKeySequence.StandardKey.Find,
                    "search",
                    a,
                    a,
                ),
                self.focus_search,
            ),
        ]
        for spec, handler in specs:
            action = self.ctx.actions.register(spec, handler, self)
            if spec.area is AreaId.CAMPAIGNS:
                self.page.addAction(action)  # its shortcut works wherever the page has focus
            self.actions[spec.id] = action

    def _update_actions(self) -> None:
        if not all(shiboken6.isValid(a) for a in self.actions.values()):
            return
        d = self.detail
        shown = self._visible
        on_page = self.page.showing_campaign and d is not None
        rule = self.rule
        role = role_name(self.ctx.actor.role.value, gender=self.ctx.actor.title_gender.value)
        rule(
            ActionId.CAMPAIGNS_NEW,
            self.can_create,
            self.tr("Su rol (%1) no crea campañas.").replace("%1", role),
        )
        can_edit = on_page and d is not None and d.can_edit
        refused = d.edit_refusal if on_page and d is not None else None
        edit_why = (
            self.tr("Abra una campaña.")
            if not on_page
            else render(*refused)  # closed, the role, or the account out of its reach
            if refused is not None
            else ""
        )
        rule(ActionId.CAMPAIGNS_EDIT, can_edit, edit_why)
        rule(ActionId.CAMPAIGNS_BACK, self.page.showing_campaign)
        list_shown = not self.page.showing_campaign
        rule(ActionId.CAMPAIGNS_SHOW_LIST, list_shown)
        rule(ActionId.CAMPAIGNS_SHOW_BOARD, list_shown)
        rule(ActionId.CAMPAIGNS_EXPORT, True)
        rule(ActionId.CAMPAIGNS_REFRESH, True)
        rule(ActionId.CAMPAIGNS_SEARCH, True)
        # the decks' «Generar presentación…» follows the campaign whose page shows
        self.ctx.shown.show(
            AreaId.CAMPAIGNS,
            d.id if shown and on_page and d is not None else None,
            d.row.name if d is not None else "",
        )

    # -- loading ----------------------------------------------------------------------------------
    def load(self) -> None:
        """First time shown: ask for the list; take the campaign page into the panel and
        style its widgets (the window holds them then: styled before, they were styled
        again) once the list's first page, read ahead of its IDs, is painted — while the
        IDs are still on their way, nobody waits for the window — or else once the window
        is idle: neither the list's first page nor the first campaign opened waits for
        it (25 ms of the first open's 100, when it did)."""
        self.model.first_page_shown.connect(self._first_page_shown)
        self.list_view.apply_filters()
        self.ops.when_idle(self._polish_page)

    def _first_page_shown(self) -> None:
        self.model.first_page_shown.disconnect(self._first_page_shown)
        if self.list_view.table.isVisible():  # not behind the board
            AfterPaint(self.list_view.table.viewport(), self._polish_page)

    def _make_board(self) -> CampaignBoard:
        self.board = CampaignBoard(self.ctx)
        self.board.open_requested.connect(self.open_campaign)
        return self.board

    def _polish_page(self) -> None:
        if shiboken6.isValid(self.detail_view) and shiboken6.isValid(self.page):
            self.page.take_in_campaign_page()
            self.detail_view.ensurePolished()

    def refresh(self) -> None:
        self.list_view.refresh()
        self.accounts = None
        self._reload_detail()

    def focus_search(self) -> None:
        if self.page.showing_campaign:
            self.back_to_list()
        self.list_view.focus_search()

    def _changed(self, changes: Changes) -> None:
        """Refresh what a write touched: the list, the open campaign, or both."""
        if changes.touches(LIST_CONCERNS):
            self.list_view.refresh()
        if K.ACCOUNT in changes:
            self.accounts = None
        if changes.touches(CONCERNS):
            self._reload_detail()

    def open_campaign(self, campaign_id: int) -> None:
        """Show a campaign's page (Enter in the list, a card, global search, another area)."""
        self.start()
        self.list_view.select_campaign(campaign_id, scroll=False)
        self.load_detail(campaign_id, show=True)

    def load_detail(self, campaign_id: int, show: bool = False) -> None:
        self._wanted_id = campaign_id
        self.ops.read(
            get_campaign,
            campaign_id,
            on_done=lambda detail: self._detail_arrived(detail, show),
            on_error=self._detail_failed,
            key="campaigns.detail",
        )

    def record_shown(self) -> bool:
        return self.page.showing_campaign

    def _detail_arrived(self, detail: CampaignDetail, show: bool) -> None:
        self.detail = detail
        self.detail_view.show_detail(detail)
        if show:
            self.page.show_campaign()
        place = take_place(self.ctx, AreaId.CAMPAIGNS, detail.id)
        if place is not None:  # from Pendientes: the tab and the acta the work is in
            show_place(self.detail_view, place)
        self._update_actions()

    def _detail_failed(self, error: BaseException) -> None:
        self.detail = None
        self._wanted_id = None
        if self.page.showing_campaign:
            self.page.show_list()
        self.detail_view.clear()
        self._update_actions()
        self.report(as_missing(error))  # unseen: «No existe…»

    def back_to_list(self) -> None:
        if not self.page.showing_campaign:
            return
        if self.detail is not None:  # its row, read now that the list shows
            self.list_view.select_campaign(self.detail.id)
        self.page.show_list()
        self._update_actions()

    # -- per account --------------------------------------------------------------------------
    def show_account(self, account_id: int, name: str) -> None:
        """The campaigns of one account (from its page): the list, filtered by it."""
        self.start()
        if self.page.showing_campaign:
            self.page.show_list()
        self.list_view.show_account(account_id, name)
        self._update_actions()

    # -- creating and editing -------------------------------------------------------------------
    def new_campaign(self) -> None:
        if not self.can_create or self.dialog is not None:
            return
        account_id = self.list_view.build_query().account_id
        if account_id is None and self.detail is not None and self.page.showing_campaign:
            account_id = self.detail.row.account_id
        self._with_accounts(lambda: self._open_form(account_id, None))

    def edit_campaign(self) -> None:
        d = self.detail
        if d is None or not d.can_edit or not self.page.showing_campaign or self.dialog:
            return
        self._with_accounts(lambda: self._open_form(None, d))

    def _with_accounts(self, then: Any) -> None:
        if self.accounts is not None:
            then()
            return

        def arrived(options: list[Option]) -> None:
            self.accounts = options
            then()

        self.ops.read(campaign_accounts, on_done=arrived, on_error=self.report)

    def _open_form(self, account_id: int | None, detail: CampaignDetail | None) -> None:
        dialog = CampaignFormDialog(
            self.ops,
            self.ctx.actor,
            self.ctx.locale,
            self.accounts or [],
            account_id=account_id,
            detail=detail,
            agency_currency=self.ctx.currency,
            parent=self.page,
        )
        before = dialog.input_of(detail) if detail is not None else None
        dialog.saved.connect(lambda result, data: self._saved(result, data, detail is None))
        if detail is not None and before is not None:  # Editar ▸ Deshacer puts it back
            dialog.saved.connect(
                lambda result, data: push_campaign_edit(
                    self.ctx, detail.id, before, data, result.version
                )
            )
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _saved(self, result: SaveResult, data: Any, created: bool) -> None:
        name = str(getattr(data, "name", "")).strip()
        if created:
            self.ctx.toast(self.tr("Campaña «%1» creada").replace("%1", name))
            self.list_view.remember_selection(result.id)
            self.open_campaign(result.id)
        else:
            self.ctx.toast(self.tr("Cambios guardados (Ctrl+Z para deshacer)"))

    # -- export ---------------------------------------------------------------------------------
    def export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = str(Path(folder) / self.tr("campañas.csv"))
        path, _filter = QFileDialog.getSaveFileName(
            self.page,
            self.tr("Exportar campañas"),
            default,
            self.tr("CSV (*.csv);;Libro de Excel (*.xlsx)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + ".csv")
        locale = self.ctx.locale
        self.ops.read(
            export_list,
            self.model.query,
            path,
            csv_delimiter(locale),
            on_done=lambda count: self.ctx.toast(
                (
                    self.tr("1 campaña exportada a %2")
                    if count == 1
                    else self.tr("%1 campañas exportadas a %2")
                )
                .replace("%1", locale.toString(int(count)))
                .replace("%2", path.name)
            ),
            on_error=self.report,
        )

    # -- telling people ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Campañas")

    def message_parent(self) -> QWidget:
        return self.page

    def save_state(self) -> None:
        self.page.save_state()
