"""What the server, not the client, says on a campaign's own rows (PostgreSQL only).

Security review 7: the code series, the author of a brief or a proposal ("nobody approves
their own work" reads it), when a row was made, and the campaign's owner were the
client's to write. For a person's session (the owner's pass, `server_campaign_trail`):
- a new campaign starts in `brief`, stamped now, owned by an active executive (or above),
  with the next code of its year's series; its creation is a move on its trail;
- a campaign's code and creation time never change, its owner only to such a person (F5,
  F10);
- a brief or a proposal is the session's person's own, stamped now, and a version stays
  what it was: author, time, campaign and number (F10).
The series is one function, `agencia_next_campaign_code(year)`, which holds a row only the
owner may lock (server_series_locks: an advisory lock any person could hold idle, review
8) and reads only codes of the series' own form (F5);
services.campaigns.campaign_edit asks it for each new campaign.
"""

from __future__ import annotations

from agencia.db.server_campaign_trail import DEFINER, note_move, person_or_owner, refuse
from agencia.db.server_series_locks import HOLD_SERIES
from agencia.domain.enums import LEAD_ROLES, CampaignStatus

# The services' advisory lock on a server without the owner's rules (campaign_edit); the
# rules hold HOLD_SERIES instead, which no person can take.
CODE_LOCK = 7_410_230_001
_LEADS = "(" + ", ".join(f"'{r.value}'" for r in sorted(LEAD_ROLES, key=lambda r: r.rank)) + ")"


def _next_code_function() -> str:
    """The year's next code: C<year>-<number>, at least four digits, after the highest
    number of the form; serialised for everyone by the owner's row lock, held to commit."""
    return f"""
CREATE OR REPLACE FUNCTION agencia_next_campaign_code(p_year integer) RETURNS text
LANGUAGE plpgsql VOLATILE {DEFINER} AS $$
DECLARE last numeric; n text;
BEGIN
    {HOLD_SERIES};
    SELECT max(substring(code FROM '-([0-9]+)$')::numeric) INTO last FROM campaigns
    WHERE code ~ ('^C' || p_year::text || '-[0-9]+$');
    n := (COALESCE(last, 0) + 1)::text;
    RETURN 'C' || p_year::text || '-' || CASE WHEN length(n) < 4 THEN lpad(n, 4, '0')
                                             ELSE n END;
END
$$"""


def _columns_function() -> str:
    brief = CampaignStatus.BRIEF.value
    return f"""
CREATE OR REPLACE FUNCTION agencia_campaign_columns() RETURNS trigger
LANGUAGE plpgsql {DEFINER} AS $$
DECLARE
    me integer; year integer;
BEGIN
    {person_or_owner()}
    IF TG_OP = 'INSERT' THEN
        IF NEW.status::text IS DISTINCT FROM '{brief}' THEN
            {refuse("a new campaign starts with its brief")}
        END IF;
        year := substring(NEW.code FROM '^C([0-9]{{4}})-[0-9]+$')::integer;
        IF year IS NULL OR NEW.code IS DISTINCT FROM agencia_next_campaign_code(year) THEN
            {refuse("a new campaign takes the next code of its year''s series")}
        END IF;
        NEW.created_at := now();
        {note_move("NEW.id", "NULL", "NEW.status::text")}
    ELSE
        IF NEW.code IS DISTINCT FROM OLD.code THEN
            {refuse("a campaign''s code is the series''; it does not change")}
        END IF;
        IF NEW.created_at IS DISTINCT FROM OLD.created_at THEN
            {refuse("when a campaign was created does not change")}
        END IF;
        IF NEW.owner_id IS NOT DISTINCT FROM OLD.owner_id THEN
            RETURN NEW;
        END IF;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM staff s WHERE s.id = NEW.owner_id AND s.active
                   AND s.role::text IN {_LEADS}) THEN
        {refuse("a campaign is owned by an active executive, or someone above")}
    END IF;
    RETURN NEW;
END
$$"""


def _authored_function() -> str:
    """A brief's or a proposal's version is its writer's, when it was written."""
    return f"""
CREATE OR REPLACE FUNCTION agencia_authored() RETURNS trigger
LANGUAGE plpgsql {DEFINER} AS $$
DECLARE
    me integer;
BEGIN
    {person_or_owner()}
    IF TG_OP = 'INSERT' THEN
        IF NEW.author_id IS NOT NULL AND NEW.author_id <> me THEN
            RAISE EXCEPTION '% rows are written only in one''s own name', TG_TABLE_NAME
                USING ERRCODE = '42501';
        END IF;
        NEW.author_id := me;
        NEW.created_at := now();
    ELSIF NEW.author_id IS DISTINCT FROM OLD.author_id
          OR NEW.created_at IS DISTINCT FROM OLD.created_at
          OR NEW.campaign_id IS DISTINCT FROM OLD.campaign_id
          OR NEW.number IS DISTINCT FROM OLD.number THEN
        RAISE EXCEPTION 'a version of % keeps its author, time, campaign and number',
            TG_TABLE_NAME USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$"""


AUTHORED = ("briefs", "proposals")
TRIGGERS = (
    ("campaigns", "campaigns_columns"),
    *((t, f"{t}_authored") for t in AUTHORED),
)


def column_functions() -> list[str]:
    return [_next_code_function(), _columns_function(), _authored_function()]


def column_triggers(tables: set[str]) -> list[str]:
    out = [f"DROP TRIGGER IF EXISTS {name} ON {table}" for table, name in TRIGGERS]
    out.append(
        "CREATE TRIGGER campaigns_columns BEFORE INSERT OR UPDATE ON campaigns "
        "FOR EACH ROW EXECUTE FUNCTION agencia_campaign_columns()"
    )
    out += [
        f"CREATE TRIGGER {t}_authored BEFORE INSERT OR UPDATE ON {t} "
        "FOR EACH ROW EXECUTE FUNCTION agencia_authored()"
        for t in AUTHORED
        if t in tables
    ]
    return out
