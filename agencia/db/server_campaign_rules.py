"""The campaign's life and its approvals, enforced by the server (PostgreSQL only).

Row-level security says whose rows a person may write; these triggers say what they may
write there, as the services do, so that a `psql` session cannot skip a step:
- an approval row only from someone the role table lets decide that stage in its reach
  (internal: INTERNAL_APPROVAL, up the line, at the budget's level, never the campaign's
  owner nor the document's author; the client's: RECORD_CLIENT_DECISION), on the latest
  version, with the fingerprint of the document the decision is about;
- a campaign's status only along `agencia.domain.campaign_life.MOVES` (written out here
  as SQL: one source), each move with what it needs, plus the services' sending back to
  internal review (`services.campaigns.review`);
- at commit, a campaign standing on an internal approval whose owner, budget, currency or
  start date changed must still be covered by it (before the client's decision the
  services send it back to internal review; after it — completed included — the
  budget's level only; a cancelled or rejected campaign that had one, its level too);
- each move and each new campaign leaves its row on the trail (`server_campaign_trail`),
  and what the client used to say — code, author, time, owner — the server says
  (`server_campaign_columns`).
SECURITY DEFINER functions owned by the owner, search path pinned; the owner's own
connections (set-up, the demo) pass — decided by the session's server role, never by a
row the session could change: a session that is no active person is refused.
"""

from __future__ import annotations

from agencia.db import server_campaign_columns as columns
from agencia.db import server_campaign_trail as trail
from agencia.db.server_campaign_trail import note_move, person_or_owner
from agencia.domain import campaign_life as life
from agencia.domain.enums import CampaignStatus, Role
from agencia.domain.permissions import Action

S = CampaignStatus
_DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp"
# Where an internal approval stands between the proposal and the client, and after the
# client's decision (as services.campaigns.review).
BEFORE_CLIENT = (S.READY_FOR_CLIENT, S.PRESENTED)
AFTER_CLIENT = (S.APPROVED, S.IN_PRODUCTION, S.LIVE)
# Every status that stands on an internal approval (a completed campaign went through
# one: its budget stays covered, F13), and the closed ones that may have had one.
STANDING = (*BEFORE_CLIENT, *AFTER_CLIENT, S.COMPLETED)
CLOSED_AFTER = (S.CANCELLED, S.REJECTED)
# The decision a move records, by its target (services.campaigns.flow).
_DECISION_BY_TARGET = {
    S.READY_FOR_CLIENT: "approved",
    S.APPROVED: "approved",
    S.CHANGES_REQUESTED: "changes_requested",
    S.REJECTED: "rejected",
}
_DIRECTOR = Role.ACCOUNT_DIRECTOR.value


def _in(values: tuple[CampaignStatus, ...]) -> str:
    return "(" + ", ".join(f"'{v.value}'" for v in values) + ")"


def _refuse(why: str) -> str:
    return f"RAISE EXCEPTION '{why}' USING ERRCODE = '42501';"


def rank_function() -> str:
    """`agencia_rank(role)`: the roles' order (domain.enums.Role.rank)."""
    cases = " ".join(f"WHEN '{r.value}' THEN {r.rank}" for r in Role)
    return f"""
CREATE OR REPLACE FUNCTION agencia_rank(p_role text) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE p_role {cases} ELSE -1 END $$"""


def _reach_function() -> str:
    """`agencia_reach(person, account)`: 1 on its team, 2 in their group, 3 elsewhere
    (services.campaigns.access.person)."""
    return f"""
CREATE OR REPLACE FUNCTION agencia_reach(p_staff integer, p_account integer) RETURNS integer
LANGUAGE plpgsql STABLE {_DEFINER} AS $$
DECLARE a record; grp integer;
BEGIN
    SELECT * INTO a FROM accounts WHERE id = p_account;
    IF a.lead_executive_id = p_staff OR EXISTS (SELECT 1 FROM account_assignments t
            WHERE t.account_id = p_account AND t.staff_id = p_staff) THEN
        RETURN 1;
    END IF;
    SELECT COALESCE(s.group_id, (SELECT g.id FROM account_groups g WHERE g.director_id = s.id
                                 ORDER BY g.id LIMIT 1)) INTO grp FROM staff s WHERE s.id = p_staff;
    IF grp IS NOT NULL AND a.group_id = grp THEN
        RETURN 2;
    END IF;
    RETURN 3;
END
$$"""


