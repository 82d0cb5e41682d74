"""What a person may not see reads, on the command line, as what does not exist.

An account the person may not see, or a campaign of one (that they do not approve in),
or a service request of one, is refused by the services as «…not_visible»; told so, a
trainee learns which IDs exist.
The shared server's row-level security already answers as if the row were not there:
here the refusal becomes the «…not_found» of the same record (or the `code` given: a
contact or a meeting report asked for by its own ID). Refusals of what a person does to
what they see keep their real reason (`domain.permissions.refusal`). Shared by every
area's commands and the window's pages (`as_missing`; it knows no area: only the codes of
the refusals they raise).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from agencia.domain.errors import NotFound, PermissionDenied

_UNSEEN = {
    "account.not_visible": "account.not_found",
    "campaign.not_visible": "campaign.not_found",
    "request.not_visible": "request.not_found",  # a service request of an unseen account
}


def as_missing(error: BaseException) -> BaseException:
    """`error` as the person is told it: an unseen account, campaign or request as the
    «No existe…» of the same record; anything else as it is. The window's pages (an
    account or a campaign opened by its ID: a link, search, the palette) answer so too."""
    if isinstance(error, PermissionDenied) and error.code in _UNSEEN:
        return NotFound(_UNSEEN[error.code], **error.params)
    return error


@contextmanager
def unseen_as_missing(code: str | None = None, **params: Any) -> Iterator[None]:
    """Inside: an unseen account, campaign or request is «No existe…» — of the record
    asked for when `code` (and `params`) name it: a contact, a meeting report, not the
    account or campaign it is on, whose ID would tell that it exists."""
    try:
        yield
    except PermissionDenied as refused:
        missing = as_missing(refused)
        if missing is refused:
            raise
        if code is not None:
            raise NotFound(code, **(params or refused.params)) from None
        raise missing from None
