"""The owner's settings table on a server database set up for server roles.

`db init` marks the database with a row of a table the owner owns, which every role may
read (`agencia.db.server_roles.is_secured`, the `agencia_secured()` function). It replaces
a custom database parameter, which PostgreSQL 15 and later let only a superuser set, so
that IT's owner role (LOGIN CREATEROLE, no superuser) can run `db init`; the table is
also in a `pg_dump`, so a restored database stays marked.
"""

from __future__ import annotations

# The owner's settings: one row ('server_roles', 'on') marks a database `db init` set up
# for server roles (agencia.db.server_roles.is_secured); everyone reads it, the owner
# alone writes it. Not a migration's: only secured databases have it.
SETTINGS = "agencia_settings"


def mark_sql() -> list[str]:
    """Mark the database as set up for server roles (the owner may, unlike a custom
    database parameter, which PostgreSQL 15 and later keep for superusers)."""
    return [
        f"CREATE TABLE IF NOT EXISTS {SETTINGS} (name text PRIMARY KEY, value text NOT NULL)",
        f"INSERT INTO {SETTINGS} (name, value) VALUES ('server_roles', 'on') "
        "ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value",
        f"GRANT SELECT ON {SETTINGS} TO PUBLIC",
    ]


def settings_sql() -> str:
    """On every upgrade: the settings readable again after the blanket REVOKE, a
    database marked the old way (a database parameter) marked in the table, and the
    owner's functions that manage people's roles written again, every sign-in's role
    put back in shape (`agencia.db.server_logins`: no CREATEROLE for anyone)."""
    from agencia.db.server_logins import login_statements

    create, insert, grant = mark_sql()
    logins = "".join(f"\n    EXECUTE $q${statement}$q$;" for statement in login_statements())
    return f"""
DO $settings$ BEGIN
    IF to_regclass('public.{SETTINGS}') IS NULL AND EXISTS (
        SELECT 1 FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase
        WHERE d.datname = current_database() AND s.setrole = 0
          AND 'agencia.server_roles=on' = ANY(s.setconfig)) THEN
        {create};
        {insert};
    END IF;
    IF to_regclass('public.{SETTINGS}') IS NOT NULL THEN
        {grant};
    END IF;{logins}
END $settings$"""
