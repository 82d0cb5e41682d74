"""The brief: every save is a new version, based on the one the person was looking at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.briefs import FIELD_NAMES, TEXT_LIMITS
from agencia.domain.campaign_models import Brief
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, CampaignKind
from agencia.domain.errors import Conflict, DomainError, ValidationError
from agencia.domain.permissions import Action
from agencia.services.campaigns.editing import (
    check_amount,
    jsonable,
    load_for_edit,
    parse_amount,
)
from agencia.services.results import SaveResult


@dataclass(frozen=True, slots=True)
class BriefInput:
    """What the brief form sends; each save makes a new version."""

    template: CampaignKind = CampaignKind.AWARENESS
    objectives: str = ""
    brand: str = ""
    product: str = ""
    market: str = ""
    target_audience: str = ""
    insight: str = ""
    key_message: str = ""
    mandatories: str = ""
    channels: str = ""
    budget: Decimal | str | None = None
    kpis: str = ""
    deadline: date | None = None
    note: str = ""


def _brief_values(data: BriefInput) -> dict[str, Any]:
    errors: v.FieldErrors = {}
    values: dict[str, Any] = {}
    for name in FIELD_NAMES:
        raw = getattr(data, name)
        values[name] = raw.strip() if isinstance(raw, str) else raw
    values["budget"] = parse_amount(errors, "budget", data.budget)
    v.too_long(errors, "brand", values["brand"], 160)
    v.too_long(errors, "product", values["product"], 200)
    v.too_long(errors, "note", data.note, 300)
    for name, limit in TEXT_LIMITS.items():
        v.too_long(errors, name, values[name] or "", limit)
    if errors:
        raise ValidationError(errors)
    return values


def save_brief(
    db: Database, actor: Actor, campaign_id: int, data: BriefInput, based_on: int | None
) -> SaveResult:
    """Save a new version of the brief. `based_on` is the version the person edited: if
    someone saved a newer one meanwhile, nothing is overwritten and they are told."""
    values = _brief_values(data)
    with unit_of_work(db, actor) as uow:
        campaign, account = load_for_edit(uow, campaign_id, Action.EDIT_BRIEFS)
        check_amount("budget", values["budget"], campaign.currency)
        latest = uow.session.scalar(
            select(Brief).where(Brief.campaign_id == campaign.id).order_by(Brief.number.desc())
        )
        latest_number = latest.number if latest is not None else None
        if based_on != latest_number:
            raise Conflict("brief.stale", number=latest_number)
        if latest is not None:
            same = all(getattr(latest, k) == values[k] for k in FIELD_NAMES)
            if same and latest.template is data.template:
                raise DomainError("brief.unchanged", number=latest.number)
        brief = Brief(
            campaign_id=campaign.id,
            number=(latest_number or 0) + 1,
            template=data.template,
            note=data.note.strip(),
            author_id=actor.staff_id,
            **values,
        )
        uow.session.add(brief)
        uow.session.flush()
        previous = {k: getattr(latest, k) for k in FIELD_NAMES} if latest is not None else {}
        uow.audit(
            ChangeKind.BRIEF,
            brief.id,
            AuditAction.CREATE,
            {
                k: [jsonable(previous.get(k)), jsonable(values[k])]
                for k in FIELD_NAMES
                if previous.get(k) != values[k]
            },
            account_id=account.id,
            summary=f"{campaign.name} · v{brief.number}",
        )
        return SaveResult(brief.id, brief.number)
