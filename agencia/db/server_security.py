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

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, inspect, text

from agencia.db.server_campaign_rules import TRIGGERS, campaign_functions, campaign_triggers
from agencia.db.server_functions import cached_plans, functions, scope_function
from agencia.db.server_settings import SETTINGS, settings_sql
from agencia.domain.permissions import Action

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
# Tables every person reads, and the action that lets them write (anywhere).
GLOBAL_WRITES: dict[str, Action] = {
    "agency": Action.AGENCY_SETTINGS,
    "exchange_rates": Action.AGENCY_SETTINGS,
    "staff": Action.MANAGE_PEOPLE,
    "account_groups": Action.MANAGE_GROUPS,
    "users": Action.MANAGE_SIGN_INS,
    "routing_rules": Action.AGENCY_SETTINGS,  # the switchboard (services.service.routing)
}
_CAMPAIGN_WORK = (
    Action.EDIT_BRIEFS,
    Action.RECORD_CLIENT_DECISION,
    Action.INTERNAL_APPROVAL,
    Action.CANCEL_CAMPAIGNS,
)
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
    # a person who leaves hands their campaigns over (services.people.handover)
    "campaigns": (*_CAMPAIGN_WORK, Action.MANAGE_PEOPLE),
    # an account's health as computed by whoever sees it (services.satisfaction.health_history)
    "account_health_history": (Action.SEE_ACCOUNTS,),
}
_ANY_WORK = (Action.EDIT_ACCOUNT, Action.LOG_COMMUNICATION, *_CAMPAIGN_WORK)
# What deciding on a campaign writes (services.campaigns.flow): a reviewer or a delegate
# writes these on campaigns outside their own reach, within what they may read.
DECISION_WRITES = ("approvals", "campaign_status_changes", "campaigns")
# What a reviewed campaign shows that is not its own row: (table, the function of ids).
_REVIEWED_EXTRAS = {
    "accounts": "agencia_reviewed_accounts",
    "brands": "agencia_reviewed_brands",
    "products": "agencia_reviewed_products",
}
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


def plan(connection: Connection) -> list[TablePlan]:
    """Each of the database's tables, classified: the agency's, or an account's (found
    through account_id, campaign_id, or a foreign key to a table that has an account)."""
    inspector = inspect(connection)
    names = [n for n in inspector.get_table_names() if n not in _NOT_PEOPLES]
    columns = {n: {c["name"] for c in inspector.get_columns(n)} for n in names}
    keys = {n: inspector.get_foreign_keys(n) for n in names}
    account: dict[str, str] = {"accounts": "id"}
    depth: dict[str, int] = {"accounts": 0}
    for name in names:
        if name != "accounts" and "account_id" in columns[name]:
            account[name] = "account_id"
            depth[name] = 0
    changed = True
    while changed:  # through parents, until nothing more is found
        changed = False
        for name in names:
            if name in account or name in GLOBAL_WRITES:
                continue
            for fk in sorted(keys[name], key=lambda k: _rank(k["constrained_columns"])):
                parent = fk["referred_table"]
                if len(fk["constrained_columns"]) != 1 or parent not in account:
                    continue
                if parent == name or fk["referred_columns"] != ["id"]:
                    continue
                column = fk["constrained_columns"][0]
                account[name] = f"agencia_account_of_{parent}({column})"
                depth[name] = depth[parent] + 1
                changed = True
                break
    campaign, campaign_depth = _campaign_paths(names, columns, keys)
    plans = []
    for name in sorted(names):
        has_id = "id" in columns[name]
        if name in GLOBAL_WRITES:
            plans.append(TablePlan(name, None, (GLOBAL_WRITES[name],), has_id))
        elif name in account:
            writes = ACCOUNT_WRITES.get(name) or (
                _CAMPAIGN_WORK if _via_campaign(name, account) else _ANY_WORK
            )
            plans.append(
                TablePlan(
                    name,
                    account[name],
                    writes,
                    has_id,
                    depth[name],
                    campaign.get(name),
                    campaign_depth.get(name, 0),
                )
            )
        else:  # neither: the agency's own (delegations, another area's lists)
            plans.append(TablePlan(name, None, (), has_id))
    return plans


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


