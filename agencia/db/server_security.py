"""The shared server enforces the role table itself (PostgreSQL only).

Every person connects with their own server role, a member of `agencia_staff`; the schema
belongs to the owner role that runs the migrations. `apply()` (re)writes, from
`agencia.domain.permissions` and the tables the database holds now, what those members may
do: the privileges (the trail is append-only by privilege: no UPDATE, DELETE or TRUNCATE
for anyone but the owner), row-level security on every table, and the triggers that stamp
who and when on the trail from the session's role and the server's clock. It runs after
every `agencia db upgrade`, so tables added by later migrations are covered too, and it is
idempotent. Connections of the owner (and superusers) are not limited by any of it.

Beyond their own accounts, as the services allow (services.campaigns.access): someone
covering for a colleague reads what the colleague reads and decides for them, and a
director reads and decides on another director's campaign whatever its group — that
campaign's rows only, and on the campaign itself only the move a decision makes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from sqlalchemy import Connection, text

from agencia.db.server_account_history import TRIGGERS as ACCOUNT_HISTORY_TRIGGERS
from agencia.db.server_account_history import account_history_rules
from agencia.db.server_agency_tables import GLOBAL_WRITES, agency_policies, may
from agencia.db.server_approved_freeze import TRIGGERS as APPROVED_FREEZE_TRIGGERS
from agencia.db.server_approved_freeze import approved_freeze_rules
from agencia.db.server_campaign_rules import (
    TRIGGERS,
    campaign_functions,
    campaign_triggers,
    handover_review_row,
)
from agencia.db.server_campaign_trail import person_or_owner
from agencia.db.server_column_rules import TRIGGERS as COLUMN_TRIGGERS
from agencia.db.server_column_rules import column_rules
from agencia.db.server_database_access import TRIGGERS as DATABASE_ACCESS_TRIGGERS
from agencia.db.server_database_access import database_access_sql
from agencia.db.server_enum_checks import enum_check_statements
from agencia.db.server_functions import functions, scope_function
from agencia.db.server_health_figures import TRIGGERS as HEALTH_FIGURE_TRIGGERS
from agencia.db.server_health_figures import health_figure_rules
from agencia.db.server_improvement_owners import TRIGGERS as IMPROVEMENT_OWNER_TRIGGERS
from agencia.db.server_improvement_owners import improvement_owner_rules
from agencia.db.server_last_admin import TRIGGERS as LAST_ADMIN_TRIGGERS
from agencia.db.server_last_admin import last_admin_rules
from agencia.db.server_meeting_rules import TRIGGERS as MEETING_TRIGGERS
from agencia.db.server_meeting_rules import meeting_rules
from agencia.db.server_private_reads import private_read_rules
from agencia.db.server_request_links import TRIGGERS as REQUEST_LINK_TRIGGERS
from agencia.db.server_request_links import request_link_rules
from agencia.db.server_sequences import sequence_rules
from agencia.db.server_series_locks import series_lock_rules
from agencia.db.server_settings import settings_sql
from agencia.db.server_sla_clock import TRIGGERS as SLA_CLOCK_TRIGGERS
from agencia.db.server_sla_clock import sla_clock_rules
from agencia.db.server_tables import (
    ACCOUNT_WRITES,
    ALSO_GLOBAL,
    LOOSE_WRITES,
    TablePlan,
    plan,
)
from agencia.db.server_task_and_health_rules import TRIGGERS as TASK_AND_HEALTH_TRIGGERS
from agencia.db.server_task_and_health_rules import task_and_health_rules
from agencia.db.server_text_limits import text_limit_rules
from agencia.db.server_text_limits import triggers as text_limit_triggers
from agencia.domain.enums import Role
from agencia.domain.permissions import Action, scope_for

__all__ = ["ADMIN_GROUP", "STAFF_GROUP", "apply", "plan", "reapply", "remove", "statements"]

STAFF_GROUP = "agencia_staff"  # every person's server role is a member
ADMIN_GROUP = "agencia_admins"  # administrators: may manage the others' roles

# The trail: only appended to, by privilege (and by trigger, migration 0002).
TRAIL = ("approvals", "campaign_status_changes", "documents", "audit_events")
# Who and when of each trail table, set by the server: (who column, when column).
STAMPS = {
    "audit_events": ("staff_id", "at"),
    "approvals": ("decided_by_id", "at"),
    "campaign_status_changes": ("staff_id", "at"),
    "documents": ("uploaded_by_id", "uploaded_at"),
}
# What deciding on a campaign writes (services.campaigns.flow): a reviewer or a delegate
# writes these on campaigns outside their own reach, within what they may read.
DECISION_WRITES = ("approvals", "campaign_status_changes", "campaigns")
# What a reviewed campaign shows that is not its own row: (table, the function of ids).
_REVIEWED_EXTRAS = {
    "accounts": "agencia_reviewed_accounts",
    "brands": "agencia_reviewed_brands",
    "products": "agencia_reviewed_products",
}


def _groups_sql() -> str:
    return f"""
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{STAFF_GROUP}') THEN
        CREATE ROLE {STAFF_GROUP} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ADMIN_GROUP}') THEN
        CREATE ROLE {ADMIN_GROUP} NOLOGIN;
    END IF;
