"""Rows a person may update only in part: a trigger per table refuses the columns the
services never let that person change (row-level security decides which rows; these,
which columns). Applied with agencia.db.server_security; the owner's (and a
superuser's) connections are left alone, whoever a person's lookup says they are.

- users: a person's own sign-in takes their last sign-in (services.auth: stamped with the
  server's clock, its version only one up, whoever writes), and ends a
  forced password change only by setting a new password (agencia_change_own_password);
  who it belongs to, its login and whether it is active are the administrator's
  (MANAGE_SIGN_INS).
- approval_delegations: the delegator only revokes (for good); the administrator hands
  it to someone else (services.people.handover); dates and people stay as given.
- mail_accounts: the servers are the administrator's (AGENCY_SETTINGS); whoever reads
  the mailbox only moves its last message read forward.
- survey_templates: outside the designers (DESIGN_SURVEYS), only a shipped template's
  first naming of its family (templates.ensure_shipped).
- data_imports: undoing marks it undone, once; what it recorded stays.
- accounts: the group is the administrator's (MANAGE_GROUPS, MANAGE_PEOPLE: group moves,
  handovers); the lead is a reassignment (REASSIGN_ACCOUNTS, services.agency.lead_change)
  on the account as it was and as it becomes.
- service_requests (security7 H2): moved as `service_life` says, reassigned as
  services.service.requests does, its subject and client as taken; a new one is open.
- communications: the contact log is evidence — logged in one's own name, then not
  rewritten but for what the mail code writes (a scheduled message's sending, a just
  logged one's schedule and sender). New requests, contacts, survey answers and a
  request's changes carry their trail entry, or the transaction is refused at commit.
- improvement_actions: closed once (done or cancelled, its day and gap) and linked to
  its task once by whoever manages the account's improvements; its owner handed over
  by the people's manager; who proposed what, when, with which gap, stays.
"""

from __future__ import annotations

from agencia.db import server_service_rules as service_rules
from agencia.domain import service_life
from agencia.domain.enums import AssignmentRole
from agencia.domain.permissions import Action
from agencia.domain.satisfaction_enums import ActionStatus
from agencia.domain.service_enums import RequestStatus

_REFUSED = "RAISE EXCEPTION '%: % is not one''s to change', TG_TABLE_NAME, {what}"


def _may(action: Action) -> str:
    return f"agencia_may_global('{action.value}')"


def _others(columns: tuple[str, ...]) -> str:
    """Whether any column but `columns` changed."""
    keep = "ARRAY[" + ", ".join(f"'{c}'" for c in columns) + "]::text[]"
    return f"(to_jsonb(NEW) - {keep}) IS DISTINCT FROM (to_jsonb(OLD) - {keep})"


def _quoted(what: str) -> str:
    return "'" + what.replace("'", "''") + "'"


def _refuse(condition: str, what: str) -> str:
    return (
        f"    IF {condition} THEN\n        {_REFUSED.format(what=_quoted(what))}"
        "\n            USING ERRCODE = '42501';\n    END IF;"
    )


def _reassigns(row: str) -> str:
    keys = (
        f"ARRAY[0, -{row}.group_id::bigint, {row}.lead_executive_id::bigint + 4294967296,"
        f" {row}.id::bigint]"
    )
    return f"{keys} && agencia_grant(ARRAY['{Action.REASSIGN_ACCOUNTS.value}']::text[])"


_TEAM_LEADS = (AssignmentRole.DIRECTOR, AssignmentRole.SUPERVISOR, AssignmentRole.LEAD_EXECUTIVE)
_ADMIN_MOVES = f"({_may(Action.MANAGE_GROUPS)} OR {_may(Action.MANAGE_PEOPLE)})"


def _on_account(action: Action) -> str:
    """Whether the session may do `action` on the row's account (OLD.account_id)."""
    keys = "ARRAY[0, -a.group_id::bigint, a.lead_executive_id::bigint + 4294967296, a.id::bigint]"
    return (
        f"EXISTS (SELECT 1 FROM accounts a WHERE a.id = OLD.account_id AND {keys}"
        f" && agencia_grant(ARRAY['{action.value}']::text[]))"
    )


