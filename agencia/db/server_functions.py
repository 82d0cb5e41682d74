"""The SQL functions the server's row-level security calls (agencia.db.server_security).

Who the session is (its role named by a login), the role table written out as SQL from
`agencia.domain.permissions` (one source), the accounts and campaigns a session reaches
— its own, a delegator's, a director's campaign another director reviews — and the
triggers' bodies that stamp who and when on the trail. SECURITY DEFINER where a function
must read rows the session may not (it answers only about the session itself).

Those SECURITY DEFINER functions are written as SQL queries and created in PL/pgSQL
(`cached_plans`): PostgreSQL cannot inline a SECURITY DEFINER SQL function, so before
version 18 it plans its query again in every statement that calls it (about 1 ms for
`agencia_grant`, four times in one UPDATE of an account), while PL/pgSQL keeps the plan
for the session (0.1 ms). Migration 0020 made the change; its downgrade puts back the
SQL ones (`cached=False`).
"""

from __future__ import annotations

import re

from agencia.domain.enums import Role
from agencia.domain.permissions import Action, scope_for

_DIRECTOR = Role.ACCOUNT_DIRECTOR.value


def scope_function() -> str:
    """`agencia_scope(role, action)`: the role table, written out as SQL (one source)."""
    cases = "\n".join(
        f"        WHEN '{role.value}/{action.value}' THEN {int(scope_for(role, action))}"
        for role in Role
        for action in Action
        if scope_for(role, action)
    )
    return f"""
CREATE OR REPLACE FUNCTION agencia_scope(p_role text, p_action text) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_role || '/' || p_action
{cases}
        ELSE 0 END
$$"""


