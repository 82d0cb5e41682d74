"""An account's history tells of what was done (PostgreSQL only; migration 0029).

The account page shows every entry of `audit_events` filed under the account; its
«create» and «update» entries about the account itself, its contacts, brands and
products are the services' (services.accounts: account_edit, contacts, brands, logos,
bulk; people.group_moves). A person at a psql prompt could append one saying anything —
that a contact was created that never was, that the tax ID was changed from one number
to another — in their own name (the stamp), since the trail only takes inserts. The
server now checks, at commit, each such entry of a person against the rows this very
transaction wrote (kept, as the campaign trail's moves, in a temporary table the
owner's triggers fill and the person cannot touch):

- a «create» entry: the row was inserted in this transaction; each field it names is
  the row's (`group` for `group_id`), a text field with the value the row has;
- an «update» entry: the row was updated in this transaction, and each field it names
  changed in it (a contact's `brands`: its brands were linked or unlinked), a text
  field from the value it had before the transaction to the value it has; a
  «deactivate» or «reactivate» entry likewise, the row now as it says;
- either: filed under the row's own account, its summary the row's name as the
  services write it (a product's: its brand's « · » its own).

What stays free: the old and new values of a field that is not text (a date, a
number, a reference shown by name), which the history shows as written; an entry about
a row the same transaction changed twice to and fro; an entry filed under no account
that names no record (it is in no account's history, and names nothing by its summary:
`services.accounts.history_names` reads a record's name off entries naming it).
"""

from __future__ import annotations

from sqlalchemy import LargeBinary, String

from agencia.db.server_campaign_trail import DEFINER, person_or_owner, refuse
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AccountStatus, AuditAction
from agencia.domain.models import Base

WRITES = "pg_temp.agencia_history_writes"
# the entries' records: kind → (table, its account, its name as the summary says it)
_RECORDS: dict[ChangeKind, tuple[str, str, str]] = {
    ChangeKind.ACCOUNT: ("accounts", "r.id", "r.trade_name"),
    ChangeKind.CONTACT: ("contacts", "r.account_id", "r.full_name"),
    ChangeKind.BRAND: ("brands", "r.account_id", "r.name"),
    ChangeKind.PRODUCT: ("products", "b.account_id", "b.name || ' · ' || r.name"),
}
_JOINS = {ChangeKind.PRODUCT: " JOIN brands b ON b.id = r.brand_id"}
# what a «create» entry names beside the row's fields (account_edit.create_account)
_EXTRAS = {ChangeKind.ACCOUNT: ("tax_id_duplicate_reason",)}
# what the entries checked say was done: created, edited, (de/re)activated as an edit
_ACTIONS = (
    AuditAction.CREATE,
    AuditAction.UPDATE,
    AuditAction.DEACTIVATE,
    AuditAction.REACTIVATE,
)
_LINKS = "contact_brands"  # a contact's brands (contacts._set_contact_brands)
TRIGGERS = (
    *(
        (table, f"{table}_history_{event}")
        for table, _, _ in _RECORDS.values()
        for event in ("insert", "update")
    ),
    (_LINKS, f"{_LINKS}_history_insert"),
    (_LINKS, f"{_LINKS}_history_delete"),
    ("audit_events", "audit_events_account_history"),
)


def _texts(table: str) -> list[str]:
    """The table's text columns (an enum's code too): their values are compared."""
    return sorted(
        c.name
        for c in Base.metadata.tables[table].columns
        if isinstance(c.type, String) and not isinstance(c.type, LargeBinary)
    )


def _writes_table() -> str:
    return f"""IF to_regclass('{WRITES}') IS NULL THEN
        CREATE TEMPORARY TABLE agencia_history_writes (kind text NOT NULL,
            id integer NOT NULL, op text NOT NULL, before jsonb,
            PRIMARY KEY (kind, id, op)) ON COMMIT DELETE ROWS;
    END IF;"""


