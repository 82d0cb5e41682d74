"""Row-level security of the agency's own tables (no account), one rule per table, each
the rule its services apply (agencia.db.server_security applies them).

Every person reads these tables unless said; writing takes the action the services ask
(`GLOBAL_WRITES`), or a narrower rule: a person's own rows (absences), the delegator's
own delegation, the mailbox's bookkeeping. Where a row is writable only in part, a
trigger (`agencia.db.server_column_rules`) refuses the columns the person may not change.
A table no rule names is the administrator's to write (AGENCY_SETTINGS): a new area's
table is closed until it says who writes it (tests/server/test_row_rules_on_server.py).
"""

from __future__ import annotations

from agencia.domain.campaign_life import delegation_refusal
from agencia.domain.enums import Role
from agencia.domain.permissions import Action
from agencia.domain.survey_templates import SHIPPED

# Tables every person reads, and the action that lets them write (anywhere).
GLOBAL_WRITES: dict[str, Action] = {
    "agency": Action.AGENCY_SETTINGS,
    "exchange_rates": Action.AGENCY_SETTINGS,
    "staff": Action.MANAGE_PEOPLE,
    "account_groups": Action.MANAGE_GROUPS,
    "users": Action.MANAGE_SIGN_INS,
    "routing_rules": Action.AGENCY_SETTINGS,  # the switchboard (services.service.routing)
    "vendors": Action.MANAGE_VENDORS,  # services.coordination.vendors, data.undo
    "staff_capacity": Action.MANAGE_PEOPLE,  # services.coordination.capacity
}

# (policy name, command, USING, WITH CHECK)
Policy = tuple[str, str, str | None, str | None]

_ME = "(SELECT agencia_me())"
_PERSON = f"{_ME} IS NOT NULL"


def may(action: Action) -> str:
    return f"agencia_may_global('{action.value}')"


def _global(action: Action) -> list[Policy]:
    return [
        ("read", "SELECT", "true", None),
        ("add", "INSERT", None, may(action)),
        ("change", "UPDATE", may(action), may(action)),
        ("remove", "DELETE", may(action), None),
    ]


def _users() -> list[Policy]:
    """The administrator's (MANAGE_SIGN_INS); a person updates their own row, whose
    columns `server_column_rules` limits (last sign-in, password change)."""
    admin, own = may(Action.MANAGE_SIGN_INS), "login = session_user::text"
    return [
        ("read", "SELECT", "true", None),
        ("add", "INSERT", None, admin),
        ("change", "UPDATE", f"{admin} OR {own}", f"{admin} OR {own}"),
        ("remove", "DELETE", admin, None),
    ]


def _approvers() -> str:
    roles = [r.value for r in Role if delegation_refusal(r, r, False) is None]
    return "ARRAY[" + ", ".join(f"'{r}'" for r in roles) + "]::text[]"


def _delegations() -> list[Policy]:
    """services.campaigns.approval_settings: an approver hands their own approvals to an
    active peer of their role (never the receiver: a delegation is given, not taken);
    the delegator revokes it, the administrator hands it over when the delegate leaves
    (services.people.handover). Nobody removes one."""
    give = (
        f"from_staff_id = {_ME} AND to_staff_id <> from_staff_id AND NOT revoked"
        " AND starts_on <= ends_on"
        f" AND (SELECT agencia_my_role()) = ANY ({_approvers()})"
        " AND EXISTS (SELECT 1 FROM staff s WHERE s.id = to_staff_id AND s.active"
        " AND s.role::text = (SELECT agencia_my_role()))"
    )
    change = f"from_staff_id = {_ME} OR {may(Action.MANAGE_PEOPLE)}"
    return [
        ("read", "SELECT", "true", None),
        ("add", "INSERT", None, give),
        ("change", "UPDATE", change, change),
    ]


def _mail_accounts() -> list[Policy]:
    """The agency's mail account is the administrator's (services.communications.servers);
    whoever reads the mailbox moves its last message read on (mailbox._remember)."""
    admin = may(Action.AGENCY_SETTINGS)
    return [
        ("read", "SELECT", "true", None),
        ("add", "INSERT", None, admin),
        ("change", "UPDATE", _PERSON, _PERSON),
        ("remove", "DELETE", admin, None),
    ]


def _mail_triage() -> list[Policy]:
    """Mail from unknown senders (services.communications.triage): whoever logs contacts
    sees and settles it; whoever reads the mailbox adds to it; nobody rewrites it."""
    logs = may(Action.LOG_COMMUNICATION)
    return [
        ("read", "SELECT", f"{logs} OR {may(Action.AGENCY_SETTINGS)}", None),
        ("add", "INSERT", None, _PERSON),
        ("remove", "DELETE", logs, None),
    ]


def _survey_templates() -> list[Policy]:
    """The designers' (DESIGN_SURVEYS); anyone may put in a shipped template the agency
    lacks (templates.ensure_shipped), and then only name its family."""
    designs = may(Action.DESIGN_SURVEYS)
    keys = "ARRAY[" + ", ".join(f"'{k}'" for k in SHIPPED) + "]::text[]"
    shipped = (
        f"shipped = ANY ({keys}) AND NOT retired AND revision = 1 AND family_id IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM survey_templates t"
        " WHERE t.shipped = survey_templates.shipped)"
    )
    return [
        ("read", "SELECT", "true", None),
        ("add", "INSERT", None, f"{designs} OR ({shipped})"),
        ("change", "UPDATE", _PERSON, _PERSON),
        ("remove", "DELETE", designs, None),
    ]


def _absences() -> list[Policy]:
    """One's own absences, or anyone's for the administrator (coordination.capacity)."""
    own = f"staff_id = {_ME} OR {may(Action.MANAGE_PEOPLE)}"
    return [
        ("read", "SELECT", "true", None),
        ("add", "INSERT", None, own),
        ("change", "UPDATE", own, own),
        ("remove", "DELETE", own, None),
    ]


def _data_imports() -> list[Policy]:
    """An import is the agency's event (services.data.history): its importer records it
    in their own name; undoing it only marks it undone (server_column_rules)."""
    return [
        ("read", "SELECT", "true", None),
        ("add", "INSERT", None, f"staff_id = {_ME} AND undone_at IS NULL"),
        ("change", "UPDATE", _PERSON, _PERSON),
    ]


def _data_import_records() -> list[Policy]:
    """The records of one's own import, written with it; never changed afterwards."""
    mine = (
        "EXISTS (SELECT 1 FROM data_imports d WHERE d.id = import_id"
        f" AND d.staff_id = {_ME} AND d.undone_at IS NULL)"
    )
    return [("read", "SELECT", "true", None), ("add", "INSERT", None, mine)]


_RULES = {
    "users": _users,
    "approval_delegations": _delegations,
    "mail_accounts": _mail_accounts,
    "mail_triage": _mail_triage,
    "survey_templates": _survey_templates,
    "absences": _absences,
    "data_imports": _data_imports,
    "data_import_records": _data_import_records,
}
NAMED = frozenset(GLOBAL_WRITES) | frozenset(_RULES)


def agency_policies(table: str) -> list[Policy]:
    """The policies of one of the agency's tables (not an account's)."""
    if table in _RULES:
        return _RULES[table]()
    return _global(GLOBAL_WRITES.get(table, Action.AGENCY_SETTINGS))