SQL_FUNCTIONS = [
    # who the session is: its role named by a login of an active person
    """
CREATE OR REPLACE FUNCTION agencia_me() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT u.staff_id FROM users u JOIN staff s ON s.id = u.staff_id
    WHERE u.login = session_user::text AND u.active AND s.active
$$""",
    """
CREATE OR REPLACE FUNCTION agencia_my_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.role::text FROM users u JOIN staff s ON s.id = u.staff_id
    WHERE u.login = session_user::text AND u.active AND s.active
$$""",
    # a director without a group of their own is the group they direct (services.auth)
    """
CREATE OR REPLACE FUNCTION agencia_my_group() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT COALESCE(s.group_id, (SELECT g.id FROM account_groups g
                                 WHERE g.director_id = s.id ORDER BY g.id LIMIT 1))
    FROM users u JOIN staff s ON s.id = u.staff_id
    WHERE u.login = session_user::text AND u.active AND s.active
$$""",
    # Whether the session is the schema's owner (or a superuser): decided by the server's
    # roles, not by a lookup in users a session could change (security7 F2).
    """
CREATE OR REPLACE FUNCTION agencia_owner_session() RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT COALESCE((SELECT pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class c
                     WHERE c.oid = to_regclass('public.users')), false)
$$""",
    """
CREATE OR REPLACE FUNCTION agencia_allowed(p_role text, p_action text, p_reach integer)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT agencia_scope(p_role, p_action) > 0 AND agencia_scope(p_role, p_action) >= p_reach
$$""",
    """
CREATE OR REPLACE FUNCTION agencia_may_global(p_action text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT COALESCE(agencia_scope(agencia_my_role(), p_action) > 0, false)
$$""",
    # The accounts the session reaches for `p_actions`, as keys an account's own keys
    # (`reach_keys` in agencia.db.server_security) overlap: 0 any account (scope 3), minus
    # its group (2), its person + 2^32 as lead executive and the ids of the accounts it is
    # assigned to (1). One lookup per statement (a policy calls it in one sub-select, an
    # InitPlan) instead of one query per question — who, which role, group, team — and
    # tested on each row by one array overlap, no function call per row.
    """
CREATE OR REPLACE FUNCTION agencia_grant(p_actions text[]) RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH me AS (
        SELECT s.id,
               COALESCE(s.group_id, (SELECT g.id FROM account_groups g
                                     WHERE g.director_id = s.id ORDER BY g.id LIMIT 1)) AS grp,
               (SELECT COALESCE(max(agencia_scope(s.role::text, x)), 0)
                FROM unnest(p_actions) AS x) AS scope
        FROM users u JOIN staff s ON s.id = u.staff_id
        WHERE u.login = session_user::text AND u.active AND s.active)
    SELECT CASE WHEN me.scope >= 3 THEN ARRAY[0]::bigint[]
                WHEN me.scope < 1 THEN ARRAY[]::bigint[]
                ELSE ARRAY[me.id::bigint + 4294967296]
                     || CASE WHEN me.scope >= 2 AND me.grp IS NOT NULL
                             THEN ARRAY[-me.grp::bigint] ELSE ARRAY[]::bigint[] END
                     || ARRAY(SELECT t.account_id::bigint FROM account_assignments t
                              WHERE t.staff_id = me.id) END
    FROM me
$$""",
    # The accounts on which the session may do any of `p_actions`: its reach on each
    # (on its team 1, in its group 2, any other 3) against the role table's scope.
    """
CREATE OR REPLACE FUNCTION agencia_accounts_for(p_actions text[]) RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT a.id FROM accounts a
    WHERE ARRAY[0, -a.group_id::bigint, a.lead_executive_id::bigint + 4294967296, a.id::bigint]
          && (SELECT agencia_grant(p_actions))
$$""",
    # Someone covering for colleagues (a delegation in force today) reads what each of
    # them may read: the delegator's role and reach, as services.campaigns.access does.
    f"""
CREATE OR REPLACE FUNCTION agencia_delegated_accounts() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT a.id FROM approval_delegations d
    JOIN staff s ON s.id = d.from_staff_id
    CROSS JOIN LATERAL (SELECT agencia_scope(s.role::text, '{Action.SEE_ACCOUNTS.value}')
                        AS scope) x
    JOIN accounts a ON x.scope = 3
        OR (x.scope >= 2 AND a.group_id = s.group_id)
        OR (x.scope >= 1 AND (a.lead_executive_id = s.id OR a.id IN (
            SELECT t.account_id FROM account_assignments t WHERE t.staff_id = s.id)))
    WHERE d.to_staff_id = (SELECT agencia_me()) AND NOT d.revoked
      AND d.starts_on <= current_date AND d.ends_on >= current_date
$$""",
    # A director's campaign is reviewed by another director, whatever their group
    # (campaign_life.approver_refusal): a director reads each one, and decides on it, as
    # services.campaigns.access does — those campaigns, not their accounts' others.
    f"""
CREATE OR REPLACE FUNCTION agencia_reviewed_campaigns() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT c.id FROM campaigns c JOIN staff o ON o.id = c.owner_id
    WHERE (SELECT agencia_my_role()) = '{_DIRECTOR}' AND o.role::text = '{_DIRECTOR}'
$$""",
    # what reading such a campaign shows besides its own rows: its account, brand, products
    """
CREATE OR REPLACE FUNCTION agencia_reviewed_accounts() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT c.account_id FROM campaigns c WHERE c.id IN (SELECT agencia_reviewed_campaigns())
$$""",
    """
CREATE OR REPLACE FUNCTION agencia_reviewed_brands() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT c.brand_id FROM campaigns c
    WHERE c.brand_id IS NOT NULL AND c.id IN (SELECT agencia_reviewed_campaigns())
$$""",
    """
CREATE OR REPLACE FUNCTION agencia_reviewed_products() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT cp.product_id FROM campaign_products cp
    WHERE cp.campaign_id IN (SELECT agencia_reviewed_campaigns())
$$""",
    # A new account: how it would relate to the session (no team yet).
    """
CREATE OR REPLACE FUNCTION agencia_may_new_account(p_actions text[], p_group integer,
                                                   p_lead integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM unnest(p_actions) AS x
        WHERE agencia_allowed(agencia_my_role(), x, CASE
            WHEN p_lead IS NOT NULL AND p_lead = agencia_me() THEN 1
            WHEN p_group IS NOT NULL AND p_group = agencia_my_group() THEN 2
            ELSE 3 END))
$$""",
    # Who and when on the trail: the session's person and the server's clock. A row in
    # someone else's name is refused, and a row by no person; the owner's own writes
    # (set-up) are left alone.
    """
CREATE OR REPLACE FUNCTION agencia_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me integer := agencia_me();
    given text := to_jsonb(NEW) ->> TG_ARGV[0];
    stamp jsonb;
BEGIN
    IF agencia_owner_session() THEN
        RETURN NEW;
    END IF;
    IF me IS NULL THEN
        RAISE EXCEPTION '% rows are written only by a person signed in', TG_TABLE_NAME
            USING ERRCODE = '42501';
    END IF;
    IF given IS NOT NULL AND given::integer <> me THEN
        RAISE EXCEPTION '% rows are written only in one''s own name', TG_TABLE_NAME
            USING ERRCODE = '42501';
    END IF;
    stamp := jsonb_build_object(TG_ARGV[0], me, TG_ARGV[1], now());
    IF TG_TABLE_NAME = 'audit_events' THEN
        stamp := stamp || jsonb_build_object('login', session_user::text);
    END IF;
    NEW := jsonb_populate_record(NEW, stamp);
    RETURN NEW;
END
$$""",
    # Whether `db init` set the database up for server roles (the owner's settings row).
    """
CREATE OR REPLACE FUNCTION agencia_secured() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF to_regclass('public.agencia_settings') IS NULL THEN
        RETURN false;
    END IF;
    RETURN EXISTS (SELECT 1 FROM agencia_settings WHERE name = 'server_roles' AND value = 'on');
END
$$""",
    # On a secured server the server keeps the passwords: no hash is stored in a table.
    """
CREATE OR REPLACE FUNCTION agencia_no_hash() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF agencia_secured() OR agencia_me() IS NOT NULL THEN
        NEW.password_hash := '';
    END IF;
    RETURN NEW;
END
$$""",
]


_DEFINER_SQL = re.compile(
    r"RETURNS (?P<setof>SETOF )?(?P<type>[^\n]+?)\s+LANGUAGE sql (?P<attrs>STABLE SECURITY DEFINER"
    r" SET search_path = public, pg_temp) AS \$\$(?P<query>.*)\$\$$",
    re.DOTALL,
)


def cached_plans(definition: str) -> str:
    """A SECURITY DEFINER SQL function made PL/pgSQL, its query unchanged (its plan is
    kept for the session); any other definition is returned as it is."""
    found = _DEFINER_SQL.search(definition)
    if found is None:
        return definition
    query = found["query"].strip()
    body = f"RETURN QUERY {query};" if found["setof"] else f"RETURN ({query});"
    head = definition[: found.start()]
    setof = found["setof"] or ""
    return (
        f"{head}RETURNS {setof}{found['type']}\nLANGUAGE plpgsql {found['attrs']} AS $$\n"
        f"BEGIN\n    {body}\nEND\n$$"
    )


def functions(*, cached: bool = True) -> list[str]:
    """The functions above, as created now (`cached`) or before migration 0020."""
    return [cached_plans(f) for f in SQL_FUNCTIONS] if cached else list(SQL_FUNCTIONS)
