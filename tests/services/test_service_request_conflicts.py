"""Testers' finding: a request edited from two workstations. Two reassigns: A opened
«Reasignar…» (Elena), B gave it to Julio, A chose Ana and saved — B's choice silently
overwritten. Two resolves: B resolved first; A's save was refused as «no puede pasar de
«Resuelta» a «Resuelta»», B's resolution never shown. A move and a reassignment now
carry the version the person saw; a save over a newer one is refused as stale (the
window then shows both versions), and the queue's rows carry their version."""

from __future__ import annotations

import pytest
from service_world import Desk, service_desk

from agencia.db.database import Database
from agencia.domain.enums import Channel
from agencia.domain.errors import Conflict
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus
from agencia.services.service import queries, requests


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _request(desk: Desk) -> queries.RequestRow:
    data = requests.NewRequest(
        desk.accounts["madrid"], Channel.EMAIL, RequestKind.INCIDENT, Priority.HIGH, "Logo"
    )
    rid = requests.open_request(desk.db, desk.actor("exec"), data).id
    return queries.show_request(desk.db, desk.actor("exec"), rid).row


def _assignee(desk: Desk, rid: int) -> str:
    return queries.show_request(desk.db, desk.actor("director"), rid).row.assignee


def test_a_reassignment_over_a_newer_version_is_refused(desk: Desk) -> None:
    seen = _request(desk)  # A's form opens on this
    assert seen.version >= 1
    (listed,) = queries.list_requests(desk.db, desk.actor("exec"))
    assert listed.version == seen.version  # the queue's row carries it too
    director = desk.actor("director")
    requests.reassign(desk.db, director, seen.id, desk.staff["supervisor"], version=seen.version)
    with pytest.raises(Conflict) as stale:
        requests.reassign(desk.db, director, seen.id, desk.staff["manager"], version=seen.version)
    assert stale.value.code == "record.stale"
    assert _assignee(desk, seen.id) == "Sergio Supervisor"  # B's choice stands
    now = queries.show_request(desk.db, director, seen.id).row
    requests.reassign(desk.db, director, seen.id, desk.staff["manager"], version=now.version)
    assert _assignee(desk, seen.id) == "Marta Gerente"


def test_a_move_over_a_newer_version_is_refused_before_its_transition(desk: Desk) -> None:
    seen = _request(desk)
    exec_ = desk.actor("exec")
    requests.move_request(
        desk.db, exec_, seen.id, RequestStatus.RESOLVED, "Lo resolvió B", version=seen.version
    )
    with pytest.raises(Conflict) as stale:  # not «no puede pasar de Resuelta a Resuelta»
        requests.move_request(
            desk.db, exec_, seen.id, RequestStatus.RESOLVED, "Lo de A", version=seen.version
        )
    assert stale.value.code == "record.stale"
    assert queries.show_request(desk.db, exec_, seen.id).resolution == "Lo resolvió B"
