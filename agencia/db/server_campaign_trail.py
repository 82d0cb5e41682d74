"""Who a session is, and a campaign's trail of moves, as the server keeps them (PostgreSQL).

Who: a session is either the owner's (or a superuser's: set-up, the demo), decided by its
server role (`agencia_owner_session()`, agencia.db.server_functions: the one owner test
every rule asks), or a
person's, named by `agencia_me()`. A session that is neither — a person whose sign-in or
staff row is off, even one who switched it off in the same transaction — may do nothing
the campaign rules guard: "nobody" never means "the owner" (security review 7, F2).

The trail of moves (`campaign_status_changes`): every change of a campaign's status, and
its creation, leaves its row. The services write it with what the move recorded (the
document presented, the reason, the decision); the server takes a person's row only for
a move this transaction really made, not yet written, with a document internal review
approved when it says what was presented (F8), and at commit writes the row itself for
a move that has none (F13). The moves a transaction made are kept in a temporary table
the functions' owner creates in the session, which the person cannot read or write.
"""

from __future__ import annotations

from agencia.domain import campaign_life as life
from agencia.domain.enums import CampaignStatus
from agencia.domain.permissions import Action

S = CampaignStatus
DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp"
MOVES_TABLE = "pg_temp.agencia_moves"
# Moves whose row says what they needed: the server cannot write those rows itself.
_DETAILED = tuple(
    sorted(
        {
            m.target.value
            for m in life.MOVES
            if m.need in (life.Need.PRESENTED_DOCUMENT, life.Need.REASON)
        }
    )
)


def refuse(why: str) -> str:
    return f"RAISE EXCEPTION '{why}' USING ERRCODE = '42501';"


def person_or_owner(me: str = "me", *, done: str = "RETURN NEW;") -> str:
    """The opening of a rule: the owner's sessions pass (`done`), a person is `me`, and
    a session that is neither is refused."""
    return f"""IF agencia_owner_session() THEN
        {done}
    END IF;
    {me} := agencia_me();
    IF {me} IS NULL THEN
        {refuse("no active person signs in with this server role")}
    END IF;"""


def note_move(campaign: str, source: str, target: str) -> str:
    """PL/pgSQL that records a move made in this transaction (inside a trigger only: no
    function a person may call writes the table)."""
    return f"""IF to_regclass('{MOVES_TABLE}') IS NULL THEN
        CREATE TEMPORARY TABLE agencia_moves (campaign_id integer NOT NULL,
            from_status text, to_status text NOT NULL, taken boolean NOT NULL)
            ON COMMIT DELETE ROWS;
    END IF;
    INSERT INTO {MOVES_TABLE} VALUES ({campaign}, {source}, {target}, false);"""


def _status_row_function() -> str:
    """A person's row in `campaign_status_changes`: one move this transaction made and
    has not written yet, with what that move records, as services.campaigns.flow."""
    presented, cancelled = S.PRESENTED.value, S.CANCELLED.value
    return f"""
CREATE OR REPLACE FUNCTION agencia_status_row() RETURNS trigger
LANGUAGE plpgsql {DEFINER} AS $$
DECLARE
    me integer; a record; found_move tid;
BEGIN
    {person_or_owner()}
    IF to_regclass('{MOVES_TABLE}') IS NOT NULL THEN
        SELECT m.ctid INTO found_move FROM {MOVES_TABLE} m
        WHERE m.campaign_id = NEW.campaign_id AND NOT m.taken
          AND m.from_status IS NOT DISTINCT FROM NEW.from_status::text
          AND m.to_status = NEW.to_status::text
        LIMIT 1;
    END IF;
    IF found_move IS NULL THEN
        {refuse("a status change is written only with the move it records")}
    END IF;
    UPDATE {MOVES_TABLE} SET taken = true WHERE ctid = found_move;
    IF NEW.to_status::text = '{presented}' THEN
        SELECT * INTO a FROM approvals WHERE campaign_id = NEW.campaign_id
          AND stage::text = 'internal' ORDER BY id DESC LIMIT 1;
        IF a.id IS NULL OR a.decision::text <> 'approved' OR NOT EXISTS (
                SELECT 1 FROM proposal_documents pd JOIN documents d ON d.id = pd.document_id
                WHERE pd.proposal_id = a.proposal_id AND d.id = NEW.document_id
                  AND d.sha256 = NEW.document_sha256) THEN
            {refuse("the client is shown a document internal review approved (its SHA-256)")}
        END IF;
    ELSIF NEW.document_id IS NOT NULL OR COALESCE(NEW.document_sha256, '') <> '' THEN
        {refuse("only a presentation names the document presented")}
    END IF;
    IF NEW.to_status::text = '{cancelled}' AND btrim(COALESCE(NEW.comment, '')) = '' THEN
        {refuse("cancelling a campaign records its reason")}
    END IF;
    IF NEW.approval_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM approvals x WHERE x.id = NEW.approval_id
              AND x.campaign_id = NEW.campaign_id AND x.decided_by_id = me AND x.at = now()) THEN
        {refuse("a move names the decision it records, made with it")}
    END IF;
    IF NEW.occurred_on > current_date + 1 THEN
        {refuse("a move did not happen in the future")}
    END IF;
    RETURN NEW;
END
$$"""


