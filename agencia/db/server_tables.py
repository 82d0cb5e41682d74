"""How the server guards each table (agencia.db.server_security): the agency's own, or
an account's, found through its parents; and what writing an account's rows takes.

A row's account is found through account_id, campaign_id, or a foreign key to a table
that has an account — a mandatory parent before an optional one: an optional column
left empty says nothing of whose the row is (security7 F14), and a row whose every
path may be empty is `loose`, its writing the action `LOOSE_WRITES` names.

A parent is read in the policy itself, as the session, under the parent's own row-level
security (`RowPath`): no function tells anyone whose a row they cannot see is (security7
F11; the owner's `agencia_account_of_T(id)` did, to every person).
"""

from __future__ import annotations

from collections.abc import Callable
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
class Step:
    """One foreign key followed towards a row's account: `column` of the row so far,
    pointing at `parent`'s id; `optional` when it may be empty."""

    column: str
    parent: str
    optional: bool = False


@dataclass(frozen=True)
class RowPath:
    """Where a row's account (or campaign) is: `column` of the row itself, or of the
    parent its `steps` lead to. Each parent is read in the policy (`EXISTS` on its id)
    as the session, under that parent's own row-level security: a parent the session
    may not read tells it nothing. PostgreSQL plans an `EXISTS` both ways and picks per
    statement: the parent looked up by its key for a few rows, hashed once for many."""

    column: str
    steps: tuple[Step, ...] = ()
    optional: bool = False  # whether `column` may be empty

    def within(self, table: str, *sets: str) -> str:
        """SQL: whether the row of `table` has its account (campaign) in any of `sets`
        (sub-selects such as `(SELECT agencia_delegated_accounts())`)."""

        def inside(row: str, column: str) -> str:
            found = " OR ".join(f"{row}{column} IN {s}" for s in sets)
            if len(sets) > 1:
                return f"({found})"
            # inside a parent's EXISTS, a lone `IN (SELECT f())` would be made a join
            # computing the set again for every row; `IS TRUE` keeps it one set,
            # hashed once per statement, as an OR does
            return f"({found}) IS TRUE" if row else found

        return self._through(table, lambda row: inside(row, self.column))

    def parent_seen(self, table: str) -> str:
        """SQL: whether the session may read the row's first parent (its own row-level
        security says, the parent's account among what the session reads)."""
        step = self.steps[0]
        return (
            f"EXISTS (SELECT 1 FROM {step.parent} agencia_1"
            f" WHERE agencia_1.id = {table}.{step.column})"
        )

    def empty(self, table: str) -> str:
        """SQL: whether the row has no account at all (an optional link left empty), never
        because a parent is out of the session's sight; "false" where none may be."""

        def tail(i: int) -> bool:
            return self.optional or any(s.optional for s in self.steps[i:])

        def empty_from(row: str, i: int) -> str:
            if i == len(self.steps):
                return f"{row}{self.column} IS NULL"
            step = self.steps[i]
            alias = f"agencia_{i + 1}"
            link = f"{row}{step.column}"
            parts = [f"{link} IS NULL"] if step.optional else []
            if tail(i + 1):
                parts.append(
                    f"EXISTS (SELECT 1 FROM {step.parent} {alias} WHERE {alias}.id = {link}"
                    f" AND ({empty_from(alias + '.', i + 1)}))"
                )
            return " OR ".join(parts)

        return empty_from(self._row(table), 0) if tail(0) else "false"

    def first(self) -> str:
        """Its first step as words: the parent and the column (its own column when it
        has no parent), what `_via_campaign` reads."""
        return f"{self.steps[0].parent} {self.steps[0].column}" if self.steps else self.column

    def _row(self, table: str) -> str:
        return f"{table}." if self.steps else ""

    def _through(self, table: str, last: Callable[[str], str]) -> str:
        def level(row: str, i: int) -> str:
            if i == len(self.steps):
                return last(row)
            step = self.steps[i]
            alias = f"agencia_{i + 1}"
            return (
                f"EXISTS (SELECT 1 FROM {step.parent} {alias} WHERE {alias}.id = "
                f"{row}{step.column} AND {level(alias + '.', i + 1)})"
            )

        return level(self._row(table), 0)


@dataclass(frozen=True)
class TablePlan:
    """How one table is guarded: where its account is (None when the table is the
    agency's, not an account's), and what writing it takes."""

    name: str
    account: RowPath | None
    writes: tuple[Action, ...]
    has_id: bool = True
    campaign: RowPath | None = None  # where its campaign is, for a campaign's rows
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
    campaign = _campaign_paths(names, columns, optional, keys)
    plans = []
    for name in sorted(names):
        has_id = "id" in columns[name]
        if name in GLOBAL_WRITES or name not in paths:  # the agency's own
            plans.append(
                TablePlan(name, None, (GLOBAL_WRITES.get(name, Action.AGENCY_SETTINGS),), has_id)
            )
            continue
        account, strict = paths[name]
        writes = ACCOUNT_WRITES.get(name) or (
            _CAMPAIGN_WORK if _via_campaign(name, account.first()) else _ANY_WORK
        )
        plans.append(
            TablePlan(
                name,
                account,
                writes,
                has_id,
                campaign.get(name),
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
) -> dict[str, tuple[RowPath, bool]]:
    """Each account's table's path to its account, and whether every row has one
    (`strict`: mandatory columns all the way up)."""
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

    def path(name: str) -> RowPath:
        step = chosen[name]
        if step is None:
            column = "id" if name == "accounts" else "account_id"
            return RowPath(column, optional=column in optional[name])
        parent, column = step
        up = path(parent)
        first = Step(column, parent, column in optional[name])
        return RowPath(up.column, (first, *up.steps), up.optional)

    return {n: (path(n), strict[n]) for n in chosen}


def _campaign_paths(
    names: list[str],
    columns: dict[str, set[str]],
    optional: dict[str, set[str]],
    keys: dict[str, list[Any]],
) -> dict[str, RowPath]:
    """Each campaign's row's path to its campaign: the campaign itself, a campaign_id,
    or a foreign key to a table whose rows have one (a proposal's files)."""
    campaign: dict[str, RowPath] = {"campaigns": RowPath("id")} if "campaigns" in names else {}
    for name in names:
        if name != "campaigns" and "campaign_id" in columns[name]:
            campaign[name] = RowPath("campaign_id", optional="campaign_id" in optional[name])
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
                up = campaign[parent]
                first = Step(column, parent, column in optional[name])
                campaign[name] = RowPath(up.column, (first, *up.steps), up.optional)
                changed = True
                break
    return campaign


def _rank(columns: list[str]) -> int:
    return _PARENT_COLUMNS.index(columns[0]) if columns[0] in _PARENT_COLUMNS else 9


def _via_campaign(name: str, path: str) -> bool:
    return name == "campaigns" or "campaign" in path or "proposals" in path or "meeting" in path
