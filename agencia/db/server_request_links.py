"""A contact filed on a request is filed on that request's account (PostgreSQL).

explore9 L7: a person could log a contact on their own account naming a request of
another account (another group's, which they cannot even see). The services log a
contact on the request's account (communications.log.log_in refuses another's); the
server checks the same at commit — a merge moves a duplicate's requests and contacts
to the kept account in one transaction, in either order — for a person's sessions.
"""

from __future__ import annotations

TRIGGERS = (("communications", "communications_request_account"),)

_FUNCTION = """
CREATE OR REPLACE FUNCTION agencia_request_account() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.request_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM communications c JOIN service_requests r ON r.id = c.request_id
            WHERE c.id = NEW.id AND r.account_id = c.account_id) THEN
        RAISE EXCEPTION 'communications: a contact is filed on its request''s account'
            USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END
$$"""


def request_link_rules(names: set[str]) -> list[str]:
    if not {"communications", "service_requests"} <= names:
        return []
    return [
        _FUNCTION,
        "DROP TRIGGER IF EXISTS communications_request_account ON communications",
        "CREATE CONSTRAINT TRIGGER communications_request_account AFTER INSERT OR UPDATE"
        " ON communications DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
        " WHEN (NEW.request_id IS NOT NULL AND NOT agencia_owner_session())"
        " EXECUTE FUNCTION agencia_request_account()",
    ]
