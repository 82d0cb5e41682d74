"""A contact logged together with its delivery's confirmation is held to the rule of a
delivery confirmed later (`confirmation_errors`): the values, not only the fields' names
— the carrier's day neither ahead of today nor before the contact, one short line of text
each, nothing a failed delivery cannot have — refused with the same words, nothing kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from mail_servers import Smtp
from service_world import Desk, service_desk
from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.enums import Channel
from agencia.domain.errors import ValidationError
from agencia.domain.messages import render
from agencia.domain.service_enums import Delivery, Direction
from agencia.domain.service_models import Communication
from agencia.services.communications import browse, confirmation, log, outbox, servers
from agencia.services.communications.browse import LogFilter

SENT = datetime.now(UTC) - timedelta(days=30)  # logged after the fact


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _contact(
    desk: Desk, given: dict[str, Any], state: Delivery, channel: Channel
) -> log.NewCommunication:
    return log.NewCommunication(
        desk.accounts["madrid"],
        channel,
        Direction.OUTBOUND,
        "Muestras",
        occurred_at=SENT,
        delivery=state,
        confirmation=given,
    )


def _words(errors: dict[str, tuple[str, dict[str, Any]]]) -> dict[str, str]:
    return {key: render(code, params) for key, (code, params) in errors.items()}


def _count(desk: Desk) -> int:
    with unit_of_work(desk.db, desk.admin, write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(Communication)) or 0


BEFORE = (SENT - timedelta(days=2)).date().isoformat()
CASES = [
    ("future", Channel.COURIER, Delivery.DELIVERED, {"delivered_at": "2099-01-01"}),
    ("before the contact", Channel.COURIER, Delivery.DELIVERED, {"delivered_at": BEFORE}),
    ("not a day", Channel.COURIER, Delivery.DELIVERED, {"delivered_at": "ayer"}),
    ("direction override", Channel.COURIER, Delivery.DELIVERED, {"signed_by": "Ana \u202efdp.exe"}),
    ("two lines", Channel.CERTIFIED_POST, Delivery.DELIVERED, {"signed_by": "Ana\nLuis"}),
    ("too long", Channel.FAX, Delivery.DELIVERED, {"transmission_report": "Z" * 5000}),
    ("signed, never arrived", Channel.COURIER, Delivery.FAILED, {"signed_by": "Ana"}),
    ("read, never arrived", Channel.EMAIL, Delivery.FAILED, {"read_receipt": "leído"}),
    ("not the channel's", Channel.FAX, Delivery.DELIVERED, {"signed_by": "Ana"}),
]


@pytest.mark.parametrize(("case", "channel", "state", "given"), CASES, ids=[c[0] for c in CASES])
def test_a_confirmation_logged_with_its_contact_is_checked_as_one_given_later(
    desk: Desk, case: str, channel: Channel, state: Delivery, given: dict[str, Any]
) -> None:
    later = confirmation.confirmation_errors(channel, state, given, SENT)
    assert later, case  # the later confirmation refuses it …
    with pytest.raises(ValidationError) as refused:
        log.log_communication(desk.db, desk.actor("exec"), _contact(desk, given, state, channel))
    # … and logging it in one step says the same, under the same fields
    assert _words(refused.value.field_errors) == _words(later)
    assert _count(desk) == 0


def test_a_good_confirmation_is_kept_as_a_later_one_would_be(desk: Desk) -> None:
    """Text trimmed, blank text left out, the carrier's day between the contact and today."""
    day = (SENT + timedelta(days=1)).date().isoformat()
    given = {"carrier": " SEUR ", "tracking_number": "  ", "signed_by": "Ana", "delivered_at": day}
    log.log_communication(
        desk.db,
        desk.actor("exec"),
        _contact(desk, given, Delivery.DELIVERED, Channel.COURIER),
    )
    (row,) = browse.browse(desk.db, desk.actor("director"), LogFilter(channel=Channel.COURIER))
    kept = dict(row.confirmation)
    kept.pop("confirmed_at")
    assert kept == {"carrier": "SEUR", "signed_by": "Ana", "delivered_at": day}


def test_a_message_whose_confirmation_would_be_refused_never_leaves(
    desk: Desk, smtp: Smtp, mail_server: servers.MailServer
) -> None:
    """The outbox's own confirmation (the Message-ID, made from the sender's domain) is
    held to the same rule before the message is sent: refused after it, it would have
    gone unlogged (and been sent again)."""
    smtp.received.clear()
    far = replace(mail_server, address="servicio@" + "a" * 180 + ".es")
    data = outbox.Outgoing(desk.accounts["madrid"], (desk.contacts["ana"],), "Factura", "Hola")
    with pytest.raises(ValidationError) as refused:
        outbox.send(desk.db, desk.actor("exec"), far, data)
    assert refused.value.field_errors["message_id"][0] == "field.too_long"
    assert smtp.received == [] and _count(desk) == 0
