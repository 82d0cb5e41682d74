"""Review finding: a request «reassigned» to the person who already holds it (a conflict
kept on one workstation after another gave it to that same person) wrote REASSIGN [x, x]
to the trail and bumped the version. Nothing changes, so nothing is written."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from factories import audit_events
from service_world import Desk, service_desk

from agencia.db.database import Database
from agencia.domain.enums import Channel
from agencia.domain.service_enums import Priority, RequestKind
from agencia.services.service import queries, requests
from agencia.services.service.requests import NewRequest


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def test_giving_a_request_to_its_holder_writes_nothing(desk: Desk) -> None:
    data = NewRequest(
        account_id=desk.accounts["madrid"],
        channel=Channel.PHONE,
        kind=RequestKind.REQUEST,
        priority=Priority.NORMAL,
        subject="Falta el arte final",
        received_at=datetime(2026, 3, 9, 9, tzinfo=ZoneInfo("Europe/Madrid")),
    )
    rid = requests.open_request(desk.db, desk.actor("exec"), data).id
    director = desk.actor("director")
    version = queries.show_request(desk.db, director, rid).row.version
    requests.reassign(desk.db, director, rid, desk.staff["supervisor"], version)
    version = queries.show_request(desk.db, director, rid).row.version
    trail = len(audit_events(desk.db, "service_request", rid))
    saved = requests.reassign(desk.db, director, rid, desk.staff["supervisor"], version)
    assert saved.version == version
    assert queries.show_request(desk.db, director, rid).row.version == version
    assert len(audit_events(desk.db, "service_request", rid)) == trail
    assert queries.show_request(desk.db, director, rid).row.assignee_id == desk.staff["supervisor"]
