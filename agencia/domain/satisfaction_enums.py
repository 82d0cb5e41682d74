"""The satisfaction area's enums, without SQLAlchemy (the first paint needs none)."""

from __future__ import annotations

from enum import StrEnum


class ScaleWording(StrEnum):
    """The words on a scale's points: how good something was, or how satisfied."""

    QUALITY = "quality"  # Pésimo … Excelente
    SATISFACTION = "satisfaction"  # Muy insatisfecho … Muy satisfecho


class Dimension(StrEnum):
    """The dimensions the two shipped templates measure; a copied template may add its
    own, named freely (they have no key)."""

    TANGIBLES = "tangibles"
    FULFILMENT = "fulfilment"
    ATTITUDE = "attitude"
    SKILLS = "skills"
    EMPATHY = "empathy"
    RESPONSIBILITY = "responsibility"
    COMPETENCE = "competence"
    TRUST = "trust"
    UNDERSTANDING = "understanding"
    ACCESS = "access"
    COURTESY = "courtesy"
    SECURITY = "security"
    TANGIBILITY = "tangibility"


class ResponseSource(StrEnum):
    """How a response reached the agency."""

    ENTRY = "entry"  # typed in from a call or a paper form
    CSV = "csv"
    PDF = "pdf"


class ActionStatus(StrEnum):
    """Where an improvement action stands."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class HealthBand(StrEnum):
    """How an account's health reads at a glance."""

    HEALTHY = "healthy"
    WATCH = "watch"
    AT_RISK = "at_risk"


class HealthFactor(StrEnum):
    """What the account health indicator combines."""

    SATISFACTION = "satisfaction"
    TREND = "trend"
    SLA = "sla"
    APPROVAL_CYCLE = "approval_cycle"
    OVERDUE_TASKS = "overdue_tasks"
    LAST_CONTACT = "last_contact"
