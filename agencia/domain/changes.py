"""What a write changed: the kinds of record and their ids, recorded by the unit of work.

One record drives everything that reacts to a write: this workstation's screens refresh
from it, and on PostgreSQL the same record is sent to the other workstations (NOTIFY).
A screen never declares what its write changed; the write says so itself (Anki's
`OpChanges`). Plain Python: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ChangeKind(StrEnum):
    """A kind of record a write can change; each area declares the kinds it announces."""

    ACCOUNT = "account"
    AGENCY = "agency"
    APPROVAL = "approval"
    BRAND = "brand"
    BRIEF = "brief"
    CAMPAIGN = "campaign"
    CAPACITY = "capacity"
    CONTACT = "contact"
    CONTRABRIEF = "contrabrief"
    DATA_IMPORT = "data_import"
    DELEGATION = "delegation"
    DOCUMENT = "document"
    GROUP = "group"
    MEDIA_PLAN = "media_plan"
    MEETING = "meeting"
    PRODUCT = "product"
    PROPOSAL = "proposal"
    STAFF = "staff"
    TASK = "task"
    USER = "user"
    VENDOR = "vendor"
    VENDOR_JOB = "vendor_job"
    SERVICE_REQUEST = "service_request"
    SLA_POLICY = "sla_policy"
    ROUTING_RULE = "routing_rule"
    COMMUNICATION = "communication"
    MAIL = "mail"
    SURVEY = "survey"
    SURVEY_RESPONSE = "survey_response"
    IMPROVEMENT_ACTION = "improvement_action"
    ACCOUNT_HEALTH = "account_health"


@dataclass(frozen=True, slots=True)
class Changes:
    """The kinds a write touched and, where known, the ids of the records of each kind.

    `everything()` stands for "anything may have changed" (a listener that reconnects
    has missed the notices sent meanwhile): every kind, no ids.
    """

    kinds: frozenset[ChangeKind] = frozenset()
    ids: frozenset[tuple[ChangeKind, int]] = field(default=frozenset())

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset(ChangeKind))

    @classmethod
    def of(cls, *kinds: ChangeKind, ids: Iterable[tuple[ChangeKind, int]] = ()) -> Changes:
        return cls(frozenset(kinds), frozenset(ids))

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __contains__(self, kind: object) -> bool:
        return kind in self.kinds

    def __iter__(self) -> Iterator[ChangeKind]:
        return iter(sorted(self.kinds))

    def touches(self, kinds: Iterable[ChangeKind]) -> bool:
        """True when any of `kinds` changed."""
        return not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: ChangeKind) -> frozenset[int]:
        """The ids of `kind` that changed (empty when unknown)."""
        return frozenset(record for k, record in self.ids if k == kind)

    def merged(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids)

    def to_json(self) -> dict[str, Any]:
        """Plain data for a notice: kinds, and ids per kind."""
        by_kind: dict[str, list[int]] = {}
        for kind, record in sorted(self.ids):
            by_kind.setdefault(kind.value, []).append(record)
        return {"kinds": sorted(k.value for k in self.kinds), "ids": by_kind}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Changes | None:
        """Read a notice; None when it is not one (unknown kinds are skipped: a newer
        workstation may announce kinds this one does not know)."""
        raw = data.get("kinds")
        if not isinstance(raw, list):
            return None
        known = {k.value: k for k in ChangeKind}
        kinds = frozenset(known[k] for k in raw if isinstance(k, str) and k in known)
        ids: set[tuple[ChangeKind, int]] = set()
        raw_ids = data.get("ids")
        if isinstance(raw_ids, dict):
            for name, values in raw_ids.items():
                if name in known and isinstance(values, list):
                    ids.update((known[name], v) for v in values if isinstance(v, int))
        return cls(kinds, frozenset(ids)) if kinds else None

    def dumps(self) -> str:
        return json.dumps(self.to_json(), sort_keys=True)
