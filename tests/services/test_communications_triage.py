"""Mail from unknown senders on both databases: the triage list, a message assigned to
an account (and contact) becomes its communication and leaves the list, a discarded one
leaves the trail; and a request turned into a campaign brief, linked both ways."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from factories import audit_events
from service_world import Desk, service_desk
from sqlalchemy import select
from test_communications import eml

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Brief, Campaign
from agencia.domain.enums import Channel
from agencia.domain.errors import NotFound, PermissionDenied, ValidationError
from agencia.domain.service_enums import Priority, RequestKind
from agencia.domain.service_models import Communication, ServiceRequest
from agencia.services.accounts.brands import save_brand
from agencia.services.communications import intake, triage
from agencia.services.service import requests, to_campaign


@pytest.fixture
def desk(db: Database) -> Desk:
    desk = service_desk(db)
    with unit_of_work(db, SYSTEM) as uow:  # as the mailbox brings them in
        for n, sender in enumerate(("nuevo@desconocido.es", "spam@oferta.biz")):
            raw = eml(sender, f"Asunto {n}", f"<t{n}@x>", body=f"Cuerpo {n}")
            assert intake.take(uow, raw).result == "triage"
    return desk


def test_a_message_is_assigned_to_an_account_and_contact(desk: Desk) -> None:
    exec_ = desk.actor("exec")
    waiting = triage.waiting(desk.db, exec_)
    assert [(t.sender, t.subject, t.preview.strip()) for t in waiting] == [
        ("nuevo@desconocido.es", "Asunto 0", "Cuerpo 0"),
        ("spam@oferta.biz", "Asunto 1", "Cuerpo 1"),
    ]
    outcome = triage.assign(
        desk.db, exec_, waiting[0].id, desk.accounts["madrid"], desk.contacts["ana"]
    )
    assert outcome.result == "logged" and outcome.account_id == desk.accounts["madrid"]
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        logged = uow.session.get(Communication, outcome.communication_id)
        assert logged is not None
        assert (logged.subject, logged.contact_ids, logged.message_id) == (
            "Asunto 0",
            [desk.contacts["ana"]],
            "<t0@x>",
        )
    assert [t.sender for t in triage.waiting(desk.db, exec_)] == ["spam@oferta.biz"]
    with pytest.raises(NotFound):  # someone else got there first
        triage.assign(desk.db, exec_, waiting[0].id, desk.accounts["madrid"])
    assert audit_events(desk.db, "mail", waiting[0].id)[-1].changes["account"] == [
        None,
        desk.accounts["madrid"],
    ]


def test_a_message_is_discarded_and_the_trail_keeps_it(desk: Desk) -> None:
    exec_ = desk.actor("exec")
    spam = triage.waiting(desk.db, exec_)[1]
    triage.discard(desk.db, exec_, spam.id)
    assert [t.subject for t in triage.waiting(desk.db, exec_)] == ["Asunto 0"]
    assert audit_events(desk.db, "mail", spam.id)[-1].changes["sender"] == ["spam@oferta.biz", None]


def test_triage_refuses_the_wrong_account_contact_or_person(desk: Desk) -> None:
    first = triage.waiting(desk.db, desk.actor("exec"))[0].id
    with pytest.raises(ValidationError) as refused:
        triage.assign(
            desk.db, desk.actor("exec"), first, desk.accounts["madrid"], desk.contacts["beto"]
        )
    assert refused.value.field_errors["contact_id"][0] == "triage.contact_elsewhere"
    with pytest.raises(PermissionDenied):  # not on the account
        triage.assign(desk.db, desk.actor("other"), first, desk.accounts["madrid"])
    with pytest.raises(PermissionDenied):  # administrators do not log contacts
        triage.waiting(desk.db, desk.admin)
    assert len(triage.waiting(desk.db, desk.actor("exec"))) == 2  # nothing half-done


def test_a_request_becomes_a_campaign_brief_linked_both_ways(desk: Desk) -> None:
    exec_ = desk.actor("exec")
    brand = save_brand(desk.db, desk.admin, desk.accounts["madrid"], "Café Sol").id
    request_id = requests.open_request(
        desk.db,
        exec_,
        requests.NewRequest(
            desk.accounts["madrid"],
            Channel.EMAIL,
            RequestKind.REQUEST,
            Priority.NORMAL,
            "Campaña de verano",
            description="Queremos vender más café frío en julio.",
            received_at=datetime(2026, 3, 10, 9, tzinfo=UTC),
            brand_id=brand,
        ),
    ).id
    campaign_id = to_campaign.make_campaign(desk.db, exec_, request_id)
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        campaign = uow.session.get(Campaign, campaign_id)
        assert campaign is not None
        assert (campaign.name, campaign.account_id, campaign.brand_id) == (
            "Campaña de verano",
            desk.accounts["madrid"],
            brand,
        )
        brief = uow.session.scalar(select(Brief).where(Brief.campaign_id == campaign_id))
        assert brief is not None
        assert (brief.number, brief.objectives, brief.brand, brief.note) == (
            1,
            "Queremos vender más café frío en julio.",
            "Café Sol",
            f"#{request_id}",
        )
        request = uow.session.get(ServiceRequest, request_id)
        assert request is not None and request.campaign_id == campaign_id
    with pytest.raises(ValidationError) as refused:  # once only
        to_campaign.make_campaign(desk.db, exec_, request_id)
    assert refused.value.field_errors["campaign_id"][0] == "request.already_campaign"
    with pytest.raises(PermissionDenied):
        to_campaign.make_campaign(desk.db, desk.actor("other"), request_id)
