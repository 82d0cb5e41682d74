"""A request becomes a campaign brief in one transaction, on both databases: when any part
fails — the brief refused, the link refused — no campaign, brief, status or trail is left
behind; two people making the same request a campaign at once get one campaign."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from factories import audit_events
from service_world import Desk, service_desk
from sqlalchemy import event, func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Brief, Campaign, StatusChange
from agencia.domain.enums import Channel
from agencia.domain.errors import Conflict, DomainError, ValidationError
from agencia.domain.service_enums import Priority, RequestKind
from agencia.domain.service_models import ServiceRequest
from agencia.services.service import requests, to_campaign

MADRID = ZoneInfo("Europe/Madrid")


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _request(desk: Desk) -> int:
    return requests.open_request(
        desk.db,
        desk.actor("exec"),
        requests.NewRequest(
            desk.accounts["madrid"],
            Channel.EMAIL,
            RequestKind.REQUEST,
            Priority.HIGH,
            "Campaña de Navidad",
            description="Queremos una campaña para las fiestas.",
            received_at=datetime(2026, 3, 13, 10, tzinfo=MADRID),
        ),
    ).id


def _written(desk: Desk) -> tuple[int, int, int, int]:
    """Campaigns, briefs, status changes and trail entries, as counted now."""
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        counts = tuple(
            uow.session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Campaign, Brief, StatusChange)
        )
    return (*counts, len(audit_events(desk.db)))  # type: ignore[return-value]


def _campaign_of(desk: Desk, request_id: int) -> int | None:
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        request = uow.session.get(ServiceRequest, request_id)
        assert request is not None
        return request.campaign_id


@contextmanager
def _refused_on(model: type[Any], when: str, error: DomainError) -> Iterator[None]:
    """That part of the work refused as another workstation's save would refuse it."""

    def refuse(*_args: Any) -> None:
        raise error

    event.listen(model, when, refuse)
    try:
        yield
    finally:
        event.remove(model, when, refuse)


@pytest.mark.parametrize(
    "refusal",
    [
        lambda: _refused_on(Brief, "before_insert", Conflict("brief.stale", number=1)),
        lambda: _refused_on(ServiceRequest, "before_update", Conflict("record.stale")),
    ],
    ids=["the brief", "the link"],
)
def test_a_failure_in_any_part_leaves_nothing_written(
    desk: Desk, refusal: Callable[[], Any]
) -> None:
    request_id = _request(desk)
    before = _written(desk)
    with refusal(), pytest.raises(Conflict):
        to_campaign.make_campaign(desk.db, desk.actor("exec"), request_id)
    assert _written(desk) == before
    assert _campaign_of(desk, request_id) is None
    # and once nothing refuses, the same request becomes its campaign, brief and link
    campaign_id = to_campaign.make_campaign(desk.db, desk.actor("exec"), request_id)
    assert _campaign_of(desk, request_id) == campaign_id
    campaigns, briefs, statuses, trail = _written(desk)
    assert (campaigns, briefs, statuses) == (before[0] + 1, before[1] + 1, before[2] + 1)
    assert trail == before[3] + 3  # the campaign, its brief, the request's link


def test_two_people_at_once_make_one_campaign(desk: Desk) -> None:
    request_id = _request(desk)
    before = _written(desk)
    start = threading.Barrier(2)
    made: list[int] = []
    refused: list[str] = []

    def make(who: str) -> None:
        actor = desk.actor(who)
        start.wait()
        try:
            made.append(to_campaign.make_campaign(desk.db, actor, request_id))
        except ValidationError as error:
            refused.append(error.field_errors["campaign_id"][0])

    people = [threading.Thread(target=make, args=(who,)) for who in ("exec", "supervisor")]
    for person in people:
        person.start()
    for person in people:
        person.join(30)
    assert len(made) == 1 and refused == ["request.already_campaign"]
    assert _campaign_of(desk, request_id) == made[0]
    assert _written(desk)[:3] == (before[0] + 1, before[1] + 1, before[2] + 1)