def _merged(table: str) -> str:
    """A merge moves a row to the kept account and changes nothing else of it."""
    return (
        "    IF NEW.account_id IS DISTINCT FROM OLD.account_id THEN\n"
        + _refuse(
            f"NOT {_may(Action.MERGE_ACCOUNTS)} OR {_others(('account_id', 'version'))}",
            f"the {table}'s account",
        )
        + "\n        RETURN NEW;\n    END IF;"
    )


def _may_reassign() -> str:
    """requests._may_reassign: beyond the role table, only the request's assignee, their
    superiors up the ladder, the account's lead executive, its group's director or a
    lead on its team takes a request from the person handling it."""
    leads = ", ".join(f"'{r.value}'" for r in _TEAM_LEADS)
    return (
        f"{_on_account(Action.REASSIGN_REQUESTS)} AND (OLD.assignee_id IS NULL"
        " OR OLD.assignee_id = agencia_me()"
        " OR EXISTS (SELECT 1 FROM accounts a LEFT JOIN account_groups g ON g.id = a.group_id"
        " WHERE a.id = OLD.account_id"
        " AND agencia_me() IN (a.lead_executive_id, g.director_id))"
        " OR EXISTS (SELECT 1 FROM account_assignments t WHERE t.account_id = OLD.account_id"
        f" AND t.staff_id = agencia_me() AND t.role::text IN ({leads}))"
        " OR agencia_me() IN (WITH RECURSIVE up(id, n) AS ("
        "SELECT s.reports_to_id, 1 FROM staff s WHERE s.id = OLD.assignee_id"
        " UNION SELECT s.reports_to_id, up.n + 1 FROM staff s JOIN up ON s.id = up.id"
        " WHERE up.n < 64) SELECT id FROM up WHERE id IS NOT NULL))"
    )


def _this_transaction(table: str) -> str:
    """Whether the row was last written by this very transaction (a contact just
    logged, a request just moved)."""
    return (
        f"(SELECT t.xmin::text FROM {table} t WHERE t.id = OLD.id)"
        " = (txid_current() % 4294967296)::text"
    )


_MOVES = (
    "ARRAY["
    + ", ".join(
        f"'{a.value}>{b.value}'"
        for a, targets in service_life.MOVES.items()
        for b in sorted(targets)
    )
    + "]::text[]"
)
# what a move of a request sets besides its status (requests.apply_move, clock.set_due_times)
_CLOCK = (
    "resolution",
    "first_response_at",
    "resolved_at",
    "closed_at",
    "due_response_at",
    "due_resolution_at",
    "pauses",
    "queue_at",
)
# what the services ever change of a request: a move, a reassignment, an escalation
# (requests.escalate_due), its campaign or task (service.to_campaign, to_task)
_REQUEST_WORK = (
    "status",
    *_CLOCK,
    "assignee_id",
    "escalation",
    "escalated_to_id",
    "breached",
    "campaign_id",
    "task_id",
    "version",
)


