"""A request becomes a campaign brief with one action, keeping the link both ways: the
request names its campaign (`campaign_id`), the brief's note names the request.

It goes through the campaigns area's public services (`create_campaign`, `save_brief`),
so the campaign gets the same rules, permissions and trail as one made in its form. All
of it is one transaction (`together.one_unit`): the request is read and locked first
(visible, not yet a campaign; a second person making it a campaign at the same moment
waits, then is told), the link is written last, and a failure anywhere — the brief
refused, the link refused — leaves no campaign, no brief and no trail behind.
"""

from __future__ import annotations

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.briefs import TEXT_LIMITS
from agencia.domain.campaign_models import Campaign
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import NotFound, ValidationError
from agencia.domain.models import Account, Brand
from agencia.domain.permissions import Action
from agencia.domain.service_models import ServiceRequest
from agencia.services.accounts.access import require
from agencia.services.campaigns.briefs import BriefInput, save_brief
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.service.together import one_unit


def _checked(db: Database, actor: Actor, request_id: int) -> tuple[ServiceRequest, str]:
    with unit_of_work(db, actor) as uow:
        request = uow.session.get(ServiceRequest, request_id, with_for_update=True)
        if request is None:
            raise NotFound("request.not_found", id=request_id)
        account = uow.session.get(Account, request.account_id)
        assert account is not None
        require(uow, Action.LOG_COMMUNICATION, account)
        if request.campaign_id is not None:
            name = uow.session.scalar(
                select(Campaign.name).where(Campaign.id == request.campaign_id)
            )
            raise ValidationError(
                {"campaign_id": ("request.already_campaign", {"name": name or ""})}
            )
        brand = (
            uow.session.scalar(select(Brand.name).where(Brand.id == request.brand_id))
            if request.brand_id is not None
            else None
        )
        uow.session.expunge(request)
        return request, brand or ""


def make_campaign(db: Database, actor: Actor, request_id: int) -> int:
    """Open a campaign from the request (its subject the name, its brand, its description
    the brief's objectives, version 1), link it, and return the campaign's id."""
    with one_unit(db) as together:
        return _make_campaign(together, actor, request_id)


def _make_campaign(db: Database, actor: Actor, request_id: int) -> int:
    request, brand = _checked(db, actor, request_id)
    campaign_id = create_campaign(
        db,
        actor,
        CampaignInput(
            account_id=request.account_id, name=request.subject, brand_id=request.brand_id
        ),
    ).id
    save_brief(
        db,
        actor,
        campaign_id,
        BriefInput(
            objectives=request.description[: TEXT_LIMITS["objectives"]],
            brand=brand,
            note=f"#{request.id}"[:300],
        ),
        None,
    )
    with unit_of_work(db, actor) as uow:
        linked = uow.session.get(ServiceRequest, request_id)
        assert linked is not None
        linked.campaign_id = campaign_id
        uow.audit(
            ChangeKind.SERVICE_REQUEST,
            linked.id,
            AuditAction.UPDATE,
            {"campaign": [None, campaign_id]},
            account_id=linked.account_id,
            summary=linked.subject,
        )
    return campaign_id
