"""What a person may not see reads, on the command line, as what does not exist.

An account the person may not see, or a campaign of one (that they do not approve in),
is refused by the services as «…not_visible»; told so, a trainee learns which IDs exist.
The shared server's row-level security already answers as if the row were not there:
here the refusal becomes the «…not_found» of the same record (or the `code` given: a
contact asked for by its own ID). Refusals of what a person does to what they see keep
their real reason (`domain.permissions.refusal`). Shared by every area's commands (it
knows no area: only the codes of the refusals they raise).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from agencia.domain.errors import NotFound, PermissionDenied

_UNSEEN = {"account.not_visible": "account.not_found", "campaign.not_visible": "campaign.not_found"}


@contextmanager
def unseen_as_missing(code: str | None = None, **params: Any) -> Iterator[None]:
    """Inside: an unseen account or campaign is «No existe…» (`code` and `params`, if
    given, for an account's: the record asked for)."""
    try:
        yield
    except PermissionDenied as refused:
        missing = _UNSEEN.get(refused.code)
        if missing is None:
            raise
        if code is not None and refused.code == "account.not_visible":
            raise NotFound(code, **(params or refused.params)) from None
        raise NotFound(missing, **refused.params) from None
