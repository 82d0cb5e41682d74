"""What a new Spanish agency's own spreadsheets hold, end to end: the words people type
for a role (plural «cuentas», «junior» spelt out), read as the people area's roles."""

from __future__ import annotations

import pytest

from agencia.domain.enums import Role
from agencia.services.data.values import member


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        ("Ejecutiva de cuentas", Role.ACCOUNT_EXECUTIVE),
        ("Ejecutivo de Cuentas", Role.ACCOUNT_EXECUTIVE),
        ("Gerente de cuentas", Role.ACCOUNT_MANAGER),
        ("Director de cuenta", Role.ACCOUNT_DIRECTOR),
        ("Supervisora de cuenta", Role.ACCOUNT_SUPERVISOR),
        ("Ejecutivo de cuentas junior", Role.JUNIOR_ACCOUNT_EXECUTIVE),
        ("Ejecutiva de cuentas Jr.", Role.JUNIOR_ACCOUNT_EXECUTIVE),
        ("Ejecutiva junior de cuentas", Role.JUNIOR_ACCOUNT_EXECUTIVE),
        ("Account Executive", Role.ACCOUNT_EXECUTIVE),
    ],
)
def test_a_role_as_agencies_type_it(typed: str, role: Role) -> None:
    assert member(Role, typed) is role


def test_a_word_that_is_no_role_stays_unknown() -> None:
    assert member(Role, "Ejecutivo de ventas") is None
