"""The campaign deck's timeline from the campaign's tasks and milestones (coordination):
each task with its team when they are few, one bar per team when they are many, the
internal review kept out of the client's deck, and the real PDF carrying them."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from campaign_world import Cast, build_cast, new_campaign
from pypdf import PdfReader

from agencia.db.database import Database
from agencia.decks import DeckOptions
from agencia.domain.coordination_enums import MilestoneKind
from agencia.domain.enums import Department
from agencia.services.coordination import tasks
from agencia.services.coordination.tasks import TaskInput
from agencia.services.decks.build import build_deck
from agencia.services.decks.campaign_content import WORK_ROWS, campaign_content

DAY = date(2026, 3, 2)


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def _plan(cast: Cast, campaign: int, many: bool = False) -> None:
    me = cast.actor("executive")
    for n in range(WORK_ROWS + 5 if many else 3):
        team = (Department.CREATIVE, Department.PRODUCTION)[n % 2]
        start = DAY + timedelta(days=2 * n)
        data = TaskInput(f"Pieza {n + 1}", start, start + timedelta(days=1), team=team)
        tasks.add_task(cast.db, me, campaign, data)
    for kind, offset in ((MilestoneKind.INTERNAL_REVIEW, 5), (MilestoneKind.PRESENTATION, 9)):
        on = DAY + timedelta(days=offset)
        tasks.add_task(cast.db, me, campaign, TaskInput(kind.value, on, on, milestone=kind))


def test_the_timeline_uses_the_tasks_and_milestones(cast: Cast) -> None:
    campaign = new_campaign(cast)
    assert campaign_content(cast.db, cast.actor("executive"), campaign, today=DAY).work == ()
    _plan(cast, campaign)
    content = campaign_content(cast.db, cast.actor("executive"), campaign, lang="en", today=DAY)
    assert [(w.name, w.team, w.milestone) for w in content.work] == [
        ("Pieza 1", "Creative", False),
        ("Pieza 2", "Production", False),
        ("Pieza 3", "Creative", False),
        ("Internal review", "", True),
        ("Presentation to the client", "", True),
    ]
    assert [w.internal for w in content.work] == [False, False, False, True, False]
    pdf = build_deck(cast.db, cast.actor("executive"), "campaign", campaign,
                     DeckOptions(lang="en"), today=DAY)  # fmt: skip
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Pieza 3" in text and "Presentation to the client" in text
    assert "Internal review" not in text  # the client's deck: no internal review


def test_many_tasks_show_as_one_bar_per_team(cast: Cast) -> None:
    campaign = new_campaign(cast)
    _plan(cast, campaign, many=True)
    work = campaign_content(cast.db, cast.actor("executive"), campaign, today=DAY).work
    bars = [w for w in work if not w.milestone]
    assert [(w.name, w.team) for w in bars] == [
        ("Creatividad", f"{(WORK_ROWS + 6) // 2} tareas"),
        ("Producción", f"{(WORK_ROWS + 5) // 2} tareas"),
    ]
    last = 2 * (WORK_ROWS + 4)  # the 35th task's first day, a creative one
    assert (bars[0].starts, bars[0].ends) == (DAY, DAY + timedelta(days=last + 1))
    assert (bars[1].starts, bars[1].ends) == (DAY + timedelta(2), DAY + timedelta(days=last - 1))
