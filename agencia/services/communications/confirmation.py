"""What a delivery's confirmation may say, and what is wrong with what was typed for it.

One rule for both ways a confirmation is given: with the contact, when it is logged
(`log.log_in`), and later, when a pending delivery is settled (`delivery.confirm_delivery`,
«Confirmar entrega…»); the forms ask the same. Courier: carrier, tracking, the day it was
delivered, who signed; certified post: receipt, who signed, the day; fax: transmission
report, pages; e-mail: message id, read receipt. Other channels confirm nothing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from agencia.domain import validation as v
from agencia.domain.enums import Channel
from agencia.domain.field_labels import field_label
from agencia.domain.service_enums import Delivery

# What each channel can confirm of a delivery; other channels confirm nothing.
CONFIRMS: dict[Channel, frozenset[str]] = {
    Channel.COURIER: frozenset({"carrier", "tracking_number", "delivered_at", "signed_by"}),
    Channel.CERTIFIED_POST: frozenset({"receipt", "signed_by", "delivered_at"}),
    Channel.FAX: frozenset({"transmission_report", "pages"}),
    Channel.EMAIL: frozenset({"message_id", "read_receipt"}),
    Channel.POST: frozenset(),
}
CONFIRMATION_MAX = 200  # a name, a receipt or tracking number, a report's reference
# What only a delivered contact has: nobody signs for, receives on a day or reads a
# parcel or a message that never arrived (explore10 L6).
DELIVERED_ONLY = frozenset({"signed_by", "delivered_at", "read_receipt"})
# … nor what is still on its way: the words for each delivery that has not arrived.
NOT_ARRIVED = {
    Delivery.FAILED: "communication.not_delivered",
    Delivery.PENDING: "communication.not_delivered_yet",
}
# Days are the people's, not UTC's: a day is in the future only once it has begun
# nowhere (UTC+14), and before the sending only if it ended everywhere (UTC-12).
_AHEAD, _BEHIND = timedelta(hours=14), timedelta(hours=12)


def unconfirmable(channel: Channel, given: dict[str, Any]) -> v.FieldErrors:
    """The confirmation's fields `channel` does not confirm, named as the forms name
    them (never by their keys)."""
    unknown = sorted(set(given) - CONFIRMS.get(channel, frozenset()))
    if not unknown:
        return {}
    said = {"fields": ", ".join(field_label(name) for name in unknown)}
    return {"confirmation": ("communication.no_such_confirmation", said)}


def cleaned(given: dict[str, Any]) -> dict[str, Any]:
    """What was typed as it is kept: text trimmed, blank text left out."""
    out: dict[str, Any] = {}
    for key, value in given.items():
        if isinstance(value, str):
            value = value.strip()
            if not value:
                continue
        out[key] = value
    return out


def confirmation_errors(
    channel: Channel,
    delivery: Delivery,
    given: dict[str, Any],
    sent: datetime,
    now: datetime | None = None,
) -> v.FieldErrors:
    """What is wrong with what was typed to confirm a delivery of a contact made at
    `sent` (the forms ask it live; logging a contact and confirming it later refuse the
    same): fields the channel confirms, one line of text each, the carrier's day a real
    one between the sending and today, and for a failed or a pending delivery nothing
    only a delivered one has."""
    given = cleaned(given)
    errors = unconfirmable(channel, given)
    moment = now or datetime.now(UTC)
    # the contact's moment as kept (UTC; SQLite hands it back naive): the same days
    # whether it is confirmed as it is logged or later
    sent = sent.replace(tzinfo=UTC) if sent.tzinfo is None else sent.astimezone(UTC)
    for key, value in given.items():
        named = {"field": field_label(key)}
        if delivery in NOT_ARRIVED and key in DELIVERED_ONLY:
            errors[key] = (NOT_ARRIVED[delivery], named)
        elif isinstance(value, str):
            v.too_long(errors, key, value, CONFIRMATION_MAX, lines=False)
        if key != "delivered_at" or key in errors:
            continue
        try:
            day = date.fromisoformat(str(value))
        except ValueError:
            errors[key] = ("communication.not_a_date", named)
            continue
        if day > (moment + _AHEAD).date():
            errors[key] = ("communication.future_date", named)
        elif day < (sent - _BEHIND).date():
            errors[key] = (
                "communication.delivered_before_sent",
                {**named, "day": sent.date().isoformat()},
            )
    return errors
