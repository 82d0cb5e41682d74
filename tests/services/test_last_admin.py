"""The agency always keeps an administrator who can sign in: the last one can't be demoted,
deactivated or have their sign-in disabled — by the staff form, the hand-over or the
sign-in page alike (one guard, `services/people/last_admin.py`)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import set_up

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Role
from agencia.domain.errors import DomainError
from agencia.domain.messages import render
from agencia.services.people import handover, sign_ins, staff_edit, views
from agencia.services.people.staff_edit import StaffInput


def _admin_id(db: Database) -> int:
    admin = set_up(db)
    assert admin.staff_id is not None
    return admin.staff_id


def _demote(db: Database, staff_id: int) -> None:
    data = staff_edit.input_from_detail(views.get_staff(db, SYSTEM, staff_id))
    staff_edit.edit_staff(db, SYSTEM, staff_id, replace(data, role=Role.ACCOUNT_EXECUTIVE))


def test_the_only_administrator_keeps_the_role(db: Database) -> None:
    admin_id = _admin_id(db)
    with pytest.raises(DomainError) as refused:
        _demote(db, admin_id)
    assert refused.value.code == "staff.last_admin"
    assert views.get_staff(db, SYSTEM, admin_id).row.role is Role.ADMINISTRATOR


def test_the_only_administrator_is_not_deactivated(db: Database) -> None:
    admin_id = _admin_id(db)
    with pytest.raises(DomainError) as refused:
        handover.deactivate_staff(db, SYSTEM, admin_id)
    assert refused.value.code == "staff.last_admin"
    assert views.get_staff(db, SYSTEM, admin_id).row.active


def test_with_a_second_administrator_who_signs_in_the_first_may_go(db: Database) -> None:
    admin_id = _admin_id(db)
    other = staff_edit.add_staff(db, SYSTEM, StaffInput("Berta Ruiz", Role.ADMINISTRATOR)).id
    # an administrator without a sign-in runs nothing: the first still can't go
    with pytest.raises(DomainError):
        handover.deactivate_staff(db, SYSTEM, admin_id)
    with pytest.raises(DomainError):  # nor disabled
        sign_ins.set_user_active(db, SYSTEM, "admin", False)
    sign_ins.add_user(db, SYSTEM, "berta", other, "tres-tristes-tigres")
    sign_ins.set_user_active(db, SYSTEM, "berta", False)
    with pytest.raises(DomainError):  # nor with a disabled one
        handover.deactivate_staff(db, SYSTEM, admin_id)
    sign_ins.set_user_active(db, SYSTEM, "berta", True)
    _demote(db, admin_id)
    assert views.get_staff(db, SYSTEM, admin_id).row.role is Role.ACCOUNT_EXECUTIVE
    # now Berta is the last one: her sign-in stays enabled, she stays an administrator
    with pytest.raises(DomainError) as disabled:
        sign_ins.set_user_active(db, SYSTEM, "berta", False)
    assert disabled.value.code == "staff.last_admin"
    with pytest.raises(DomainError):
        handover.deactivate_staff(db, SYSTEM, other)


def test_the_refusal_says_what_to_do() -> None:
    for language in ("es", "en"):
        text = render("staff.last_admin", {"name": "Ana"}, language)
        assert "Ana" in text and "staff.last_admin" not in text
