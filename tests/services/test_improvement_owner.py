"""An improvement action's owner sees its account and may close the action (explore 9,
M7): someone of another group, the administrator, a trainee or a person «de baja» was
saved as owner of an action they could neither see nor close. `open_action` refuses
them, saying why, and `owners` — what the form offers — lists only those it accepts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import Agency, small_agency

from agencia.db.database import Database
from agencia.domain.errors import ValidationError
from agencia.domain.messages import render
from agencia.services.satisfaction import improvements
from agencia.services.satisfaction.improvement_owners import owners


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def _action(a: Agency, owner: int, account: int | None) -> improvements.ActionInput:
    return improvements.ActionInput(
        dimension="Empatía",
        title="Llamada semanal al cliente",
        owner_id=owner,
        due_on=date.today() + timedelta(days=30),
        opened_gap=-1.5,
        account_id=account,
    )


def test_only_someone_who_sees_the_account_and_may_close_the_action_owns_it(
    agency: Agency,
) -> None:
    a = agency
    lucia, coca = a.actor("lucia"), a.accounts["coca"]
    admin_id = a.admin.staff_id
    assert admin_id is not None
    refused_as = {
        a.staff["andres"]: "improvement.owner_elsewhere",  # another group's director
        a.staff["raul"]: "improvement.owner_elsewhere",  # another group's executive
        admin_id: "improvement.owner_elsewhere",  # the administrator works on no account
        a.staff["pablo"]: "improvement.owner_elsewhere",  # a trainee on the team: no closing
        a.staff["baja"]: "staff.inactive",  # «de baja»
    }
    for owner, code in refused_as.items():
        with pytest.raises(ValidationError) as refused:
            improvements.open_action(a.db, lucia, _action(a, owner, coca))
        assert refused.value.field_errors["owner_id"][0] == code, owner
    assert improvements.list_actions(a.db, lucia) == []  # nothing saved
    _, params = refused_as_params(a, a.staff["raul"], coca)
    said = render("improvement.owner_elsewhere", params, "es")
    assert said.startswith("Raúl Jiménez Prieto no puede ser responsable de esta acción")
    assert "«Coca-Cola»" in said
    assert "cannot own this action" in render("improvement.owner_elsewhere", params, "en")

    improvements.open_action(a.db, lucia, _action(a, a.staff["alvaro"], coca))  # its lead
    improvements.open_action(a.db, lucia, _action(a, a.staff["marta"], coca))  # her group
    assert {r.owner for r in improvements.list_actions(a.db, lucia)} == {
        "Álvaro García Rubio",
        "Marta Peña Lozano",
    }


def refused_as_params(a: Agency, owner: int, account: int) -> tuple[str, dict[str, object]]:
    with pytest.raises(ValidationError) as refused:
        improvements.open_action(a.db, a.actor("lucia"), _action(a, owner, account))
    return refused.value.field_errors["owner_id"]


def test_the_form_is_offered_only_the_owners_the_service_accepts(agency: Agency) -> None:
    a = agency
    options = owners(a.db, a.actor("lucia"), a.accounts["coca"])
    offered = {o.label for o in options}
    assert offered == {
        "Álvaro García Rubio",  # its lead
        "Javier Núñez Calvo",  # the group's manager, supervisor and director
        "Lucía Fernández Ortega",
        "Marta Peña Lozano",
    }  # not Laura (a junior, not on its team), nor Irene and Pablo, nor Servicios
    assert a.admin.staff_id not in {o.id for o in options}
    # each one offered is accepted
    for option in owners(a.db, a.actor("lucia"), a.accounts["coca"]):
        improvements.open_action(a.db, a.actor("lucia"), _action(a, option.id, a.accounts["coca"]))
