"""A plan's dates stay in the calendar: a task due 9999-12-31 was accepted, then every
list and schedule of its campaign failed for everyone (a day added overflowed)."""

from __future__ import annotations

from datetime import date

import pytest
from campaign_world import Cast, build_cast, new_campaign

from agencia.db.database import Database
from agencia.domain.errors import ValidationError
from agencia.services.campaigns.campaign_edit import CampaignInput, validate_campaign
from agencia.services.coordination import queries, tasks
from agencia.services.coordination.tasks import TaskInput

TODAY = date(2026, 3, 1)


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def test_a_task_beyond_the_calendar_is_refused_and_the_plan_still_reads(cast: Cast) -> None:
    campaign = new_campaign(cast)
    me = cast.actor("executive")
    kept = tasks.add_task(
        cast.db, me, campaign, TaskInput("Rodaje", date(2026, 3, 2), date(2026, 3, 4))
    ).id
    for start, due, field in (
        (date(2026, 3, 2), date(9999, 12, 31), "due_on"),
        (date(1, 1, 1), date(2026, 3, 4), "start_on"),
    ):
        with pytest.raises(ValidationError) as refused:
            tasks.add_task(cast.db, me, campaign, TaskInput("Fuera", start, due))
        assert refused.value.field_errors[field][0] == "field.date_range"
    with pytest.raises(ValidationError) as refused:
        tasks.set_dates(cast.db, me, campaign, {kept: (date(2026, 3, 2), date(9999, 12, 31))})
    assert refused.value.field_errors["due_on"][0] == "field.date_range"
    timeline = queries.timeline(cast.db, me, campaign, TODAY)
    assert [(t.start, t.due) for t in timeline.tasks] == [(date(2026, 3, 2), date(2026, 3, 4))]


def test_a_campaign_beyond_the_calendar_is_refused() -> None:
    errors = validate_campaign(
        CampaignInput(account_id=1, name="Eterna", deadline=date(9999, 12, 31))
    )
    assert errors["deadline"] == ("field.date_range", {"first": 1900, "last": 2199})
    assert "start_date" not in errors