def _note_sql() -> str:
    """What a person's statement wrote, noted for this transaction: the rows inserted,
    the rows updated (as they were before the first update), a contact's brands."""
    return f"""
CREATE OR REPLACE FUNCTION agencia_note_history_write() RETURNS trigger
LANGUAGE plpgsql {DEFINER} AS $$
BEGIN
    IF agencia_owner_session() THEN
        RETURN NULL;
    END IF;
    {_writes_table()}
    IF TG_TABLE_NAME = '{_LINKS}' AND TG_OP = 'INSERT' THEN
        INSERT INTO {WRITES} SELECT DISTINCT 'contact', n.contact_id, 'brands', NULL::jsonb
          FROM new_rows n ON CONFLICT DO NOTHING;
    ELSIF TG_TABLE_NAME = '{_LINKS}' THEN
        INSERT INTO {WRITES} SELECT DISTINCT 'contact', o.contact_id, 'brands', NULL::jsonb
          FROM old_rows o ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO {WRITES} SELECT TG_ARGV[0], n.id, 'insert', NULL
          FROM new_rows n ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO {WRITES} SELECT TG_ARGV[0], o.id, 'update', to_jsonb(o)
          FROM old_rows o ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$"""


def _record_sql() -> str:
    """The entry's record as it is now: the row, its account, its name."""
    branches = []
    for kind, (table, account, name) in _RECORDS.items():
        branches.append(
            f"        WHEN '{kind.value}' THEN\n"
            f"            SELECT to_jsonb(r), {account}, {name} INTO now_row, account, named"
            f" FROM {table} r{_JOINS.get(kind, '')} WHERE r.id = NEW.entity_id;\n"
            f"            texts := ARRAY[{', '.join(repr(c) for c in _texts(table))}]::text[];"
            f"\n            extras := ARRAY[{', '.join(repr(c) for c in _EXTRAS.get(kind, ()))}]"
            "::text[];"
        )
    return "    CASE NEW.entity\n" + "\n".join(branches) + "\n    END CASE;"


