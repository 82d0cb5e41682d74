"""Who a request went to, and why, as a person reads it in the trail: the routing rule
as the «Reglas de reparto» dialog shows it (its place, its conditions, whom it sends to),
in the window's language — kept whole when the request is routed, so that it still reads
after the rule is removed or renumbered. Rows written before («rule 3», «lead») read
well too."""

from __future__ import annotations

import pytest
from factories import audit_events
from service_world import Desk, service_desk

from agencia.db.database import Database
from agencia.domain.enums import Channel, Department
from agencia.domain.routed_by import routed_by_text
from agencia.domain.service_enums import Priority, RequestKind
from agencia.services.accounts.brands import save_brand
from agencia.services.service import requests, routing
from agencia.services.service.requests import NewRequest
from agencia.services.service.routing import NewRule


@pytest.fixture
def desk(sqlite_db: Database) -> Desk:
    return service_desk(sqlite_db)


def _routed_by(desk: Desk, kind: RequestKind, channel: Channel, brand: int | None = None) -> object:
    data = NewRequest(
        desk.accounts["madrid"], channel, kind, Priority.HIGH, "Queja", brand_id=brand
    )
    request_id = requests.open_request(desk.db, desk.actor("director"), data).id
    created = audit_events(desk.db, "service_request", request_id)[0]
    return created.changes["routed_by"][1]


def test_a_rule_reads_as_the_dialog_shows_it_in_either_language(desk: Desk) -> None:
    routing.add_rule(desk.db, desk.admin, NewRule(kind=RequestKind.INCIDENT, team=Department.MEDIA))
    routing.add_rule(
        desk.db,
        desk.admin,
        NewRule(
            kind=RequestKind.COMPLAINT,
            channel=Channel.EMAIL,
            staff_id=desk.staff["manager"],
            rule_position=1,
        ),
    )
    value = _routed_by(desk, RequestKind.COMPLAINT, Channel.EMAIL)
    assert routed_by_text(value, "es") == (
        "Regla de reparto 1: Reclamación, Correo electrónico → Marta Gerente"
    )
    assert routed_by_text(value, "en") == "Routing rule 1: Complaint, E-mail → Marta Gerente"


def test_a_team_and_a_brand_as_the_dialog_names_them(desk: Desk) -> None:
    brand = save_brand(desk.db, desk.admin, desk.accounts["madrid"], "Café Sol").id
    with_brand = NewRule(channel=Channel.PHONE, brand_id=brand, staff_id=desk.staff["exec"])
    routing.add_rule(desk.db, desk.admin, with_brand)
    value = _routed_by(desk, RequestKind.REQUEST, Channel.PHONE, brand)
    assert routed_by_text(value, "es") == (
        "Regla de reparto 1: Teléfono, Café Madrid · Café Sol → Álvaro Ejecutivo"
    )


def test_the_rule_still_reads_once_it_is_gone(desk: Desk) -> None:
    rule = routing.add_rule(
        desk.db, desk.admin, NewRule(kind=RequestKind.COMPLAINT, staff_id=desk.staff["manager"])
    ).id
    value = _routed_by(desk, RequestKind.COMPLAINT, Channel.WEB)
    routing.remove_rule(desk.db, desk.admin, rule)
    assert routed_by_text(value, "en") == "Routing rule 1: Complaint → Marta Gerente"


def test_no_rule_says_which_fallback_took_it(desk: Desk) -> None:
    value = _routed_by(desk, RequestKind.REQUEST, Channel.WEB)
    assert value == "lead"
    assert routed_by_text(value, "es") == ("Ninguna regla: el ejecutivo principal de la cuenta")
    assert routed_by_text(value, "en") == "No rule: the account's lead executive"


@pytest.mark.parametrize(
    ("old", "es", "en"),
    [
        ("rule 3", "Una regla de reparto", "A routing rule"),
        ("lead", "Ninguna regla: el ejecutivo principal de la cuenta",
         "No rule: the account's lead executive"),
        ("team", "Ninguna regla: el equipo de la cuenta", "No rule: the account's team"),
        ("director", "Ninguna regla: el director del grupo", "No rule: the group's director"),
    ],
)  # fmt: skip
def test_rows_written_before_read_well(old: str, es: str, en: str) -> None:
    assert routed_by_text(old, "es") == es
    assert routed_by_text(old, "en") == en
