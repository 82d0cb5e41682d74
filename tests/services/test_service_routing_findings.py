"""Testers' findings on the switchboard: a rule's position was refused as a contact's
«Cargo» (the field was named `position`, a contact's job title), and a rule to someone
who may never take a request (the administrator: their post logs no communications on
any account) was accepted, listed first, then silently passed over on every request."""

from __future__ import annotations

import pytest
from factories import add_staff
from service_world import Desk, service_desk

from agencia.db.database import Database
from agencia.domain.enums import Department, Role
from agencia.domain.errors import ValidationError
from agencia.domain.field_labels import FIELDS
from agencia.domain.service_enums import RequestKind
from agencia.services.service import routing
from agencia.services.service.routing import NewRule


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def test_a_rules_position_is_named_as_such(desk: Desk) -> None:
    rule = NewRule(kind=RequestKind.COMPLAINT, team=Department.MEDIA, rule_position=-5)
    with pytest.raises(ValidationError) as refused:
        routing.add_rule(desk.db, desk.admin, rule)
    assert refused.value.field_errors == {"rule_position": ("routing.bad_position", {})}
    assert FIELDS["rule_position"] == ("Posición", "Position")
    assert "Posición: La posición de una regla empieza en 1." in str(refused.value)
    assert "Cargo" not in str(refused.value)


def test_a_rule_to_someone_who_never_takes_requests_is_refused(desk: Desk) -> None:
    admin = desk.admin.staff_id
    assert admin is not None
    with pytest.raises(ValidationError) as refused:
        routing.add_rule(desk.db, desk.admin, NewRule(kind=RequestKind.COMPLAINT, staff_id=admin))
    assert refused.value.field_errors["staff_id"] == (
        "routing.never_takes",
        {"name": "Ana Administradora"},
    )
    assert "solicitudes" in str(refused.value)
    assert routing.list_rules(desk.db, desk.admin) == []
    # nor offered: the dialog's people are those who may take a request somewhere
    offered = {c.id for c in routing.people(desk.db, desk.admin)}
    assert admin not in offered and desk.staff["exec"] in offered


def test_someone_who_takes_requests_on_some_accounts_stays_allowed(desk: Desk) -> None:
    """A rule covers many accounts: it is passed over where its person can't take it."""
    trainee = add_staff(desk.db, "Tomás Trainee", Role.TRAINEE)  # on no account's team yet
    added = routing.add_rule(
        desk.db, desk.admin, NewRule(kind=RequestKind.COMPLAINT, staff_id=trainee)
    )
    assert [r.id for r in routing.list_rules(desk.db, desk.admin)] == [added.id]