def _level_function() -> str:
    """`agencia_level(campaign)`: the lowest role that approves its budget internally, in
    the agency's currency at the rate in force on its day (services.campaigns.approvals
    .required_role; no rate: a director)."""
    sup, mgr, director = (
        Role.ACCOUNT_SUPERVISOR.value,
        Role.ACCOUNT_MANAGER.value,
        _DIRECTOR,
    )
    return f"""
CREATE OR REPLACE FUNCTION agencia_level(p_campaign integer) RETURNS text
LANGUAGE plpgsql STABLE {_DEFINER} AS $$
DECLARE c record; home text; cur text; amount numeric; rate numeric;
        sup numeric := 0; mgr numeric := 0;
BEGIN
    SELECT * INTO c FROM campaigns WHERE id = p_campaign;
    SELECT currency, approval_threshold, manager_approval_threshold INTO home, sup, mgr
    FROM agency ORDER BY id LIMIT 1;
    home := COALESCE(home, '');
    cur := upper(COALESCE(NULLIF(c.currency, ''), home));
    amount := COALESCE(c.budget, 0);
    IF home <> '' AND cur <> upper(home) THEN
        SELECT r.rate INTO rate FROM exchange_rates r
        WHERE r.currency = cur AND r.valid_from <= COALESCE(c.start_date, current_date)
        ORDER BY r.valid_from DESC LIMIT 1;
        IF rate IS NULL THEN
            RETURN '{director}';
        END IF;
        amount := amount * rate;
    END IF;
    IF amount <= COALESCE(sup, 0) THEN
        RETURN '{sup}';
    ELSIF amount <= COALESCE(mgr, 0) THEN
        RETURN '{mgr}';
    END IF;
    RETURN '{director}';
END
$$"""


