"""Coordination's part of Pendientes: the person's own tasks that are overdue or at risk
(what they depend on ends too late, or their week is over capacity)."""

from __future__ import annotations

from datetime import date

from agencia.db.uow import UnitOfWork
from agencia.domain.areas import AreaId
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Campaign
from agencia.domain.coordination_enums import FINISHED
from agencia.domain.coordination_models import Task
from agencia.services.coordination.queries import task_rows
from agencia.services.pending.items import PendingItem


def waiting(uow: UnitOfWork, day: date) -> list[PendingItem]:
    """Unsorted: Pendientes sorts every area's items together."""
    if uow.actor.staff_id is None:
        return []
    rows = task_rows(
        uow,
        [
            Task.assignee_id == uow.actor.staff_id,
            Task.status.not_in(FINISHED),
            Campaign.status.not_in(CLOSED),
        ],
        day,
    )
    return [
        PendingItem(
            area=AreaId.COORDINATION,
            kind="task_overdue" if row.overdue else "task_at_risk",
            campaign_id=row.campaign_id,
            campaign=row.campaign,
            account=row.account,
            title=row.title,
            due=row.due,
            overdue=row.overdue,
        )
        for row in rows
        if (row.overdue or row.at_risk) and row.status not in FINISHED
    ]
