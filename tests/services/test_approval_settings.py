"""Whom an approver may delegate to (approval_settings.peers), on both databases."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from campaign_world import Cast, build_cast
from factories import add_staff

from agencia.db.database import Database
from agencia.domain.enums import Role
from agencia.services.campaigns import approval_settings


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def test_a_supervisor_is_offered_the_other_active_supervisors(cast: Cast) -> None:
    add_staff(cast.db, "Susana Baja", Role.ACCOUNT_SUPERVISOR, active=False)
    add_staff(cast.db, "Alba Suplente", Role.ACCOUNT_SUPERVISOR)  # no group
    found = approval_settings.peers(cast.db, cast.actor("supervisor"))
    assert [o.label for o in found] == ["Alba Suplente", "Sergio Supervisor · Grupo A"]
    assert found[1].id == cast.staff["supervisor2"]


def test_a_director_is_offered_the_directors_of_other_groups(cast: Cast) -> None:
    found = approval_settings.peers(cast.db, cast.actor("director"))
    assert [(o.id, o.label) for o in found] == [
        (cast.staff["director_b"], "Bruno Director · Grupo B")
    ]


@pytest.mark.parametrize("who", ["manager", "executive", "assistant", "admin"])
def test_nobody_else_is_a_peer(cast: Cast, who: str) -> None:
    """The only manager has no peer; who does not approve has none to offer."""
    assert approval_settings.peers(cast.db, cast.actor(who)) == []


def test_every_peer_offered_is_accepted_by_delegate_approvals(cast: Cast) -> None:
    supervisor = cast.actor("supervisor")
    today = date.today()
    for peer in approval_settings.peers(cast.db, supervisor):
        approval_settings.delegate_approvals(
            cast.db, supervisor, peer.id, today, today + timedelta(7), "Vacaciones"
        )
    held = approval_settings.delegations(cast.db, cast.actor("supervisor2"))
    assert [(d.from_name, d.to_name, d.reason) for d in held] == [
        ("Sara Supervisora", "Sergio Supervisor", "Vacaciones")
    ]
