"""A refusal says its real reason: the campaign is closed, the person's role never does it,
or the account is off their team or outside their group (their role does it there) —
never «su rol» when the role is not the reason."""

from __future__ import annotations

import pytest
from campaign_world import BRIEF, Cast, build_cast, new_campaign

from agencia.db.database import Database
from agencia.domain.enums import Role
from agencia.domain.errors import PermissionDenied
from agencia.domain.messages import render
from agencia.domain.permissions import Action, Scope
from agencia.services.campaigns.briefs import save_brief
from agencia.services.campaigns.queries import get_campaign


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def test_the_role_table_says_which_reason() -> None:
    from agencia.domain.permissions import refusal

    assert refusal(Role.ACCOUNT_EXECUTIVE, Action.EDIT_BRIEFS, Scope.ASSIGNED) is None
    assert refusal(Role.TRAINEE, Action.EDIT_BRIEFS, Scope.ASSIGNED) == "permission.denied"
    assert refusal(Role.ACCOUNT_EXECUTIVE, Action.EDIT_BRIEFS, Scope.GROUP) == (
        "permission.not_on_team"
    )
    assert refusal(Role.ACCOUNT_DIRECTOR, Action.EDIT_BRIEFS, Scope.ALL) == (
        "permission.outside_group"
    )


def test_a_director_reading_another_groups_campaign_is_told_it_is_outside_their_group(
    cast: Cast,
) -> None:
    """Bruno (group B) reads Dolores's campaign (group A) to approve it: his role edits
    briefs, her account is not in his group."""
    campaign = new_campaign(cast, owner="director", budget="900000")
    detail = get_campaign(cast.db, cast.actor("director_b"), campaign)
    assert not detail.can_edit
    assert detail.edit_refusal is not None
    assert detail.edit_refusal[0] == "permission.outside_group"
    said = render(*detail.edit_refusal, lang="es")
    assert "no es de su grupo" in said and "Su rol" not in said
    with pytest.raises(PermissionDenied) as refused:
        save_brief(cast.db, cast.actor("director_b"), campaign, BRIEF, None)
    assert refused.value.code == "permission.outside_group"
    assert "no es de su grupo" in str(refused.value)


def test_the_role_is_named_only_when_it_is_the_reason(cast: Cast) -> None:
    campaign = new_campaign(cast)
    assistant = get_campaign(cast.db, cast.actor("assistant"), campaign)
    assert assistant.edit_refusal is not None
    assert assistant.edit_refusal[0] == "permission.denied"
    assert render(*assistant.edit_refusal, lang="en").startswith("Your role (Assistant)")
    assert get_campaign(cast.db, cast.actor("executive"), campaign).edit_refusal is None


def test_a_new_assignee_off_the_account_s_team_is_told_so(db: Database) -> None:
    """«Otra Ejecutiva» is an executive in no group and off the team: her role logs
    communications, on the accounts she is assigned — not this one."""
    from datetime import UTC, datetime

    from service_world import service_desk

    from agencia.domain.enums import Channel
    from agencia.domain.errors import ValidationError
    from agencia.domain.service_enums import Priority, RequestKind
    from agencia.services.service import requests

    desk = service_desk(db)
    data = requests.NewRequest(
        account_id=desk.accounts["madrid"],
        channel=Channel.PHONE,
        kind=RequestKind.REQUEST,
        priority=Priority.NORMAL,
        subject="Falta el arte final",
        received_at=datetime(2026, 3, 9, 8, tzinfo=UTC),
    )
    rid = requests.open_request(desk.db, desk.actor("exec"), data).id
    with pytest.raises(ValidationError) as refused:
        requests.reassign(desk.db, desk.actor("exec"), rid, desk.staff["other"])
    code, params = refused.value.field_errors["assignee_id"]
    assert code == "request.assignee_not_on_team"
    said = render(code, params, lang="es")
    assert "no está en el equipo de la cuenta" in said and "su rol" not in said


def test_the_reason_for_someone_else_comes_from_the_role_table(db: Database) -> None:
    """`access.refusal_of`: what a reassignment asks about the new assignee."""
    from service_world import service_desk

    from agencia.db.uow import unit_of_work
    from agencia.domain.models import Account, Staff
    from agencia.services.accounts import access

    desk = service_desk(db)
    with unit_of_work(desk.db, desk.actor("exec")) as uow:
        account = uow.session.get(Account, desk.accounts["madrid"])
        other = uow.session.get(Staff, desk.staff["other"])
        assert account is not None and other is not None
        assert access.refusal_of(uow, other, Action.LOG_COMMUNICATION, account) == (
            "permission.not_on_team"
        )


def test_the_deck_dialog_is_told_why_no_proposal_version(cast: Cast) -> None:
    """«Guardar como versión de propuesta» said «su rol …, o está cerrada» to a director
    whose role adds proposals but not on another group's campaign."""
    from agencia.services.decks.build import deck_defaults

    campaign = new_campaign(cast, owner="director", budget="900000")
    other = deck_defaults(cast.db, cast.actor("director_b"), "campaign", campaign)
    assert not other.can_save_proposal
    assert other.proposal_refusal is not None
    assert other.proposal_refusal[0] == "permission.outside_group"
    own = deck_defaults(cast.db, cast.actor("director"), "campaign", campaign)
    assert own.can_save_proposal and own.proposal_refusal is None
