"""The demo's time: its fixed "today", and the clock the services' stamps read while the
demo is filled.

The services stamp the rows they write with the real time; while the demo is filled a
`DemoClock` makes those stamps read the demo's own time instead (`DEMO_NOW`, and while
the campaigns play, each event's date and hour), so that the same seed gives the same
database, dates included.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any, Final

from sqlalchemy import Connection, event, inspect
from sqlalchemy.orm.attributes import flag_modified

from agencia.domain.campaign_models import (
    Approval,
    Brief,
    Campaign,
    Contrabrief,
    Delegation,
    Document,
    MeetingReport,
    Proposal,
    StatusChange,
)
from agencia.domain.enums import ApprovalStage
from agencia.domain.models import AuditEvent

# The demo's "today": fixed, so that the same seed gives the same database, dates included.
DEMO_NOW: Final = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)

# What the services stamp with the clock: on a new row, and on a changed one.
_ON_INSERT: Final[dict[type, tuple[str, ...]]] = {
    Campaign: ("created_at", "updated_at"),
    Brief: ("created_at",),
    Contrabrief: ("updated_at",),
    MeetingReport: ("created_at",),
    Document: ("uploaded_at",),
    Proposal: ("created_at",),
    Approval: ("at",),
    StatusChange: ("at",),
    Delegation: ("created_at",),
    AuditEvent: ("at",),
}
_ON_UPDATE: Final[dict[type, tuple[str, ...]]] = {
    Campaign: ("updated_at",),
    Contrabrief: ("updated_at",),
    MeetingReport: ("sent_at",),  # only when it changes: the acta is being sent
}


class DemoClock:
    """The demo's time for the services' own stamps, on one connection only.

    While it runs, the rows written through `connection` get `at` instead of the real
    time (and internal decisions `at`'s date) as they are inserted or changed: the
    append-only tables (approvals, status changes) are written once, already dated.
    Sessions on other connections, in other threads, are left alone.
    """

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.at = DEMO_NOW

    def _ours(self, connection: Connection) -> bool:
        return connection is self.connection

    def _inserting(self, _mapper: Any, connection: Connection, target: Any) -> None:
        if not self._ours(connection):
            return
        for name in _ON_INSERT[type(target)]:
            setattr(target, name, self.at)
        if isinstance(target, Approval) and target.stage is not ApprovalStage.CLIENT:
            # the service dates it today; never after the real today either
            target.decided_on = min(self.at.date(), date.today())

    def _updating(self, _mapper: Any, connection: Connection, target: Any) -> None:
        if not self._ours(connection):
            return
        for name in _ON_UPDATE[type(target)]:
            if name != "sent_at" or inspect(target).attrs.sent_at.history.has_changes():
                setattr(target, name, self.at)
                flag_modified(target, name)  # written even when equal, or onupdate would be

    @contextmanager
    def running(self) -> Iterator[DemoClock]:
        listeners = [(model, "before_insert", self._inserting) for model in _ON_INSERT]
        listeners += [(model, "before_update", self._updating) for model in _ON_UPDATE]
        for model, name, fn in listeners:
            event.listen(model, name, fn)
        try:
            yield self
        finally:
            for model, name, fn in listeners:
                event.remove(model, name, fn)
