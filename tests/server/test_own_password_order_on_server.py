"""On a secured server, too, a person's own password change proves the current password
(by connecting with it) before the new one's rules are said."""

from __future__ import annotations

import pytest
from server_world import PASSWORD, ServerAgency

from agencia.domain.errors import DomainError, ValidationError
from agencia.services.people.sign_ins import change_password


def test_a_wrong_current_password_is_said_first_on_the_server(
    server_agency: ServerAgency,
) -> None:
    with pytest.raises(DomainError) as refused:
        change_password(server_agency.owner, "laura", "no es la suya de verdad", "laura-1")
    assert not isinstance(refused.value, ValidationError)
    assert refused.value.code == "auth.failed"
    with pytest.raises(ValidationError) as weak:  # the right one: now the new one's rules
        change_password(server_agency.owner, "laura", PASSWORD, "newlaura-xxxx1")
    assert weak.value.field_errors == {"new_password": ("password.has_login", {})}
    db, actor = server_agency.signed_in("laura", PASSWORD)  # unchanged
    db.close()
    assert actor.login == "laura"
