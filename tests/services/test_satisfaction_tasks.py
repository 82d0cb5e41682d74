"""An improvement action made a coordination task, on SQLite and PostgreSQL: the task
carries the action's title, owner and due date on a campaign of the action's account;
another account's campaign, an action that already has its task and an agency-wide action
are refused with nothing written; closing the task leaves the action open."""

from __future__ import annotations

from datetime import date

import pytest
from campaign_world import Cast, build_cast, new_campaign
from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.coordination_enums import TaskStatus
from agencia.domain.coordination_models import Task
from agencia.domain.errors import Conflict, PermissionDenied, ValidationError
from agencia.domain.satisfaction_enums import ActionStatus
from agencia.domain.satisfaction_models import ImprovementAction
from agencia.services.coordination import tasks
from agencia.services.satisfaction import improvements
from agencia.services.satisfaction.improvement_tasks import task_from_improvement

TODAY = date(2026, 3, 1)
DUE = date(2026, 4, 10)


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _action(
    cast: Cast, account_id: int | None, who: str = "director", owner: str = "executive"
) -> int:
    data = improvements.ActionInput(
        dimension="Empatía",
        title="Reunión mensual con el cliente",
        owner_id=cast.staff[owner],
        due_on=DUE,
        opened_gap=-1.5,
        account_id=account_id,
        opened_on=TODAY,
    )
    return improvements.open_action(cast.db, cast.actor(who), data).id


def _stored(cast: Cast, action_id: int) -> tuple[ImprovementAction, int]:
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        action = uow.session.get(ImprovementAction, action_id)
        assert action is not None
        count = uow.session.scalar(select(func.count()).select_from(Task)) or 0
        return action, count


def test_an_action_becomes_its_campaign_s_task(cast: Cast) -> None:
    campaign = new_campaign(cast)
    action_id = _action(cast, cast.account_id)
    task_id = task_from_improvement(cast.db, cast.actor("director"), action_id, campaign, TODAY).id
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        task = uow.session.get(Task, task_id)
        assert task is not None
        assert task.campaign_id == campaign
        assert task.title == "Reunión mensual con el cliente"
        assert task.assignee_id == cast.staff["executive"]
        assert (task.start_on, task.due_on) == (TODAY, DUE)
    action, count = _stored(cast, action_id)
    assert action.task_id == task_id and count == 1
    with pytest.raises(Conflict) as again:
        task_from_improvement(cast.db, cast.actor("director"), action_id, campaign, TODAY)
    assert again.value.code == "improvement.has_task" and again.value.params["task"] == task_id
    assert _stored(cast, action_id)[1] == 1
    tasks.set_status(cast.db, cast.actor("executive"), task_id, TaskStatus.DONE)
    [row] = improvements.list_actions(cast.db, cast.actor("director"), today=TODAY)
    assert row.status is ActionStatus.OPEN


def test_another_account_s_campaign_is_refused_and_nothing_written(cast: Cast) -> None:
    campaign = new_campaign(cast)
    other = _action(cast, cast.other_account_id, who="director_b", owner="executive_b")
    with pytest.raises(ValidationError) as refused:
        task_from_improvement(cast.db, cast.actor("director_b"), other, campaign, TODAY)
    assert refused.value.field_errors["campaign_id"][0] == "improvement.other_account"
    agency_wide = _action(cast, None, who="director")
    with pytest.raises(ValidationError) as refused:
        task_from_improvement(cast.db, cast.actor("director"), agency_wide, campaign, TODAY)
    assert refused.value.field_errors["campaign_id"][0] == "improvement.no_account"
    mine = _action(cast, cast.account_id)
    with pytest.raises(PermissionDenied):
        task_from_improvement(cast.db, cast.actor("executive_b"), mine, campaign, TODAY)
    for action_id in (other, agency_wide, mine):
        action, count = _stored(cast, action_id)
        assert action.task_id is None and count == 0
