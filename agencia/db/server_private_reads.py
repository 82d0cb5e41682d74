"""What a person reads of the agency's trail about people (PostgreSQL).

explore9 L6: every person read every colleague's sign-ins (when, from which login) and
each person's and sign-in's creation with its fields — trail entries filed under no
account. Those entries (entity `staff` or `user`, no account) are the people's
managers' (MANAGE_PEOPLE, MANAGE_SIGN_INS: the administrator) and each person's own:
what they wrote, and what is about them. A RESTRICTIVE policy, added to the permissive
ones `server_security` writes (which it drops and writes again on every upgrade), so
nothing else of the trail's reading changes; a row one writes is one's own (the trail's
stamp), so writing is not affected.

An absence's note (why one is away) is its person's and the people's manager's: the
others read the dates (planning needs them), not the note — no column privilege on it
but the administrators'; a person reads their own through `agencia_absence_note`.
"""

from __future__ import annotations

from agencia.domain.changes import ChangeKind
from agencia.domain.enums import Role
from agencia.domain.permissions import Action, scope_for

_ME = "(SELECT agencia_me())"


def _may(action: Action) -> str:
    return f"agencia_may_global('{action.value}')"


def private_read_rules(names: set[str]) -> list[str]:
    """After `server_security`'s policies on the trail."""
    if not {"audit_events", "users"} <= names:
        return []
    staff, user = ChangeKind.STAFF.value, ChangeKind.USER.value
    people = f"account_id IS NULL AND entity IN ('{staff}', '{user}')"
    allowed = " OR ".join(
        (
            f"NOT ({people})",
            f"staff_id = {_ME}",
            _may(Action.MANAGE_PEOPLE),
            _may(Action.MANAGE_SIGN_INS),
            f"(entity = '{staff}' AND entity_id = {_ME})",
            f"(entity = '{user}' AND entity_id IN (SELECT u.id FROM users u"
            f" WHERE u.staff_id = {_ME}))",
        )
    )
    return [
        *absence_note_rules(names),
        "DROP POLICY IF EXISTS agencia_people_trail ON audit_events",
        "CREATE POLICY agencia_people_trail ON audit_events AS RESTRICTIVE FOR SELECT"
        f" TO agencia_staff USING ({allowed})",
    ]


def _absence_note_sql() -> str:
    return f"""
CREATE OR REPLACE FUNCTION agencia_absence_note(p_id integer) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (SELECT a.note FROM absences a WHERE a.id = p_id
            AND (agencia_owner_session() OR a.staff_id = {_ME}
                 OR {_may(Action.MANAGE_PEOPLE)}));
END
$$"""


def absence_note_rules(names: set[str]) -> list[str]:
    """After `server_security`'s grants: the note's privilege, the reading function."""
    if "absences" not in names:
        return []
    from agencia.db.metadata import metadata

    others = [c.name for c in metadata.tables["absences"].columns if c.name != "note"]
    managers = {r for r in Role if scope_for(r, Action.MANAGE_PEOPLE)}
    return [
        _absence_note_sql(),
        "REVOKE SELECT ON absences FROM agencia_staff",
        f"GRANT SELECT ({', '.join(others)}) ON absences TO agencia_staff",
        *(
            ["GRANT SELECT (note) ON absences TO agencia_admins"]
            if managers == {Role.ADMINISTRATOR}
            else []
        ),
    ]