def _requests() -> list[str]:
    """security7 H2: a request's subject, description, priority, client stay as taken; its
    status moves only as `service_life.MOVES` says (resolving with a resolution), its
    clock only with a move (in the statement, or after it in the same transaction: the
    service flushes the status before it reads the calendar); a reassignment takes
    REASSIGN_REQUESTS on its account, by one of those `_may_reassign` names; an
    escalation only climbs, a breach stays; a campaign or task is linked once."""
    resolved = RequestStatus.RESOLVED.value
    return [
        _merged("request"),
        _refuse(_others(_REQUEST_WORK), "the request"),
        _refuse(
            # or the people's manager handing a leaving person's work over (handover)
            f"NEW.assignee_id IS DISTINCT FROM OLD.assignee_id AND NOT ({_may_reassign()}"
            f" OR {_may(Action.MANAGE_PEOPLE)} OR {service_rules.reopened_to_someone_active()})",
            "the request's assignee",
        ),
        _refuse(
            "NEW.status IS DISTINCT FROM OLD.status AND (NOT (OLD.status::text || '>' ||"
            f" NEW.status::text) = ANY ({_MOVES}) OR (NEW.status::text = '{resolved}'"
            " AND btrim(NEW.resolution) = ''))",
            "the request's status",
        ),
        _refuse(
            "NEW.status IS NOT DISTINCT FROM OLD.status AND (to_jsonb(NEW) - ARRAY["
            + ", ".join(f"'{c}'" for c in _REQUEST_WORK if c not in _CLOCK)
            + "]::text[]) IS DISTINCT FROM (to_jsonb(OLD) - ARRAY["
            + ", ".join(f"'{c}'" for c in _REQUEST_WORK if c not in _CLOCK)
            + "]::text[]) AND NOT "
            + _this_transaction("service_requests"),
            "the request's clock",
        ),
        _refuse(
            f"NOT {service_rules.new_cycle()} AND ("
            "NEW.escalation < OLD.escalation OR (OLD.breached AND NOT NEW.breached)"
            " OR (NEW.escalated_to_id IS DISTINCT FROM OLD.escalated_to_id"
            " AND NEW.escalation = OLD.escalation))",
            "the request's escalation",
        ),
        _refuse(
            "(NEW.campaign_id IS DISTINCT FROM OLD.campaign_id AND OLD.campaign_id IS NOT NULL)"
            " OR (NEW.task_id IS NOT NULL AND OLD.task_id IS NOT NULL"
            " AND NEW.task_id <> OLD.task_id)",
            "the request's link",
        ),
    ]


def _communications() -> list[str]:
    """security7 H2: the contact log is evidence. A scheduled message, once sent, is
    marked delivered at its sending (communications.outbox.send_due); a contact just
    logged takes its schedule (outbox) and the contact it was from (triage.assign), by
    its author in that transaction; nothing else of a logged contact changes."""
    sent = (
        "OLD.delivery::text = 'pending' AND NEW.delivery::text = 'delivered'"
        " AND OLD.scheduled_for IS NOT NULL"
    )
    return [
        _merged("contact"),
        f"    IF {sent} THEN",
        _refuse(
            f"{_others(('delivery', 'occurred_at'))} OR NEW.occurred_at < OLD.scheduled_for"
            " OR NEW.occurred_at > clock_timestamp() + interval '5 minutes'",
            "the contact's delivery",
        ),
        "        RETURN NEW;\n    END IF;",
        _refuse(_others(("scheduled_for", "contact_ids")), "the contact"),
        _refuse(
            "OLD.staff_id IS DISTINCT FROM agencia_me() OR NOT "
            + _this_transaction("communications"),
            "a logged contact",
        ),
    ]


def _improvements() -> list[str]:
    """What the services change of an improvement action (services.satisfaction): an open
    one closed, done or cancelled, with the day and the gap the answers show
    (improvements.close_action), its task linked once (improvement_tasks), by whoever
    manages the account's improvements (the agency's: anywhere); its owner handed over
    by the people's manager (people.handover_work). Who proposed it, on what dimension,
    with which gap, when, stay as opened."""
    manages = Action.MANAGE_IMPROVEMENTS
    manager = (
        f"CASE WHEN OLD.account_id IS NULL THEN {_may(manages)} ELSE {_on_account(manages)} END"
    )
    work = ("status", "closed_on", "closing_gap", "task_id")
    changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in work)
    return [
        _merged("improvement action"),
        _refuse(_others((*work, "owner_id", "version")), "the improvement action"),
        _refuse(
            f"NEW.owner_id IS DISTINCT FROM OLD.owner_id AND NOT {_may(Action.MANAGE_PEOPLE)}",
            "the improvement action's owner",
        ),
        _refuse(f"({changed}) AND NOT ({manager})", "the improvement action"),
        _refuse(
            "(NEW.status IS DISTINCT FROM OLD.status OR NEW.closed_on IS DISTINCT FROM"
            " OLD.closed_on OR NEW.closing_gap IS DISTINCT FROM OLD.closing_gap) AND ("
            f"OLD.status::text <> '{ActionStatus.OPEN.value}' OR NEW.status::text NOT IN"
            f" ('{ActionStatus.DONE.value}', '{ActionStatus.CANCELLED.value}')"
            " OR NEW.closed_on IS NULL)",
            "the improvement action's status",
        ),
        _refuse(
            "NEW.task_id IS DISTINCT FROM OLD.task_id AND (OLD.task_id IS NOT NULL"
            f" OR OLD.status::text <> '{ActionStatus.OPEN.value}')",
            "the improvement action's task",
        ),
    ]


