"""What an approval covered stays as it was approved, on the server (PostgreSQL; the
owner's sessions are left alone), as the services keep it.

An executive with psql defeated the approval trail: after internal approval she linked
another file to the approved proposal version, unlinked the approved one and rewrote its
summary (the client was shown, and decided on, a file nobody reviewed); on an approved
campaign she changed its owner, start date, name and «may be shown», and rewrote the
approved brief's budget and objectives, with no version, no history entry and no review;
and a trainee filed a «decision» of the director's in a campaign's history. Now:
- a brief's or a proposal's version is never changed nor deleted by a person (the
  services save a new version: services.campaigns.briefs, proposals); it goes only with
  its campaign;
- a new proposal version leaves the campaign where it is reviewed again (before the
  client's decision the services send it back to internal review; after it they refuse);
- a proposal's files are linked in the transaction that saved that version, by its
  author, each a document of its campaign, and never unlinked (a new file is a new
  version, which goes through review: services.campaigns.review);
- a person's edit of a campaign's own fields (services.campaigns.campaign_edit, a
  handover) is a new version of the row, with its entry in the campaign's history by
  the same person in the same transaction, naming each field changed; what the approval
  covered (owner, budget,
  currency, start date) is still checked at commit by `agencia_campaign_covered`;
- a history entry that tells of a decision (`decide`) or of a campaign's move (`move`)
  stands for that decision or move, made by the same person in the same transaction:
  the approval (with its comment as the entry's summary), the vendor job approved, the
  vendor rated, the campaign's row of the move.
"""

from __future__ import annotations

from agencia.db.server_campaign_trail import DEFINER, person_or_owner, refuse
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, CampaignStatus

S = CampaignStatus

TRIGGERS = (
    ("briefs", "briefs_frozen"),
    ("proposals", "proposals_frozen"),
    ("proposal_documents", "proposal_documents_frozen"),
    ("proposals", "proposals_new_version"),
    ("campaigns", "campaigns_edit_version"),
    ("campaigns", "campaigns_edit_trail"),
    ("audit_events", "audit_events_decisions"),
)
# A campaign's own fields, as its form edits them (services.campaigns.campaign_edit).
EDITED = (
    "name",
    "brand_id",
    "kind",
    "owner_id",
    "budget",
    "currency",
    "start_date",
    "deadline",
    "may_be_shown",
)
_THIS = "(txid_current() % 4294967296)::text"  # this transaction, as a row's xmin reads
_PERSON = "NOT agencia_owner_session()"
# Where a new proposal version stands at commit (none approved yet, or back in review).
_OPEN = (
    "("
    + ", ".join(
        f"'{s.value}'" for s in (S.BRIEF, S.IN_DEVELOPMENT, S.INTERNAL_REVIEW, S.CHANGES_REQUESTED)
    )
    + ")"
)


def _changed() -> str:
    return "(" + " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in EDITED) + ")"


def _version_sql() -> str:
    """A brief's or a proposal's saved version: never changed, deleted only with its
    campaign (the campaign's row is gone when its deletion cascades here)."""
    return f"""
CREATE OR REPLACE FUNCTION agencia_version_frozen() RETURNS trigger
LANGUAGE plpgsql {DEFINER} AS $$
BEGIN
    IF agencia_owner_session() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'DELETE'
       AND NOT EXISTS (SELECT 1 FROM campaigns c WHERE c.id = OLD.campaign_id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '%: a saved version is never changed; a new version is saved',
        TG_TABLE_NAME USING ERRCODE = '42501';
END
$$"""