def _trail_function() -> str:
    """At commit: each move (and each new campaign) of a person has its row on the trail;
    the server writes the row of a move that records nothing, and refuses one whose row
    would say what it needed (the document presented, the reason)."""
    detailed = "(" + ", ".join(f"'{t}'" for t in _DETAILED) + ")"
    return f"""
CREATE OR REPLACE FUNCTION agencia_campaign_trail() RETURNS trigger
LANGUAGE plpgsql {DEFINER} AS $$
DECLARE
    me integer; source text;
BEGIN
    {person_or_owner(done="RETURN NULL;")}
    IF TG_OP = 'UPDATE' THEN
        source := OLD.status::text;
    END IF;
    IF EXISTS (SELECT 1 FROM campaign_status_changes sc
               WHERE sc.campaign_id = NEW.id AND sc.at = now()
                 AND sc.from_status::text IS NOT DISTINCT FROM source
                 AND sc.to_status::text = NEW.status::text) THEN
        RETURN NULL;
    END IF;
    IF NEW.status::text IN {detailed} THEN
        {refuse("that move records what it needed on the campaign''s trail")}
    END IF;
    INSERT INTO campaign_status_changes (campaign_id, from_status, to_status, staff_id,
                                         comment, document_sha256)
    VALUES (NEW.id, source, NEW.status::text, me, '', '');
    RETURN NULL;
END
$$"""


def _audit_function() -> str:
    """A person's entry in `audit_events` is filed under no account, one deleted (its
    deletion was the person's to make), or one they read — their own reach, a delegator's,
    a campaign they review — never another group's history (F8). Who and when are
    stamped by `agencia_stamp`."""
    sees = f"ARRAY['{Action.SEE_ACCOUNTS.value}']::text[]"
    return f"""
CREATE OR REPLACE FUNCTION agencia_audit_reach() RETURNS trigger
LANGUAGE plpgsql {DEFINER} AS $$
DECLARE
    me integer;
BEGIN
    {person_or_owner()}
    IF NEW.account_id IS NULL
       OR NOT EXISTS (SELECT 1 FROM accounts a WHERE a.id = NEW.account_id)
       OR NEW.account_id IN (SELECT agencia_accounts_for({sees}))
       OR NEW.account_id IN (SELECT agencia_delegated_accounts())
       OR NEW.account_id IN (SELECT agencia_reviewed_accounts()) THEN
        RETURN NEW;
    END IF;
    {refuse("an entry of the history is filed under an account one works on")}
END
$$"""


# Deferred events are queued for people only: the owner's writes (set-up, a migration
# that then alters the table in the same transaction) leave none pending.
_PERSON = "NOT agencia_owner_session()"
TRIGGERS = (
    ("audit_events", "audit_events_reach"),
    ("campaign_status_changes", "campaign_status_changes_real"),
    ("campaigns", "campaigns_trail"),
    ("campaigns", "campaigns_trail_new"),
)


def trail_functions() -> list[str]:
    return [_status_row_function(), _trail_function(), _audit_function()]


def trail_triggers() -> list[str]:
    return [
        *(f"DROP TRIGGER IF EXISTS {name} ON {table}" for table, name in TRIGGERS),
        "CREATE TRIGGER audit_events_reach BEFORE INSERT ON audit_events "
        "FOR EACH ROW EXECUTE FUNCTION agencia_audit_reach()",
        "CREATE TRIGGER campaign_status_changes_real BEFORE INSERT ON campaign_status_changes "
        "FOR EACH ROW EXECUTE FUNCTION agencia_status_row()",
        "CREATE CONSTRAINT TRIGGER campaigns_trail AFTER UPDATE ON campaigns "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        f"WHEN (OLD.status IS DISTINCT FROM NEW.status AND {_PERSON}) "
        "EXECUTE FUNCTION agencia_campaign_trail()",
        "CREATE CONSTRAINT TRIGGER campaigns_trail_new AFTER INSERT ON campaigns "
        f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN ({_PERSON}) "
        "EXECUTE FUNCTION agencia_campaign_trail()",
    ]
