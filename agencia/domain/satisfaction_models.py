"""The mapped classes of the satisfaction area: survey templates, responses and their
answers, and the improvement actions their weakest dimensions become.

A template keeps its dimensions and questions as one JSON document
(`survey_templates.DimensionDef`); an answer names its question by place (dimension and
question numbers), so a template that any response used is never edited: the service
saves the edit as a new revision of the same family and retires the old one. Each
account's health is kept day by day (`HealthRecord`) so its trend can be drawn.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from agencia.domain import campaign_models as _campaign_models  # noqa: F401  (keys to campaigns)
from agencia.domain.changes import ChangeKind
from agencia.domain.models import Base, UTCDateTime, Versioned, _enum, utcnow
from agencia.domain.satisfaction_enums import (
    ActionStatus,
    Dimension,
    HealthBand,
    ResponseSource,
    ScaleWording,
)


class SurveyTemplate(Versioned, Base):
    """A survey's design: dimensions and questions on one odd scale. `family_id` is the
    first revision's id (its own for the first); `retired` once a newer revision exists."""

    __tablename__ = "survey_templates"
    __change_kind__ = ChangeKind.SURVEY
    __mapper_args__ = {"version_id_col": Versioned.version}
    __table_args__ = (
        UniqueConstraint("family_id", "revision"),
        CheckConstraint("points IN (5, 7, 9)", name="odd_points"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int | None] = mapped_column(Integer, index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(160))
    points: Mapped[int] = mapped_column(SmallInteger, default=5)
    wording: Mapped[ScaleWording] = mapped_column(_enum(ScaleWording), default=ScaleWording.QUALITY)
    language: Mapped[str] = mapped_column(String(8), default="es")
    # [{"name": …, "key": Dimension or null, "questions": [text, …]}, …]
    dimensions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    shipped: Mapped[str] = mapped_column(String(40), default="")  # five_indicators, …
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SurveyResponse(Versioned, Base):
    """One client's answers to one template revision, on a date, maybe for a campaign.
    `importance` maps a dimension's number (as text) to how much it matters to them."""

    __tablename__ = "survey_responses"
    __change_kind__ = ChangeKind.SURVEY_RESPONSE
    __mapper_args__ = {"version_id_col": Versioned.version}
    __table_args__ = (
        Index("ix_survey_responses_account", "account_id", "answered_on"),
        # a returned questionnaire counts once, even imported twice at the same instant
        Index("uq_survey_responses_form_token", "form_token", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("survey_templates.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"))
    answered_on: Mapped[date] = mapped_column(Date)
    source: Mapped[ResponseSource] = mapped_column(
        _enum(ResponseSource), default=ResponseSource.ENTRY
    )
    importance: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    answered: Mapped[int] = mapped_column(Integer, default=0)
    questions: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # the token of the returned PDF questionnaire it came from (services.satisfaction.questionnaire)
    form_token: Mapped[str | None] = mapped_column(String(32), nullable=True)


class SurveyAnswer(Base):
    """What the client expected and perceived on one question (either may be missing)."""

    __tablename__ = "survey_answers"
    __change_kind__ = ChangeKind.SURVEY_RESPONSE
    __change_id__ = "response_id"
    __table_args__ = (UniqueConstraint("response_id", "dimension_no", "question_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("survey_responses.id", ondelete="CASCADE"), index=True
    )
    dimension_no: Mapped[int] = mapped_column(SmallInteger)
    question_no: Mapped[int] = mapped_column(SmallInteger)
    expected: Mapped[int | None] = mapped_column(SmallInteger)
    perceived: Mapped[int | None] = mapped_column(SmallInteger)


class ImprovementAction(Versioned, Base):
    """A weak dimension turned into work: what to do, who, by when, and the gap it
    opened with; closed, it keeps the gap the next survey showed."""

    __tablename__ = "improvement_actions"
    __change_kind__ = ChangeKind.IMPROVEMENT_ACTION
    __mapper_args__ = {"version_id_col": Versioned.version}
    __table_args__ = (Index("ix_improvement_actions_status_due", "status", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    dimension: Mapped[str] = mapped_column(String(160))
    dimension_key: Mapped[Dimension | None] = mapped_column(_enum(Dimension), nullable=True)
    title: Mapped[str] = mapped_column(String(200))
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    opened_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.OPEN)
    opened_gap: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    closed_on: Mapped[date | None] = mapped_column(Date)
    closing_gap: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    task_id: Mapped[int | None] = mapped_column(Integer)  # the coordination task, if any
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class HealthRecord(Base):
    """An account's health as computed on one day: the figure, its band, the client's
    satisfaction (1–5) and the reasons (message codes with parameters). One row per
    account and day: a later computation the same day replaces it."""

    __tablename__ = "account_health_history"
    __change_kind__ = ChangeKind.ACCOUNT_HEALTH
    __change_id__ = "account_id"
    __table_args__ = (UniqueConstraint("account_id", "computed_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    computed_on: Mapped[date] = mapped_column(Date)
    score: Mapped[int | None] = mapped_column(SmallInteger)
    band: Mapped[HealthBand | None] = mapped_column(_enum(HealthBand), nullable=True)
    satisfaction: Mapped[Decimal | None] = mapped_column(Numeric(4, 2))
    # [[code, {param: value}], …], worst first
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
