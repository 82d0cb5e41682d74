"""A bar's drag is previewed (what else it moves, for «¿Desplazar también…?») under the
rules its save applies, on SQLite and PostgreSQL: a closed campaign, or a start before
what the task waits for (still open) lets it start, is refused by the preview — the
window used to ask about the dependents and then have the save refuse the move."""

from __future__ import annotations

from datetime import date

import pytest
from campaign_world import Cast, build_cast, move, new_campaign

from agencia.db.database import Database
from agencia.domain.enums import CampaignStatus
from agencia.domain.errors import DomainError, ValidationError
from agencia.services.campaigns import flow
from agencia.services.coordination import tasks
from agencia.services.coordination.tasks import TaskInput

D = date


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _net(cast: Cast) -> tuple[int, int, int]:
    """Rodaje (14–16 Dec) → Montaje (17–18)."""
    campaign = new_campaign(cast)
    me = cast.actor("executive")
    a = tasks.add_task(cast.db, me, campaign, TaskInput("Rodaje", D(2026, 12, 14), D(2026, 12, 16)))
    b = tasks.add_task(
        cast.db, me, campaign,
        TaskInput("Montaje", D(2026, 12, 17), D(2026, 12, 18), depends_on={a.id: 0}),
    )  # fmt: skip
    return campaign, a.id, b.id


def test_the_preview_refuses_a_start_before_what_the_task_waits_for(cast: Cast) -> None:
    _campaign, _a, b = _net(cast)
    with pytest.raises(ValidationError) as why:
        tasks.preview_reschedule(cast.db, cast.actor("executive"), b, D(2026, 12, 1))
    code, params = why.value.field_errors["start_on"]
    assert (code, params) == (
        "task.starts_before_predecessor",
        {"task": "Rodaje", "first": "2026-12-17"},
    )


def test_the_preview_refuses_a_closed_campaigns_task(cast: Cast) -> None:
    campaign, a, _b = _net(cast)
    move(cast, "director", campaign, CampaignStatus.CANCELLED, flow.ReasonStep("Congelada"))
    with pytest.raises(DomainError) as why:
        tasks.preview_reschedule(cast.db, cast.actor("executive"), a, D(2026, 12, 15))
    assert why.value.code == "task.campaign_closed"
