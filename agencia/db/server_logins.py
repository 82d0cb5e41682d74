"""People's server roles are made and changed by the schema's owner, never by a person.

An administrator's own role has no CREATEROLE: on PostgreSQL 15 and earlier that
attribute lets its holder grant itself `pg_execute_server_program` (commands run as the
server's operating-system user), take the owner's role, or make roles with no sign-in
behind them. Adding, disabling, promoting or resetting a sign-in instead calls
`agencia_manage_login`, a SECURITY DEFINER function owned by the role that ran `db init`
/ `db upgrade` (the owner, which holds CREATEROLE). It does one narrow thing: it makes
the role of a `users` row match that row — LOGIN only while the sign-in and its person
are active, a member of `agencia_staff` (and `agencia_admins` for an administrator),
no other attribute, a connection limit, the lock and idle timeouts and no JIT below and no
setting of the person's own — and, given a SCRAM verifier,
sets its password. Only an active administrator with an active sign-in (by the tables,
from `session_user`, and a member of `agencia_admins`: a person who rewrote their own
`users` row is not one) or the owner itself may call it, only for a login of the strict
shape the people services accept, never a reserved or existing foreign role: a role it
did not make for this database (an owner-held list in the settings table) is refused.

Every `db upgrade` (`server_settings.settings_sql`) re-writes the function and puts
every registered role back in that shape, so administrators of an agency set up before
lose CREATEROLE and their admin options.
"""

from __future__ import annotations

from agencia.db.server_settings import SETTINGS

# A row `login:<name>` of the settings table: a role this database's sign-in owns.
LOGIN_PREFIX = "login:"

# A person's sessions never wait longer than this for a lock (another session's LOCK
# TABLE or a long transaction): the statement fails and the app says the database is
# busy. A session left idle inside a transaction this long is ended by the server.
LOCK_TIMEOUT = "8s"
IDLE_IN_TRANSACTION_TIMEOUT = "2min"
# (2 min, not more: a person's `BEGIN; LOCK TABLE accounts;` left at a psql prompt keeps
# everyone's reads and saves of that table failing until then. The app's transactions
# wait for no person and no network between statements, but `data export` writes every
# stored file inside its one read transaction; pg_dump turns the timeout off for itself.)
# No JIT for people's sessions: a count over a few thousand rows under row-level
# security is costed high enough to be compiled, and compiling takes far longer than the
# query (a trainee's count of 29,700 task dependencies: 1,183 ms with JIT, 32 ms without).
JIT = "off"
# How many connections one person's role may hold at once (review 8: a trainee opened 57
# and nobody could sign in). One window keeps at most 7 (engine: the writer's pool 2,
# the readers' 4, the change listener 1); a command line or a second window beside it
# fits, a script opening connections in a loop does not take the server's slots.
CONNECTION_LIMIT = 12
# The people services' login rule (services.people.sign_ins.check_login), checked again
# here: the function builds role commands from it (always through format('%I')).
LOGIN_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._@-]{0,79}$"
_RESERVED = "'postgres', 'public', 'none', 'current_user', 'session_user', 'current_role'"

MAY_MANAGE_SQL = f"""
CREATE OR REPLACE FUNCTION agencia_may_manage_logins() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $body$
BEGIN
    RETURN session_user::name = current_user
        OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
        OR pg_has_role(session_user, 'agencia_admins', 'MEMBER') AND EXISTS (
            SELECT 1 FROM users u JOIN staff s ON s.id = u.staff_id
            WHERE u.login = session_user::text AND u.active AND s.active
              AND s.role::text = 'administrator'
              AND EXISTS (SELECT 1 FROM {SETTINGS} WHERE name = '{LOGIN_PREFIX}' || u.login));
END $body$"""

_MEMBER = (
    "EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = to_regrole({group}) "
    "AND m.member = to_regrole({member}))"
)

