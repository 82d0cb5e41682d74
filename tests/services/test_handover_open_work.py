"""A person who leaves hands over their open work too (explore7 M5): open service
requests, open tasks assigned to them and open improvement actions they own go to whoever
takes over, in the same transaction and on the trail; without anyone, the deactivation is
refused naming what is still theirs."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from factories import Agency, small_agency
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Campaign
from agencia.domain.changes import ChangeKind
from agencia.domain.coordination_enums import TaskStatus
from agencia.domain.coordination_models import Task
from agencia.domain.enums import AuditAction, Channel
from agencia.domain.errors import DomainError, ValidationError
from agencia.domain.messages import render
from agencia.domain.models import AuditEvent, Staff
from agencia.domain.satisfaction_enums import ActionStatus
from agencia.domain.satisfaction_models import ImprovementAction
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus
from agencia.domain.service_models import ServiceRequest
from agencia.services.people import handover


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def _work_for(a: Agency, who: int) -> dict[str, int]:
    """On Coca-Cola (Álvaro leads it; Irene is on its team): two open requests and a
    resolved one, an open and a done task, an open and a done improvement action."""
    ids: dict[str, int] = {}
    with unit_of_work(a.db, SYSTEM) as uow:
        s = uow.session
        coca = a.accounts["coca"]

        def request(subject: str, status: RequestStatus) -> int:
            row = ServiceRequest(
                account_id=coca, channel=Channel.EMAIL, kind=RequestKind.REQUEST,
                priority=Priority.HIGH, subject=subject, status=status, assignee_id=who,
            )  # fmt: skip
            s.add(row)
            s.flush()
            return row.id

        ids["open"] = request("Cambiar el logo", RequestStatus.IN_PROGRESS)
        ids["waiting"] = request("Factura de marzo", RequestStatus.WAITING_ON_CLIENT)
        ids["resolved"] = request("Ya resuelta", RequestStatus.RESOLVED)
        campaign = Campaign(
            account_id=coca, name="Verano", code="CC-TEST-1", owner_id=a.staff["alvaro"]
        )
        s.add(campaign)
        s.flush()
        today = date.today()
        for key, status in (("task", TaskStatus.TODO), ("task_done", TaskStatus.DONE)):
            task = Task(
                campaign_id=campaign.id, title=f"Tarea {key}", assignee_id=who,
                start_on=today, due_on=today + timedelta(days=3), status=status,
            )  # fmt: skip
            s.add(task)
            s.flush()
            ids[key] = task.id
        for key, state in (("action", ActionStatus.OPEN), ("action_done", ActionStatus.DONE)):
            action = ImprovementAction(
                account_id=coca, dimension="Plazos", title=f"Mejorar {key}", owner_id=who,
                opened_on=today, due_on=today + timedelta(days=30), status=state,
                opened_gap=Decimal("1.5"),
            )  # fmt: skip
            s.add(action)
            s.flush()
            ids[key] = action.id
    return ids


def test_without_anyone_to_take_over_the_open_work_is_named_and_nothing_changes(
    agency: Agency,
) -> None:
    a = agency
    irene = a.staff["irene"]  # an assistant: no accounts, campaigns or reports of her own
    _work_for(a, irene)
    held = handover.what_they_hold(a.db, a.admin, irene)
    assert (len(held.requests), len(held.tasks), len(held.improvements)) == (2, 1, 1)
    with pytest.raises(DomainError) as refused:
        handover.deactivate_staff(a.db, a.admin, irene)
    assert refused.value.code == "staff.handover_needed_work"
    said = render(refused.value.code, refused.value.params, "es")
    assert "2 solicitudes de servicio abiertas" in said
    assert "1 tarea abierta asignada" in said and "1 acción de mejora abierta" in said
    with unit_of_work(a.db, SYSTEM, write=False) as uow:
        person = uow.session.get(Staff, irene)
        assert person is not None and person.active


def test_the_handover_moves_open_requests_tasks_and_actions_with_the_trail(
    agency: Agency,
) -> None:
    a = agency
    irene, alvaro = a.staff["irene"], a.staff["alvaro"]
    ids = _work_for(a, irene)
    done = handover.deactivate_staff(a.db, a.admin, irene, alvaro)
    assert done.moved is not None and done.to_name == "Álvaro García Rubio"
    assert done.moved.counts()["requests"] == 2
    assert (len(done.moved.tasks), len(done.moved.improvements)) == (1, 1)
    said = render(
        "staff.deactivated_handover",
        {"name": "Irene", "to": done.to_name, "moved": done.moved.phrases("es")},
        "es",
    )
    assert "2 solicitudes de servicio abiertas, 1 tarea abierta asignada" in said
    with unit_of_work(a.db, SYSTEM, write=False) as uow:
        s = uow.session

        def assignee(rid: int) -> int | None:
            row = s.get(ServiceRequest, rid)
            assert row is not None
            return row.assignee_id

        assert assignee(ids["open"]) == alvaro and assignee(ids["waiting"]) == alvaro
        assert assignee(ids["resolved"]) == irene  # finished work keeps who did it
        assert s.scalar(select(Task.assignee_id).where(Task.id == ids["task"])) == alvaro
        assert s.scalar(select(Task.assignee_id).where(Task.id == ids["task_done"])) == irene
        owner = select(ImprovementAction.owner_id).where(ImprovementAction.id == ids["action"])
        assert s.scalar(owner) == alvaro
        trail = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == AuditAction.REASSIGN, AuditEvent.entity_id == ids["open"]
            )
        ).all()
        assert any(e.entity == ChangeKind.SERVICE_REQUEST for e in trail)


def test_a_request_goes_only_to_someone_who_works_on_its_account(agency: Agency) -> None:
    a = agency
    irene, raul = a.staff["irene"], a.staff["raul"]  # Raúl: another group's executive
    ids = _work_for(a, irene)
    with pytest.raises(ValidationError) as refused:
        handover.deactivate_staff(a.db, a.admin, irene, raul)
    code, params = refused.value.field_errors[handover.FIELD]
    assert code == "staff.handover_request" and params["id"] == ids["open"]
    with unit_of_work(a.db, SYSTEM, write=False) as uow:
        row = uow.session.get(ServiceRequest, ids["open"])
        assert row is not None and row.assignee_id == irene  # nothing moved
        person = uow.session.get(Staff, irene)
        assert person is not None and person.active
