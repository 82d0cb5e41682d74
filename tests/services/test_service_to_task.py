"""A request becomes a task of its campaign on both databases: titled with its subject,
assigned to its assignee, due the day its SLA resolution is due on the account's calendar,
linked from the request; refused without a campaign, a second time, or to a stranger."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from factories import audit_events
from service_world import Desk, service_desk
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.coordination_models import Task
from agencia.domain.enums import Channel
from agencia.domain.errors import NotFound, PermissionDenied, ValidationError
from agencia.domain.service_enums import Priority, RequestKind
from agencia.domain.service_models import ServiceRequest
from agencia.services.coordination.tasks import delete_task
from agencia.services.service import requests, to_campaign
from agencia.services.service.to_task import task_from_request

MADRID = ZoneInfo("Europe/Madrid")
FRIDAY = date(2026, 3, 13)


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _request(desk: Desk) -> int:
    # Friday 13 March 2026 17:00 in Madrid, urgent: resolution due Monday 16 at 12:00
    return requests.open_request(
        desk.db,
        desk.actor("exec"),
        requests.NewRequest(
            desk.accounts["madrid"],
            Channel.PHONE,
            RequestKind.REQUEST,
            Priority.URGENT,
            "Falta el arte final",
            received_at=datetime(2026, 3, 13, 17, tzinfo=MADRID),
        ),
    ).id


def _task_of(desk: Desk, request_id: int) -> int | None:
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        request = uow.session.get(ServiceRequest, request_id)
        assert request is not None
        return request.task_id


def test_a_request_becomes_a_task_of_its_campaign_once(desk: Desk) -> None:
    exec_ = desk.actor("exec")
    request_id = _request(desk)
    with pytest.raises(ValidationError) as refused:  # a task is always of a campaign
        task_from_request(desk.db, exec_, request_id, today=FRIDAY)
    assert refused.value.field_errors["campaign_id"][0] == "request.no_campaign"
    campaign_id = to_campaign.make_campaign(desk.db, exec_, request_id)
    task_id = task_from_request(desk.db, exec_, request_id, today=FRIDAY).id
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        task = uow.session.get(Task, task_id)
        assert task is not None
        assert (
            task.campaign_id,
            task.title,
            task.assignee_id,
            task.start_on,
            task.due_on,
            task.description,
        ) == (
            campaign_id,
            "Falta el arte final",
            desk.staff["exec"],
            FRIDAY,
            date(2026, 3, 16),
            f"#{request_id}",
        )
    assert _task_of(desk, request_id) == task_id
    assert audit_events(desk.db, "service_request", request_id)[-1].changes == {
        "task": [None, task_id]
    }
    with pytest.raises(ValidationError) as refused:  # once only
        task_from_request(desk.db, exec_, request_id, today=FRIDAY)
    assert refused.value.field_errors["task_id"] == (
        "request.already_task",
        {"title": "Falta el arte final"},
    )
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        made = uow.session.scalars(select(Task.id).where(Task.campaign_id == campaign_id))
        assert list(made) == [task_id]


def test_a_late_task_starts_on_its_due_day_and_a_deleted_task_lets_go(desk: Desk) -> None:
    exec_ = desk.actor("exec")
    request_id = _request(desk)
    to_campaign.make_campaign(desk.db, exec_, request_id)
    task_id = task_from_request(desk.db, exec_, request_id, today=date(2026, 3, 20)).id
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        task = uow.session.get(Task, task_id)
        assert task is not None and (task.start_on, task.due_on) == (date(2026, 3, 16),) * 2
    delete_task(desk.db, exec_, task_id)
    assert _task_of(desk, request_id) is None


def test_a_stranger_or_a_missing_request_is_refused(desk: Desk) -> None:
    request_id = _request(desk)
    to_campaign.make_campaign(desk.db, desk.actor("exec"), request_id)
    with pytest.raises(PermissionDenied):
        task_from_request(desk.db, desk.actor("other"), request_id, today=FRIDAY)
    with pytest.raises(NotFound):
        task_from_request(desk.db, desk.actor("exec"), 999_999, today=FRIDAY)
    assert _task_of(desk, request_id) is None
