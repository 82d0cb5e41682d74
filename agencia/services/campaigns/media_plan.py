"""A campaign's media plan: its lines (channel, what runs, when, at what cost), saved whole.

The plan has no version of its own: it is saved over the campaign's version, which the
save moves on, so two people editing one campaign's plan cannot overwrite each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Campaign, MediaPlanLine
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, MediaChannel
from agencia.domain.errors import Conflict, DomainError, ValidationError
from agencia.domain.models import utcnow
from agencia.domain.permissions import Action
from agencia.services.campaigns import access as campaign_access
from agencia.services.campaigns.views import PlanLineView
from agencia.services.results import SaveResult

MAX_LINES = 60
DESCRIPTION_MAX = 300


@dataclass(frozen=True, slots=True)
class PlanLineInput:
    """One line as the editor has it; `amount` as typed (a Decimal or its text)."""

    channel: MediaChannel | str
    description: str = ""
    amount: Decimal | str = Decimal(0)
    starts: date | None = None
    ends: date | None = None


def field_key(index: int, name: str) -> str:
    """The key of a line's field in a ValidationError: «lines.2.amount» (index from 0)."""
    return f"lines.{index}.{name}"


def _validate(
    lines: tuple[PlanLineInput, ...] | list[PlanLineInput], currency: str = ""
) -> list[dict[str, Any]]:
    """The lines as kept, or every line's reasons at once; `currency`: the campaign's
    (its amounts take no more decimals than it has: `validation.money`)."""
    errors: v.FieldErrors = {}
    clean: list[dict[str, Any]] = []
    if len(lines) > MAX_LINES:
        raise ValidationError({"lines": ("field.too_many", {"max": MAX_LINES})})
    for n, line in enumerate(lines):
        try:
            channel = MediaChannel(line.channel)
        except ValueError:
            errors[field_key(n, "channel")] = ("field.choice", {"value": str(line.channel)})
            channel = MediaChannel.OTHER
        description = line.description.strip()
        if len(description) > DESCRIPTION_MAX or "\n" in description:
            errors[field_key(n, "description")] = ("field.too_long", {"max": DESCRIPTION_MAX})
        blank = isinstance(line.amount, str) and not line.amount.strip()
        amount = (
            Decimal("0.00")
            if blank
            else v.money(errors, field_key(n, "amount"), line.amount, currency)
        )
        if line.starts is not None and line.ends is not None and line.ends < line.starts:
            errors[field_key(n, "ends")] = ("field.date_order", {})
        clean.append(
            {
                "position": n,
                "channel": channel,
                "description": description,
                "amount": amount if amount is not None else Decimal("0.00"),
                "starts": line.starts,
                "ends": line.ends,
            }
        )
    if errors:
        raise ValidationError(errors)
    return clean


def line_view(line: MediaPlanLine) -> PlanLineView:
    return PlanLineView(
        id=line.id,
        position=line.position,
        channel=line.channel,
        description=line.description,
        amount=line.amount,
        starts=line.starts,
        ends=line.ends,
    )


def load_plan(uow: UnitOfWork, campaign_id: int) -> tuple[PlanLineView, ...]:
    """The plan's lines in order, inside the caller's unit of work (no permission check:
    the caller has loaded the campaign through campaign_access)."""
    return tuple(
        line_view(line)
        for line in uow.session.scalars(
            select(MediaPlanLine)
            .where(MediaPlanLine.campaign_id == campaign_id)
            .order_by(MediaPlanLine.position, MediaPlanLine.id)
        )
    )


def get_plan(db: Database, actor: Actor, campaign_id: int) -> tuple[PlanLineView, ...]:
    """The plan of a campaign the person may see."""
    with unit_of_work(db, actor, write=False) as uow:
        campaign_access.load(uow, campaign_id)
        return load_plan(uow, campaign_id)


def _line_json(
    channel: MediaChannel,
    description: str,
    amount: Decimal,
    starts: date | None,
    ends: date | None,
) -> list[Any]:
    """A line as the audit trail keeps it (JSON-safe)."""
    return [
        channel.value,
        description,
        str(amount),
        starts.isoformat() if starts else None,
        ends.isoformat() if ends else None,
    ]


def save_plan(
    db: Database,
    actor: Actor,
    campaign_id: int,
    lines: tuple[PlanLineInput, ...] | list[PlanLineInput],
    version: int,
) -> SaveResult:
    """Replace the campaign's media plan with `lines` (in their order), over the campaign's
    `version`; answers the campaign's id and its new version. Whoever may edit the
    campaign's briefs may save its plan, while the campaign is open."""
    _validate(lines)  # every reason the lines give, before the database is asked
    with unit_of_work(db, actor) as uow:
        campaign, account, reach = campaign_access.load(uow, campaign_id)
        campaign_access.require(uow, Action.EDIT_BRIEFS, reach)
        if campaign.status in CLOSED:
            raise DomainError("campaign.closed", status=campaign.status.value)
        if campaign.version != version:
            raise Conflict("record.stale")
        clean = _validate(lines, campaign.currency)
        before = load_plan(uow, campaign.id)
        old = [
            _line_json(line.channel, line.description, line.amount, line.starts, line.ends)
            for line in before
        ]
        new = [
            _line_json(
                line["channel"], line["description"], line["amount"], line["starts"], line["ends"]
            )
            for line in clean
        ]
        if old != new:
            uow.session.execute(
                delete(MediaPlanLine).where(MediaPlanLine.campaign_id == campaign.id)
            )
            uow.session.add_all(MediaPlanLine(campaign_id=campaign.id, **line) for line in clean)
            _touch(campaign)
            uow.session.flush()
            total_old = sum((line.amount for line in before), Decimal(0))
            total_new = sum((line["amount"] for line in clean), Decimal(0))
            uow.audit(
                ChangeKind.MEDIA_PLAN,
                campaign.id,
                AuditAction.UPDATE,
                {
                    "lines": [len(old), len(new)],
                    "total": [str(total_old), str(total_new)],
                    "plan": [old, new],
                },
                account_id=account.id,
                summary=campaign.name,
            )
        uow.session.flush()
        return SaveResult(campaign.id, campaign.version)


def _touch(campaign: Campaign) -> None:
    """The campaign's version moves on with its plan (its row is written)."""
    campaign.updated_at = utcnow()
