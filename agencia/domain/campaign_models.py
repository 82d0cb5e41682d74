"""The mapped classes of campaigns: briefs, contrabriefs, meeting reports, proposals, the
documents they carry and the approvals that prove who decided what.

Briefs, proposals, approvals and status changes are written once and never edited: a
change is a new version (or, for an approval, a new decision that supersedes the last).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from agencia.domain.changes import ChangeKind
from agencia.domain.enums import (
    ApprovalStage,
    CampaignKind,
    CampaignStatus,
    Channel,
    Decision,
    MediaChannel,
)
from agencia.domain.models import (
    Base,
    Contact,
    Product,
    Staff,
    UTCDateTime,
    Versioned,
    _enum,
    utcnow,
)

campaign_products = Table(
    "campaign_products",
    Base.metadata,
    Column("campaign_id", ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True),
    Column("product_id", ForeignKey("products.id", ondelete="CASCADE"), primary_key=True),
)


class Document(Base):
    """A file kept in the database so that every workstation reaches it; never changed."""

    __tablename__ = "documents"
    __change_kind__ = ChangeKind.DOCUMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Campaign(Versioned, Base):
    """A campaign for one account and brand, from the brief to its results."""

    __tablename__ = "campaigns"
    __change_kind__ = ChangeKind.CAMPAIGN
    __mapper_args__ = {"version_id_col": Versioned.version}
    __table_args__ = (
        Index("ix_campaigns_status_deadline", "status", "deadline"),
        # the list in its default order, with what its filters test (migration 0019)
        Index("ix_campaigns_list", "deadline", "name_key", "id", "account_id", "owner_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    brand_id: Mapped[int | None] = mapped_column(ForeignKey("brands.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[CampaignKind] = mapped_column(_enum(CampaignKind), default=CampaignKind.AWARENESS)
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    budget: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[CampaignStatus] = mapped_column(
        _enum(CampaignStatus), default=CampaignStatus.BRIEF, index=True
    )
    may_be_shown: Mapped[bool] = mapped_column(Boolean, default=False)
    name_key: Mapped[str] = mapped_column(String(200), index=True, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    results_story: Mapped[str] = mapped_column(Text, default="")
    results_kpis: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    key_visual_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", use_alter=True), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    products: Mapped[list[Product]] = relationship(secondary=campaign_products, lazy="raise")


class Brief(Base):
    """One saved version of the client's brief, as a structured document (never edited)."""

    __tablename__ = "briefs"
    __change_kind__ = ChangeKind.BRIEF
    __table_args__ = (UniqueConstraint("campaign_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    template: Mapped[CampaignKind] = mapped_column(_enum(CampaignKind))
    objectives: Mapped[str] = mapped_column(Text, default="")
    brand: Mapped[str] = mapped_column(String(160), default="")
    product: Mapped[str] = mapped_column(String(200), default="")
    market: Mapped[str] = mapped_column(Text, default="")
    target_audience: Mapped[str] = mapped_column(Text, default="")
    insight: Mapped[str] = mapped_column(Text, default="")
    key_message: Mapped[str] = mapped_column(Text, default="")
    mandatories: Mapped[str] = mapped_column(Text, default="")
    channels: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), nullable=True)
    kpis: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(String(300), default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Contrabrief(Versioned, Base):
    """The agency's answer to the brief: what we understood, our questions, our approach."""

    __tablename__ = "contrabriefs"
    __change_kind__ = ChangeKind.CONTRABRIEF
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), unique=True
    )
    brief_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    understanding: Mapped[str] = mapped_column(Text, default="")
    questions: Mapped[str] = mapped_column(Text, default="")
    approach: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


