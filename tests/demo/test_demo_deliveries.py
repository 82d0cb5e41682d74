"""The demo's contacts, logged through the service or written at scale as raw rows, each
hold a confirmation the service would accept: nothing signed for, received on a day or
read on a delivery still pending or failed (`confirmation_errors`)."""

from __future__ import annotations

from datetime import UTC, datetime

from agencia.demo.communications import CONTACTS
from agencia.services.communications.confirmation import confirmation_errors


def test_every_demo_contact_holds_a_confirmation_the_service_accepts() -> None:
    sent = datetime(2026, 1, 5, 10, tzinfo=UTC)  # «delivered_at» is never typed by the demo
    for channel, _direction, delivery, given in CONTACTS:
        assert confirmation_errors(channel, delivery, given, sent) == {}, (channel, delivery)
