"""The service and communications areas' enums: plain Python, no SQLAlchemy (the window's
first paint and the labels read them)."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class RequestKind(StrEnum):
    """What a client asks for."""

    INCIDENT = "incident"
    REQUEST = "request"
    COMPLAINT = "complaint"
    INFORMATION = "information"


class Priority(StrEnum):
    """How soon a request must be answered; each has its own SLA targets."""

    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class RequestStatus(StrEnum):
    """Where a request is in its life (the moves: `agencia.domain.service_life`)."""

    NEW = "new"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    WAITING_ON_CLIENT = "waiting_on_client"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REOPENED = "reopened"


class Rung(IntEnum):
    """The account ladder a request climbs when its promise is at risk or broken."""

    EXECUTIVE = 0
    SUPERVISOR = 1
    MANAGER = 2
    DIRECTOR = 3


class Direction(StrEnum):
    """Whether the client contacted us or we contacted them."""

    INBOUND = "inbound"
    OUTBOUND = "outbound"


class Delivery(StrEnum):
    """What is known of a contact's delivery, where its channel tells."""

    NOT_APPLICABLE = "not_applicable"
    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"