def _files_sql() -> str:
    """A proposal's files: linked with the version, by its author, in its transaction
    (the server stamped its time: now()), each a document of its campaign; never
    unlinked but with the version itself."""
    return f"""
CREATE OR REPLACE FUNCTION agencia_proposal_files() RETURNS trigger
LANGUAGE plpgsql {DEFINER} AS $$
DECLARE
    me integer;
BEGIN
    {person_or_owner(done="RETURN COALESCE(NEW, OLD);")}
    IF TG_OP = 'INSERT' THEN
        IF EXISTS (SELECT 1 FROM proposals p JOIN documents d ON d.id = NEW.document_id
                   WHERE p.id = NEW.proposal_id AND p.author_id = me
                     AND p.created_at = now() AND d.campaign_id = p.campaign_id) THEN
            RETURN NEW;
        END IF;
        {refuse("a proposal version''s files are saved with it: a new file is a new version")}
    END IF;
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM proposals p WHERE p.id = OLD.proposal_id) THEN
        RETURN OLD;
    END IF;
    {refuse("a proposal version keeps the files it was saved with: a new version is saved")}
END
$$"""


def _new_version_sql() -> str:
    """At commit: a person's new proposal version leaves the campaign where a new version
    may be reviewed (services.campaigns.review.recheck: before the client's decision it
    sends the campaign back to internal review; after it, and once closed, it refuses)."""
    return f"""
CREATE OR REPLACE FUNCTION agencia_proposal_new_version() RETURNS trigger
LANGUAGE plpgsql {DEFINER} AS $$
DECLARE
    me integer;
BEGIN
    {person_or_owner(done="RETURN NULL;")}
    IF EXISTS (SELECT 1 FROM campaigns c WHERE c.id = NEW.campaign_id
               AND c.status::text NOT IN {_OPEN}) THEN
        {refuse("a new proposal version goes through internal review: send the campaign back")}
    END IF;
    RETURN NULL;
END
$$"""


def _edit_version_sql() -> str:
    return f"""
CREATE OR REPLACE FUNCTION agencia_campaign_edit_version() RETURNS trigger
LANGUAGE plpgsql {DEFINER} AS $$
DECLARE
    me integer;
BEGIN
    {person_or_owner()}
    IF NEW.version IS NULL OR OLD.version IS NULL OR NEW.version <= OLD.version THEN
        {refuse("an edit of a campaign is a new version of it")}
    END IF;
    RETURN NEW;
END
$$"""


def _edit_trail_sql() -> str:
    """At commit: a person's edit of a campaign's fields has its entry in the campaign's
    history, by the same person, in the same transaction (stamped: now()), naming each
    field it changed (as update_campaign does; a handover names the owner `owner`)."""
    edited = "ARRAY[" + ", ".join(f"'{c}'" for c in EDITED) + "]::text[]"
    return f"""
CREATE OR REPLACE FUNCTION agencia_campaign_edit_trail() RETURNS trigger
LANGUAGE plpgsql {DEFINER} AS $$
DECLARE
    me integer; changed text[];
BEGIN
    {person_or_owner(done="RETURN NULL;")}
    SELECT COALESCE(array_agg(n.key), ARRAY[]::text[]) INTO changed
    FROM jsonb_each(to_jsonb(NEW)) n JOIN jsonb_each(to_jsonb(OLD)) o ON o.key = n.key
    WHERE n.key = ANY({edited}) AND n.value IS DISTINCT FROM o.value;
    IF NOT EXISTS (
            SELECT 1 FROM audit_events e WHERE e.entity = '{ChangeKind.CAMPAIGN.value}'
              AND e.entity_id = NEW.id AND e.staff_id = me AND e.at = now()
              AND NOT EXISTS (SELECT 1 FROM unnest(changed) c(name)
                              WHERE NOT (e.changes::jsonb ? c.name OR (c.name = 'owner_id'
                                         AND e.changes::jsonb ? 'owner')))) THEN
        {refuse("a campaign is edited with its entry in its history, naming what changed")}
    END IF;
    RETURN NULL;
END
$$"""


