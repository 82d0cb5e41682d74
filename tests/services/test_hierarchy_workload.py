"""The hierarchy's workload (accounts led, open campaigns owned) and a reassignment undone:
the lead back, the one it went to off the team if they joined with it, audited."""

from __future__ import annotations

import pytest
from factories import Agency, audit_events, small_agency

from agencia.db.database import Database
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, PermissionDenied
from agencia.services.accounts import queries as svc
from agencia.services.agency.hierarchy import hierarchy, reassign_account, undo_reassign
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def test_each_person_carries_their_workload(agency: Agency) -> None:
    db, lucia = agency.db, agency.actor("lucia")
    alvaro = agency.actor("alvaro")
    for name in ("Verano", "Navidad"):
        create_campaign(db, alvaro, CampaignInput(agency.accounts["coca"], name))
    people = {p.id: p for p in hierarchy(db, lucia)}
    mine = people[agency.staff["alvaro"]]
    assert (len(mine.accounts), mine.open_campaigns) == (3, 2)
    assert people[agency.staff["laura"]].open_campaigns == 0


def test_a_reassignment_is_undone_whole(agency: Agency) -> None:
    db, lucia = agency.db, agency.actor("lucia")
    coca = agency.accounts["coca"]
    laura, alvaro = agency.staff["laura"], agency.staff["alvaro"]
    before = {t.staff_id: t.part.value for t in svc.get_account(db, lucia, coca).team}
    assert laura not in before
    done = reassign_account(db, lucia, coca, laura, svc.get_account(db, lucia, coca).version)
    assert (done.previous_lead_id, done.joined_team) == (alvaro, True)
    with pytest.raises(PermissionDenied):  # only who may reassign may undo
        undo_reassign(db, agency.actor("alvaro"), done)
    undo_reassign(db, lucia, done)
    detail = svc.get_account(db, lucia, coca)
    assert detail.lead_executive_id == alvaro
    assert {t.staff_id: t.part.value for t in detail.team} == before
    event = audit_events(db, "account", coca)[-1]
    assert event.action == AuditAction.REASSIGN and event.changes["undo"] == [None, True]
    with pytest.raises(Conflict):  # twice: the account moved on since
        undo_reassign(db, lucia, done)


def test_an_undo_after_someone_else_changed_it_is_refused(agency: Agency) -> None:
    db, lucia = agency.db, agency.actor("lucia")
    coca = agency.accounts["coca"]
    done = reassign_account(
        db, lucia, coca, agency.staff["laura"], svc.get_account(db, lucia, coca).version
    )
    reassign_account(db, lucia, coca, agency.staff["marta"], done.version)
    with pytest.raises(Conflict):
        undo_reassign(db, lucia, done)
    assert svc.get_account(db, lucia, coca).lead_executive_id == agency.staff["marta"]
