"""Warming the campaign page's read (at idle, when the area is built) reads a campaign the
person sees — one with proposals when there is one — and nothing when they see none; the
page read afterwards is the same as without it. On both databases."""

from __future__ import annotations

from datetime import date

import pytest
from campaign_world import Cast, add_proposal, build_cast, new_campaign

from agencia.db.database import Database
from agencia.services.campaigns.meetings import MeetingInput, save_meeting
from agencia.services.campaigns.queries import get_campaign
from agencia.services.campaigns.warm import sample_campaign, warm_campaign_page


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def test_nothing_to_warm_for_someone_who_sees_no_campaign(cast: Cast) -> None:
    assert warm_campaign_page(cast.db, cast.actor("director")) is None
    new_campaign(cast)  # group A's: group B's director does not see it
    assert warm_campaign_page(cast.db, cast.actor("director_b")) is None


def test_warms_a_campaign_the_person_sees_and_changes_nothing(cast: Cast) -> None:
    campaign_id = new_campaign(cast)
    director = cast.actor("director")
    before = get_campaign(cast.db, director, campaign_id)
    assert warm_campaign_page(cast.db, director) == campaign_id
    assert get_campaign(cast.db, director, campaign_id) == before


def test_the_sample_prefers_a_campaign_with_more_to_read(cast: Cast) -> None:
    """One with actas and proposals runs the page's every statement; else any."""
    plain = new_campaign(cast, name="Sin nada")
    director = cast.actor("director")
    assert sample_campaign(cast.db, director) == plain
    full = new_campaign(cast, name="Con acta y propuesta")
    add_proposal(cast, full)
    assert sample_campaign(cast.db, director) == plain  # a proposal alone is not enough
    meeting = MeetingInput(
        held_on=date(2026, 11, 20),
        subject="Presentación del brief",
        staff_ids=(cast.staff["executive"],),
        contact_ids=(cast.contact_id,),
    )
    save_meeting(cast.db, cast.actor("executive"), full, meeting)
    assert sample_campaign(cast.db, director) == full
