"""Only this agency's people connect to its database (PostgreSQL, a database `db init`
set up for server roles).

Server roles are the whole server's: `agencia_staff` holds the people of every agency
database on it, so CONNECT granted to that group let the administrator of a second
agency (a training copy, another company) open the first one and read its people, its
sign-ins and its trail (explore9 M6, explore7 H5). CONNECT (and TEMPORARY) is taken from
PUBLIC and from the shared groups, and given to each sign-in this database registered
(`agencia_settings` rows `login:<name>`, written by the owner's `agencia_manage_login`
when it makes the role: server_logins): a new sign-in is given it by a trigger on that
table, the owner's. Applied by `db init` (after its first sign-in) and every
`db upgrade`; an older agency loses the shared grant then. CONNECT granted to a person
reached every agency's administrators too (`agencia_admins` was a member of each
person's role): that link is now to this agency's administrators (`_ADMINS_FUNCTION`).
"""

from __future__ import annotations

from agencia.db.server_logins import LOGIN_PREFIX
from agencia.db.server_settings import SETTINGS

TRIGGERS = ((SETTINGS, "agencia_settings_connect"),)

_GRANT_FUNCTION = f"""
CREATE OR REPLACE FUNCTION agencia_grant_connect() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    login text := substr(NEW.name, {len(LOGIN_PREFIX) + 1});
BEGIN
    IF left(NEW.name, {len(LOGIN_PREFIX)}) = '{LOGIN_PREFIX}'
       AND to_regrole(quote_ident(login)) IS NOT NULL THEN
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), login);
    END IF;
    RETURN NULL;
END
$$"""

# Each person's role is a member-of target of this agency's administrators only (they end
# a deactivated person's sessions): before, of the server-wide `agencia_admins`, so every
# other agency's administrator held each person's privileges, CONNECT included. Called
# by the owner's `agencia_shape_login` (server_logins) whenever it shapes a role.
_ADMINS_FUNCTION = f"""
CREATE OR REPLACE FUNCTION agencia_admins_over(p_login text, p_admin boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r record; wanted boolean; held boolean; whole text; part text;
BEGIN
    FOR r IN SELECT u.login, s.role::text = 'administrator' AS admin
             FROM users u JOIN staff s ON s.id = u.staff_id
             JOIN {SETTINGS} g ON g.name = '{LOGIN_PREFIX}' || u.login
             WHERE u.login <> p_login AND to_regrole(quote_ident(u.login)) IS NOT NULL LOOP
        FOR whole, part, wanted IN VALUES (p_login, r.login, r.admin AND NOT p_admin),
                                          (r.login, p_login, p_admin AND NOT r.admin) LOOP
            held := EXISTS (SELECT 1 FROM pg_auth_members m
                            WHERE m.roleid = to_regrole(quote_ident(whole))
                              AND m.member = to_regrole(quote_ident(part)));
            BEGIN
                IF wanted AND NOT held THEN
                    EXECUTE format('GRANT %I TO %I', whole, part);
                ELSIF held AND NOT wanted THEN
                    EXECUTE format('REVOKE %I FROM %I', whole, part);
                END IF;
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE WARNING 'agencia: % left as it was for %: %', whole, part, SQLERRM;
            END;
        END LOOP;
    END LOOP;
END
$$"""

_APPLY = f"""
DO $access$ DECLARE r record; BEGIN
    IF to_regclass('public.{SETTINGS}') IS NULL THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM {SETTINGS} WHERE name = 'server_roles' AND value = 'on') THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC, agencia_staff,'
                   ' agencia_admins', current_database());
    FOR r IN SELECT substr(name, {len(LOGIN_PREFIX) + 1}) AS login FROM {SETTINGS}
             WHERE left(name, {len(LOGIN_PREFIX)}) = '{LOGIN_PREFIX}' LOOP
        IF to_regrole(quote_ident(r.login)) IS NOT NULL THEN
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), r.login);
        END IF;
    END LOOP;
    FOR r IN SELECT u.login, s.role::text = 'administrator' AS admin
             FROM users u JOIN staff s ON s.id = u.staff_id
             JOIN {SETTINGS} g ON g.name = '{LOGIN_PREFIX}' || u.login
             WHERE to_regrole(quote_ident(u.login)) IS NOT NULL LOOP
        IF EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = to_regrole(quote_ident(r.login))
                   AND m.member = to_regrole('agencia_admins')) THEN
            EXECUTE format('REVOKE %I FROM agencia_admins', r.login);
        END IF;
        PERFORM agencia_admins_over(r.login, r.admin);
    END LOOP;
    DROP TRIGGER IF EXISTS agencia_settings_connect ON {SETTINGS};
    CREATE TRIGGER agencia_settings_connect AFTER INSERT ON {SETTINGS}
        FOR EACH ROW EXECUTE FUNCTION agencia_grant_connect();
END $access$"""


def database_access_sql() -> list[str]:
    """Who may connect: this database's own sign-ins (run after the settings' logins)."""
    return [
        _GRANT_FUNCTION,
        _ADMINS_FUNCTION,
        "REVOKE EXECUTE ON FUNCTION agencia_admins_over(text, boolean) FROM PUBLIC, agencia_staff",
        _APPLY,
    ]
