"""The codes of the coordination area (tasks, milestones, vendors), without SQLAlchemy so
that the window's first paint and the catalogue of labels may import them."""

from __future__ import annotations

from enum import StrEnum


class TaskStatus(StrEnum):
    """Where a task of a campaign stands."""

    TODO = "todo"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"
    DONE = "done"
    CANCELLED = "cancelled"


# A task in one of these states no longer needs anyone's time, nor holds up anything.
FINISHED: frozenset[TaskStatus] = frozenset({TaskStatus.DONE, TaskStatus.CANCELLED})


class MilestoneKind(StrEnum):
    """The milestones of a campaign's life; each is reached by a move of the campaign."""

    BRIEF_APPROVED = "brief_approved"
    INTERNAL_REVIEW = "internal_review"
    PRESENTATION = "presentation"
    CLIENT_APPROVAL = "client_approval"
    GO_LIVE = "go_live"
    END = "end"


class VendorCategory(StrEnum):
    """What an outside supplier does for the agency."""

    PRODUCTION_HOUSE = "production_house"
    PRINTER = "printer"
    PHOTOGRAPHER = "photographer"
    MEDIA_OUTLET = "media_outlet"
    COURIER = "courier"
    OTHER = "other"