# table: the checks, in order (PL/pgSQL statements)
_RULES: dict[str, list[str]] = {
    "users": [
        # when one last signed in is the server's clock, and a save moves the version
        # by one, whoever writes (review 8: a person wrote ten days ago and 999)
        "    IF NEW.last_sign_in IS DISTINCT FROM OLD.last_sign_in THEN\n"
        "        NEW.last_sign_in := now();\n    END IF;",
        _refuse(
            "NEW.version IS DISTINCT FROM OLD.version AND NEW.version IS DISTINCT FROM"
            " OLD.version + 1",
            "the sign-in's version",
        ),
        f"    IF {_may(Action.MANAGE_SIGN_INS)} THEN RETURN NEW; END IF;",
        _refuse(
            _others(("last_sign_in", "must_change_password", "password_hash", "version")),
            "the sign-in",
        ),
        # the forced change ends only with a new password: the owner's
        # agencia_change_own_password (server_logins) writes it, as its current_user
        _refuse(
            "NEW.must_change_password IS DISTINCT FROM OLD.must_change_password AND NOT"
            " pg_has_role(current_user, (SELECT c.relowner FROM pg_class c"
            " WHERE c.oid = 'public.users'::regclass), 'MEMBER')",
            "the forced password change",
        ),
    ],
    "approval_delegations": [
        _refuse(_others(("revoked", "to_staff_id", "version")), "the delegation"),
        _refuse("OLD.revoked AND NOT NEW.revoked", "a revoked delegation"),
        _refuse(
            f"NEW.to_staff_id <> OLD.to_staff_id AND NOT {_may(Action.MANAGE_PEOPLE)}",
            "the delegate",
        ),
    ],
    "mail_accounts": [
        f"    IF {_may(Action.AGENCY_SETTINGS)} THEN RETURN NEW; END IF;",
        _refuse(_others(("last_uid", "version")), "the mail account"),
        _refuse("NEW.last_uid < OLD.last_uid", "the mail account"),
    ],
    "survey_templates": [
        f"    IF {_may(Action.DESIGN_SURVEYS)} THEN RETURN NEW; END IF;",
        _refuse(_others(("family_id", "version")), "the template"),
        _refuse(
            "NEW.family_id IS DISTINCT FROM OLD.family_id AND (OLD.family_id IS NOT NULL"
            " OR NEW.family_id <> NEW.id OR OLD.shipped = '')",
            "the template",
        ),
    ],
    "data_imports": [
        _refuse(_others(("undone_at", "version")), "the import"),
        _refuse("OLD.undone_at IS NOT NULL OR NEW.undone_at IS NULL", "the import"),
    ],
    "accounts": [
        _refuse(
            f"NEW.group_id IS DISTINCT FROM OLD.group_id AND NOT {_ADMIN_MOVES}",
            "the account's group",
        ),
        _refuse(
            "NEW.lead_executive_id IS DISTINCT FROM OLD.lead_executive_id"
            f" AND NOT {_ADMIN_MOVES} AND NOT ({_reassigns('OLD')} AND {_reassigns('NEW')})",
            "the account's lead",
        ),
    ],
}
_RULES["service_requests"] = _requests()
_RULES["communications"] = _communications()
_RULES["improvement_actions"] = _improvements()
# a request's clock, a contact's delivery, the kept health (server_service_rules)
_RULES["service_requests"] += service_rules.request_clock()
_RULES["communications"][:0] = service_rules.delivery_confirmed_later()
_RULES["account_health_history"] = service_rules.health_rows()
# Checks of a new row (BEFORE INSERT): a request is taken open; a contact is logged in
# one's own name (as the trail's stamp), by a person signed in (communications.log.log_in).
_NEW_RULES: dict[str, list[str]] = {
    # a request is taken open, on no one's ladder yet (requests.open_in)
    "service_requests": [
        _refuse(
            f"NEW.status::text NOT IN ('{RequestStatus.NEW.value}',"
            f" '{RequestStatus.ASSIGNED.value}') OR NEW.first_response_at IS NOT NULL"
            " OR NEW.resolved_at IS NOT NULL OR NEW.closed_at IS NOT NULL"
            " OR NEW.escalation <> 0 OR NEW.breached OR NEW.escalated_to_id IS NOT NULL"
            " OR NEW.campaign_id IS NOT NULL OR NEW.task_id IS NOT NULL",
            "a new request",
        ),
    ],
    "communications": [
        _refuse(
            "agencia_me() IS NULL OR NEW.staff_id IS DISTINCT FROM agencia_me()",
            "the contact's author",
        ),
    ],
}
_NEW_RULES["service_requests"] += service_rules.new_request_clock()
_NEW_RULES["communications"] += service_rules.delivery_logged()
_NEW_RULES["account_health_history"] = service_rules.new_health_row()
# On the trail (security7 H2): a new request, contact or survey answer, and a changed
# request, are written with their trail entry in the same transaction, by the same
# person, as the services write them (checked at commit): table → (events, the entry's
# kind, the entry's record, what needs no entry). A merge is on the account's trail, a
# deleted task lets its request go, an escalation's breach alone is not an entry.
_TRAILED: dict[str, tuple[str, str, str, str]] = {
    "service_requests": (
        "INSERT OR UPDATE",
        "service_request",
        "NEW.id",
        "TG_OP = 'UPDATE' AND (NEW.account_id IS DISTINCT FROM OLD.account_id"
        " OR (NEW.task_id IS NULL AND OLD.task_id IS NOT NULL)"
        " OR (NEW.breached AND NOT OLD.breached"
        " AND NOT " + _others(("breached", "version")) + "))",
    ),
    "communications": ("INSERT", "communication", "NEW.id", "false"),
    "survey_responses": ("INSERT", "survey_response", "NEW.id", "false"),
    "survey_answers": ("INSERT", "survey_response", "NEW.response_id", "false"),
}
TRIGGERS = (
    tuple((table, f"{table}_columns") for table in _RULES)
    + tuple((table, f"{table}_new") for table in _NEW_RULES)
    + tuple((table, f"{table}_trail") for table in _TRAILED)
)


