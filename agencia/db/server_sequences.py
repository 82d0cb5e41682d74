"""Who may use the ID sequences on the server (PostgreSQL; security review 8).

`server_security` grants its staff group USAGE and SELECT on every sequence. SELECT let a
trainee read `last_value` (how many accounts exist agency-wide, against «a trainee cannot
tell which IDs exist»); USAGE lets anyone call `nextval` and burn a table's IDs (600,000 a
second: an integer sequence is used up in about an hour, and then every insert into that
table fails). So: no SELECT on any sequence, and USAGE only on the sequence of a table the
group may insert into (a default `nextval` needs USAGE; `services.accounts.bulk` asks
`nextval` itself, on accounts, which people insert into). What remains: a person who may
insert into a table may still burn its sequence — the server says so in the app's words
(`db.ids_exhausted`) instead of an internal error, and IT can widen the sequence
(`ALTER SEQUENCE … AS bigint`) or restart it past the highest ID.
"""

from __future__ import annotations

_GROUPS = ("agencia_staff", "agencia_admins")

_APPLY = f"""
DO $sequences$ DECLARE r record; g text; BEGIN
    EXECUTE 'REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {", ".join(_GROUPS)}';
    FOR r IN SELECT s.oid::regclass AS seq, t.oid::regclass AS tab
             FROM pg_class s
             JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid
                             AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
             JOIN pg_class t ON t.oid = d.refobjid
             WHERE s.relkind = 'S' AND s.relnamespace = 'public'::regnamespace LOOP
        FOREACH g IN ARRAY ARRAY[{", ".join(f"'{g}'" for g in _GROUPS)}] LOOP
            IF has_any_column_privilege(g, r.tab, 'INSERT') THEN
                EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %I', r.seq, g);
            END IF;
        END LOOP;
    END LOOP;
END $sequences$"""


def sequence_rules() -> list[str]:
    """Run after the tables' grants (it reads who may insert where)."""
    return [_APPLY]
