"""A cast for campaign tests: one group with every rank, a second group's director, and a
campaign owned by the group's executive — built through the real services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from factories import (
    actor_for_staff,
    add_account,
    add_group,
    add_staff,
    assign,
    set_director,
    set_up,
)

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.enums import CampaignKind, CampaignStatus, Channel, Decision, Role
from agencia.services.accounts.brands import save_brand
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.campaigns import flow
from agencia.services.campaigns.briefs import BriefInput, save_brief
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.proposals import ProposalInput, save_proposal
from agencia.services.campaigns.queries import get_campaign

BRIEF = BriefInput(
    template=CampaignKind.LAUNCH,
    objectives="Lanzar la nueva bebida isotónica y conseguir un 12 % de prueba.",
    brand="Sol de Mayo",
    product="Isotónica Limón",
    market="Bebidas funcionales, España",
    target_audience="Deportistas urbanos de 25 a 40 años",
    insight="Entrenan antes o después del trabajo y no quieren azúcar.",
    key_message="Recupera sin azúcar.",
    channels="Vídeo online, exterior, social",
    budget="40000",
    kpis="Prueba 12 %, notoriedad 30 %",
)


@dataclass
class Cast:
    db: Database
    admin: Actor
    staff: dict[str, int] = field(default_factory=dict)
    account_id: int = 0
    other_account_id: int = 0
    brand_id: int = 0
    contact_id: int = 0

    def actor(self, who: str) -> Actor:
        if who == "admin":
            return self.admin
        return actor_for_staff(self.db, self.staff[who])


def build_cast(db: Database) -> Cast:
    """Group A: director, manager, supervisor, executive (the owner), junior, assistant;
    group B: a director and an executive. Thresholds: supervisor 50,000, manager 150,000."""
    cast = Cast(db, set_up(db))
    a, b = add_group(db, "Grupo A"), add_group(db, "Grupo B")
    s = cast.staff
    s["director"] = add_staff(db, "Dolores Directora", Role.ACCOUNT_DIRECTOR, group_id=a)
    set_director(db, a, s["director"])
    s["manager"] = add_staff(
        db, "Martín Gerente", Role.ACCOUNT_MANAGER, group_id=a, reports_to=s["director"]
    )
    s["supervisor"] = add_staff(
        db, "Sara Supervisora", Role.ACCOUNT_SUPERVISOR, group_id=a, reports_to=s["manager"]
    )
    s["supervisor2"] = add_staff(
        db, "Sergio Supervisor", Role.ACCOUNT_SUPERVISOR, group_id=a, reports_to=s["manager"]
    )
    s["executive"] = add_staff(
        db, "Elena Ejecutiva", Role.ACCOUNT_EXECUTIVE, group_id=a, reports_to=s["supervisor"]
    )
    s["junior"] = add_staff(
        db, "Julio Junior", Role.JUNIOR_ACCOUNT_EXECUTIVE, group_id=a, reports_to=s["executive"]
    )
    s["assistant"] = add_staff(
        db, "Ana Asistente", Role.ASSISTANT, group_id=a, reports_to=s["executive"]
    )
    s["director_b"] = add_staff(db, "Bruno Director", Role.ACCOUNT_DIRECTOR, group_id=b)
    set_director(db, b, s["director_b"])
    s["executive_b"] = add_staff(
        db, "Berta Ejecutiva", Role.ACCOUNT_EXECUTIVE, group_id=b, reports_to=s["director_b"]
    )
    cast.account_id = add_account(db, "Bebidas Sol de Mayo", group_id=a, lead_id=s["executive"])
    cast.other_account_id = add_account(db, "Banco Andino", group_id=b, lead_id=s["executive_b"])
    assign(db, cast.account_id, s["assistant"])
    assign(db, cast.account_id, s["junior"])
    cast.brand_id = save_brand(db, SYSTEM, cast.account_id, "Sol de Mayo").id
    cast.contact_id = save_contact(
        db,
        SYSTEM,
        cast.account_id,
        ContactInput(full_name="Carmen Cliente", position="Directora de marketing"),
    ).id
    return cast


def new_campaign(
    cast: Cast, *, owner: str = "executive", budget: str = "40000", name: str = "Lanzamiento"
) -> int:
    return create_campaign(
        cast.db,
        cast.actor(owner),
        CampaignInput(
            account_id=cast.account_id,
            name=name,
            brand_id=cast.brand_id,
            kind=CampaignKind.LAUNCH,
            budget=budget,
            start_date=date(2026, 1, 10),
            deadline=date(2026, 12, 20),
        ),
    ).id


def version(cast: Cast, campaign_id: int) -> int:
    return get_campaign(cast.db, SYSTEM, campaign_id).version


def move(
    cast: Cast, who: str, campaign_id: int, target: CampaignStatus, step: flow.Step | None = None
) -> None:
    """`who` moves the campaign to `target`, from the version it is at now."""
    flow.move_campaign(
        cast.db, cast.actor(who), campaign_id, target, version=version(cast, campaign_id), step=step
    )


def ready_for_development(cast: Cast, campaign_id: int, *, owner: str = "executive") -> None:
    """A brief written by the owner and approved by the supervisor above them."""
    save_brief(cast.db, cast.actor(owner), campaign_id, BRIEF, None)
    approver = "director_b" if owner == "director" else "supervisor"
    flow.decide_brief(cast.db, cast.actor(approver), campaign_id, 1, Decision.APPROVED)


# The proposal's file: the one internal review approves, so the one a client may be shown.
PROPOSAL_PDF = b"%PDF-1.7 propuesta v1\n"


def add_proposal(cast: Cast, campaign_id: int, *, author: str = "executive") -> int:
    return save_proposal(
        cast.db,
        cast.actor(author),
        campaign_id,
        ProposalInput(
            summary="Campaña 360 «Recupera sin azúcar».",
            uploads=(DocumentInput("propuesta.pdf", PROPOSAL_PDF),),
        ),
    ).id


def client_step(cast: Cast, comment: str = "De acuerdo") -> flow.ClientDecisionStep:
    return flow.ClientDecisionStep(
        contact_id=cast.contact_id, decided_on=date.today(), channel=Channel.EMAIL, comment=comment
    )
