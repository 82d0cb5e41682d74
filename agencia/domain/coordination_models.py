"""The mapped classes of coordination: people's capacity and absences, vendors and their
ratings, the tasks and milestones of a campaign with their dependencies, and vendor jobs.

A milestone is a task with a `milestone` kind and no length: it sits in the same
dependency graph, so a milestone whose date moves shifts what depends on it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from agencia.domain import campaign_models as _campaign_models  # noqa: F401  (keys to campaigns)
from agencia.domain.changes import ChangeKind
from agencia.domain.coordination_enums import MilestoneKind, TaskStatus, VendorCategory
from agencia.domain.enums import Department
from agencia.domain.models import Base, UTCDateTime, Versioned, _enum, utcnow


class StaffCapacity(Versioned, Base):
    """How many hours a week a person gives to tasks (40 unless the agency says otherwise)."""

    __tablename__ = "staff_capacity"
    __change_kind__ = ChangeKind.CAPACITY
    __change_id__ = "staff_id"
    __mapper_args__ = {"version_id_col": Versioned.version}

    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True
    )
    weekly_hours: Mapped[Decimal] = mapped_column(Numeric(5, 1), default=Decimal(40))


class Absence(Base):
    """Days a person is away (holidays, leave): their capacity those days is none."""

    __tablename__ = "absences"
    __change_kind__ = ChangeKind.CAPACITY
    __change_id__ = "staff_id"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="dates"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")


class Vendor(Versioned, Base):
    """An outside supplier: a production house, a printer, a photographer, a media outlet."""

    __tablename__ = "vendors"
    __change_kind__ = ChangeKind.VENDOR
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True, default="")
    category: Mapped[VendorCategory] = mapped_column(
        _enum(VendorCategory), default=VendorCategory.OTHER
    )
    tax_id: Mapped[str] = mapped_column(String(32), default="")
    contact_name: Mapped[str] = mapped_column(String(160), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    rates: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class VendorRating(Base):
    """How a vendor did on a job: 1 to 5 (an odd scale, 3 is "as expected"), with a word
    of why. Written once; the vendor's average is computed from them."""

    __tablename__ = "vendor_ratings"
    __change_kind__ = ChangeKind.VENDOR
    __change_id__ = "vendor_id"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id"), index=True)
    job_id: Mapped[int | None] = mapped_column(ForeignKey("vendor_jobs.id"), unique=True)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(String(500), default="")
    rated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    rated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Task(Versioned, Base):
    """Work on a campaign by an internal team or a vendor, or one of its milestones."""

    __tablename__ = "tasks"
    __change_kind__ = ChangeKind.TASK
    __mapper_args__ = {"version_id_col": Versioned.version}
    __table_args__ = (
        Index("ix_tasks_assignee_status_due", "assignee_id", "status", "due_on"),
        CheckConstraint("due_on >= start_on", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    team: Mapped[Department | None] = mapped_column(_enum(Department, 120), nullable=True)
    vendor_id: Mapped[int | None] = mapped_column(ForeignKey("vendors.id"), index=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    start_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    estimated_hours: Mapped[Decimal] = mapped_column(Numeric(7, 1), default=Decimal(0))
    status: Mapped[TaskStatus] = mapped_column(_enum(TaskStatus), default=TaskStatus.TODO)
    milestone: Mapped[MilestoneKind | None] = mapped_column(_enum(MilestoneKind), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TaskDependency(Base):
    """`task` starts only after `depends_on` ends, plus `lag_days` (finish-to-start)."""

    __tablename__ = "task_dependencies"
    __change_kind__ = ChangeKind.TASK
    __change_id__ = "task_id"
    __table_args__ = (
        UniqueConstraint("task_id", "depends_on_id"),
        CheckConstraint("task_id <> depends_on_id", name="not_self"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    depends_on_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), index=True
    )
    lag_days: Mapped[int] = mapped_column(Integer, default=0)


class VendorJob(Versioned, Base):
    """A job ordered from a vendor for a campaign: the quote commits money, the invoice
    spends it. Its purchase order is approved up the same ladder as a campaign's budget."""

    __tablename__ = "vendor_jobs"
    __change_kind__ = ChangeKind.VENDOR_JOB
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id"), index=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    description: Mapped[str] = mapped_column(String(300))
    quote: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3))
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    po_number: Mapped[str] = mapped_column(String(40), default="")
    delivered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    invoiced_amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