MANAGE_SQL = f"""
CREATE OR REPLACE FUNCTION agencia_manage_login(p_login text, p_verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
DECLARE
    v_enabled boolean;
    v_admin boolean;
BEGIN
    IF NOT agencia_may_manage_logins() THEN
        RAISE EXCEPTION 'only an administrator manages sign-ins' USING ERRCODE = '42501';
    END IF;
    IF p_login IS NULL OR p_login !~ '{LOGIN_PATTERN}'
       OR lower(p_login) ~ '^(pg_|agencia_)' OR lower(p_login) IN ({_RESERVED}) THEN
        RAISE EXCEPTION 'not a login: %', quote_ident(p_login) USING ERRCODE = '22023';
    END IF;
    SELECT u.active AND s.active, s.role::text = 'administrator'
      INTO v_enabled, v_admin
      FROM users u JOIN staff s ON s.id = u.staff_id WHERE u.login = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no sign-in %', quote_ident(p_login) USING ERRCODE = '42501';
    END IF;
    IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\\$[0-9]+:' THEN
        RAISE EXCEPTION 'a password must come as a SCRAM verifier' USING ERRCODE = '22023';
    END IF;
    IF to_regrole(quote_ident(p_login)) IS NULL THEN
        IF p_verifier IS NULL THEN
            RAISE EXCEPTION 'a new sign-in needs a password' USING ERRCODE = '22023';
        END IF;
        EXECUTE format('CREATE ROLE %I NOLOGIN', p_login);
        INSERT INTO {SETTINGS} (name, value) VALUES ('{LOGIN_PREFIX}' || p_login, 'on');
    ELSIF NOT EXISTS (SELECT 1 FROM {SETTINGS} WHERE name = '{LOGIN_PREFIX}' || p_login) THEN
        RAISE EXCEPTION 'role % is not one of this agency''s sign-ins', quote_ident(p_login)
            USING ERRCODE = '42501';
    END IF;
    PERFORM agencia_shape_login(p_login, v_enabled, v_admin);
    IF p_verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
    END IF;
END $body$"""

# A person's own new password, the one way their sign-in's forced change ends: the
# owner sets the role's password and clears `must_change_password` in one step (the
# column is not the person's to write: server_column_rules, users). Any role may
# ALTER its own password anyway, so this lends the person nothing they had not.
OWN_PASSWORD_SQL = f"""
CREATE OR REPLACE FUNCTION agencia_change_own_password(p_verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
BEGIN
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\\$[0-9]+:' THEN
        RAISE EXCEPTION 'a password must come as a SCRAM verifier' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users u JOIN staff s ON s.id = u.staff_id
                   WHERE u.login = session_user::text AND u.active AND s.active)
       OR NOT EXISTS (SELECT 1 FROM {SETTINGS}
                      WHERE name = '{LOGIN_PREFIX}' || session_user::text) THEN
        RAISE EXCEPTION 'only a person signed in changes their own password'
            USING ERRCODE = '42501';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_verifier);
    UPDATE users SET must_change_password = false
    WHERE login = session_user::text AND must_change_password;
END $body$"""

# The role's whole shape, whatever it was (also what `db upgrade` re-applies).
SHAPE_SQL = f"""
CREATE OR REPLACE FUNCTION agencia_shape_login(p_login text, p_enabled boolean,
    p_admin boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
DECLARE
    v_role text := quote_ident(p_login);
BEGIN
    EXECUTE format('ALTER ROLE %I NOCREATEROLE NOCREATEDB CONNECTION LIMIT {CONNECTION_LIMIT} %s',
        p_login, CASE WHEN p_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
    -- what the person set on their own role (any role may: lock_timeout = 0 …) goes,
    -- here and for this database, before the agency's settings are written again
    EXECUTE format('ALTER ROLE %I RESET ALL', p_login);
    EXECUTE format('ALTER ROLE %I IN DATABASE %I RESET ALL', p_login, current_database());
    EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', p_login, '{LOCK_TIMEOUT}');
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', p_login,
        '{IDLE_IN_TRANSACTION_TIMEOUT}');
    EXECUTE format('ALTER ROLE %I SET jit = %L', p_login, '{JIT}');
    IF {_MEMBER.format(group="v_role", member="'agencia_admins'")} THEN
        EXECUTE format('REVOKE %I FROM agencia_admins', p_login);
    END IF;
    IF {_MEMBER.format(group="'agencia_staff'", member="v_role")} THEN
        EXECUTE format('REVOKE agencia_staff FROM %I', p_login);
    END IF;
    IF {_MEMBER.format(group="'agencia_admins'", member="v_role")} THEN
        EXECUTE format('REVOKE agencia_admins FROM %I', p_login);
    END IF;
    EXECUTE format('GRANT agencia_staff TO %I', p_login);
    IF p_admin THEN
        EXECUTE format('GRANT agencia_admins TO %I', p_login);
    ELSIF to_regprocedure('agencia_admins_over(text, boolean)') IS NULL THEN
        -- administrators may end the person's sessions (a deactivation)
        EXECUTE format('GRANT %I TO agencia_admins', p_login);
    END IF;
    IF to_regprocedure('agencia_admins_over(text, boolean)') IS NOT NULL THEN
        -- this agency's own administrators only (server_database_access)
        PERFORM agencia_admins_over(p_login, p_admin);
    END IF;
END $body$"""

