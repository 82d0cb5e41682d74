"""The account timeline: one chronological view of everything that happened with a
client — requests, communications, meeting reports, approvals and campaigns — newest
first, filterable by kind and by person.

Each kind is read newest first up to the page's size with its own index, and the lists
are merged: the page costs the same with ten or ten thousand communications.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any

from sqlalchemy import Select, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Approval, Campaign, MeetingReport
from agencia.domain.errors import NotFound
from agencia.domain.models import Account
from agencia.domain.permissions import Action
from agencia.domain.service_models import Communication, ServiceRequest
from agencia.services.accounts.access import require

KINDS = ("request", "communication", "meeting", "approval", "campaign")


@dataclass(frozen=True, slots=True)
class Moment:
    """One line of the timeline."""

    at: datetime
    kind: str  # one of KINDS
    record_id: int
    title: str
    detail: str
    staff_id: int | None


def _day(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, time(12), UTC)  # type: ignore[arg-type]


def _queries(account_id: int, staff_id: int | None) -> dict[str, Select[Any]]:
    r, c = ServiceRequest, Communication
    queries: dict[str, Select[Any]] = {
        "request": select(r.received_at, r.id, r.subject, r.status, r.assignee_id)
        .where(r.account_id == account_id)
        .order_by(r.received_at.desc()),
        "communication": select(c.occurred_at, c.id, c.subject, c.channel, c.staff_id)
        .where(c.account_id == account_id)
        .order_by(c.occurred_at.desc()),
        "meeting": select(
            MeetingReport.held_on,
            MeetingReport.id,
            MeetingReport.subject,
            MeetingReport.place,
            MeetingReport.author_id,
        )
        .join(Campaign, Campaign.id == MeetingReport.campaign_id)
        .where(Campaign.account_id == account_id)
        .order_by(MeetingReport.held_on.desc()),
        "approval": select(
            Approval.at, Approval.id, Campaign.name, Approval.decision, Approval.decided_by_id
        )
        .join(Campaign, Campaign.id == Approval.campaign_id)
        .where(Campaign.account_id == account_id)
        .order_by(Approval.at.desc()),
        "campaign": select(
            Campaign.created_at, Campaign.id, Campaign.name, Campaign.status, Campaign.owner_id
        )
        .where(Campaign.account_id == account_id)
        .order_by(Campaign.created_at.desc()),
    }
    if staff_id is not None:
        person = {
            "request": r.assignee_id,
            "communication": c.staff_id,
            "meeting": MeetingReport.author_id,
            "approval": Approval.decided_by_id,
            "campaign": Campaign.owner_id,
        }
        queries = {k: q.where(person[k] == staff_id) for k, q in queries.items()}
    return queries


def timeline(
    db: Database,
    actor: Actor,
    account_id: int,
    *,
    kinds: Iterable[str] = KINDS,
    staff_id: int | None = None,
    limit: int = 200,
) -> list[Moment]:
    """The newest `limit` moments of the account, of `kinds`, by `staff_id` if given."""
    wanted = [k for k in KINDS if k in set(kinds)]
    with unit_of_work(db, actor, write=False) as uow:
        account = uow.session.get(Account, account_id)
        if account is None:
            raise NotFound("account.not_found", id=account_id)
        require(uow, Action.SEE_ACCOUNTS, account)
        queries = _queries(account_id, staff_id)
        lists = []
        for kind in wanted:
            rows = uow.session.execute(queries[kind].limit(limit)).all()
            lists.append(
                [
                    Moment(
                        _day(at), kind, int(rid), str(title), str(getattr(d, "value", d) or ""), who
                    )
                    for at, rid, title, d, who in rows
                ]
            )
    merged = heapq.merge(*lists, key=lambda m: m.at, reverse=True)
    return [m for _, m in zip(range(limit), merged, strict=False)]
