"""The Campañas area: the campaigns list, the pipeline board and the campaign page; the
approval settings in Archivo; and what it offers elsewhere — «Campañas de la cuenta» on
the account page — or shows that others offer on its page (through the shell, never by
importing another area)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.domain.enums import CampaignStatus
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.area import AppContext, Area
from agencia.ui.campaigns.approval_actions import ApprovalActions
from agencia.ui.campaigns.controller import CampaignsController
from agencia.ui.navigation import Shown
from agencia.ui.widgets.places import take_place

translate = QCoreApplication.translate
# the status an approval waits in → what awaits the person there
AWAITED = {CampaignStatus.BRIEF.value: "brief", CampaignStatus.INTERNAL_REVIEW.value: "proposal"}


class CampaignsArea(Area):
    id = AreaId.CAMPAIGNS
    icon_name = "campaign"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = CampaignsController(ctx, self)
        # Archivo ▸ Umbrales de aprobación… / Delegar aprobaciones…, for whom they are meant
        self.approval_actions = ApprovalActions(ctx, self)
        # «Generar presentación…» and whatever else is offered on the campaign page
        ctx.actions.contributions(
            AreaId.CAMPAIGNS,
            lambda action: self.controller.detail_view.set_header_actions([action]),
        )
        # on the account page: its campaigns, the list filtered by it
        self.account_action = ctx.actions.register(
            ActionSpec(
                ActionId.CAMPAIGNS_OF_ACCOUNT,
                translate("CampaignsController", "Campañas de la cuenta"),
                None,
                "campaign",
                AreaId.ACCOUNTS,
                AreaId.ACCOUNTS,
                header=AreaId.ACCOUNTS,
            ),
            self._show_shown_account,
            self,
        )
        self.account_action.setToolTip(
            translate("CampaignsController", "Abra una cuenta para ver sus campañas")
        )
        ctx.shown.changed.connect(self._shown)
        self._shown(ctx.shown.now(AreaId.ACCOUNTS))

    def title(self) -> str:
        return self.tr("Campañas")

    def widget(self) -> QWidget:
        return self.controller.page

    def activated(self) -> None:
        self.controller.start()

    def open_record(self, record_id: int) -> None:
        """A campaign, from global search, Pendientes or another area; none (0) with a
        place: the list on what awaits the person's approval (Pendientes' «y N más»:
        "awaiting" a brief or proposal, or — as its lines name them — the "statuses" those
        approvals wait in)."""
        place = take_place(self.ctx, AreaId.CAMPAIGNS, 0) if record_id == 0 else None
        if place is not None and place.where in ("awaiting", "statuses"):
            self.controller.start()
            self.controller.back_to_list()
            kind = AWAITED.get(place.item, place.item)
            self.controller.list_view.show_awaiting(kind)
            return
        self.controller.open_campaign(record_id)

    def show_account(self, account_id: int, name: str) -> None:
        """The campaigns of one account (the account page's "Campañas de la cuenta")."""
        self.controller.show_account(account_id, name)

    def _shown(self, shown: Shown) -> None:
        if shown.area is AreaId.ACCOUNTS:
            self.account_action.setEnabled(shown.record_id is not None)

    def _show_shown_account(self) -> None:
        shown = self.ctx.shown.now(AreaId.ACCOUNTS)
        if shown.record_id is not None:
            self.ctx.navigate(AreaId.CAMPAIGNS, None)
            self.show_account(shown.record_id, shown.title)

    def focus_search(self) -> None:
        self.controller.focus_search()

    def save_state(self) -> None:
        self.controller.save_state()


def create(ctx: AppContext) -> Area:
    return CampaignsArea(ctx)
