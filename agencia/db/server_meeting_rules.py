"""An acta (meeting_reports and its people and next steps) is written on the server as
services.campaigns.meetings writes it (PostgreSQL; the owner's sessions are left alone).

explore9 H3: a trainee on the team could insert an acta «written by» the director,
backdated, already sent and acknowledged by the client, then rewrite or delete any acta.
Now:
- who wrote it and when are the server's: the session's person and the server's clock;
  a new acta is neither sent nor acknowledged, and has no PDF yet;
- it is corrected (date, subject, place, agreements, its people and steps) only until
  the client acknowledges it, and a correction forgets the PDF kept (`acta_sha256`);
- its PDF is one kept with its campaign (a document with that SHA-256);
- sending names a contact of the campaign's account and the PDF kept, at the server's
  time; acknowledging follows a sending, refers to the PDF sent, is dated today or
  before and changes nothing else; an acknowledged acta changes no more;
- nobody deletes one (no DELETE privilege), and each new or changed acta, and each
  change of its people or steps, carries its trail entry in the same transaction;
- a closed campaign (completed, rejected, cancelled) takes no acta and no change to
  one, as the service refuses (`meetings.refuse_if_closed`).
"""

from __future__ import annotations

from agencia.domain.campaign_life import CLOSED
from agencia.domain.changes import ChangeKind

_PEOPLE = ("meeting_staff", "meeting_contacts", "meeting_next_steps")
TRIGGERS = (
    ("meeting_reports", "meeting_reports_new"),
    ("meeting_reports", "meeting_reports_columns"),
    ("meeting_reports", "meeting_reports_trail"),
    *((t, f"{t}_frozen") for t in _PEOPLE),
    *((t, f"{t}_trail") for t in _PEOPLE),
)
_DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp"
_CONTENT = ("held_on", "subject", "place", "agreements")
_SENDING = ("sent_to_id", "sent_at", "sent_sha256")
_ACKNOWLEDGING = (
    "acknowledged_on",
    "acknowledged_channel",
    "acknowledgement_note",
    "acknowledged_sha256",
)


_CLOSED = "(" + ", ".join(sorted(f"'{s.value}'" for s in CLOSED)) + ")"


def _closed(campaign: str) -> str:
    """The campaign `campaign` (an SQL expression) is closed."""
    return (
        f"EXISTS (SELECT 1 FROM campaigns c WHERE c.id = {campaign}"
        f" AND c.status::text IN {_CLOSED})"
    )


def _refuse(why: str) -> str:
    return f"RAISE EXCEPTION 'meeting_reports: {why}' USING ERRCODE = '42501';"


def _changed(columns: tuple[str, ...]) -> str:
    return "(" + " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in columns) + ")"


def _others(columns: tuple[str, ...]) -> str:
    keep = "ARRAY[" + ", ".join(f"'{c}'" for c in (*columns, "version")) + "]::text[]"
    return f"(to_jsonb(NEW) - {keep}) IS DISTINCT FROM (to_jsonb(OLD) - {keep})"


def _opening() -> str:
    return f"""IF agencia_owner_session() THEN
        RETURN NEW;
    END IF;
    me := agencia_me();
    IF me IS NULL THEN
        {_refuse("written only by a person signed in")}
    END IF;"""


def _new_sql() -> str:
    blank = " OR ".join(
        [f"NEW.{c} IS NOT NULL" for c in (*_SENDING, "acta_sha256")]
        + [f"NEW.{c} IS NOT NULL" for c in _ACKNOWLEDGING if c != "acknowledgement_note"]
        + ["COALESCE(NEW.acknowledgement_note, '') <> ''"]
    )
    return f"""
CREATE OR REPLACE FUNCTION agencia_new_meeting_reports() RETURNS trigger
LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE
    me integer;
BEGIN
    {_opening()}
    IF NEW.author_id IS NOT NULL AND NEW.author_id <> me THEN
        {_refuse("an acta is written in one''s own name")}
    END IF;
    IF {_closed("NEW.campaign_id")} THEN
        {_refuse("a closed campaign takes no acta")}
    END IF;
    IF {blank} THEN
        {_refuse("a new acta is neither sent nor acknowledged, and has no PDF yet")}
    END IF;
    NEW.author_id := me;
    NEW.created_at := now();
    RETURN NEW;
END
$$"""