def _decisions_sql() -> str:
    """At commit: an entry telling of a decision or a campaign's move stands for it."""
    decide, move = AuditAction.DECIDE.value, AuditAction.MOVE.value
    k = ChangeKind
    return f"""
CREATE OR REPLACE FUNCTION agencia_audit_decisions() RETURNS trigger
LANGUAGE plpgsql {DEFINER} AS $$
DECLARE
    me integer;
BEGIN
    {person_or_owner(done="RETURN NULL;")}
    IF NEW.action::text = '{decide}' AND (
        (NEW.entity = '{k.APPROVAL.value}' AND EXISTS (
            SELECT 1 FROM approvals a WHERE a.id = NEW.entity_id AND a.decided_by_id = me
              AND a.at = now() AND left(COALESCE(a.comment, ''), 300) = NEW.summary))
        OR (NEW.entity = '{k.VENDOR_JOB.value}' AND EXISTS (
            SELECT 1 FROM vendor_jobs j WHERE j.id = NEW.entity_id AND j.approved_by_id = me
              AND j.xmin::text = {_THIS}))
        OR (NEW.entity = '{k.VENDOR.value}' AND EXISTS (
            SELECT 1 FROM vendor_ratings r WHERE r.vendor_id = NEW.entity_id
              AND r.rated_by_id = me AND r.xmin::text = {_THIS}))) THEN
        RETURN NULL;
    END IF;
    IF NEW.action::text = '{move}' AND EXISTS (
            SELECT 1 FROM campaign_status_changes sc WHERE sc.campaign_id = NEW.entity_id
              AND sc.staff_id = me AND sc.at = now()) THEN
        RETURN NULL;
    END IF;
    {refuse("a decision or a move in the history is the one its person made with it")}
END
$$"""


def approved_freeze_rules(names: set[str]) -> list[str]:
    """The functions and triggers, for the tables there are (after `server_security`'s
    grants; idempotent)."""
    if not {"campaigns", "briefs", "proposals", "proposal_documents"} <= names:
        return []
    out = [_version_sql(), _files_sql(), _new_version_sql(), _edit_version_sql()]
    out += [f"DROP TRIGGER IF EXISTS {name} ON {table}" for table, name in TRIGGERS]
    out += [
        f"CREATE TRIGGER {t}_frozen BEFORE UPDATE OR DELETE ON {t}"
        " FOR EACH ROW EXECUTE FUNCTION agencia_version_frozen()"
        for t in ("briefs", "proposals")
    ]
    out += [
        "CREATE TRIGGER proposal_documents_frozen BEFORE INSERT OR UPDATE OR DELETE"
        " ON proposal_documents FOR EACH ROW EXECUTE FUNCTION agencia_proposal_files()",
        "CREATE CONSTRAINT TRIGGER proposals_new_version AFTER INSERT ON proposals"
        " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
        f" WHEN ({_PERSON}) EXECUTE FUNCTION agencia_proposal_new_version()",
        "CREATE TRIGGER campaigns_edit_version BEFORE UPDATE ON campaigns FOR EACH ROW"
        f" WHEN ({_changed()}) EXECUTE FUNCTION agencia_campaign_edit_version()",
    ]
    if "audit_events" not in names:
        return out
    out += [_edit_trail_sql(), _decisions_sql()]
    ours = ", ".join(f"'{k.value}'" for k in (ChangeKind.CAMPAIGN,))
    told = f"'{AuditAction.DECIDE.value}', '{AuditAction.MOVE.value}'"
    out += [
        "CREATE CONSTRAINT TRIGGER campaigns_edit_trail AFTER UPDATE ON campaigns"
        " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
        f" WHEN ({_changed()} AND {_PERSON}) EXECUTE FUNCTION agencia_campaign_edit_trail()",
        "CREATE CONSTRAINT TRIGGER audit_events_decisions AFTER INSERT ON audit_events"
        " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
        f" WHEN (({_PERSON}) AND (NEW.action::text = '{AuditAction.DECIDE.value}'"
        f" OR (NEW.action::text IN ({told}) AND NEW.entity IN ({ours}))))"
        " EXECUTE FUNCTION agencia_audit_decisions()",
    ]
    return out
