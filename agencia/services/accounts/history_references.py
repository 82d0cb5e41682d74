"""Which fields of an account's trail hold another record's ID, and what record that is.

Plain data, no SQLAlchemy: the service that names them (`history_names`) and the page
that words them (`ui/accounts/labels.py`) read the same table. A field written with an
ID and not listed here reads as a number on the page: tests/ui/test_history_names.py
renders the demo's whole trail and fails on one.
"""

from __future__ import annotations

# field → what it points at: a row the accounts area reads ("staff", "contact", "brand",
# "account", "group"), or the kind of record the trail names (`AuditEvent.entity`)
REFERENCES: dict[str, str] = {
    "account": "account",
    "approval": "approval",
    "assignee": "staff",
    "assignee_id": "staff",
    "brand_id": "brand",
    "campaign": "campaign",
    "contact": "contact",
    "contact_id": "contact",
    "depends_on": "task",
    "escalated_to": "staff",
    "group_id": "group",
    "lead_executive_id": "staff",
    "owner_id": "staff",
    "parent_id": "account",
    "response": "survey_response",
    "survey": "survey",
    "task": "task",
    "task_id": "task",
    "template_id": "survey",
    "vendor_id": "vendor",
}

# (kind of entry, field) whose record the entry's own summary names: a response's survey
# («Cinco indicadores de calidad · 2025-11-02»: the survey and the day it was answered),
# the survey a questionnaire sent to a contact was («Cinco indicadores de calidad») —
# the shipped surveys have no trail of their own to be named from
NAMED_BY_SUMMARY: frozenset[tuple[str, str]] = frozenset(
    {("survey_response", "template_id"), ("contact", "survey")}
)
