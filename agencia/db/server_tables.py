"""How the server guards each table (agencia.db.server_security): the agency's own, or
an account's, found through its parents; and what writing an account's rows takes.

A row's account is found through account_id, campaign_id, or a foreign key to a table
that has an account — a mandatory parent before an optional one: an optional column
left empty says nothing of whose the row is (security7 F14), and a row whose every
path may be empty is `loose`, its writing the action `LOOSE_WRITES` names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, inspect

from agencia.db.server_agency_tables import GLOBAL_WRITES
from agencia.db.server_settings import SETTINGS
from agencia.domain.permissions import Action

_CAMPAIGN_WORK = (
    Action.EDIT_BRIEFS,
    Action.RECORD_CLIENT_DECISION,
    Action.INTERNAL_APPROVAL,
    Action.CANCEL_CAMPAIGNS,
)
# An acta's tables (domain.campaign_models.MeetingReport and what hangs from it).
MEETING_TABLES = ("meeting_reports", "meeting_staff", "meeting_contacts", "meeting_next_steps")
# What lets a person write rows that belong to an account, by table; a table not named
# here (another area's) may be written by whoever works on the account.
ACCOUNT_WRITES: dict[str, tuple[Action, ...]] = {
    "accounts": (Action.EDIT_ACCOUNT,),
    "brands": (Action.EDIT_ACCOUNT,),
    "products": (Action.EDIT_ACCOUNT,),
    "contacts": (Action.EDIT_ACCOUNT,),
    "contact_brands": (Action.EDIT_ACCOUNT,),
    # an account's team is its director's (MANAGE_ACCOUNT_TEAMS, REASSIGN_ACCOUNTS); the
    # administrator's own work moves leads and teams along: a person who leaves hands
    # their accounts over (services.people.handover), a group move gives them a lead of
    # the group (services.people.group_moves), a merge moves the duplicate's team
    # (services.accounts.merge). A new account's lead row: `_also_added`.
    "account_assignments": (
        Action.MANAGE_ACCOUNT_TEAMS,
        Action.REASSIGN_ACCOUNTS,
        Action.MANAGE_PEOPLE,
        Action.MANAGE_GROUPS,
        Action.MERGE_ACCOUNTS,
    ),
    "approvals": (Action.INTERNAL_APPROVAL, Action.RECORD_CLIENT_DECISION),
    # an acta is written, sent and acknowledged by whoever logs contacts with the account
    # (services.campaigns.meetings: LOG_COMMUNICATION, a trainee on its team too), not
    # by the campaign's work; its people and next steps go with it
    **dict.fromkeys(MEETING_TABLES, (Action.LOG_COMMUNICATION,)),
    # a person who leaves hands their campaigns over (services.people.handover)
    "campaigns": (*_CAMPAIGN_WORK, Action.MANAGE_PEOPLE),
    # an account's health as computed by whoever sees it (services.satisfaction.health_history)
    "account_health_history": (Action.SEE_ACCOUNTS,),
    "sla_policies": (Action.EDIT_ACCOUNT,),  # services.service.policies
    # services.satisfaction.improvements; a merge moves the duplicate's (accounts.merge)
    "improvement_actions": (Action.MANAGE_IMPROVEMENTS, Action.MERGE_ACCOUNTS),
    # a rating is the vendors' people's, on a job of a campaign they see (coordination.vendors)
    "vendor_ratings": (Action.SEE_ACCOUNTS,),
    # security7 H2: a request is taken, and a contact logged, by whoever logs contacts
    # with the account (services.service.requests, communications.log); a survey's
    # answers are recorded by RECORD_SURVEYS (satisfaction.responses)
    "service_requests": (Action.LOG_COMMUNICATION,),
    "communications": (Action.LOG_COMMUNICATION,),
    "communication_attachments": (Action.LOG_COMMUNICATION,),
    "survey_responses": (Action.RECORD_SURVEYS,),
    "survey_answers": (Action.RECORD_SURVEYS,),
}
# Where updating an account's row takes other actions than adding it (security7 H2):
# a request is moved by whoever logs contacts, reassigned by REASSIGN_REQUESTS; a merge
# moves the duplicate's rows (accounts.merge); which columns, `server_column_rules`.
# () : nobody updates one on the server.
ACCOUNT_CHANGES: dict[str, tuple[Action, ...]] = {
    "service_requests": (
        Action.LOG_COMMUNICATION,
        Action.REASSIGN_REQUESTS,
        Action.MERGE_ACCOUNTS,
    ),
    # a scheduled message sent (communications.outbox), a triaged one's sender
    "communications": (Action.LOG_COMMUNICATION, Action.MERGE_ACCOUNTS),
    "communication_attachments": (),
    "survey_responses": (Action.MERGE_ACCOUNTS,),
    "survey_answers": (),
}
# Who deletes an account's rows where not whoever writes them; () : nobody, on the
# server — a request, a contact, a survey's answers, an improvement action are never
# deleted by a service; a health history only goes with a merged duplicate.
ACCOUNT_REMOVES: dict[str, tuple[Action, ...]] = {
    "service_requests": (),
    "communications": (),
    "communication_attachments": (),
    "survey_responses": (),
    "survey_answers": (),
    "improvement_actions": (),
    "account_health_history": (Action.MERGE_ACCOUNTS,),
}
# The action a row of no account takes (an agency-wide policy, action, rating); a table
# not named here has no such row anyone writes (a document is always a campaign's).
LOOSE_WRITES: dict[str, Action] = {
    "sla_policies": Action.AGENCY_SETTINGS,
    "improvement_actions": Action.MANAGE_IMPROVEMENTS,
    "vendor_ratings": Action.MANAGE_VENDORS,
}
# An action the services ask anywhere besides the account's (rating vendors).
ALSO_GLOBAL: dict[str, Action] = {"vendor_ratings": Action.MANAGE_VENDORS}
_ANY_WORK = (Action.EDIT_ACCOUNT, Action.LOG_COMMUNICATION, *_CAMPAIGN_WORK)
# Parents through which a row reaches its account, in the order they are tried.
_PARENT_COLUMNS = ("account_id", "campaign_id")
_NOT_PEOPLES = ("alembic_version", SETTINGS)


@dataclass(frozen=True)
class TablePlan:
    """How one table is guarded: its account (an SQL expression on its row, None when
    the table is the agency's, not an account's), and what writing it takes."""

    name: str
    account: str | None
    writes: tuple[Action, ...]
    has_id: bool = True
    depth: int = 0  # how many parents away its account is (functions made in this order)
    campaign: str | None = None  # its campaign (an SQL expression), for a campaign's rows
    campaign_depth: int = 0
    loose: bool = False  # whether a row may have no account (an optional parent)
    changes: tuple[Action, ...] | None = None  # updating, when not `writes`
    removes: tuple[Action, ...] | None = None  # deleting, when not `writes`


def plan(connection: Connection) -> list[TablePlan]:
    """Each of the database's tables, classified: the agency's, or an account's (found
    through account_id, campaign_id, or a foreign key to a table that has an account;
    a mandatory parent before an optional one, whose empty value would say nothing)."""
    inspector = inspect(connection)
    names = [n for n in inspector.get_table_names() if n not in _NOT_PEOPLES]
    found = {n: inspector.get_columns(n) for n in names}
    columns = {n: {c["name"] for c in found[n]} for n in names}
    optional = {n: {c["name"] for c in found[n] if c["nullable"]} for n in names}
    keys = {n: inspector.get_foreign_keys(n) for n in names}
    paths = _account_paths(names, columns, optional, keys)
    campaign, campaign_depth = _campaign_paths(names, columns, keys)
    plans = []
    for name in sorted(names):
        has_id = "id" in columns[name]
        if name in GLOBAL_WRITES or name not in paths:  # the agency's own
            plans.append(
                TablePlan(name, None, (GLOBAL_WRITES.get(name, Action.AGENCY_SETTINGS),), has_id)
            )
            continue
        account, depth, strict = paths[name]
        writes = ACCOUNT_WRITES.get(name) or (
            _CAMPAIGN_WORK if _via_campaign(name, account) else _ANY_WORK
        )
        plans.append(
            TablePlan(
                name,
                account,
                writes,
                has_id,
                depth,
                campaign.get(name),
                campaign_depth.get(name, 0),
                loose=not strict,
                changes=ACCOUNT_CHANGES.get(name),
                removes=ACCOUNT_REMOVES.get(name),
            )
        )
    return plans


def _account_paths(
    names: list[str],
    columns: dict[str, set[str]],
    optional: dict[str, set[str]],
    keys: dict[str, list[Any]],
) -> dict[str, tuple[str, int, bool]]:
    """Each account's table's account (an SQL expression), its depth, and whether every
    row has one (`strict`: mandatory columns all the way up)."""
    strict: dict[str, bool] = {"accounts": True}
    chosen: dict[str, tuple[str, str] | None] = {"accounts": None}  # (parent, column)
    for name in names:
        if name != "accounts" and "account_id" in columns[name]:
            strict[name], chosen[name] = "account_id" not in optional[name], None
    changed = True
    while changed:  # through parents, until nothing better is found
        changed = False
        for name in names:
            if name in GLOBAL_WRITES or (name in chosen and chosen[name] is None):
                continue
            best: tuple[tuple[bool, int], str, str] | None = None
            for fk in keys[name]:
                parent = fk["referred_table"]
                if len(fk["constrained_columns"]) != 1 or parent not in strict:
                    continue
                if parent == name or fk["referred_columns"] != ["id"]:
                    continue
                column = fk["constrained_columns"][0]
                whole = strict[parent] and column not in optional[name]
                rank = (not whole, _rank([column]))
                if best is None or rank < best[0]:
                    best = (rank, parent, column)
            if best is not None and chosen.get(name) != best[1:]:
                chosen[name], strict[name] = best[1:], not best[0][0]
                changed = True

    def depth(name: str) -> int:
        step = chosen[name]
        return 0 if step is None else depth(step[0]) + 1

    def path(name: str) -> str:
        step = chosen[name]
        if step is None:
            return "id" if name == "accounts" else "account_id"
        return f"agencia_account_of_{step[0]}({step[1]})"

    return {n: (path(n), depth(n), strict[n]) for n in chosen}


def _campaign_paths(
    names: list[str], columns: dict[str, set[str]], keys: dict[str, list[Any]]
) -> tuple[dict[str, str], dict[str, int]]:
    """Each campaign's row's campaign (an SQL expression): the campaign itself, a
    campaign_id, or a foreign key to a table whose rows have one (a proposal's files)."""
    campaign: dict[str, str] = {"campaigns": "id"} if "campaigns" in names else {}
    depth: dict[str, int] = {"campaigns": 0}
    for name in names:
        if name != "campaigns" and "campaign_id" in columns[name]:
            campaign[name], depth[name] = "campaign_id", 0
    changed = True
    while changed:
        changed = False
        for name in names:
            if name in campaign:
                continue
            for fk in keys[name]:
                parent = fk["referred_table"]
                if len(fk["constrained_columns"]) != 1 or parent not in campaign:
                    continue
                if parent in (name, "campaigns") or fk["referred_columns"] != ["id"]:
                    continue
                if "id" not in columns[parent]:
                    continue
                column = fk["constrained_columns"][0]
                campaign[name] = f"agencia_campaign_of_{parent}({column})"
                depth[name] = depth[parent] + 1
                changed = True
                break
    return campaign, depth


def _rank(columns: list[str]) -> int:
    return _PARENT_COLUMNS.index(columns[0]) if columns[0] in _PARENT_COLUMNS else 9


def _via_campaign(name: str, path: str) -> bool:
    return name == "campaigns" or "campaign" in path or "proposals" in path or "meeting" in path