def _trail_sql(table: str) -> list[str]:
    events, kind, record, exempt = _TRAILED[table]
    this = "(txid_current() % 4294967296)::text"
    return [
        f"""
CREATE OR REPLACE FUNCTION agencia_trail_{table}() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF agencia_owner_session() OR {exempt} THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.entity = '{kind}'
                   AND e.entity_id = {record} AND e.staff_id = agencia_me()
                   AND e.xmin::text = {this}) THEN
        RAISE EXCEPTION '%: a change is written with its trail entry', TG_TABLE_NAME
            USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END
$$""",
        f"DROP TRIGGER IF EXISTS {table}_trail ON {table}",
        # not queued at all for the owner's sessions (a migration, the demo's bulk
        # fill): a pending event stops CREATE INDEX in the same transaction
        f"CREATE CONSTRAINT TRIGGER {table}_trail AFTER {events} ON {table}"
        " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NOT agencia_owner_session())"
        f" EXECUTE FUNCTION agencia_trail_{table}()",
    ]


def _function(table: str, rules: dict[str, list[str]], prefix: str = "columns") -> str:
    body = "\n".join(rules[table])
    return f"""
CREATE OR REPLACE FUNCTION agencia_{prefix}_{table}() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF agencia_owner_session() THEN
        RETURN NEW;
    END IF;
{body}
    RETURN NEW;
END
$$"""


def column_rules(names: set[str]) -> list[str]:
    """The functions and triggers for the tables there are (after the functions they call)."""
    out: list[str] = []
    for table, trigger in TRIGGERS:
        if table not in names:
            continue
        if trigger.endswith("_trail"):
            out += _trail_sql(table)
            continue
        new = trigger.endswith("_new")
        prefix, rules = ("new", _NEW_RULES) if new else ("columns", _RULES)
        out.append(_function(table, rules, prefix))
        out.append(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        out.append(
            f"CREATE TRIGGER {trigger} BEFORE {'INSERT' if new else 'UPDATE'} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION agencia_{prefix}_{table}()"
        )
    return out