def _check_sql() -> str:
    create = AuditAction.CREATE.value
    off, on = AuditAction.DEACTIVATE.value, AuditAction.REACTIVATE.value
    inactive, active = AccountStatus.INACTIVE.value, AccountStatus.ACTIVE.value
    return f"""
CREATE OR REPLACE FUNCTION agencia_account_history() RETURNS trigger
LANGUAGE plpgsql {DEFINER} AS $$
DECLARE
    me integer;
    now_row jsonb;
    account integer;
    named text;
    texts text[];
    extras text[];
    before jsonb;
    told jsonb := COALESCE(NEW.changes::jsonb, '{{}}'::jsonb);
    k text;
    col text;
BEGIN
    {person_or_owner(done="RETURN NULL;")}
{_record_sql()}
    IF now_row IS NULL OR NEW.account_id IS DISTINCT FROM account
       OR NEW.summary IS DISTINCT FROM left(named, 300) THEN
        {refuse("an entry of the account''s history tells of its record, by its name")}
    END IF;
    IF jsonb_typeof(told) <> 'object' OR to_regclass('{WRITES}') IS NULL THEN
        {refuse("an entry of the account''s history tells of what this transaction wrote")}
    END IF;
    IF NEW.action::text = '{create}' THEN
        IF NOT EXISTS (SELECT 1 FROM {WRITES} w WHERE w.kind = NEW.entity
                       AND w.id = NEW.entity_id AND w.op = 'insert') THEN
            {refuse("a record is created in the transaction that tells of it")}
        END IF;
    ELSE
        SELECT w.before INTO before FROM {WRITES} w
         WHERE w.kind = NEW.entity AND w.id = NEW.entity_id AND w.op = 'update';
        IF told = '{{}}'::jsonb THEN
            {refuse("an edit in the account''s history names what changed")}
        END IF;
        IF (NEW.action::text = '{off}' AND NOT COALESCE(now_row ->> 'status' = '{inactive}'
                                     OR now_row -> 'active' = 'false'::jsonb, false))
           OR (NEW.action::text = '{on}' AND NOT COALESCE(now_row ->> 'status' = '{active}'
                                    OR now_row -> 'active' = 'true'::jsonb, false)) THEN
            {refuse("a record is deactivated or reactivated as the entry says")}
        END IF;
    END IF;
    FOR k IN SELECT jsonb_object_keys(told) LOOP
        IF NEW.entity = '{ChangeKind.CONTACT.value}' AND k = 'brands'
           AND NEW.action::text <> '{create}' THEN
            IF NOT EXISTS (SELECT 1 FROM {WRITES} w WHERE w.kind = NEW.entity
                           AND w.id = NEW.entity_id AND w.op = 'brands') THEN
                {refuse("an edit names the contact''s brands only when they changed")}
            END IF;
            CONTINUE;
        END IF;
        col := CASE WHEN now_row ? k THEN k WHEN now_row ? (k || '_id') THEN k || '_id' END;
        IF col IS NULL THEN
            CONTINUE WHEN NEW.action::text = '{create}' AND k = ANY(extras);
            {refuse("an entry of the account''s history names the record''s own fields")}
        END IF;
        IF NEW.action::text <> '{create}'
           AND (before IS NULL OR (before -> col) IS NOT DISTINCT FROM (now_row -> col)) THEN
            {refuse("an edit names only the fields this transaction changed")}
        END IF;
        IF col = k AND col = ANY(texts) AND (
               jsonb_typeof(told -> k) <> 'array'
               OR (told -> k -> 1) IS DISTINCT FROM (now_row -> col)
               OR (NEW.action::text <> '{create}'
                   AND (told -> k -> 0) IS DISTINCT FROM (before -> col))) THEN
            {refuse("an entry of the account''s history gives the values the record had")}
        END IF;
    END LOOP;
    RETURN NULL;
END
$$"""


def account_history_rules(names: set[str]) -> list[str]:
    """The noting triggers and the check at commit, for the tables there are."""
    tables = {table for table, _, _ in _RECORDS.values()}
    if not {*tables, _LINKS, "audit_events"} <= names:
        return []
    out = [_note_sql(), _check_sql()]
    out += [f"DROP TRIGGER IF EXISTS {name} ON {table}" for table, name in TRIGGERS]
    new, old = "NEW TABLE AS new_rows", "OLD TABLE AS old_rows"
    for kind, (table, _, _) in _RECORDS.items():
        for event, rows in (("insert", new), ("update", old)):
            out.append(
                f"CREATE TRIGGER {table}_history_{event} AFTER {event.upper()} ON {table}"
                f" REFERENCING {rows} FOR EACH STATEMENT"
                f" EXECUTE FUNCTION agencia_note_history_write('{kind.value}')"
            )
    for event, rows in (("insert", new), ("delete", old)):
        out.append(
            f"CREATE TRIGGER {_LINKS}_history_{event} AFTER {event.upper()} ON {_LINKS}"
            f" REFERENCING {rows} FOR EACH STATEMENT"
            " EXECUTE FUNCTION agencia_note_history_write('contact')"
        )
    kinds = ", ".join(f"'{k.value}'" for k in _RECORDS)
    actions = ", ".join(f"'{a.value}'" for a in _ACTIONS)
    out.append(
        "CREATE CONSTRAINT TRIGGER audit_events_account_history AFTER INSERT ON audit_events"
        " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
        f" WHEN (NOT agencia_owner_session() AND NEW.action::text IN ({actions})"
        f" AND NEW.entity IN ({kinds}) AND (NEW.account_id IS NOT NULL"
        " OR NEW.entity_id IS NOT NULL)) EXECUTE FUNCTION agencia_account_history()"
    )
    return out