END $$"""


# How many ids the sets the policies test against are expected to hold (PostgreSQL
# guesses 1000 for any such function): a policy reads a row's parent in an EXISTS, and
# the planner charges the parent's own policy's sets again on every row it might look
# up, so with 1000 it hashed every campaign to check ten approvals and, past a few
# thousand rows, compiled the statement (JIT) at several times the cost of running it.
_ESTIMATES = (
    "ALTER FUNCTION agencia_accounts_for(text[]) ROWS 50",
    *(
        f"ALTER FUNCTION {f}() ROWS 5"
        for f in (
            "agencia_delegated_accounts",
            "agencia_reviewed_campaigns",
            "agencia_reviewed_accounts",
            "agencia_reviewed_brands",
            "agencia_reviewed_products",
        )
    ),
)


def _array(actions: tuple[Action, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{a.value}'" for a in actions) + "]::text[]"


def _plain(p: TablePlan) -> bool:
    """Whether a row of the table is read by its account alone (the session's own, a
    delegator's) or by its campaign (a director reviewing it): no rule of its own, so
    its children may ask its row-level security instead of asking the same again."""
    return p.account is not None and p.name not in (*_REVIEWED_EXTRAS, "audit_events")


def _read_of_account(p: TablePlan, plain: Mapping[str, TablePlan], sees: str, covering: str) -> str:
    """Who reads a row by its account, and by its campaign (a director deciding on
    another director's campaign, as the services). Through a `_plain` parent, whoever
    reads the parent: its own row-level security decides, once, the sets it tests not
    built again for the row's own test (what a statement costs is mostly those sets)."""
    assert p.account is not None
    t, account, campaign = p.name, p.account, p.campaign
    reviewed = "(SELECT agencia_reviewed_campaigns())"
    through = account.steps[0] if account.steps else None
    parent = plain.get(through.parent) if through is not None else None
    if through is None or parent is None:
        read = account.within(t, sees, covering)
        return read if campaign is None else f"{read} OR {campaign.within(t, reviewed)}"
    # the parent's rule also reads it by its campaign as a reviewer: the row's campaign
    # must be the parent's, or the row is read in full (a proposal's file: its campaign
    # is its document's); a row's campaign elsewhere is asked besides
    same = campaign is not None and (
        campaign.steps[:1] == (through,)
        or (not campaign.steps and (through.column, through.parent) == _CAMPAIGN_ID)
    )
    if parent.campaign is not None and not same:
        read = account.within(t, sees, covering)
        return read if campaign is None else f"{read} OR {campaign.within(t, reviewed)}"
    read = account.parent_seen(t)
    return read if campaign is None or same else f"{read} OR {campaign.within(t, reviewed)}"


_CAMPAIGN_ID = ("campaign_id", "campaigns")


def _policies(p: TablePlan, plain: Mapping[str, TablePlan] | None = None) -> list[str]:
    """The table's row-level security: who reads which rows, who writes them (`plain`:
    the tables `_plain` says are read by their account alone)."""
    t = p.name
    out = [f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY"]

    def policy(name: str, command: str, using: str | None, check: str | None) -> None:
        sql = f"CREATE POLICY agencia_{name} ON {t} FOR {command} TO {STAFF_GROUP}"
        if using is not None:
            sql += f" USING ({using})"
        if check is not None:
            sql += f" WITH CHECK ({check})"
        out.append(sql)

    if p.account is None:  # the agency's own (agencia.db.server_agency_tables)
        for name, command, using, check in agency_policies(t):
            policy(name, command, using, check)
        return out
    account = p.account
    sees = f"(SELECT agencia_accounts_for({_array((Action.SEE_ACCOUNTS,))}))"
    # rows of no account (an agency-wide entry) are read by all, written as LOOSE_WRITES
    loose = f"{account.empty(t)} OR " if p.loose else ""
    covering = "(SELECT agencia_delegated_accounts())"
    read = f"{loose}{_read_of_account(p, plain or {}, sees, covering)}"
    write = _writing(p, p.writes)
    reviewed = "(SELECT agencia_reviewed_campaigns())"
    if t in _REVIEWED_EXTRAS:
        read += f" OR id IN (SELECT {_REVIEWED_EXTRAS[t]}())"
    if t in DECISION_WRITES:  # deciding: a reviewer's, or a delegate's for their delegator
        assert p.campaign is not None
        write += f" OR {account.within(t, covering)} OR {p.campaign.within(t, reviewed)}"
    if t == "campaign_status_changes":  # a handover's recheck (the administrator's)
        write += f" OR {handover_review_row()}"
    if t == "audit_events":  # and what one wrote oneself (a reviewer's decision elsewhere)
        policy("read", "SELECT", f"{read} OR staff_id = (SELECT agencia_me())", None)
        policy("add", "INSERT", None, "(SELECT agencia_me()) IS NOT NULL")
        return out
    if t == "accounts":  # on the row itself: a new row is not yet in any list of ids
        read = (
            f"{_account_row((Action.SEE_ACCOUNTS,))} OR id IN {covering}"
            f" OR id IN (SELECT {_REVIEWED_EXTRAS[t]}())"
        )
        write = _account_row(p.writes)
    policy("read", "SELECT", read, None)
    if t == "accounts":
        new = f"agencia_may_new_account({_array(p.writes)}, group_id, lead_executive_id)"
        policy("add", "INSERT", None, f"{new} AND {_own_group_and_lead()}")
        policy("change", "UPDATE", write, f"{write} OR {new}")
    else:  # security7 H2: updating and deleting as the services do, where they differ
        policy("add", "INSERT", None, " OR ".join((write, *_also_added(p))))
        change = _other_writing(p, p.changes, write)
        if change is not None:
            policy("change", "UPDATE", change, change)
    remove = _other_writing(p, p.removes, write)
    if remove is not None:
        policy("remove", "DELETE", remove, None)
    return out


def _writing(p: TablePlan, actions: tuple[Action, ...]) -> str:
    """The rows of an account's table the session may write with `actions`."""
    assert p.account is not None
    t, account = p.name, p.account
    write = account.within(t, f"(SELECT agencia_accounts_for({_array(actions)}))")
    if t in ALSO_GLOBAL:
        write = f"({write}) AND {may(ALSO_GLOBAL[t])}"
    if p.loose and t in LOOSE_WRITES:
        write = f"(({account.empty(t)}) AND {may(LOOSE_WRITES[t])}) OR {write}"
    return write


def _other_writing(p: TablePlan, actions: tuple[Action, ...] | None, write: str) -> str | None:
    """Updating or deleting (security7 H2): as writing (None), by other actions, or by
    nobody on the server (no policy: no row is touched)."""
    if actions is None:
        return write
    return _writing(p, actions) if actions else None


def _own_group_and_lead() -> str:
    """A new account joins its creator's group, led by them unless a director chooses
    its lead (services.accounts.account_edit.create_account); the administrator's go
    anywhere."""
    admin = may(Action.MANAGE_GROUPS)
    lead = (
        "lead_executive_id IS NULL OR lead_executive_id = (SELECT agencia_me()) OR "
        f"agencia_may_new_account({_array((Action.REASSIGN_ACCOUNTS,))}, group_id, "
        "lead_executive_id)"
    )
    return f"({admin} OR (group_id IS NOT DISTINCT FROM agencia_my_group() AND ({lead})))"


def _account_row(actions: tuple[Action, ...]) -> str:
    """An accounts row the session may do `actions` on, by its own columns (each
    sub-select is computed once per query)."""
    return f"{reach_keys('')} && (SELECT agencia_grant({_array(actions)}))"


def reach_keys(row: str) -> str:
    """An account's keys, which the session's `agencia_grant` overlaps when it reaches
    it: any account, its group, its lead executive, the account itself (`row` prefixes
    the columns: "a." in a query over accounts, "" in a policy on the row)."""
    return (
        f"ARRAY[0, -{row}group_id::bigint, {row}lead_executive_id::bigint + 4294967296, "
        f"{row}id::bigint]"
    )


def _also_added(p: TablePlan) -> tuple[str, ...]:
    """Rows a table takes beyond what its writes allow. Whoever creates an account
    (EDIT_ACCOUNT: an executive, for themselves) puts its lead on its team as its lead
    (services.accounts.leads.sync_lead_assignment): that one row, the account's own
    lead's, is added by whoever may edit the account; any other member is the director's.
    Whoever writes an acta (LOG_COMMUNICATION, a trainee on the team too) keeps its PDF
    with the campaign when sending it (services.campaigns.meeting_acta.keep_acta): a PDF,
    of a campaign with an acta the client has not acknowledged yet."""
    if p.name == "documents" and p.account is not None:
        logs = f"(SELECT agencia_accounts_for({_array((Action.LOG_COMMUNICATION,))}))"
        return (
            f"({p.account.within(p.name, logs)}"
            f" AND documents.content_type = '{_ACTA_TYPE}'"
            " AND EXISTS (SELECT 1 FROM meeting_reports m"
            " WHERE m.campaign_id = documents.campaign_id AND m.acknowledged_on IS NULL))",
        )
    if p.name != "account_assignments":
        return ()
    edits = f"(SELECT agencia_grant({_array((Action.EDIT_ACCOUNT,))}))"
    return (
        "account_assignments.role = 'lead_executive' AND EXISTS (SELECT 1 FROM accounts a"
        " WHERE a.id = account_assignments.account_id"
        " AND a.lead_executive_id = account_assignments.staff_id"
        f" AND {reach_keys('a.')} && {edits})",
    )


_ACTA_TYPE = "application/pdf"  # services.campaigns.meeting_acta.PDF
# What a decision changes on the campaign itself (services.campaigns.flow.move_campaign).
_MOVE_COLUMNS = ("status", "version", "updated_at")


def _decision_only_sql(*, cached: bool = True) -> str:
    """A reviewer or a delegate may update a campaign outside their own reach only by
    moving it (DECISION_WRITES): any other column changed is refused by the server.

    Whether the campaign's account is within the session's reach is asked of that one
    account's row (`cached`, since migration 0020), not of the list of every account
    the session reaches, which the server built on each update of a campaign."""
    keep = "ARRAY[" + ", ".join(f"'{c}'" for c in _MOVE_COLUMNS) + "]"
    works = _array(ACCOUNT_WRITES["campaigns"])
    reach = (
        f"EXISTS (SELECT 1 FROM accounts a WHERE a.id = OLD.account_id\n"
        f"                  AND {reach_keys('a.')} && agencia_grant({works}))"
        if cached
        else f"OLD.account_id IN (SELECT agencia_accounts_for({works}))"
    )
    return f"""
CREATE OR REPLACE FUNCTION agencia_decision_only() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me integer;
BEGIN
    {person_or_owner()}
    IF {reach}
       OR (to_jsonb(NEW) - {keep}::text[]) = (to_jsonb(OLD) - {keep}::text[]) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'outside one''s accounts a campaign is only moved by a decision'
        USING ERRCODE = '42501';
END
$$"""


def _internal(plans: list[TablePlan]) -> list[str]:
    """The functions only the owner's own functions and triggers call."""
    names = {p.name for p in plans}
    rules = {"campaigns", "approvals"} <= names
    return ["agencia_reach(integer, integer)", "agencia_level(integer)"] if rules else []


# What a person updates of their own sign-in (server_column_rules allows the same):
# their last sign-in and, through the owner's function, the end of a forced change.
OWN_SIGN_IN_COLUMNS = ("last_sign_in", "must_change_password", "password_hash", "version")


def _admins_only(p: TablePlan) -> bool:
    """An agency table only administrators write (by the role table): the others get no
    UPDATE or DELETE on it at all, so neither `LOCK TABLE … IN ACCESS EXCLUSIVE MODE`,
    which those privileges (not a column's) allow on PostgreSQL (security7 F9)."""
    if p.account is not None or (p.name not in GLOBAL_WRITES and p.name != "users"):
        return False
    action = GLOBAL_WRITES.get(p.name, Action.MANAGE_SIGN_INS)
    return all(r is Role.ADMINISTRATOR or not scope_for(r, action) for r in Role)


def _grants(p: TablePlan) -> list[str]:
    if p.name in TRAIL:
        return [f"GRANT SELECT, INSERT ON {p.name} TO {STAFF_GROUP}"]
    if _admins_only(p):
        own = ", ".join(OWN_SIGN_IN_COLUMNS)
        return [
            f"GRANT SELECT ON {p.name} TO {STAFF_GROUP}",
            f"GRANT INSERT, UPDATE, DELETE ON {p.name} TO {ADMIN_GROUP}",
            *([f"GRANT UPDATE ({own}) ON users TO {STAFF_GROUP}"] if p.name == "users" else []),
        ]
    return [f"GRANT SELECT, INSERT, UPDATE, DELETE ON {p.name} TO {STAFF_GROUP}"]


def statements(plans: list[TablePlan], *, cached: bool = True) -> list[str]:
    """Everything `apply` runs, in order (also what the tests read); `cached`: the
    functions as since migration 0020 (`agencia.db.server_functions.cached_plans`)."""
    out = [_groups_sql(), scope_function(), *functions(cached=cached), *_ESTIMATES]
    out += campaign_functions({p.name for p in plans})
    out += [
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {STAFF_GROUP}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {STAFF_GROUP}, {ADMIN_GROUP}",
        f"GRANT SELECT ON alembic_version TO {STAFF_GROUP}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {STAFF_GROUP}",
        "REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {STAFF_GROUP}",
        # what only the owner's rules ask (security7 F11: who is on which team, a
        # campaign's budget level): a person's session may not call them
        *(
            [f"REVOKE EXECUTE ON FUNCTION {', '.join(_internal(plans))} FROM {STAFF_GROUP}"]
            if _internal(plans)
            else []
        ),
        f"GRANT {STAFF_GROUP} TO {ADMIN_GROUP} WITH ADMIN OPTION",
        settings_sql(),
    ]
    plain = {p.name: p for p in plans if _plain(p)}
    for p in plans:
        out += _grants(p)
        out.append(
            "DO $$ DECLARE r record; BEGIN FOR r IN SELECT policyname FROM pg_policies "
            f"WHERE schemaname = 'public' AND tablename = '{p.name}' LOOP "
            f"EXECUTE format('DROP POLICY %I ON {p.name}', r.policyname); END LOOP; END $$"
        )
        out += _policies(p, plain)
    names = {p.name for p in plans}
    for table, (who, when) in STAMPS.items():
        if table in names:
            out.append(f"DROP TRIGGER IF EXISTS {table}_stamp ON {table}")
            out.append(
                f"CREATE TRIGGER {table}_stamp BEFORE INSERT ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION agencia_stamp('{who}', '{when}')"
            )
    if "campaigns" in names:
        out.append(_decision_only_sql(cached=cached))
        out.append("DROP TRIGGER IF EXISTS campaigns_decision_only ON campaigns")
        out.append(
            "CREATE TRIGGER campaigns_decision_only BEFORE UPDATE ON campaigns "
            "FOR EACH ROW EXECUTE FUNCTION agencia_decision_only()"
        )
    out += campaign_triggers(names)
    out += column_rules(names)
    out += last_admin_rules(names)
    # explore9: enum values, actas, a contact's request, the people's trail, CONNECT
    out += enum_check_statements(names) + meeting_rules(names) + request_link_rules(names)
    out += private_read_rules(names) + database_access_sql()
    out += improvement_owner_rules(names)  # explore9 M7: an action's owner
    out += approved_freeze_rules(names)  # what an approval covered stays as approved
    out += task_and_health_rules(names)  # explore10: task links, kept health days
    out += sla_clock_rules(names)  # a request's due times are the server's (0029)
    out += account_history_rules(names)  # an account's history tells what was done (0029)
    out += health_figure_rules(names)  # a kept health tells the client's satisfaction (0029)
    # review 8: series no person can hold, sequences only to insert, free texts bounded
    out += series_lock_rules() + sequence_rules() + text_limit_rules()
    if "users" in names:
        out.append("DROP TRIGGER IF EXISTS users_no_hash ON users")
        out.append(
            "CREATE TRIGGER users_no_hash BEFORE INSERT OR UPDATE ON users "
            "FOR EACH ROW EXECUTE FUNCTION agencia_no_hash()"
        )
    return [*out, *(f"DROP FUNCTION IF EXISTS {f}" for f in RETIRED), _RETIRED_PATHS]


# Functions an older agency has and nothing calls any more, dropped by `db upgrade` once
# the triggers that named them are made again: the second owner test (one is asked now,
# agencia_owner_session) and the year's last campaign code (the series is the owner's).
RETIRED = ("agencia_session_is_owner()", "agencia_last_campaign_code(integer)")
# The owner's `agencia_account_of_T(id)` and `agencia_campaign_of_T(id)` (until migration
# 0024) told any person whose any row of T was, and that it existed (security7 F11); the
# policies read a row's parents as the person now (server_tables.RowPath). Dropped once
# every policy that called them has been written again.
_RETIRED_PATHS = """
DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p
             JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND (p.proname LIKE 'agencia\\_account\\_of\\_%'
                                             OR p.proname LIKE 'agencia\\_campaign\\_of\\_%') LOOP
        EXECUTE 'DROP FUNCTION ' || r.f;
    END LOOP;
END $$"""


def apply(connection: Connection, *, cached: bool = True) -> None:
    """Write the privileges, policies and stamps for the tables there are now, inside
    the caller's transaction (PostgreSQL only; nothing to do on SQLite). `cached=False`
    writes the functions as before migration 0020 (its downgrade)."""
    if connection.dialect.name != "postgresql":
        return
    for statement in statements(plan(connection), cached=cached):
        connection.execute(text(statement))


class _Migration(Protocol):
    """What a migration script's `alembic.op` lends `reapply` (no Alembic import here)."""

    def get_bind(self) -> Connection: ...


def reapply(op: _Migration, *, cached: bool = True) -> None:
    """The one line of a migration that changes the server's rules: they are generated
    whole from the role table and the tables there are now, so the migration writes them
    all again on its connection rather than carry a copy of its day (`db upgrade` writes
    them once more at the head; a migration to a named revision has only this). Nothing
    on SQLite, the one-workstation edition: `apply` checks, so no migration repeats it."""
    apply(op.get_bind(), cached=cached)


def remove(connection: Connection) -> None:
    """Undo `apply` for a downgrade: policies off, the functions and stamps gone."""
    if connection.dialect.name != "postgresql":
        return
    for p in plan(connection):
        connection.execute(text(f"ALTER TABLE {p.name} DISABLE ROW LEVEL SECURITY"))
        connection.execute(
            text(
                "DO $$ DECLARE r record; BEGIN FOR r IN SELECT policyname FROM pg_policies "
                f"WHERE schemaname = 'public' AND tablename = '{p.name}' LOOP "
                f"EXECUTE format('DROP POLICY %I ON {p.name}', r.policyname); END LOOP; END $$"
            )
        )
    for table in (*STAMPS, "users"):
        suffix = "no_hash" if table == "users" else "stamp"
        connection.execute(text(f"DROP TRIGGER IF EXISTS {table}_{suffix} ON {table}"))
    connection.execute(text("DROP TRIGGER IF EXISTS campaigns_decision_only ON campaigns"))
    for table, name in (
        *TRIGGERS,
        *COLUMN_TRIGGERS,
        *LAST_ADMIN_TRIGGERS,
        *MEETING_TRIGGERS,
        *REQUEST_LINK_TRIGGERS,
        *IMPROVEMENT_OWNER_TRIGGERS,
        *APPROVED_FREEZE_TRIGGERS,
        *TASK_AND_HEALTH_TRIGGERS,
        *SLA_CLOCK_TRIGGERS,
        *ACCOUNT_HISTORY_TRIGGERS,
        *HEALTH_FIGURE_TRIGGERS,
        *text_limit_triggers(),
        *DATABASE_ACCESS_TRIGGERS,  # on the settings table, where `db init` made one
    ):
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
    connection.execute(
        text(
            "DO $$ DECLARE r record; BEGIN FOR r IN SELECT p.oid::regprocedure AS f "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.proname LIKE 'agencia\\_%' "
            "AND p.proname <> 'agencia_append_only' LOOP "
            "EXECUTE 'DROP FUNCTION ' || r.f; END LOOP; END $$"
        )
    )