def _approval_function() -> str:
    """Who may append which approval (campaign_life.approver_refusal, flow.py)."""
    client, internal = Action.RECORD_CLIENT_DECISION.value, Action.INTERNAL_APPROVAL.value
    brief_level = Role.ACCOUNT_SUPERVISOR.value
    return f"""
CREATE OR REPLACE FUNCTION agencia_approval_rules() RETURNS trigger
LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE
    me integer;
    who integer; c record; who_role text; owner_role text; author integer;
    reach integer; level text; latest integer;
BEGIN
    {person_or_owner()}
    IF NEW.stage::text <> 'client' THEN  -- an internal decision's day is the server's
        NEW.decided_on := current_date;
    ELSIF NEW.decided_on > current_date + 1 THEN  -- the client's: told, never later
        {_refuse("the client did not decide in the future")}
    END IF;
    SELECT * INTO c FROM campaigns WHERE id = NEW.campaign_id;
    IF NOT FOUND THEN
        {_refuse("an approval needs its campaign")}
    END IF;
    who := COALESCE(NEW.on_behalf_of_id, me);
    IF NEW.on_behalf_of_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM approval_delegations d WHERE d.from_staff_id = NEW.on_behalf_of_id
            AND d.to_staff_id = me AND NOT d.revoked
            AND d.starts_on <= current_date AND d.ends_on >= current_date) THEN
        {_refuse("a decision for someone else needs their delegation in force")}
    END IF;
    SELECT s.role::text INTO who_role FROM staff s WHERE s.id = who;
    SELECT s.role::text INTO owner_role FROM staff s WHERE s.id = c.owner_id;
    reach := agencia_reach(who, c.account_id);
    IF NEW.stage::text = 'client' THEN
        IF NOT agencia_allowed(who_role, '{client}', reach) THEN
            {_refuse("the role table does not let this person record the client''s decision")}
        END IF;
        IF c.status::text <> '{S.PRESENTED.value}' OR NEW.document_sha256 IS DISTINCT FROM (
                SELECT sc.document_sha256 FROM campaign_status_changes sc
                WHERE sc.campaign_id = c.id AND sc.to_status::text = '{S.PRESENTED.value}'
                ORDER BY sc.id DESC LIMIT 1) THEN
            {_refuse("the client decides on the document presented to them")}
        END IF;
        RETURN NEW;
    END IF;
    IF c.owner_id IN (me, who) THEN
        {_refuse("nobody approves their own work")}
    END IF;
    IF NEW.stage::text = 'brief' THEN
        author := (SELECT b.author_id FROM briefs b WHERE b.id = NEW.brief_id);
        latest := (SELECT b.id FROM briefs b WHERE b.campaign_id = c.id
                   ORDER BY b.number DESC LIMIT 1);
        IF c.status::text <> '{S.BRIEF.value}' OR latest IS NULL
           OR NEW.brief_id IS DISTINCT FROM latest THEN
            {_refuse("a brief is decided on its latest version, before development")}
        END IF;
        level := '{brief_level}';
    ELSE
        author := (SELECT p.author_id FROM proposals p WHERE p.id = NEW.proposal_id);
        latest := (SELECT p.id FROM proposals p WHERE p.campaign_id = c.id
                   ORDER BY p.number DESC LIMIT 1);
        IF c.status::text <> '{S.INTERNAL_REVIEW.value}' OR latest IS NULL
           OR NEW.proposal_id IS DISTINCT FROM latest THEN
            {_refuse("internal review decides on the latest proposal, in internal review")}
        END IF;
        IF NEW.document_sha256 IS DISTINCT FROM COALESCE((
                SELECT d.sha256 FROM documents d
                JOIN proposal_documents pd ON pd.document_id = d.id
                WHERE pd.proposal_id = NEW.proposal_id ORDER BY d.id LIMIT 1), '') THEN
            {_refuse("an approval covers the proposal''s own document (its SHA-256)")}
        END IF;
        level := agencia_level(c.id);
    END IF;
    IF author IS NOT NULL AND author IN (me, who) THEN
        {_refuse("nobody approves their own work")}
    END IF;
    -- a file kept from an earlier version is still its uploader's work (the uploader is
    -- the server's stamp), whoever saved the version or owns the campaign now
    IF NEW.stage::text = 'internal' AND EXISTS (
            SELECT 1 FROM proposal_documents pd JOIN documents d ON d.id = pd.document_id
            WHERE pd.proposal_id = NEW.proposal_id AND d.uploaded_by_id IN (me, who)) THEN
        {_refuse("nobody approves their own work")}
    END IF;
    IF owner_role = '{_DIRECTOR}' THEN
        IF who_role IS DISTINCT FROM '{_DIRECTOR}' THEN
            {_refuse("a director''s campaign is approved by another director")}
        END IF;
    ELSIF NOT COALESCE(agencia_allowed(who_role, '{internal}', reach), false)
          OR agencia_rank(who_role) <= agencia_rank(owner_role) THEN
        {_refuse("internal approval is an approver''s, up the line, in their reach")}
    END IF;
    IF NEW.required_role IS DISTINCT FROM level
       OR agencia_rank(who_role) < agencia_rank(level) THEN
        {_refuse("the approval''s level is the budget''s, by the agency''s thresholds")}
    END IF;
    RETURN NEW;
END
$$"""


def _moves_sql() -> str:
    """The campaign's life as `from>to` → `who|need|action` (one source: MOVES)."""
    return "\n".join(
        f"        WHEN '{m.source.value}>{m.target.value}' THEN "
        f"'{m.who.value}|{m.need.value}|{m.action.value}'"
        for m in life.MOVES
    )


