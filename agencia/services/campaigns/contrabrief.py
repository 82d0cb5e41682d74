"""The contrabrief: the agency's answer to the brief, one per campaign, edited in place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Brief, Contrabrief
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict
from agencia.domain.permissions import Action
from agencia.services.campaigns.editing import load_for_edit
from agencia.services.results import SaveResult


@dataclass(frozen=True, slots=True)
class ContrabriefInput:
    """What the contrabrief form sends: how the agency reads the brief."""

    understanding: str = ""
    questions: str = ""
    approach: str = ""


def save_contrabrief(
    db: Database, actor: Actor, campaign_id: int, data: ContrabriefInput, version: int | None
) -> SaveResult:
    """The agency's answer to the brief; `version` None for the first one."""
    with unit_of_work(db, actor) as uow:
        campaign, account = load_for_edit(uow, campaign_id, Action.EDIT_BRIEFS)
        record = uow.session.scalar(
            select(Contrabrief).where(Contrabrief.campaign_id == campaign.id)
        )
        if record is None:
            if version is not None:
                raise Conflict("record.stale")
            record = Contrabrief(campaign_id=campaign.id)
            uow.session.add(record)
            action = AuditAction.CREATE
        else:
            if record.version != version:
                raise Conflict("record.stale")
            action = AuditAction.UPDATE
        latest_brief = uow.session.scalar(
            select(func.max(Brief.number)).where(Brief.campaign_id == campaign.id)
        )
        changes: dict[str, list[Any]] = {}
        for key in ("understanding", "questions", "approach"):
            new = getattr(data, key).strip()
            old = getattr(record, key, None) or ""
            if old != new:
                changes[key] = [old, new]
                setattr(record, key, new)
        record.brief_number = latest_brief
        record.author_id = actor.staff_id
        uow.session.flush()
        uow.audit(
            ChangeKind.CONTRABRIEF,
            record.id,
            action,
            changes,
            account_id=account.id,
            summary=campaign.name,
        )
        uow.session.flush()
        return SaveResult(record.id, record.version)
