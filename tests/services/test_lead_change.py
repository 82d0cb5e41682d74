"""An account's lead changes in two places (the hierarchy's drag, the team dialog and
`team lead`): both must ask the same of who changes it and of whom it goes to, write the
same trail and announce the same change. Each rule here runs through both paths."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from factories import Agency, audit_events, small_agency

from agencia.db.database import Database
from agencia.db.uow import recording
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, PermissionDenied, ValidationError
from agencia.services.accounts import queries as svc
from agencia.services.agency.hierarchy import reassign_account
from agencia.services.people.teams import change_lead

# (who, account, new lead, version the person saw) -> the new version
ChangeLead = Callable[[Database, Actor, int, int, int], int]


def _by_drag(db: Database, actor: Actor, account_id: int, staff_id: int, version: int) -> int:
    return reassign_account(db, actor, account_id, staff_id, version).version


def _by_team(db: Database, actor: Actor, account_id: int, staff_id: int, version: int) -> int:
    return change_lead(db, actor, account_id, staff_id, version=version).version


PATHS = pytest.mark.parametrize("change", [_by_drag, _by_team], ids=["hierarchy", "team"])


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def _version(agency: Agency, account_id: int) -> int:
    return svc.get_account(agency.db, agency.actor("lucia"), account_id).version


def _lead(agency: Agency, account_id: int) -> int | None:
    return svc.get_account(agency.db, agency.actor("lucia"), account_id).lead_executive_id


@PATHS
def test_only_a_director_of_the_group_hands_an_account_over(
    agency: Agency, change: ChangeLead
) -> None:
    """The role table gives reassigning accounts to directors alone: the administrator
    (who manages people and teams, not who answers for a client) is refused too."""
    coca = agency.accounts["coca"]
    for who in (agency.admin, agency.actor("alvaro")):
        with pytest.raises(PermissionDenied):
            change(agency.db, who, coca, agency.staff["laura"], _version(agency, coca))
    assert _lead(agency, coca) == agency.staff["alvaro"]
    assert [e for e in audit_events(agency.db, "account", coca) if e.action == "reassign"] == []


@PATHS
def test_a_stale_version_is_refused(agency: Agency, change: ChangeLead) -> None:
    db, lucia = agency.db, agency.actor("lucia")
    coca = agency.accounts["coca"]
    seen = _version(agency, coca)
    change(db, lucia, coca, agency.staff["laura"], seen)
    with pytest.raises(Conflict):  # what the person saw is no longer so
        change(db, lucia, coca, agency.staff["marta"], seen)
    assert _lead(agency, coca) == agency.staff["laura"]


@PATHS
def test_the_new_lead_is_checked_audited_and_announced(agency: Agency, change: ChangeLead) -> None:
    db, lucia = agency.db, agency.actor("lucia")
    coca = agency.accounts["coca"]
    with pytest.raises(ValidationError) as wrong:  # an assistant may not lead
        change(db, lucia, coca, agency.staff["irene"], _version(agency, coca))
    assert wrong.value.field_errors["staff_id"][0] == "reassign.wrong_role"
    with recording() as written:
        change(db, lucia, coca, agency.staff["laura"], _version(agency, coca))
    assert written[0].ids_of(ChangeKind.ACCOUNT) == {coca}
    event = audit_events(db, "account", coca)[-1]
    assert event.action == AuditAction.REASSIGN
    assert event.changes["lead_executive"] == ["Álvaro García Rubio", "Laura Velázquez Gil"]
