"""A contact's delivery is confirmed in someone's name at the moment of confirming
(closing7 "Left"): logged as delivered, by its author now, whatever its date; a pending
one confirmed later by whoever may log on the account, kept fields untouched; a
scheduled message only by its sending; a confirmation's stamp is never typed in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from factories import audit_events
from service_world import Desk, service_desk

from agencia.db.database import Database
from agencia.domain.enums import Channel
from agencia.domain.errors import ValidationError
from agencia.domain.service_enums import Delivery, Direction
from agencia.services.communications import browse, confirmation, delivery, log, mime
from agencia.services.communications.browse import LogFilter


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _courier(desk: Desk, state: Delivery, **confirmation: str) -> int:
    data = log.NewCommunication(
        desk.accounts["madrid"],
        Channel.COURIER,
        Direction.OUTBOUND,
        "Muestras",
        occurred_at=datetime.now(UTC) - timedelta(days=30),  # logged after the fact
        delivery=state,
        confirmation=confirmation,
    )
    return log.log_communication(desk.db, desk.actor("exec"), data).id


def _confirmation(desk: Desk) -> dict[str, str]:
    rows = browse.browse(desk.db, desk.actor("director"), LogFilter(channel=Channel.COURIER))
    return dict(rows[0].confirmation)


def _now_ish(text: str) -> bool:
    return abs(datetime.fromisoformat(text) - datetime.now(UTC)) < timedelta(minutes=5)


def test_a_contact_logged_delivered_is_confirmed_now_by_its_author(desk: Desk) -> None:
    _courier(desk, Delivery.DELIVERED, carrier="SEUR", signed_by="Ana")
    kept = _confirmation(desk)
    assert _now_ish(kept.pop("confirmed_at"))  # not the contact's date, a month ago
    assert kept == {"carrier": "SEUR", "signed_by": "Ana"}
    forged = log.NewCommunication(
        desk.accounts["madrid"],
        Channel.COURIER,
        Direction.OUTBOUND,
        "Otra",
        delivery=Delivery.DELIVERED,
        confirmation={"confirmed_at": "2026-01-01T09:00:00+00:00"},
    )
    with pytest.raises(ValidationError) as refused:
        log.log_communication(desk.db, desk.actor("exec"), forged)
    assert refused.value.field_errors["confirmation"][0] == "communication.no_such_confirmation"


def test_a_pending_delivery_is_confirmed_later_in_the_confirmer_s_name(desk: Desk) -> None:
    item = _courier(desk, Delivery.PENDING, carrier="SEUR", tracking_number="123")
    boss = desk.actor("supervisor")
    with pytest.raises(ValidationError) as refused:
        delivery.confirm_delivery(desk.db, boss, item, Delivery.PENDING)
    assert refused.value.field_errors["delivery"][0] == "communication.settled_only"
    delivery.confirm_delivery(
        desk.db, boss, item, confirmation={"signed_by": "Ana", "carrier": "MRW"}
    )
    kept = _confirmation(desk)
    assert _now_ish(kept.pop("confirmed_at"))
    # what was kept stays (the carrier), the signature is added, the confirmer named
    assert kept == {
        "carrier": "SEUR",
        "tracking_number": "123",
        "signed_by": "Ana",
        "confirmed_by": "Sergio Supervisor",
    }
    trail = audit_events(desk.db, "communication", item)
    assert trail[-1].changes == {"delivery": ["pending", "delivered"]}
    with pytest.raises(ValidationError) as refused:
        delivery.confirm_delivery(desk.db, boss, item, Delivery.FAILED)
    assert refused.value.field_errors["delivery"][0] == "communication.not_pending"


def test_mail_dated_ahead_by_a_wrong_clock_is_logged_as_it_came(desk: Desk) -> None:
    """A sender's clock a day fast: the log (and the server, which takes nothing dated
    ahead but a scheduled message) has it when it came."""
    ahead = (datetime.now(UTC) + timedelta(days=1)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    raw = (
        "From: Ana <ana@cafe-madrid.es>\r\nTo: servicio@agencia.es\r\nSubject: Hola\r\n"
        f"Message-ID: <ahead@cafe>\r\nDate: {ahead}\r\n\r\nTexto."
    ).encode()
    assert _now_ish(mime.parse(raw).date.isoformat())


def _refused(desk: Desk, item: int, delivered: Delivery, given: dict[str, str]) -> dict[str, str]:
    with pytest.raises(ValidationError) as refused:
        delivery.confirm_delivery(desk.db, desk.actor("exec"), item, delivered, given)
    return {key: code for key, (code, _params) in refused.value.field_errors.items()}


def test_what_is_typed_in_a_confirmation_is_checked_like_any_short_field(desk: Desk) -> None:
    """explore10 M2: a 5,000-character signature with a direction override, «ayer» or a
    day in 2099 as the carrier's date were kept as given."""
    item = _courier(desk, Delivery.PENDING)
    sent = datetime.now(UTC) - timedelta(days=30)
    ok = Delivery.DELIVERED
    assert _refused(desk, item, ok, {"signed_by": "Recepción \u202efdp.exe"}) == {
        "signed_by": "field.bidi"
    }
    assert _refused(desk, item, ok, {"signed_by": "Z" * 5000}) == {"signed_by": "field.too_long"}
    assert _refused(desk, item, ok, {"signed_by": "Ana\nLuis"}) == {"signed_by": "field.line_break"}
    assert _refused(desk, item, ok, {"delivered_at": "ayer"}) == {
        "delivered_at": "communication.not_a_date"
    }
    assert _refused(desk, item, ok, {"delivered_at": "2099-01-01"}) == {
        "delivered_at": "communication.future_date"
    }
    before = (sent - timedelta(days=2)).date().isoformat()
    assert _refused(desk, item, ok, {"delivered_at": before}) == {
        "delivered_at": "communication.delivered_before_sent"
    }
    # a parcel that never arrived was signed by nobody, on no day
    assert _refused(desk, item, Delivery.FAILED, {"signed_by": "Ana"}) == {
        "signed_by": "communication.not_delivered"
    }
    assert confirmation.confirmation_errors(Channel.COURIER, ok, {"signed_by": "Ana"}, sent) == {}
    day = (sent + timedelta(days=1)).date().isoformat()
    delivery.confirm_delivery(
        desk.db,
        desk.actor("exec"),
        item,
        ok,
        {"signed_by": " Ana ", "delivered_at": day, "carrier": ""},
    )
    kept = _confirmation(desk)
    kept.pop("confirmed_at")
    kept.pop("confirmed_by")
    assert kept == {"signed_by": "Ana", "delivered_at": day}  # trimmed; blank left out
