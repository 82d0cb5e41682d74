"""Review: the new `agency.lead_change.hand_account` behind the hierarchy's drag, the
team dialog and `team lead`, and the drag's undo: attacks on who, whom and when."""

from __future__ import annotations

import pytest
from factories import Agency, audit_events, small_agency

from agencia.db.database import Database
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, PermissionDenied, ValidationError
from agencia.services.accounts import queries as svc
from agencia.services.agency.hierarchy import reassign_account, undo_reassign
from agencia.services.people.teams import change_lead


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def _version(agency: Agency, account_id: int) -> int:
    return svc.get_account(agency.db, agency.admin, account_id).version


def test_another_groups_director_can_neither_hand_over_nor_undo(agency: Agency) -> None:
    coca, andino = agency.accounts["coca"], agency.accounts["andino"]
    andres = agency.actor("andres")  # directs Servicios; Coca-Cola is Gran Consumo's
    with pytest.raises(PermissionDenied):
        change_lead(agency.db, andres, coca, agency.staff["laura"])
    done = reassign_account(
        agency.db, agency.actor("lucia"), coca, agency.staff["laura"], _version(agency, coca)
    )
    for who in (andres, agency.admin, agency.actor("marta")):
        with pytest.raises(PermissionDenied):
            undo_reassign(agency.db, who, done)
    with pytest.raises(PermissionDenied):  # nor into her own group's account
        change_lead(agency.db, agency.actor("lucia"), andino, agency.staff["laura"])
    lead = svc.get_account(agency.db, agency.admin, coca).lead_executive_id
    assert lead == agency.staff["laura"]


def test_nobody_deactivated_or_of_another_group_is_made_lead(agency: Agency) -> None:
    coca, lucia = agency.accounts["coca"], agency.actor("lucia")
    for whom, code in (("baja", "reassign.wrong_role"), ("raul", "reassign.other_group")):
        with pytest.raises(ValidationError) as wrong:
            change_lead(agency.db, lucia, coca, agency.staff[whom])
        assert wrong.value.field_errors["staff_id"][0] == code


def test_a_stale_undo_is_refused_and_a_good_one_audited(agency: Agency) -> None:
    coca, lucia = agency.accounts["coca"], agency.actor("lucia")
    done = reassign_account(agency.db, lucia, coca, agency.staff["laura"], _version(agency, coca))
    later = change_lead(agency.db, lucia, coca, agency.staff["marta"])  # `team lead`: as now
    with pytest.raises(Conflict):
        undo_reassign(agency.db, lucia, done)
    assert svc.get_account(agency.db, lucia, coca).version == later.version
    again = reassign_account(agency.db, lucia, coca, agency.staff["laura"], later.version)
    undo_reassign(agency.db, lucia, again)
    trail = [e.action for e in audit_events(agency.db, "account", coca)]
    assert trail.count(AuditAction.REASSIGN) == 4  # three hand-overs and the undo
