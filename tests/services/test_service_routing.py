"""The switchboard on both databases: the administrator's rules tried in order (person or
team, by kind, channel, priority and brand), the fallbacks lead → team → director, who
may edit the rules, and the trail of routing and reassignment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from factories import add_staff, assign, audit_events
from service_world import Desk, service_desk
from sqlalchemy import delete

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel, Department, Role
from agencia.domain.errors import NotFound, PermissionDenied, ValidationError
from agencia.domain.models import Account, AccountAssignment, Staff
from agencia.domain.service_enums import Priority, RequestKind
from agencia.services.accounts.brands import save_brand
from agencia.services.service import queries, requests, routing
from agencia.services.service.requests import NewRequest
from agencia.services.service.routing import NewRule

AT = datetime(2026, 3, 10, 9, tzinfo=UTC)


@pytest.fixture
def desk(db: Database) -> Desk:
    desk = service_desk(db)
    s = desk.staff
    group = next(iter(_group_of(db, s["exec"])))
    s["crea1"] = add_staff(db, "Carla Creativa", Role.ACCOUNT_EXECUTIVE, group_id=group)
    s["crea2"] = add_staff(db, "Ciro Creativo", Role.ACCOUNT_EXECUTIVE, group_id=group)
    for who in ("crea1", "crea2"):  # on the account's team: they may work its requests
        assign(db, desk.accounts["madrid"], s[who])
    s["crea3"] = add_staff(db, "Cris Creativa", Role.ACCOUNT_EXECUTIVE)  # on no team
    s["crea4"] = add_staff(db, "Coral Creativa", Role.ACCOUNT_SUPERVISOR, group_id=group)
    with unit_of_work(db, SYSTEM) as uow:
        for who in ("crea1", "crea2", "crea3", "crea4"):
            person = uow.session.get(Staff, s[who])
            assert person is not None
            person.department = Department.CREATIVE
        person = uow.session.get(Staff, s["crea4"])
        assert person is not None
        person.active = False  # left the agency: never routed to
    return desk


def _group_of(db: Database, staff_id: int) -> set[int]:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        person = uow.session.get(Staff, staff_id)
        assert person is not None and person.group_id is not None
        return {person.group_id}


def _open(
    desk: Desk,
    kind: RequestKind = RequestKind.REQUEST,
    channel: Channel = Channel.PHONE,
    priority: Priority = Priority.NORMAL,
    brand_id: int | None = None,
    account: str = "madrid",
) -> str:
    data = NewRequest(
        desk.accounts[account], channel, kind, priority, "Algo", received_at=AT, brand_id=brand_id
    )
    director = desk.actor("director")
    request_id = requests.open_request(desk.db, director, data).id
    return queries.show_request(desk.db, director, request_id).row.assignee


def test_rules_are_tried_in_order_and_the_first_that_matches_wins(desk: Desk) -> None:
    s = desk.staff
    routing.add_rule(
        desk.db, desk.admin, NewRule(kind=RequestKind.COMPLAINT, staff_id=s["manager"])
    )
    routing.add_rule(
        desk.db, desk.admin, NewRule(priority=Priority.URGENT, staff_id=s["supervisor"])
    )
    # an urgent complaint matches both: the first rule decides
    assert _open(desk, RequestKind.COMPLAINT, priority=Priority.URGENT) == "Marta Gerente"
    assert _open(desk, RequestKind.INCIDENT, priority=Priority.URGENT) == "Sergio Supervisor"
    # nothing matches: the account's lead executive
    assert _open(desk) == "Álvaro Ejecutivo"
    # put the urgent rule first: now it decides for the urgent complaint
    urgent = next(r for r in routing.list_rules(desk.db, desk.admin) if r.priority == "urgent")
    routing.remove_rule(desk.db, desk.admin, urgent.id)
    routing.add_rule(
        desk.db,
        desk.admin,
        NewRule(priority=Priority.URGENT, staff_id=s["supervisor"], rule_position=1),
    )
    rules = routing.list_rules(desk.db, desk.admin)
    assert [(r.position, r.priority, r.kind) for r in rules] == [
        (1, "urgent", None),
        (2, None, "complaint"),
    ]
    assert _open(desk, RequestKind.COMPLAINT, priority=Priority.URGENT) == "Sergio Supervisor"


def test_every_condition_of_a_rule_must_hold(desk: Desk) -> None:
    s = desk.staff
    brand = save_brand(desk.db, desk.admin, desk.accounts["madrid"], "Café Sol").id
    routing.add_rule(
        desk.db,
        desk.admin,
        NewRule(channel=Channel.EMAIL, brand_id=brand, staff_id=s["supervisor"]),
    )
    assert _open(desk, channel=Channel.EMAIL, brand_id=brand) == "Sergio Supervisor"
    assert _open(desk, channel=Channel.PHONE, brand_id=brand) == "Álvaro Ejecutivo"
    assert _open(desk, channel=Channel.EMAIL) == "Álvaro Ejecutivo"


def test_a_team_rule_gives_the_request_to_its_least_busy_member(desk: Desk) -> None:
    routing.add_rule(
        desk.db, desk.admin, NewRule(kind=RequestKind.INCIDENT, team=Department.CREATIVE)
    )
    got = [_open(desk, RequestKind.INCIDENT) for _ in range(4)]
    assert got == ["Carla Creativa", "Ciro Creativo", "Carla Creativa", "Ciro Creativo"]


def test_a_rule_to_someone_who_left_or_cannot_see_the_account_is_passed_over(
    desk: Desk,
) -> None:
    s = desk.staff
    routing.add_rule(desk.db, desk.admin, NewRule(channel=Channel.FAX, staff_id=s["crea3"]))
    routing.add_rule(desk.db, desk.admin, NewRule(channel=Channel.FAX, staff_id=s["crea1"]))
    routing.add_rule(desk.db, desk.admin, NewRule(channel=Channel.FAX, staff_id=s["supervisor"]))
    with unit_of_work(desk.db, SYSTEM) as uow:
        person = uow.session.get(Staff, s["crea1"])
        assert person is not None
        person.active = False
    assert _open(desk, channel=Channel.FAX) == "Sergio Supervisor"


def test_without_rules_or_lead_the_team_then_the_director(desk: Desk) -> None:
    with unit_of_work(desk.db, SYSTEM) as uow:
        account = uow.session.get(Account, desk.accounts["madrid"])
        assert account is not None
        account.lead_executive_id = None
        uow.session.execute(delete(AccountAssignment))  # the lead was on the team too
    assign(desk.db, desk.accounts["madrid"], desk.staff["supervisor"])
    assert _open(desk) == "Sergio Supervisor"
    with unit_of_work(desk.db, SYSTEM) as uow:
        account = uow.session.get(Account, desk.accounts["mexico"])
        assert account is not None
        account.lead_executive_id = None
    assert _open(desk, account="mexico") == "Lucía Directora"


def test_routing_and_reassignment_are_in_the_trail(desk: Desk) -> None:
    rule = routing.add_rule(
        desk.db, desk.admin, NewRule(kind=RequestKind.COMPLAINT, staff_id=desk.staff["manager"])
    ).id
    data = NewRequest(
        desk.accounts["madrid"], Channel.WEB, RequestKind.COMPLAINT, Priority.LOW, "Queja"
    )
    request_id = requests.open_request(desk.db, desk.actor("director"), data).id
    created = audit_events(desk.db, "service_request", request_id)[0]
    assert created.changes["routed_by"][1]["rule"] == rule  # the rule kept whole
    requests.reassign(desk.db, desk.actor("director"), request_id, desk.staff["exec"])
    moved = audit_events(desk.db, "service_request", request_id)[-1]
    assert moved.changes["assignee"] == [desk.staff["manager"], desk.staff["exec"]]
    assert [e.action for e in audit_events(desk.db, "routing_rule", rule)] == ["create"]


def test_only_the_administrator_edits_the_rules(desk: Desk) -> None:
    with pytest.raises(PermissionDenied):
        routing.add_rule(
            desk.db,
            desk.actor("director"),
            NewRule(kind=RequestKind.COMPLAINT, staff_id=desk.staff["manager"]),
        )
    rule = routing.add_rule(
        desk.db, desk.admin, NewRule(kind=RequestKind.COMPLAINT, staff_id=desk.staff["manager"])
    ).id
    with pytest.raises(PermissionDenied):
        routing.remove_rule(desk.db, desk.actor("director"), rule)
    assert len(routing.list_rules(desk.db, desk.actor("director"))) == 1


@pytest.mark.parametrize(
    ("rule", "field", "code"),
    [
        (NewRule(kind=RequestKind.COMPLAINT), "target", "routing.one_target"),
        (
            NewRule(kind=RequestKind.COMPLAINT, staff_id=1, team=Department.MEDIA),
            "target",
            "routing.one_target",
        ),
        (NewRule(team=Department.MEDIA), "conditions", "routing.no_condition"),
        (NewRule(kind=RequestKind.COMPLAINT, staff_id=999_999), "staff_id", "staff.not_found"),
        (
            NewRule(brand_id=999_999, team=Department.MEDIA),
            "brand_id",
            "routing.no_such_brand",
        ),
        (
            NewRule(kind=RequestKind.COMPLAINT, team=Department.MEDIA, rule_position=0),
            "rule_position",
            "routing.bad_position",
        ),
    ],
)
def test_a_rule_that_cannot_work_is_refused(
    desk: Desk, rule: NewRule, field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        routing.add_rule(desk.db, desk.admin, rule)
    assert refused.value.field_errors[field][0] == code
    assert routing.list_rules(desk.db, desk.admin) == []


def test_removing_a_rule_that_is_not_there(desk: Desk) -> None:
    with pytest.raises(NotFound):
        routing.remove_rule(desk.db, desk.admin, 12345)


def test_a_brand_of_another_account_is_refused(desk: Desk) -> None:
    brand = save_brand(desk.db, desk.admin, desk.accounts["mexico"], "Salsa").id
    with pytest.raises(ValidationError) as refused:
        _open(desk, brand_id=brand)
    assert refused.value.field_errors["brand_id"][0] == "request.brand_elsewhere"


def test_a_brand_search_without_a_word_finds_no_brand(desk: Desk) -> None:
    """«Buscar marca o cuenta…»: `%` typed finds nothing (as a pattern it matched all)."""
    save_brand(desk.db, desk.admin, desk.accounts["mexico"], "Salsa")
    assert any(c.name.endswith(" · Salsa") for c in routing.brands(desk.db, desk.admin, "sal"))
    assert routing.brands(desk.db, desk.admin, "")
    assert routing.brands(desk.db, desk.admin, "%") == []
