"""The mapped classes of the service and communications areas.

A service request carries its SLA clock's facts (when it came in, when it was first
answered, its pauses, its due times) so that the queue sorts and filters in SQL; the
arithmetic that fills them lives in `agencia.domain.sla`. A communication is one contact
with a client, with what its channel confirms of delivery. Mail credentials are never
stored here: a mail account names its secret in the system keyring.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from agencia.domain import campaign_models as _campaign_models  # noqa: F401  (keys to campaigns)
from agencia.domain import coordination_models as _coordination_models  # noqa: F401  (and tasks)
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import Channel, Department
from agencia.domain.models import (
    Account,
    Base,
    Contact,
    Staff,
    UTCDateTime,
    Versioned,
    _enum,
    utcnow,
)
from agencia.domain.service_enums import (
    Delivery,
    Direction,
    Priority,
    RequestKind,
    RequestStatus,
)

PAUSED_AT = datetime(9000, 1, 1, tzinfo=UTC)  # the queue's place of a stopped clock
FINISHED_AT = datetime(9999, 1, 1, tzinfo=UTC)  # and of a resolved or closed request


class SlaPolicy(Versioned, Base):
    """An account's promises (none: the agency's default, the row without account):
    targets per priority in working minutes, and the agency's closures (ISO dates)."""

    __tablename__ = "sla_policies"
    __change_kind__ = ChangeKind.SLA_POLICY
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), unique=True
    )
    targets: Mapped[dict[str, list[int]]] = mapped_column(JSON, default=dict)
    closures: Mapped[list[str]] = mapped_column(JSON, default=list)
    # the agency's own promises in working days (`sla.PROMISE_DAYS`), on the default row
    promises: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)


class ServiceRequest(Versioned, Base):
    """A client's request, from any channel, on an SLA clock."""

    __tablename__ = "service_requests"
    __change_kind__ = ChangeKind.SERVICE_REQUEST
    __mapper_args__ = {"version_id_col": Versioned.version}
    __table_args__ = (
        Index("ix_service_requests_queue", "queue_at", "id"),
        Index("ix_service_requests_account", "account_id", "received_at"),
        Index("ix_service_requests_account_queue", "account_id", "queue_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    kind: Mapped[RequestKind] = mapped_column(_enum(RequestKind))
    priority: Mapped[Priority] = mapped_column(_enum(Priority))
    subject: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[RequestStatus] = mapped_column(_enum(RequestStatus), default=RequestStatus.NEW)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    due_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    due_resolution_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # [[start, end or null], …] as ISO moments: the time spent waiting on the client
    pauses: Mapped[list[list[str | None]]] = mapped_column(JSON, default=list)
    # the queue's order, kept with every write so a page of it reads off one index: the
    # due time while the clock runs, then the paused (PAUSED_AT), then the finished
    queue_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    escalation: Mapped[int] = mapped_column(Integer, default=0)  # a Rung
    escalated_to_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    breached: Mapped[bool] = mapped_column(Boolean, default=False)
    message_id: Mapped[str] = mapped_column(String(300), default="", index=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"))
    # the task the request became (`task_from_request`); a deleted task lets it go
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"))
    brand_id: Mapped[int | None] = mapped_column(ForeignKey("brands.id"))

    account: Mapped[Account] = relationship(lazy="raise")
    contact: Mapped[Contact | None] = relationship(lazy="raise")
    assignee: Mapped[Staff | None] = relationship(foreign_keys=[assignee_id], lazy="raise")


class RoutingRule(Versioned, Base):
    """One line of the switchboard: a request that matches every condition it sets (kind,
    channel, priority, brand; an unset one matches anything) goes to its person or to
    the least busy member of its team. Rules are tried by `position`, lowest first."""

    __tablename__ = "routing_rules"
    __change_kind__ = ChangeKind.ROUTING_RULE
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[RequestKind | None] = mapped_column(_enum(RequestKind), nullable=True)
    channel: Mapped[Channel | None] = mapped_column(_enum(Channel), nullable=True)
    priority: Mapped[Priority | None] = mapped_column(_enum(Priority), nullable=True)
    brand_id: Mapped[int | None] = mapped_column(ForeignKey("brands.id", ondelete="CASCADE"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    team: Mapped[Department | None] = mapped_column(_enum(Department, 120), nullable=True)


class Communication(Base):
    """One contact with a client: channel, direction, who, what, and its delivery."""

    __tablename__ = "communications"
    __change_kind__ = ChangeKind.COMMUNICATION
    __table_args__ = (
        Index("ix_communications_account", "account_id", "occurred_at"),
        Index("ix_communications_occurred", "occurred_at", "id"),  # the whole log, newest first
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("service_requests.id"), index=True)
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    direction: Mapped[Direction] = mapped_column(_enum(Direction))
    contact_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    addresses: Mapped[list[str]] = mapped_column(JSON, default=list)  # e-mail: from, to, cc
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    subject: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    their_zone: Mapped[str] = mapped_column(String(64), default="")
    follow_up: Mapped[date | None] = mapped_column(Date)
    delivery: Mapped[Delivery] = mapped_column(_enum(Delivery), default=Delivery.NOT_APPLICABLE)
    # what the channel confirms: carrier, tracking, signed_by, receipt, report, read…
    confirmation: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    message_id: Mapped[str] = mapped_column(String(300), default="", index=True)
    in_reply_to: Mapped[str] = mapped_column(String(300), default="")
    document_sha256: Mapped[str] = mapped_column(String(64), default="")
    scheduled_for: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CommunicationAttachment(Base):
    """A file that came or went with a communication, kept whole with its SHA-256."""

    __tablename__ = "communication_attachments"
    __change_kind__ = ChangeKind.COMMUNICATION
    __change_id__ = "communication_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    communication_id: Mapped[int] = mapped_column(
        ForeignKey("communications.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class MailTriage(Base):
    """A message from an unknown sender, waiting for someone to say whose it is."""

    __tablename__ = "mail_triage"
    __change_kind__ = ChangeKind.MAIL

    id: Mapped[int] = mapped_column(primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sender: Mapped[str] = mapped_column(String(300))
    subject: Mapped[str] = mapped_column(String(300), default="")
    message_id: Mapped[str] = mapped_column(String(300), default="", index=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)


class MailAccount(Versioned, Base):
    """The agency's service mailbox and outgoing server. The password is in the system
    keyring under (`keyring_service`, `username`), never in the database."""

    __tablename__ = "mail_accounts"
    __change_kind__ = ChangeKind.MAIL
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    address: Mapped[str] = mapped_column(String(200))
    username: Mapped[str] = mapped_column(String(200))
    imap_host: Mapped[str] = mapped_column(String(200), default="")
    imap_port: Mapped[int] = mapped_column(Integer, default=993)
    smtp_host: Mapped[str] = mapped_column(String(200), default="")
    smtp_port: Mapped[int] = mapped_column(Integer, default=587)
    security: Mapped[str] = mapped_column(String(16), default="starttls")  # tls, starttls, none
    keyring_service: Mapped[str] = mapped_column(String(120), default="agencia-mail")
    last_uid: Mapped[int] = mapped_column(Integer, default=0)
