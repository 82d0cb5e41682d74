"""Locks that serialise the server's own series, which no person can hold (PostgreSQL).

Security review 8: the campaign-code series, the last-administrator count and a
campaign's task graph were serialised by advisory locks. Any role may call
`pg_advisory_lock(key)` with any key, and a session-level advisory lock outlives its
transaction: a trainee who took the campaign-code key in autocommit and stayed idle
stopped every campaign from being created, agency-wide, and no idle-in-transaction
timeout ever ended it. A row lock on the owner's `alembic_version` row is one nobody
else can take: it needs UPDATE on the table (people have SELECT only, and `LOCK TABLE …
IN ACCESS SHARE MODE`, all SELECT allows, conflicts with no row lock), and a row lock
ends with its transaction. So the owner's SECURITY DEFINER functions take it
(`HOLD_SERIES`), and a task graph locks its campaign's row as the owner.

What remains: a person who may call such a function (the services call
`agencia_next_campaign_code` before each new campaign) holds that row for as long as
their statement runs (`SELECT agencia_next_campaign_code(2026), pg_sleep(…)`); idle in a
transaction, the server ends the session after the idle timeout (server_logins). A busy
statement is ended as a `LOCK TABLE` is: by deactivating the person (their sessions end).
"""

from __future__ import annotations

# PL/pgSQL, inside an owner's function: wait for (and hold, to commit) the one row of
# the schema's version, which only the owner may lock.
HOLD_SERIES = "PERFORM 1 FROM alembic_version FOR UPDATE"


def hold_campaign(campaign: str) -> str:
    """PL/pgSQL, inside an owner's function: hold the campaign's row (one campaign's
    task graph at a time). FOR KEY SHARE would let two graphs pass; FOR NO KEY UPDATE
    does not wait on readers and is what the campaign's own updates take anyway."""
    return f"PERFORM 1 FROM campaigns WHERE id = {campaign} FOR NO KEY UPDATE"


# For the people services' own guard (services.people.last_admin takes an advisory lock,
# which any person may hold): the same row, for an administrator's transaction. The
# services may call it where it exists (`to_regproc`), as campaign_edit asks for codes.
HOLD_FUNCTION = f"""
CREATE OR REPLACE FUNCTION agencia_hold_administrators() RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT agencia_owner_session()
       AND NOT pg_has_role(session_user, 'agencia_admins', 'MEMBER') THEN
        RAISE EXCEPTION 'only an administrator holds the administrators'' count'
            USING ERRCODE = '42501';
    END IF;
    {HOLD_SERIES};
END
$$"""


def series_lock_rules() -> list[str]:
    """The administrators' hold (after the owner test it asks, server_functions)."""
    return [HOLD_FUNCTION]
