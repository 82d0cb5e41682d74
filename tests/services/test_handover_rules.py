"""A handover keeps the rules each record's own form holds (explore 9, H2, H5, M5, M7):
a presented campaign handed to the one who approved it goes back to internal review, as
an owner change through the campaign form does; a group goes only to a director who
directs no other (as `group add` asks); delegations given TO the leaving person end
instead of passing to someone the delegator never chose; an improvement action goes
only to someone who may own it."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from campaign_world import (
    PROPOSAL_PDF,
    Cast,
    add_proposal,
    build_cast,
    move,
    new_campaign,
    ready_for_development,
)
from factories import Agency, add_staff, audit_events, small_agency
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Delegation, StatusChange
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, CampaignStatus, Role
from agencia.domain.errors import ValidationError
from agencia.domain.messages import render
from agencia.domain.models import AccountGroup, Staff
from agencia.domain.satisfaction_enums import ActionStatus
from agencia.domain.satisfaction_models import ImprovementAction
from agencia.services.campaigns import flow
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.queries import get_campaign
from agencia.services.people import group_moves, handover

S = CampaignStatus


# --- H2: a campaign handed to the one who approved it ------------------------------------


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def test_a_presented_campaign_handed_to_its_approver_goes_back_to_internal_review(
    cast: Cast,
) -> None:
    cid = new_campaign(cast)
    ready_for_development(cast, cid)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    add_proposal(cast, cid)
    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    shown = DocumentInput("presentacion.pdf", PROPOSAL_PDF)
    move(cast, "executive", cid, S.PRESENTED, flow.PresentationStep(upload=shown))

    # Elena leaves; Sara, who approved the proposal, takes over
    handover.deactivate_staff(
        cast.db, cast.admin, cast.staff["executive"], cast.staff["supervisor"]
    )
    row = get_campaign(cast.db, SYSTEM, cid).row
    assert row.owner_id == cast.staff["supervisor"]
    assert row.status is S.INTERNAL_REVIEW  # she no longer stands approved on her own work
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        last = uow.session.scalars(
            select(StatusChange)
            .where(StatusChange.campaign_id == cid)
            .order_by(StatusChange.id.desc())
        ).first()
    assert last is not None and (last.from_status, last.to_status) == (
        S.PRESENTED,
        S.INTERNAL_REVIEW,
    )
    assert "nadie aprueba su propio trabajo" in last.comment
    moves = [
        e for e in audit_events(cast.db, ChangeKind.CAMPAIGN, cid) if e.action is AuditAction.MOVE
    ]
    assert moves and moves[-1].changes["reason"] == [None, "review.owner_is_approver"]


# --- H5, M5: a leaving director's group and the delegations she received -----------------


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def _group(a: Agency, key: str) -> AccountGroup:
    with unit_of_work(a.db, SYSTEM, write=False) as uow:
        group = uow.session.get(AccountGroup, a.groups[key])
        assert group is not None
        return group


def test_a_group_is_not_handed_to_the_director_of_another(agency: Agency) -> None:
    a = agency
    lucia, andres = a.staff["lucia"], a.staff["andres"]
    with pytest.raises(ValidationError) as refused:
        handover.deactivate_staff(a.db, a.admin, lucia, andres)
    assert refused.value.field_errors[handover.FIELD] == (
        "group.director_elsewhere", {"name": "Andrés Muñoz Beltrán"}
    )  # fmt: skip
    assert _group(a, "consumo").director_id == lucia  # nothing moved
    # the same rule as `group director` (and `group add`)
    with pytest.raises(ValidationError) as same:
        group_moves.set_director(a.db, a.admin, a.groups["consumo"], andres)
    assert same.value.field_errors["director_id"][0] == "group.director_elsewhere"


def test_a_director_from_another_group_who_directs_none_joins_the_group(agency: Agency) -> None:
    a = agency
    second = add_staff(
        a.db, "Rosa Segunda", Role.ACCOUNT_DIRECTOR, group_id=a.groups["servicios"]
    )  # in Servicios, directing nothing
    handover.deactivate_staff(a.db, a.admin, a.staff["lucia"], second)
    assert _group(a, "consumo").director_id == second
    with unit_of_work(a.db, SYSTEM, write=False) as uow:
        person = uow.session.get(Staff, second)
        assert person is not None and person.group_id == a.groups["consumo"]  # sees it
    joined = [e for e in audit_events(a.db, ChangeKind.STAFF, second) if "group" in e.changes]
    assert joined and joined[-1].changes["group"] == ["Servicios y Tecnología", "Gran Consumo"]


def test_delegations_given_to_the_leaving_person_end_and_never_move(agency: Agency) -> None:
    a = agency
    lucia, andres = a.staff["lucia"], a.staff["andres"]
    new_director = add_staff(a.db, "Mariana Nueva", Role.ACCOUNT_DIRECTOR)
    today = date.today()
    with unit_of_work(a.db, SYSTEM) as uow:
        received = Delegation(
            from_staff_id=andres, to_staff_id=lucia, starts_on=today,
            ends_on=today + timedelta(days=18), reason="Vacaciones de Navidad",
        )  # fmt: skip
        given = Delegation(
            from_staff_id=lucia, to_staff_id=andres, starts_on=today,
            ends_on=today + timedelta(days=5),
        )  # fmt: skip
        uow.session.add_all([received, given])
        uow.session.flush()
        received_id, given_id = received.id, given.id
    done = handover.deactivate_staff(a.db, a.admin, lucia, new_director)
    with unit_of_work(a.db, SYSTEM, write=False) as uow:
        row = uow.session.get(Delegation, received_id)
        assert row is not None and row.revoked and row.to_staff_id == lucia  # not Mariana's
        other = uow.session.get(Delegation, given_id)
        assert other is not None and not other.revoked and other.to_staff_id == andres
    trail = audit_events(a.db, ChangeKind.DELEGATION, received_id)
    assert trail[-1].changes == {"revoked": [False, True]}
    said = done.said("Lucía Fernández Ortega", "es")
    assert said.startswith("Lucía Fernández Ortega, de baja. Pasan a Mariana Nueva:")
    assert "delegación" not in said.split(". Termina")[0]  # nothing of the kind moved
    assert "Termina 1 delegación de aprobación que había recibido" in said
    assert "1 approval delegation they had received ends" in done.said("Lucía", "en")


def test_someone_holding_only_a_delegation_leaves_without_a_successor(agency: Agency) -> None:
    a = agency
    javier = a.staff["javier"]
    with unit_of_work(a.db, SYSTEM) as uow:
        uow.session.add(
            Delegation(from_staff_id=a.staff["lucia"], to_staff_id=a.staff["marta"],
                       starts_on=date.today(), ends_on=date.today() + timedelta(days=3))
        )  # fmt: skip
    marta = a.staff["marta"]
    with unit_of_work(a.db, SYSTEM) as uow:  # her reports go to Javier first
        for person in uow.session.scalars(select(Staff).where(Staff.reports_to_id == marta)):
            person.reports_to_id = javier
    done = handover.deactivate_staff(a.db, a.admin, marta)
    assert done.moved is None and done.ended == 1
    assert done.said("Marta", "es") == (
        "Marta, de baja. Termina 1 delegación de aprobación que había recibido: quien la "
        "dio elige a otra persona."
    )


# --- M7 in a handover: an improvement action to someone who may own it ------------------


def test_an_improvement_action_goes_only_to_someone_who_may_own_it(agency: Agency) -> None:
    a = agency
    irene, raul = a.staff["irene"], a.staff["raul"]  # Raúl: another group's executive
    with unit_of_work(a.db, SYSTEM) as uow:
        action = ImprovementAction(
            account_id=a.accounts["coca"], dimension="Plazos", title="Llamada semanal",
            owner_id=irene, opened_on=date.today(), due_on=date.today() + timedelta(days=9),
            status=ActionStatus.OPEN, opened_gap=Decimal("1.5"),
        )  # fmt: skip
        uow.session.add(action)
        uow.session.flush()
        action_id = action.id
    with pytest.raises(ValidationError) as refused:
        handover.deactivate_staff(a.db, a.admin, irene, raul)
    code, params = refused.value.field_errors[handover.FIELD]
    assert code == "staff.handover_improvement" and params["title"] == "Llamada semanal"
    assert "no trabaja en la cuenta «Coca-Cola»" in render(code, params, "es")
    handover.deactivate_staff(a.db, a.admin, irene, a.staff["alvaro"])
    with unit_of_work(a.db, SYSTEM, write=False) as uow:
        moved = uow.session.get(ImprovementAction, action_id)
        assert moved is not None and moved.owner_id == a.staff["alvaro"]
