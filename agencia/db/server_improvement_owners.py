"""Who owns an improvement action, as the server holds it (PostgreSQL).

explore9 M7: the row-level security of `improvement_actions` says who may write an
action, not who it is given to: with `psql`, a manager could open one owned by someone
«de baja», by the administrator or by a person of another group, who could neither see
nor close it while the lists showed it as their work. The services hold every owner to
`services.satisfaction.improvement_owners.may_own` — active, and allowed to manage
improvement actions on the action's account (the agency's own: by their role at all);
the server checks the same, at commit, of an action opened or handed to someone, for a
person's sessions (a handover moves the accounts before the actions, in one transaction).
"""

from __future__ import annotations

from agencia.domain.permissions import Action

TRIGGERS = (
    ("improvement_actions", "improvement_actions_owner"),
    ("improvement_actions", "improvement_actions_new_owner"),
)
_MANAGE = Action.MANAGE_IMPROVEMENTS.value

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION agencia_improvement_owner() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE i record; o record; may boolean;
BEGIN
    SELECT * INTO i FROM improvement_actions WHERE id = NEW.id;  -- as it is at commit
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    SELECT * INTO o FROM staff WHERE id = i.owner_id;
    IF i.account_id IS NULL THEN  -- the agency's own: by the role at all
        may := agencia_scope(o.role::text, '{_MANAGE}') > 0;
    ELSE
        may := agencia_allowed(o.role::text, '{_MANAGE}', agencia_reach(o.id, i.account_id));
    END IF;
    IF o.id IS NULL OR NOT o.active OR NOT COALESCE(may, false) THEN
        RAISE EXCEPTION 'improvement_actions: the owner is active and manages its account''s'
            USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END
$$"""


def improvement_owner_rules(names: set[str]) -> list[str]:
    """The function and its triggers (idempotent): on a new action, and on a new owner."""
    if not {"improvement_actions", "staff", "accounts", "account_assignments"} <= names:
        return []
    person = "NOT agencia_owner_session()"
    return [
        _FUNCTION,
        *(f"DROP TRIGGER IF EXISTS {name} ON {table}" for table, name in TRIGGERS),
        "CREATE CONSTRAINT TRIGGER improvement_actions_new_owner AFTER INSERT"
        " ON improvement_actions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
        f" WHEN ({person}) EXECUTE FUNCTION agencia_improvement_owner()",
        "CREATE CONSTRAINT TRIGGER improvement_actions_owner AFTER UPDATE OF owner_id"
        " ON improvement_actions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
        f" WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id AND {person})"
        " EXECUTE FUNCTION agencia_improvement_owner()",
    ]