def _via_campaign(name: str, account: dict[str, str]) -> bool:
    path = account[name]
    return name == "campaigns" or "campaign" in path or "proposals" in path or "meeting" in path


def _account_of_functions(plans: list[TablePlan], *, cached: bool = True) -> list[str]:
    """`agencia_account_of_T(id)`: the account of row `id` of T, for T's children."""
    made = [
        f"""
CREATE OR REPLACE FUNCTION agencia_account_of_{p.name}(p_id integer) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT {p.account} FROM {p.name} WHERE id = p_id
$$"""
        for p in sorted(plans, key=lambda p: p.depth)
        if p.account is not None and p.has_id
    ] + [
        f"""
CREATE OR REPLACE FUNCTION agencia_campaign_of_{p.name}(p_id integer) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT {p.campaign} FROM {p.name} WHERE id = p_id
$$"""
        for p in sorted(plans, key=lambda p: p.campaign_depth)
        if p.campaign is not None and p.has_id and p.name != "campaigns"
    ]
    return [cached_plans(f) for f in made] if cached else made


def _array(actions: tuple[Action, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{a.value}'" for a in actions) + "]::text[]"


def _policies(p: TablePlan) -> list[str]:
    """The table's row-level security: who reads which rows, who writes them."""
    t = p.name
    out = [f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY"]

    def policy(name: str, command: str, using: str | None, check: str | None) -> None:
        sql = f"CREATE POLICY agencia_{name} ON {t} FOR {command} TO {STAFF_GROUP}"
        if using is not None:
            sql += f" USING ({using})"
        if check is not None:
            sql += f" WITH CHECK ({check})"
        out.append(sql)

    if p.account is None:
        if t == "audit_events":  # not reached: audit_events has account_id
            raise AssertionError(t)
        if t == "users":
            may = f"agencia_may_global('{Action.MANAGE_SIGN_INS.value}')"
            policy("read", "SELECT", "true", None)
            policy("add", "INSERT", None, may)
            own = "login = session_user::text"
            policy("change", "UPDATE", f"{may} OR {own}", f"{may} OR {own}")
            policy("remove", "DELETE", may, None)
        elif p.writes:
            may = f"agencia_may_global('{p.writes[0].value}')"
            policy("read", "SELECT", "true", None)
            policy("add", "INSERT", None, may)
            policy("change", "UPDATE", may, may)
            policy("remove", "DELETE", may, None)
        elif t == "approval_delegations":
            mine = (
                "from_staff_id = (SELECT agencia_me()) OR to_staff_id = (SELECT agencia_me())"
                f" OR agencia_may_global('{Action.MANAGE_PEOPLE.value}')"
            )
            policy("read", "SELECT", "true", None)
            policy("write", "ALL", mine, mine)
        else:  # another area's agency-wide table: every person, as the services decide
            policy("all", "ALL", "true", "(SELECT agencia_me()) IS NOT NULL")
        return out
    account = p.account
    sees = f"agencia_accounts_for({_array((Action.SEE_ACCOUNTS,))})"
    works = f"agencia_accounts_for({_array(p.writes)})"
    # rows of no account (a document not filed under a campaign, an agency-wide entry)
    loose = f"{account} IS NULL OR " if account != "id" else ""
    covering = "(SELECT agencia_delegated_accounts())"
    read = f"{loose}{account} IN (SELECT {sees}) OR {account} IN {covering}"
    write = f"{loose}{account} IN (SELECT {works})"
    reviewed = "(SELECT agencia_reviewed_campaigns())"
    if p.campaign is not None:  # a campaign another director decides on (as the services)
        read += f" OR {p.campaign} IN {reviewed}"
    if t in _REVIEWED_EXTRAS:
        read += f" OR id IN (SELECT {_REVIEWED_EXTRAS[t]}())"
    if t in DECISION_WRITES:  # deciding: a reviewer's, or a delegate's for their delegator
        write += f" OR {account} IN {covering} OR {p.campaign} IN {reviewed}"
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
        policy("add", "INSERT", None, new)
        policy("change", "UPDATE", write, f"{write} OR {new}")
    else:
        policy("add", "INSERT", None, " OR ".join((write, *_also_added(t))))
        policy("change", "UPDATE", write, write)
    policy("remove", "DELETE", write, None)
    return out


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


def _also_added(table: str) -> tuple[str, ...]:
    """Rows a table takes beyond what its writes allow. Whoever creates an account
    (EDIT_ACCOUNT: an executive, for themselves) puts its lead on its team as its lead
    (services.accounts.leads.sync_lead_assignment): that one row, the account's own
    lead's, is added by whoever may edit the account; any other member is the director's."""
    if table != "account_assignments":
        return ()
    edits = f"(SELECT agencia_grant({_array((Action.EDIT_ACCOUNT,))}))"
    return (
        "account_assignments.role = 'lead_executive' AND EXISTS (SELECT 1 FROM accounts a"
        " WHERE a.id = account_assignments.account_id"
        " AND a.lead_executive_id = account_assignments.staff_id"
        f" AND {reach_keys('a.')} && {edits})",
    )


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
BEGIN
    IF agencia_me() IS NULL
       OR {reach}
       OR (to_jsonb(NEW) - {keep}::text[]) = (to_jsonb(OLD) - {keep}::text[]) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'outside one''s accounts a campaign is only moved by a decision'
        USING ERRCODE = '42501';
END
$$"""


# The year's highest campaign code across every group (services.campaigns.campaign_edit):
# codes are one series for the agency, and row-level security hides the other groups'
# campaigns, whose codes a new one would otherwise take again. Answers one code, no row.
LAST_CAMPAIGN_CODE = """
CREATE OR REPLACE FUNCTION agencia_last_campaign_code(p_year integer) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT code FROM campaigns WHERE code LIKE 'C' || p_year::text || '-%'
    ORDER BY length(code) DESC, code DESC LIMIT 1
$$"""


def _grants(p: TablePlan) -> list[str]:
    if p.name in TRAIL:
        return [f"GRANT SELECT, INSERT ON {p.name} TO {STAFF_GROUP}"]
    return [f"GRANT SELECT, INSERT, UPDATE, DELETE ON {p.name} TO {STAFF_GROUP}"]


def statements(plans: list[TablePlan], *, cached: bool = True) -> list[str]:
    """Everything `apply` runs, in order (also what the tests read); `cached`: the
    functions as since migration 0020 (`agencia.db.server_functions.cached_plans`)."""
    out = [_groups_sql(), scope_function(), *functions(cached=cached)]
    out += _account_of_functions(plans, cached=cached)
    out += campaign_functions({p.name for p in plans})
    if any(p.name == "campaigns" for p in plans):
        out.append(cached_plans(LAST_CAMPAIGN_CODE) if cached else LAST_CAMPAIGN_CODE)
    out += [
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {STAFF_GROUP}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {STAFF_GROUP}, {ADMIN_GROUP}",
        f"GRANT SELECT ON alembic_version TO {STAFF_GROUP}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {STAFF_GROUP}",
        "REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {STAFF_GROUP}",
        f"GRANT {STAFF_GROUP} TO {ADMIN_GROUP} WITH ADMIN OPTION",
        settings_sql(),
    ]
    for p in plans:
        out += _grants(p)
        out.append(
            "DO $$ DECLARE r record; BEGIN FOR r IN SELECT policyname FROM pg_policies "
            f"WHERE schemaname = 'public' AND tablename = '{p.name}' LOOP "
            f"EXECUTE format('DROP POLICY %I ON {p.name}', r.policyname); END LOOP; END $$"
        )
        out += _policies(p)
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
    if "users" in names:
        out.append("DROP TRIGGER IF EXISTS users_no_hash ON users")
        out.append(
            "CREATE TRIGGER users_no_hash BEFORE INSERT OR UPDATE ON users "
            "FOR EACH ROW EXECUTE FUNCTION agencia_no_hash()"
        )
    return out


def apply(connection: Connection, *, cached: bool = True) -> None:
    """Write the privileges, policies and stamps for the tables there are now, inside
    the caller's transaction (PostgreSQL only; nothing to do on SQLite). `cached=False`
    writes the functions as before migration 0020 (its downgrade)."""
    if connection.dialect.name != "postgresql":
        return
    for statement in statements(plan(connection), cached=cached):
        connection.execute(text(statement))


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
    for table, name in TRIGGERS:
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
