"""A contact logged with its delivery still pending cannot carry what only a delivered one
has: nobody has signed for, taken on a day or read what is still on its way. Refused by
the one check (`confirmation_errors`) with the failed delivery's sibling words, nothing
kept; what a pending delivery does have (the carrier, the tracking number) is kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from service_world import Desk, service_desk
from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import messages
from agencia.domain.enums import Channel
from agencia.domain.errors import ValidationError
from agencia.domain.service_enums import Delivery, Direction
from agencia.domain.service_models import Communication
from agencia.services.communications import confirmation, log

SENT = datetime.now(UTC) - timedelta(days=3)
DAY = (SENT + timedelta(days=1)).date().isoformat()


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _pending(desk: Desk, channel: Channel, given: dict[str, Any]) -> log.NewCommunication:
    return log.NewCommunication(
        desk.accounts["madrid"],
        channel,
        Direction.OUTBOUND,
        "Muestras",
        occurred_at=SENT,
        delivery=Delivery.PENDING,
        confirmation=given,
    )


def _count(desk: Desk) -> int:
    with unit_of_work(desk.db, desk.admin, write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(Communication)) or 0


CASES = [
    ("signed for", Channel.COURIER, {"carrier": "MRW", "signed_by": "Ana"}, "signed_by"),
    ("delivered on a day", Channel.CERTIFIED_POST, {"delivered_at": DAY}, "delivered_at"),
    ("read", Channel.EMAIL, {"read_receipt": "leído"}, "read_receipt"),
]


@pytest.mark.parametrize(("case", "channel", "given", "field"), CASES, ids=[c[0] for c in CASES])
def test_a_pending_delivery_with_what_only_a_delivered_one_has_is_refused(
    desk: Desk, case: str, channel: Channel, given: dict[str, Any], field: str
) -> None:
    wrong = confirmation.confirmation_errors(channel, Delivery.PENDING, given, SENT)
    assert list(wrong) == [field], case
    assert wrong[field][0] == "communication.not_delivered_yet"
    with pytest.raises(ValidationError) as refused:
        log.log_communication(desk.db, desk.actor("exec"), _pending(desk, channel, given))
    assert refused.value.field_errors == wrong
    assert _count(desk) == 0


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("es", "«Firmado por» no se anota en una entrega pendiente: anótelo al confirmar la "
               "entrega."),
        ("en", "«Signed by» is not kept with a pending delivery: note it when you confirm the "
               "delivery."),
    ],
)  # fmt: skip
def test_the_words_name_the_field_and_say_when_it_is_noted(lang: str, said: str) -> None:
    before = messages.language()
    messages.set_language(lang)  # the field is named in the reader's language, as checked
    try:
        wrong = confirmation.confirmation_errors(
            Channel.COURIER, Delivery.PENDING, {"signed_by": "Ana"}, SENT
        )
        assert messages.render(*wrong["signed_by"]) == said
    finally:
        messages.set_language(before)


def test_a_pending_delivery_keeps_its_carrier_and_tracking(desk: Desk) -> None:
    given = {"carrier": "MRW", "tracking_number": "MRW-55120"}
    assert confirmation.confirmation_errors(Channel.COURIER, Delivery.PENDING, given, SENT) == {}
    log.log_communication(desk.db, desk.actor("exec"), _pending(desk, Channel.COURIER, given))
    with unit_of_work(desk.db, desk.admin, write=False) as uow:
        kept = uow.session.scalars(select(Communication.confirmation)).one()
    assert kept == given