meeting_staff = Table(
    "meeting_staff",
    Base.metadata,
    Column("meeting_id", ForeignKey("meeting_reports.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True),
)

meeting_contacts = Table(
    "meeting_contacts",
    Base.metadata,
    Column("meeting_id", ForeignKey("meeting_reports.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
)


class MeetingReport(Versioned, Base):
    """An acta: who met, what was agreed, the next steps; acknowledged by the client."""

    __tablename__ = "meeting_reports"
    __change_kind__ = ChangeKind.MEETING
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    agreements: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    sent_to_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    acknowledged_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    acknowledged_channel: Mapped[Channel | None] = mapped_column(_enum(Channel), nullable=True)
    acknowledgement_note: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The acta's PDF as kept with the campaign (a Document with this SHA-256; None once the
    # acta is corrected), the one sent to the client, and the one the client acknowledged.
    acta_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    sent_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    acknowledged_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)

    staff: Mapped[list[Staff]] = relationship(
        secondary=meeting_staff, lazy="raise", order_by="Staff.name_key"
    )
    contacts: Mapped[list[Contact]] = relationship(
        secondary=meeting_contacts, lazy="raise", order_by="Contact.full_name"
    )
    next_steps: Mapped[list[NextStep]] = relationship(
        back_populates="meeting",
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="NextStep.position",
    )


class NextStep(Base):
    """One agreed next step: what, who (ours or theirs) and by when."""

    __tablename__ = "meeting_next_steps"
    __change_kind__ = ChangeKind.MEETING
    __change_id__ = "meeting_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_reports.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(String(300))
    owner_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    owner_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    meeting: Mapped[MeetingReport] = relationship(back_populates="next_steps", lazy="raise")


proposal_documents = Table(
    "proposal_documents",
    Base.metadata,
    Column("proposal_id", ForeignKey("proposals.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("documents.id"), primary_key=True),
)


class Proposal(Base):
    """One version of the agency's proposal: summary, notes and its files (never edited)."""

    __tablename__ = "proposals"
    __change_kind__ = ChangeKind.PROPOSAL
    __table_args__ = (UniqueConstraint("campaign_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    documents: Mapped[list[Document]] = relationship(secondary=proposal_documents, lazy="raise")


class Approval(Base):
    """A decision on a brief or proposal version; appended, never edited or deleted.

    For the client's decision `decided_by_id` is who recorded it and `contact_id` who
    decided; `document_sha256` fingerprints the exact document presented.
    """

    __tablename__ = "approvals"
    __change_kind__ = ChangeKind.APPROVAL
    # One decision in force per stage: each supersedes exactly one (the database refuses a
    # second decision racing the first to supersede the same one), and only one starts it.
    __table_args__ = (
        Index("ix_approvals_campaign", "campaign_id", "at"),
        Index("uq_approvals_supersedes", "supersedes_id", unique=True),
        Index(
            "uq_approvals_first_of_stage",
            "campaign_id",
            "stage",
            unique=True,
            sqlite_where=text("supersedes_id IS NULL"),
            # postgresql_where: added by declare_postgresql_options (loading the PG
            # dialect here cost every SQLite start-up ~20% of its first read's imports)
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"))
    stage: Mapped[ApprovalStage] = mapped_column(_enum(ApprovalStage))
    brief_id: Mapped[int | None] = mapped_column(ForeignKey("briefs.id"), nullable=True)
    proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposals.id"), nullable=True)
    subject_number: Mapped[int] = mapped_column(Integer)
    decision: Mapped[Decision] = mapped_column(_enum(Decision))
    comment: Mapped[str] = mapped_column(Text, default="")
    required_role: Mapped[str] = mapped_column(String(32), default="")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    on_behalf_of_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), nullable=True)
    decided_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[Channel | None] = mapped_column(_enum(Channel), nullable=True)
    document_sha256: Mapped[str] = mapped_column(String(64), default="")
    proof_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("approvals.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StatusChange(Base):
    """One move in a campaign's life, with what it needed (reason, document presented)."""

    __tablename__ = "campaign_status_changes"
    __change_kind__ = ChangeKind.CAMPAIGN
    __change_id__ = "campaign_id"
    __table_args__ = (Index("ix_campaign_status_changes_campaign", "campaign_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    from_status: Mapped[CampaignStatus | None] = mapped_column(_enum(CampaignStatus), nullable=True)
    to_status: Mapped[CampaignStatus] = mapped_column(_enum(CampaignStatus))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    comment: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True)
    document_sha256: Mapped[str] = mapped_column(String(64), default="")
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approvals.id"), nullable=True)
    occurred_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # e.g. presented on
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)  # when it was recorded


class Delegation(Versioned, Base):
    """An approver hands their approvals to a peer for a period (holidays, travel)."""

    __tablename__ = "approval_delegations"
    __change_kind__ = ChangeKind.DELEGATION
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    from_staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    to_staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300), default="")
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MediaPlanLine(Base):
    """One line of a campaign's media plan: a channel, what runs there, when, at what cost.

    The plan is saved whole (media_plan.save_plan) under the campaign's own version.
    """

    __tablename__ = "media_plan_lines"
    __change_kind__ = ChangeKind.MEDIA_PLAN
    __change_id__ = "campaign_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    channel: Mapped[MediaChannel] = mapped_column(_enum(MediaChannel))
    description: Mapped[str] = mapped_column(String(300), default="")
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal(0))
    starts: Mapped[date | None] = mapped_column(Date, nullable=True)
    ends: Mapped[date | None] = mapped_column(Date, nullable=True)


# Partial-index conditions PostgreSQL needs: naming a `postgresql_*` option imports the
# whole PostgreSQL dialect, so they are attached only once a PostgreSQL engine is made.
_POSTGRESQL_WHERE = {"uq_approvals_first_of_stage": "supersedes_id IS NULL"}


def declare_postgresql_options() -> None:
    """Give the partial indexes their PostgreSQL condition (idempotent); called by
    agencia.db.engine before a PostgreSQL engine is used and by migrations/env.py."""
    for index in Base.metadata.tables[Approval.__tablename__].indexes:
        where = _POSTGRESQL_WHERE.get(index.name or "")
        if where is not None and index.dialect_options["postgresql"]["where"] is None:
            index.dialect_kwargs["postgresql_where"] = text(where)
