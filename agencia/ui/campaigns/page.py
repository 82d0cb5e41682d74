"""The Campañas panel: the list (or the board) full width, and a campaign's page in its
place when one is opened — the list keeps its search, filters, selection and scroll.

A campaign's page needs the width (the brief's fields, its version diff, the approval
trail), so it replaces the list instead of sharing a splitter with it; "← Campañas"
(Alt+←) goes back.

Run alone with demo data: `python -m agencia.ui.campaigns.page [--db URL] [--user LOGIN]`.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from agencia.domain.enums import CampaignStatus
from agencia.services import Database
from agencia.ui.area import AppContext
from agencia.ui.campaigns.detail_view import CampaignDetailView
from agencia.ui.campaigns.list_view import CampaignListView


class CampaignsPage(QWidget):
    """The area's widget; says when it is shown so that its shortcuts apply only then."""

    visibility_changed = Signal(bool)

    def __init__(
        self,
        list_view: CampaignListView,
        detail_view: CampaignDetailView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsPage")
        self.list_view = list_view
        self.detail_view = detail_view
        self.stack = QStackedWidget(self)
        self.stack.addWidget(list_view)
        self.stack.addWidget(detail_view)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack)

    @property
    def showing_campaign(self) -> bool:
        return self.stack.currentWidget() is self.detail_view

    def show_campaign(self) -> None:
        self.stack.setCurrentWidget(self.detail_view)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.list_view.focus_list()

    def save_state(self) -> None:
        self.list_view.save_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit(False)


def ensure_demo_campaigns(db: Database) -> None:
    """A handful of campaigns along the life, through the services, when the demo agency
    has none yet (the demo loader fills its own once it knows campaigns)."""
    from agencia.domain.actor import SYSTEM
    from agencia.domain.enums import CampaignKind, Channel, Decision
    from agencia.domain.errors import DomainError
    from agencia.services import campaign_flow as flow
    from agencia.services.auth import actor_for
    from agencia.services.campaign_edit import (
        BriefInput,
        CampaignInput,
        ProposalInput,
        create_campaign,
        save_brief,
        save_proposal,
    )
    from agencia.services.campaigns import (
        CampaignQuery,
        account_choices,
        campaign_accounts,
        get_campaign,
        list_campaigns,
    )
    from agencia.services.documents import DocumentInput

    if list_campaigns(db, SYSTEM, CampaignQuery()):
        return
    try:
        owner, approver = actor_for(db, "alvarog"), actor_for(db, "martap")
    except DomainError:
        return  # not the demo agency
    S = CampaignStatus
    today = date.today()
    plans = [
        ("Vuelta al cole 2026", CampaignKind.PROMOTION, "38000", -20, S.BRIEF),
        ("Lanzamiento Isotónica Limón", CampaignKind.LAUNCH, "45000", 45, S.IN_DEVELOPMENT),
        ("Navidad en familia", CampaignKind.AWARENESS, "42000", 70, S.INTERNAL_REVIEW),
        ("Marca empleadora", CampaignKind.INSTITUTIONAL, "18500", 30, S.READY_FOR_CLIENT),
        ("Verano sin azúcar", CampaignKind.LAUNCH, "49000", 15, S.PRESENTED),
        ("Rebajas de enero", CampaignKind.PROMOTION, "26000", 90, S.APPROVED),
    ]
    order = [S.IN_DEVELOPMENT, S.INTERNAL_REVIEW, S.READY_FOR_CLIENT, S.PRESENTED, S.APPROVED]
    accounts = campaign_accounts(db, owner)
    for n, (name, kind, budget, days, goal) in enumerate(plans):
        if not accounts:
            return
        account = accounts[n % len(accounts)]
        choices = account_choices(db, owner, account.id)
        brand = choices.brands[0] if choices.brands else None
        try:
            cid = create_campaign(
                db,
                owner,
                CampaignInput(
                    account_id=account.id,
                    name=name,
                    brand_id=brand[0] if brand else None,
                    product_ids=tuple(p for p, _ in brand[2][:1]) if brand else (),
                    kind=kind,
                    budget=budget,
                    start_date=today - timedelta(days=30),
                    deadline=today + timedelta(days=days),
                ),
            ).id
            save_brief(
                db,
                owner,
                cid,
                BriefInput(
                    template=kind,
                    objectives=f"{name}: notoriedad y ventas en el periodo clave.",
                    brand=brand[1] if brand else account.label,
                    product=brand[2][0][1] if brand and brand[2] else "",
                    market="España, gran consumo",
                    target_audience="Familias urbanas de 30 a 45 años",
                    insight="Quieren acertar sin dedicarle tiempo.",
                    key_message="Lo fácil también puede ser bueno.",
                    channels="Vídeo online, exterior, redes sociales",
                    budget=budget,
                    kpis="Notoriedad +8 puntos, ventas +5 %",
                ),
                None,
            )
            for target in order[: order.index(goal) + 1] if goal in order else []:
                step: flow.Step | None = None
                who = owner
                if target is S.IN_DEVELOPMENT:
                    flow.decide_brief(db, approver, cid, 1, Decision.APPROVED, "Adelante.")
                elif target is S.INTERNAL_REVIEW:
                    save_proposal(
                        db,
                        owner,
                        cid,
                        ProposalInput(
                            summary="Campaña 360 con una idea central y piezas por canal.",
                            uploads=(DocumentInput("propuesta.pdf", b"%PDF-1.7 propuesta\n"),),
                        ),
                    )
                elif target is S.READY_FOR_CLIENT:
                    who = approver
                    step = flow.InternalDecisionStep("Muy sólida; lista para el cliente.")
                elif target is S.PRESENTED:
                    deck = DocumentInput("presentacion.pdf", b"%PDF-1.7 presentada\n")
                    step = flow.PresentationStep(upload=deck)
                elif target is S.APPROVED and choices.contacts:
                    step = flow.ClientDecisionStep(
                        choices.contacts[0][0],
                        today,
                        Channel.EMAIL,
                        "Aprobada por correo.",
                        DocumentInput("aprobacion.eml", b"From: cliente\n\nAprobado."),
                    )
                version = get_campaign(db, SYSTEM, cid).version
                flow.move_campaign(db, who, cid, target, version=version, step=step)
        except DomainError as error:
            print(f"demo: {name}: {error}")


def main() -> int:
    from agencia.ui.campaigns.area import CampaignsArea
    from agencia.ui.widgets.harness import open_harness

    areas = []  # the area outlives `build`: it owns the controller

    def build(ctx: AppContext) -> QWidget:
        areas.append(CampaignsArea(ctx))
        return areas[-1].widget()

    harness = open_harness("Campañas", build)
    ensure_demo_campaigns(harness.db)
    areas[-1].activated()
    harness.window.show()
    try:
        return harness.app.exec()
    finally:
        harness.close()


if __name__ == "__main__":
    raise SystemExit(main())
