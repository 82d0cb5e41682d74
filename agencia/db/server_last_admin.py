"""The agency always keeps an active administrator with an enabled sign-in (PostgreSQL).

The people services ask `services.people.last_admin.keep_an_administrator` before they
demote, deactivate or disable someone; a person's own session (`psql`) skips the
services, so the server asks too: at commit, a transaction of a person that changed or
deleted the `staff` or `users` row of an administrator who could sign in must leave at
least one such administrator. It first takes the owner's row lock (server_series_locks:
the services' advisory lock, any person could hold idle), so that two administrators
demoting each other at the same time do not both pass (the second waits for the first's
commit and then counts it). The refusal carries the services' message
(`staff.last_admin`, naming the person) for `agencia.db.server_refusal` to give back.
The owner's sessions (set-up, a restore, the demo) are left alone.
"""

from __future__ import annotations

from agencia.db.server_series_locks import HOLD_SERIES
from agencia.domain.enums import Role

# The services' advisory lock (services.people.last_admin.LAST_ADMIN_LOCK: same number;
# the database layer does not import the services). The server's rule no longer takes
# it (any person may hold an advisory key): it holds server_series_locks.HOLD_SERIES.
LAST_ADMIN_LOCK = 0x61676C61
_ADMIN = Role.ADMINISTRATOR.value
_SUFFIX = {"UPDATE": "", "DELETE": "_gone"}
TRIGGERS = tuple(
    (table, f"{table}_last_admin{suffix}")
    for table in ("staff", "users")
    for suffix in _SUFFIX.values()
)


def _function() -> str:
    return f"""
CREATE OR REPLACE FUNCTION agencia_keep_an_administrator() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    who integer := COALESCE(to_jsonb(OLD) ->> 'staff_id', to_jsonb(OLD) ->> 'id')::integer;
    name text;
BEGIN
    {HOLD_SERIES};
    IF EXISTS (SELECT 1 FROM users u JOIN staff s ON s.id = u.staff_id
               WHERE s.role::text = '{_ADMIN}' AND s.active AND u.active) THEN
        RETURN NULL;
    END IF;
    SELECT s.full_name INTO name FROM staff s WHERE s.id = who;
    RAISE EXCEPTION 'the agency would be left without an active administrator'
        USING ERRCODE = '42501', HINT = 'agencia:staff.last_admin',
              DETAIL = json_build_object('name', COALESCE(name, ''))::text;
END
$$"""


def last_admin_rules(names: set[str]) -> list[str]:
    """The function and its two deferred triggers (idempotent): fired by a person's
    change of a row that counted (an active administrator's staff row, an active
    sign-in), checked at commit."""
    if not {"staff", "users"} <= names:
        return []
    person = "NOT agencia_owner_session()"
    admin = f"OLD.role::text = '{_ADMIN}' AND OLD.active"
    lost = {
        "staff": (admin, "NEW.role::text <> OLD.role::text OR NOT NEW.active"),
        "users": ("OLD.active", "NOT NEW.active OR NEW.staff_id <> OLD.staff_id"),
    }
    out = [_function()]
    out += [f"DROP TRIGGER IF EXISTS {name} ON {table}" for table, name in TRIGGERS]
    for table, (counted, changed) in lost.items():
        for event, when in (("UPDATE", f"{counted} AND ({changed})"), ("DELETE", counted)):
            out.append(
                f"CREATE CONSTRAINT TRIGGER {table}_last_admin{_SUFFIX[event]} AFTER {event} "
                f"ON {table} "
                f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN ({when} AND {person}) "
                "EXECUTE FUNCTION agencia_keep_an_administrator()"
            )
    return out