def _life_function() -> str:
    """Each change of status is a move of the campaign's life, by whom it may be made,
    with what it needs (flow.move_campaign), or the services' sending it back to review."""
    back = " OR ".join(
        f"pair = '{s.value}>{S.INTERNAL_REVIEW.value}'"
        for s in (*BEFORE_CLIENT,)
        if life.move_for(s, S.INTERNAL_REVIEW) is None
    )
    decisions = " ".join(f"WHEN '{t.value}' THEN '{d}'" for t, d in _DECISION_BY_TARGET.items())
    n = life.Need
    return f"""
CREATE OR REPLACE FUNCTION agencia_campaign_life() RETURNS trigger
LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE
    me integer;
    pair text := OLD.status::text || '>' || NEW.status::text;
    move text; who text; need text; action text; my_role text; owner_role text;
    expected text := CASE NEW.status::text {decisions} ELSE NULL END;
    a record;
BEGIN
    IF NEW.status IS NOT DISTINCT FROM OLD.status THEN
        RETURN NEW;
    END IF;
    {person_or_owner()}
    {note_move("NEW.id", "OLD.status::text", "NEW.status::text")}
    IF {back} THEN  -- services.campaigns.review: what an approval covered changed
        RETURN NEW;
    END IF;
    move := CASE pair
{_moves_sql()}
        ELSE NULL END;
    IF move IS NULL THEN
        {_refuse("that change of status is not a move of the campaign''s life")}
    END IF;
    who := split_part(move, '|', 1);
    need := split_part(move, '|', 2);
    action := split_part(move, '|', 3);
    my_role := agencia_my_role();
    SELECT s.role::text INTO owner_role FROM staff s WHERE s.id = OLD.owner_id;
    IF who <> '{life.Who.APPROVER.value}' THEN
        IF NOT agencia_allowed(my_role, action, agencia_reach(me, NEW.account_id)) THEN
            {_refuse("the role table does not let this person make that move")}
        END IF;
        IF who = '{life.Who.OWNER.value}' AND me IS DISTINCT FROM OLD.owner_id
           AND agencia_rank(my_role) <= agencia_rank(owner_role) THEN
            {_refuse("that move is the owner''s, or someone''s above them")}
        END IF;
    END IF;
    IF need = '{n.APPROVED_BRIEF.value}' THEN
        SELECT * INTO a FROM approvals WHERE campaign_id = NEW.id AND stage::text = 'brief'
        ORDER BY id DESC LIMIT 1;
        IF a IS NULL OR a.decision::text <> 'approved' OR a.brief_id IS DISTINCT FROM (
                SELECT b.id FROM briefs b WHERE b.campaign_id = NEW.id
                ORDER BY b.number DESC LIMIT 1) THEN
            {_refuse("development starts from an approved brief")}
        END IF;
    ELSIF need = '{n.PROPOSAL.value}' THEN
        IF NOT EXISTS (SELECT 1 FROM proposals p WHERE p.campaign_id = NEW.id) THEN
            {_refuse("internal review needs a proposal")}
        END IF;
    ELSIF need IN ('{n.INTERNAL_DECISION.value}', '{n.CLIENT_DECISION.value}') THEN
        -- the decision this move records, made by this person in this transaction (the
        -- server stamped its time: now()), not an earlier one the campaign has left
        SELECT * INTO a FROM approvals
        WHERE campaign_id = NEW.id AND stage::text = CASE need
            WHEN '{n.CLIENT_DECISION.value}' THEN 'client' ELSE 'internal' END
        ORDER BY id DESC LIMIT 1;
        IF a IS NULL OR a.decision::text IS DISTINCT FROM expected
           OR a.decided_by_id IS DISTINCT FROM me OR a.at <> now() THEN
            {_refuse("that move needs its decision on the trail first")}
        END IF;
    ELSIF need = '{n.PRESENTED_DOCUMENT.value}' THEN
        SELECT * INTO a FROM approvals WHERE campaign_id = NEW.id AND stage::text = 'internal'
        ORDER BY id DESC LIMIT 1;
        IF a IS NULL OR a.decision::text <> 'approved' THEN
            {_refuse("only what internal review approved is presented")}
        END IF;
    ELSIF need = '{n.RESULTS.value}' THEN
        IF btrim(COALESCE(NEW.results_story, '')) = ''
           AND COALESCE(NEW.results_kpis::jsonb, 'null'::jsonb)
               IN ('null'::jsonb, '[]'::jsonb, '{{}}'::jsonb) THEN
            {_refuse("a campaign is completed with its results")}
        END IF;
    END IF;
    RETURN NEW;
END
$$"""


