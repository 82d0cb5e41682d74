"""The areas of the application, by stable id (the rail, navigation, the command line)."""

from __future__ import annotations

from enum import StrEnum


class AreaId(StrEnum):
    """An area's id: stable, stored in settings and used to navigate between areas."""

    PENDING = "pending"
    ACCOUNTS = "accounts"
    CAMPAIGNS = "campaigns"
    TEAM = "team"  # the agency: its profile and its people's hierarchy
    PEOPLE = "people"  # staff, sign-in accounts, account groups and account teams
    DECKS = "decks"
    COORDINATION = "coordination"  # tasks, milestones, teams' workload, vendors
    DATA = "data"  # imports, exports, the full export and restore
    SERVICE = "service"  # service requests on SLA clocks, routing and escalation
    COMMUNICATIONS = "communications"  # every contact with a client, mail in and out
    SATISFACTION = "satisfaction"  # surveys, expectation against perception, account health
