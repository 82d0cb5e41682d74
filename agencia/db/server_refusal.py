"""A server rule's refusal, given back as the services' own message.

Where a rule on the server stands for one the services already check (the last
administrator, `agencia.db.server_last_admin`), its exception names that message in its
HINT (`agencia:<message code>`) and the message's values in its DETAIL (a JSON object):
a person who reaches it anyway — a race the services' check could not see, another
workstation's change — reads the same words as from the services.
"""

from __future__ import annotations

import json

from sqlalchemy.exc import DBAPIError

from agencia.domain.errors import DomainError

HINT_PREFIX = "agencia:"
# The messages a server rule may name (any other hint is not the server's rule's).
MESSAGES = frozenset({"staff.last_admin"})


def refusal(exc: DBAPIError) -> DomainError | None:
    """The message a server rule's refusal names, or None for any other error."""
    diag = getattr(exc.orig, "diag", None)
    hint = getattr(diag, "message_hint", None) or ""
    code = hint.removeprefix(HINT_PREFIX)
    if not hint.startswith(HINT_PREFIX) or code not in MESSAGES:
        return None
    try:
        values = json.loads(getattr(diag, "message_detail", None) or "{}")
    except ValueError:
        values = {}
    if not isinstance(values, dict):
        values = {}
    return DomainError(code, **{str(k): str(v) for k, v in values.items()})