def _covered_function() -> str:
    """At commit: a campaign that stands on an internal approval is still covered by it
    after its owner, budget, currency or start date changed (review.broken)."""
    return f"""
CREATE OR REPLACE FUNCTION agencia_campaign_covered() RETURNS trigger
LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE
    me integer; c record; a record; authority_role text; owner_role text;
BEGIN
    {person_or_owner(done="RETURN NULL;")}
    SELECT * INTO c FROM campaigns WHERE id = NEW.id;  -- as it is at commit
    IF NOT FOUND OR c.status::text NOT IN {_in((*STANDING, *CLOSED_AFTER))} THEN
        RETURN NULL;
    END IF;
    SELECT * INTO a FROM approvals WHERE campaign_id = c.id AND stage::text = 'internal'
    ORDER BY id DESC LIMIT 1;
    IF a.id IS NULL OR a.decision::text <> 'approved' THEN
        IF c.status::text IN {_in(CLOSED_AFTER)} THEN  -- closed before any approval
            RETURN NULL;
        END IF;
        {_refuse("this campaign has no internal approval to stand on")}
    END IF;
    SELECT s.role::text INTO authority_role FROM staff s
    WHERE s.id = COALESCE(a.on_behalf_of_id, a.decided_by_id);
    SELECT s.role::text INTO owner_role FROM staff s WHERE s.id = c.owner_id;
    IF agencia_rank(authority_role) < agencia_rank(agencia_level(c.id)) THEN
        {_refuse("the approval no longer covers the budget: send the campaign back to review")}
    END IF;
    IF c.status::text IN {_in(BEFORE_CLIENT)} AND (
            c.owner_id IN (a.decided_by_id, a.on_behalf_of_id)
            OR (owner_role IS DISTINCT FROM '{_DIRECTOR}'
                AND agencia_rank(authority_role) <= agencia_rank(owner_role))) THEN
        {_refuse("the approval no longer covers the owner: send the campaign back to review")}
    END IF;
    RETURN NULL;
END
$$"""


def handover_review_row() -> str:
    """The one row of `campaign_status_changes` whoever may MANAGE_PEOPLE adds beyond
    the accounts they work on (a policy's WITH CHECK, explore 9 H2): a person who leaves
    hands a campaign ready for the client to someone its internal approval no longer
    covers, and the handover's recheck (services.campaigns.review) sends it back to
    internal review, saying why. No other move, no decision, no document; and, as every
    person's row, only for that move really made in this transaction, once
    (`agencia_status_row`)."""
    manages = f"agencia_may_global('{Action.MANAGE_PEOPLE.value}')"
    return (
        f"({manages} AND to_status::text = '{S.INTERNAL_REVIEW.value}'"
        f" AND from_status::text IN {_in(BEFORE_CLIENT)}"
        " AND approval_id IS NULL AND document_id IS NULL"
        " AND COALESCE(document_sha256, '') = '' AND btrim(COALESCE(comment, '')) <> '')"
    )


TRIGGERS = (
    ("approvals", "approvals_rules"),
    ("campaigns", "campaigns_life"),
    ("campaigns", "campaigns_covered"),
    *trail.TRIGGERS,
    *columns.TRIGGERS,
)


def campaign_functions(tables: set[str]) -> list[str]:
    """The functions, made before `server_security` grants and revokes EXECUTE."""
    if not {"campaigns", "approvals"} <= tables:
        return []
    return [
        rank_function(),
        _reach_function(),
        _level_function(),
        _approval_function(),
        _life_function(),
        _covered_function(),
        *trail.trail_functions(),
        *columns.column_functions(),
    ]


def campaign_triggers(tables: set[str]) -> list[str]:
    """The triggers that call them (idempotent)."""
    if not {"campaigns", "approvals"} <= tables:
        return []
    covered = ("owner_id", "budget", "currency", "start_date")
    changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in covered)
    return [
        *(
            f"DROP TRIGGER IF EXISTS {name} ON {table}"
            for table, name in TRIGGERS
            if table in tables
        ),
        "CREATE TRIGGER approvals_rules BEFORE INSERT ON approvals "
        "FOR EACH ROW EXECUTE FUNCTION agencia_approval_rules()",
        "CREATE TRIGGER campaigns_life BEFORE UPDATE OF status ON campaigns "
        "FOR EACH ROW EXECUTE FUNCTION agencia_campaign_life()",
        "CREATE CONSTRAINT TRIGGER campaigns_covered AFTER UPDATE ON campaigns "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        f"WHEN ({changed}) EXECUTE FUNCTION agencia_campaign_covered()",
        *(trail.trail_triggers() if {"campaign_status_changes", "audit_events"} <= tables else []),
        *columns.column_triggers(tables),
    ]