# On every upgrade: each registered sign-in's role back in shape (CREATEROLE and admin
# options gone); one that cannot be altered (PostgreSQL 16: a role someone else made)
# is reported, not fatal. Sign-ins made before the list existed are registered first.
UPGRADE_SQL = f"""
DO $up$ DECLARE r record; BEGIN
    IF to_regclass('public.{SETTINGS}') IS NULL THEN
        RETURN;  -- (one test per statement: the next one's table must exist to plan it)
    END IF;
    IF NOT EXISTS (SELECT 1 FROM {SETTINGS} WHERE name = 'server_roles' AND value = 'on') THEN
        RETURN;
    END IF;
    INSERT INTO {SETTINGS} (name, value)
        SELECT '{LOGIN_PREFIX}' || u.login, 'on' FROM users u
        JOIN pg_roles pr ON pr.rolname = u.login AND NOT pr.rolsuper
        WHERE u.login ~ '{LOGIN_PATTERN}' AND lower(u.login) !~ '^(pg_|agencia_)'
          AND EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = pr.oid
                      AND m.roleid IN (to_regrole('agencia_staff'), to_regrole('agencia_admins')))
    ON CONFLICT (name) DO NOTHING;
    FOR r IN SELECT u.login, u.active AND s.active AS enabled,
                    s.role::text = 'administrator' AS admin
             FROM users u JOIN staff s ON s.id = u.staff_id
             JOIN {SETTINGS} g ON g.name = '{LOGIN_PREFIX}' || u.login
             WHERE to_regrole(quote_ident(u.login)) IS NOT NULL LOOP
        BEGIN
            PERFORM agencia_shape_login(r.login, r.enabled, r.admin);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'agencia: role % left as it was: %', quote_ident(r.login), SQLERRM;
        END;
    END LOOP;
END $up$"""

GRANTS_SQL = (
    "REVOKE EXECUTE ON FUNCTION agencia_may_manage_logins(), "
    "agencia_manage_login(text, text), agencia_shape_login(text, boolean, boolean), "
    "agencia_change_own_password(text) FROM PUBLIC, agencia_staff",
    "GRANT EXECUTE ON FUNCTION agencia_may_manage_logins(), agencia_manage_login(text, text), "
    "agencia_change_own_password(text) TO agencia_staff",
)


# Administrators grant no role themselves (the owner's function does): the admin option
# on `agencia_staff` that `server_security` gives their group (PostgreSQL 16 needed it
# while administrators made roles) would let them add any role of the server to it.
NO_ADMIN_OPTION_SQL = "REVOKE ADMIN OPTION FOR agencia_staff FROM agencia_admins"


def login_statements() -> list[str]:
    """The functions, their privileges and the upgrade's re-shaping, in order (after
    `server_security`'s grants: `settings_sql` runs last)."""
    return [
        MAY_MANAGE_SQL,
        SHAPE_SQL,
        MANAGE_SQL,
        OWN_PASSWORD_SQL,
        *GRANTS_SQL,
        NO_ADMIN_OPTION_SQL,
        UPGRADE_SQL,
    ]
