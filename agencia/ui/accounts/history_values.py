"""The values of an account's history as people read them, not as the trail keeps them.

The trail keeps codes and plain text: «certified_post», «outbound», «assigned →
in_progress», «account_supervisor», «None → 2026-10-19», «12000.00». Each reads here
in the window's language and the agency's formats: the enums' words from the one
catalogue (a status by the kind of record it is of), dates and amounts through
`ui/formatting`, and «—» for nothing. Read only when the history is painted (the
catalogue's modules of other areas are not the list's first page's).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QLocale

from agencia.domain.coordination_enums import MilestoneKind, TaskStatus
from agencia.domain.enums import (
    AccountStatus,
    ApprovalStage,
    CampaignKind,
    CampaignStatus,
    Channel,
    ContactRole,
    Decision,
    Department,
    MediaChannel,
    Role,
)
from agencia.domain.labels import label
from agencia.domain.satisfaction_enums import ActionStatus
from agencia.domain.service_enums import Delivery, Direction, Priority, RequestKind, RequestStatus
from agencia.ui.formatting import date_text, datetime_text, number

# a field's codes, whatever record it is of
FIELD_ENUMS: dict[str, type[StrEnum]] = {
    "channel": Channel,
    "preferred_channel": Channel,
    "contact_role": ContactRole,
    "direction": Direction,
    "decision": Decision,
    "stage": ApprovalStage,
    "level": Role,  # an approval's level: the role that may give it
    "milestone": MilestoneKind,
    "priority": Priority,
    "delivery": Delivery,
    "team": Department,  # a task's team
    "medium": MediaChannel,  # a media plan line's
}
# the codes of a field that means something else on each kind of record
BY_ENTITY: dict[tuple[str, str], type[StrEnum]] = {
    ("account", "status"): AccountStatus,
    ("campaign", "status"): CampaignStatus,
    ("service_request", "status"): RequestStatus,
    ("task", "status"): TaskStatus,
    ("improvement_action", "status"): ActionStatus,
    ("campaign", "kind"): CampaignKind,
    ("service_request", "kind"): RequestKind,
}
AMOUNTS = {"budget", "quote", "invoiced_amount", "total"}  # decimals, as the trail wrote them
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # a whole value: a date field's
_LAST_DAY = re.compile(r"(?<= · )\d{4}-\d{2}-\d{2}$")  # «… · 2026-09-28»: a summary's
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_AMOUNT = re.compile(r"^-?\d+(\.\d+)?$")


def coded(entity: str, name: str, value: str) -> str | None:
    """The words for a code of field `name` on a record of kind `entity`; None when it
    is not one (text typed by people, an old code no longer written)."""
    enum = BY_ENTITY.get((entity, name)) or FIELD_ENUMS.get(name)
    if enum is None:
        return None
    try:
        return label(enum(value))
    except ValueError:
        return None


def plain(name: str, value: str, locale: QLocale | None) -> str:
    """Text from the trail: «None» (an empty value written as text) is nothing; a day,
    a moment and an amount (each the whole value) in the agency's formats; anything else
    as it is — a day inside a trade name, a subject or a note is what was typed."""
    if value == "None":
        return "—"
    if locale is None:
        return value
    if name in AMOUNTS and _AMOUNT.match(value):
        try:
            return number(Decimal(value), locale, 2)
        except InvalidOperation:
            return value
    if _MOMENT.match(value):
        try:
            return datetime_text(datetime.fromisoformat(value), locale)
        except ValueError:
            return value
    return _day(_DAY, value, locale)


def days(text: str, locale: QLocale) -> str:
    """The day a summary ends with as the agency writes a day («… · 2026-09-28» → «… ·
    28 sept 2026»): a survey response is known by its survey and the day it was answered
    (`NAMED_BY_SUMMARY`). Only that one: a day elsewhere in it is part of a name as typed."""
    return _day(_LAST_DAY, text, locale)


def _day(where: re.Pattern[str], text: str, locale: QLocale) -> str:
    found = where.search(text)
    if found is None:
        return text
    try:
        written = date_text(date.fromisoformat(found.group(0)), locale)
    except ValueError:
        return text
    return text[: found.start()] + written + text[found.end() :]


def plan_lines(lines: list[Any], locale: QLocale | None) -> str:
    """A media plan as the trail keeps it (medium, what, amount, from, to per line), one
    line after another in words: «TV: Spot de 20 s… (32.300.000,00; 19 oct 2026 – 26
    nov 2026)»."""
    said = []
    for line in lines:
        if not (isinstance(line, list | tuple) and len(line) == 5):
            said.append(str(line))
            continue
        medium, what, amount, start, end = (str(part) for part in line)
        medium = coded("", "medium", medium) or medium
        dates = f"{plain('', start, locale)} – {plain('', end, locale)}"
        said.append(f"{medium}: {what} ({plain('total', amount, locale)}; {dates})")
    return "; ".join(said)