def _columns_sql() -> str:
    acknowledged = " AND ".join(
        (
            "OLD.sent_at IS NOT NULL",
            "NEW.acknowledged_channel IS NOT NULL",
            "NEW.acknowledged_sha256 IS NOT DISTINCT FROM OLD.sent_sha256",
            "NEW.acknowledged_on <= current_date",
            f"NOT {_others(_ACKNOWLEDGING)}",
        )
    )
    contact = (
        "EXISTS (SELECT 1 FROM contacts k JOIN campaigns c ON c.account_id = k.account_id"
        " WHERE k.id = NEW.sent_to_id AND c.id = NEW.campaign_id)"
    )
    kept = (
        "EXISTS (SELECT 1 FROM documents d WHERE d.campaign_id = NEW.campaign_id"
        " AND d.sha256 = NEW.acta_sha256)"
    )
    return f"""
CREATE OR REPLACE FUNCTION agencia_columns_meeting_reports() RETURNS trigger
LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE
    me integer;
BEGIN
    {_opening()}
    IF OLD.acknowledged_on IS NOT NULL THEN
        {_refuse("an acknowledged acta stays as the client acknowledged it")}
    END IF;
    IF {_closed("OLD.campaign_id")} THEN
        {_refuse("a closed campaign''s actas stay as they were when it closed")}
    END IF;
    IF {_changed(("id", "campaign_id", "author_id", "created_at"))} THEN
        {_refuse("who wrote an acta, when and for which campaign stay")}
    END IF;
    IF NEW.acknowledged_on IS NOT NULL THEN
        IF NOT ({acknowledged}) THEN
            {_refuse("the client acknowledges the acta sent, by then, and nothing else changes")}
        END IF;
        RETURN NEW;
    END IF;
    IF {_changed(_ACKNOWLEDGING)} THEN
        {_refuse("the acknowledgement comes with its date")}
    END IF;
    IF {_changed(_SENDING)} THEN
        IF NEW.sent_to_id IS NULL OR NEW.sent_sha256 IS NULL OR NOT {contact}
           OR NEW.sent_sha256 IS DISTINCT FROM NEW.acta_sha256 THEN
            {_refuse("an acta is sent to the client''s contact as the PDF kept")}
        END IF;
        NEW.sent_at := now();
    END IF;
    IF {_changed(_CONTENT)} AND NEW.acta_sha256 IS NOT NULL THEN
        {_refuse("a corrected acta has no PDF until it is drawn again")}
    END IF;
    IF NEW.acta_sha256 IS NOT NULL AND NEW.acta_sha256 IS DISTINCT FROM OLD.acta_sha256
       AND NOT {kept} THEN
        {_refuse("an acta''s PDF is one kept with its campaign")}
    END IF;
    RETURN NEW;
END
$$"""


def _frozen_sql() -> str:
    """An acta's people and steps change with it, until the client acknowledges it."""
    return f"""
CREATE OR REPLACE FUNCTION agencia_meeting_part() RETURNS trigger
LANGUAGE plpgsql {_DEFINER} AS $$
BEGIN
    IF agencia_owner_session() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.meeting_id IS DISTINCT FROM OLD.meeting_id THEN
        {_refuse("a part of an acta stays with its acta")}
    END IF;
    IF EXISTS (SELECT 1 FROM meeting_reports m WHERE m.acknowledged_on IS NOT NULL
               AND m.id IN (OLD.meeting_id, NEW.meeting_id)) THEN
        {_refuse("an acknowledged acta stays as the client acknowledged it")}
    END IF;
    IF EXISTS (SELECT 1 FROM meeting_reports m WHERE m.id IN (OLD.meeting_id, NEW.meeting_id)
               AND {_closed("m.campaign_id")}) THEN
        {_refuse("a closed campaign''s actas stay as they were when it closed")}
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$"""


def _trail_sql() -> str:
    """At commit: the acta's trail entry, by the same person, in the same transaction."""
    this = "(txid_current() % 4294967296)::text"
    return f"""
CREATE OR REPLACE FUNCTION agencia_trail_meeting() RETURNS trigger
LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE
    meeting integer;
BEGIN
    IF agencia_owner_session() THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'meeting_reports' THEN
        meeting := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
        meeting := OLD.meeting_id;
    ELSE
        meeting := NEW.meeting_id;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.entity = '{ChangeKind.MEETING.value}'
                   AND e.entity_id = meeting AND e.staff_id = agencia_me()
                   AND e.xmin::text = {this}) THEN
        RAISE EXCEPTION '%: an acta is changed with its trail entry', TG_TABLE_NAME
            USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END
$$"""


def meeting_rules(names: set[str]) -> list[str]:
    """The functions, triggers and privileges, when the acta's tables are there (after
    `server_security`'s grants)."""
    if not {"meeting_reports", *_PEOPLE, "audit_events"} <= names:
        return []
    person = "WHEN (NOT agencia_owner_session())"
    out = [_new_sql(), _columns_sql(), _frozen_sql(), _trail_sql()]
    out += [f"DROP TRIGGER IF EXISTS {name} ON {table}" for table, name in TRIGGERS]
    out += [
        "CREATE TRIGGER meeting_reports_new BEFORE INSERT ON meeting_reports"
        " FOR EACH ROW EXECUTE FUNCTION agencia_new_meeting_reports()",
        "CREATE TRIGGER meeting_reports_columns BEFORE UPDATE ON meeting_reports"
        " FOR EACH ROW EXECUTE FUNCTION agencia_columns_meeting_reports()",
        "CREATE CONSTRAINT TRIGGER meeting_reports_trail AFTER INSERT OR UPDATE"
        f" ON meeting_reports DEFERRABLE INITIALLY DEFERRED FOR EACH ROW {person}"
        " EXECUTE FUNCTION agencia_trail_meeting()",
    ]
    for table in _PEOPLE:
        out += [
            f"CREATE TRIGGER {table}_frozen BEFORE INSERT OR UPDATE OR DELETE ON {table}"
            " FOR EACH ROW EXECUTE FUNCTION agencia_meeting_part()",
            f"CREATE CONSTRAINT TRIGGER {table}_trail AFTER INSERT OR UPDATE OR DELETE"
            f" ON {table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW {person}"
            " EXECUTE FUNCTION agencia_trail_meeting()",
        ]
    # an acta is never deleted by a person (it goes only with its campaign, by the owner)
    out.append("REVOKE DELETE ON meeting_reports FROM agencia_staff")
    return out
