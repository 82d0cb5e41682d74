"""Campaigns written into the demo through the real services, for the campaign commands'
tests (in SQLite and on PostgreSQL)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.enums import CampaignKind, CampaignStatus, Channel, Decision
from agencia.domain.models import Account, Brand, Contact, Product, User
from agencia.services import auth
from agencia.services.campaigns import approval_settings, flow
from agencia.services.campaigns.briefs import BriefInput, save_brief
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.proposals import ProposalInput, save_proposal
from agencia.services.campaigns.queries import get_campaign

SUMMER_DECK = b"%PDF-1.7 la presentacion que vio el cliente\n"


SIGNATURE = b"\x89PNG firma escaneada del cliente"


@dataclass(frozen=True)
class Seeded:
    """Campaigns written into the demo through the real services (the demo may hold more)."""

    summer: int  # Kola-Sierra, approved by the client after a full trail
    back_to_school: int  # Kola-Sierra, a brief waiting for its decision, same deadline
    christmas: int  # Helados García, owned by the manager, no deadline
    mortgage: int  # Banco Mediterráneo: another group's
    kola: int  # the Kola-Sierra account
    contact: str  # the client contact who approved `summer`


def seed_campaigns(db: Database) -> Seeded:
    """A handful of campaigns as the demo's people would make them, decisions included."""
    with unit_of_work(db, SYSTEM, write=False) as uow:
        s = uow.session
        account = {n: i for i, n in s.execute(select(Account.id, Account.trade_name))}
        brand = {n: i for i, n in s.execute(select(Brand.id, Brand.name))}
        product = {n: i for i, n in s.execute(select(Product.id, Product.name))}
        kola = account["Kola-Sierra Refrescos"]
        contact_id, contact = s.execute(
            select(Contact.id, Contact.full_name)
            .where(Contact.account_id == kola)
            .order_by(Contact.id)
            .limit(1)
        ).one()
        sergio = s.scalar(select(User.staff_id).where(User.login == "sergiog"))
    assert sergio is not None

    def who(login: str) -> Actor:
        return auth.actor_for(db, login)

    def move(login: str, cid: int, target: CampaignStatus, step: flow.Step | None = None) -> None:
        current = get_campaign(db, SYSTEM, cid).version
        flow.move_campaign(db, who(login), cid, target, version=current, step=step)

    def create(login: str, data: CampaignInput) -> int:
        return create_campaign(db, who(login), data).id

    summer = create(
        "alvarog",
        CampaignInput(
            account_id=kola,
            name="Zero en la playa",
            brand_id=brand["Kola-Sierra"],
            product_ids=(product["Kola-Sierra Zero"],),
            kind=CampaignKind.LAUNCH,
            budget="48500.50",
            start_date=date(2027, 5, 3),
            deadline=date(2027, 7, 15),
        ),
    )
    brief = BriefInput(
        template=CampaignKind.LAUNCH,
        objectives="Lanzar Kola-Sierra Zero este verano y conseguir un 15 % de prueba.",
        brand="Kola-Sierra",
        product="Kola-Sierra Zero",
        market="Refrescos de cola sin azúcar, España",
        target_audience="Jóvenes urbanos que cuidan lo que beben.",
        insight="Quieren el sabor de siempre sin renunciar a nada.",
        key_message="Todo el sabor, cero azúcar.",
        mandatories="Logo nuevo; «sin azúcares añadidos» según el Reglamento 1924/2006.",
        channels="Vídeo online, exterior en playas, social",
        budget="48500.50",
        kpis="Prueba 15 %\nNotoriedad espontánea 25 %",
        deadline=date(2027, 7, 15),
    )
    save_brief(db, who("alvarog"), summer, brief, None)
    flow.decide_brief(
        db, who("martap"), summer, 1, Decision.CHANGES_REQUESTED, "Concretad el público."
    )
    better = replace(
        brief,
        target_audience="Jóvenes de 18 a 35 años, urbanos, que eligen bebidas sin azúcar.",
        note="Público concretado",
    )
    save_brief(db, who("alvarog"), summer, better, 1)
    today = date.today()
    approval_settings.delegate_approvals(
        db,
        who("martap"),
        sergio,
        today - timedelta(days=1),
        today + timedelta(days=7),
        "Vacaciones",
    )
    flow.decide_brief(db, who("sergiog"), summer, 2, Decision.APPROVED)  # on Marta's behalf
    move("alvarog", summer, CampaignStatus.IN_DEVELOPMENT)
    save_proposal(
        db,
        who("alvarog"),
        summer,
        ProposalInput(
            summary="Campaña 360 «Cero azúcar, todo verano».",
            uploads=(DocumentInput("propuesta-verano.pdf", SUMMER_DECK),),
        ),
    )
    move("alvarog", summer, CampaignStatus.INTERNAL_REVIEW)
    move("javiern", summer, CampaignStatus.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    # what the client saw: the file internal review approved, given again
    deck = DocumentInput("presentacion-verano.pdf", SUMMER_DECK)
    move("alvarog", summer, CampaignStatus.PRESENTED, flow.PresentationStep(upload=deck))
    move(
        "alvarog",
        summer,
        CampaignStatus.APPROVED,
        flow.ClientDecisionStep(
            contact_id,
            today,
            Channel.EMAIL,
            "Aprobada tal cual.",
            DocumentInput("firma.png", SIGNATURE),
        ),
    )

    back_to_school = create(
        "alvarog",
        CampaignInput(
            account_id=kola,
            name="Naranjina vuelta al cole",
            brand_id=brand["Naranjina"],
            kind=CampaignKind.PROMOTION,
            budget="12000",
            deadline=date(2027, 7, 15),
        ),
    )
    save_brief(
        db,
        who("alvarog"),
        back_to_school,
        BriefInput(template=CampaignKind.PROMOTION, objectives="Mover ventas en septiembre."),
        None,
    )
    christmas = create(
        "javiern",
        CampaignInput(
            account_id=account["Helados García"],
            name="Turrón helado de Navidad",
            brand_id=brand["García Artesanos"],
            kind=CampaignKind.AWARENESS,
            budget="80000",
        ),
    )
    mortgage = create(
        "nataliar",
        CampaignInput(
            account_id=account["Banco Mediterráneo"],
            name="Hipoteca Fija primavera",
            budget="150000",
            deadline=date(2027, 4, 1),
        ),
    )
    return Seeded(summer, back_to_school, christmas, mortgage, kola, contact)
