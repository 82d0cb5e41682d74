"""A campaign's media plan on both databases: saved whole over the campaign's version, in
order, audited; refusals line by line; who may save it and when."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from campaign_world import Cast, build_cast, new_campaign, version
from factories import audit_events

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import AuditAction, CampaignStatus, MediaChannel
from agencia.domain.errors import Conflict, DomainError, PermissionDenied, ValidationError
from agencia.services.campaigns import flow, media_plan
from agencia.services.campaigns.media_plan import PlanLineInput
from agencia.services.campaigns.queries import get_campaign

PLAN = (
    PlanLineInput(
        MediaChannel.TV, "Spot de 20 s", Decimal("18000.5"), date(2026, 5, 1), date(2026, 6, 15)
    ),
    PlanLineInput("social", "Contenidos y creadores", "6500", date(2026, 5, 1), date(2026, 7, 31)),
    PlanLineInput(MediaChannel.OUTDOOR, "  Mupis en Madrid  ", Decimal(0)),
)


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def test_the_owner_saves_a_plan_that_the_campaign_page_shows_in_order(cast: Cast) -> None:
    cid = new_campaign(cast)
    before = version(cast, cid)
    saved = media_plan.save_plan(cast.db, cast.actor("executive"), cid, PLAN, before)
    assert saved.id == cid and saved.version == before + 1 == version(cast, cid)
    detail = get_campaign(cast.db, cast.actor("executive"), cid)
    assert [line.channel for line in detail.plan] == [
        MediaChannel.TV,
        MediaChannel.SOCIAL,
        MediaChannel.OUTDOOR,
    ]
    assert [line.position for line in detail.plan] == [0, 1, 2]
    assert detail.plan[0].amount == Decimal("18000.50")
    assert detail.plan[2].description == "Mupis en Madrid" and detail.plan[2].starts is None
    assert detail.plan_total == Decimal("24500.50")
    assert media_plan.get_plan(cast.db, cast.actor("supervisor"), cid) == detail.plan
    assert detail.as_json()["media_plan"][1] == {
        "channel": "social",
        "description": "Contenidos y creadores",
        "amount": "6500.00",
        "starts": "2026-05-01",
        "ends": "2026-07-31",
    }
    [event] = audit_events(cast.db, "media_plan", cid)
    assert event.action is AuditAction.UPDATE and event.staff_id == cast.staff["executive"]
    assert event.changes["lines"] == [0, 3] and event.changes["total"] == ["0", "24500.50"]
    assert event.changes["plan"][1][0] == [
        "tv",
        "Spot de 20 s",
        "18000.50",
        "2026-05-01",
        "2026-06-15",
    ]


def test_a_saved_plan_is_replaced_whole_and_an_unchanged_one_is_left_alone(cast: Cast) -> None:
    cid = new_campaign(cast)
    owner = cast.actor("executive")
    v1 = media_plan.save_plan(cast.db, owner, cid, PLAN, version(cast, cid)).version
    same = media_plan.save_plan(cast.db, owner, cid, PLAN, v1)
    assert same.version == v1 and len(audit_events(cast.db, "media_plan", cid)) == 1
    v2 = media_plan.save_plan(cast.db, owner, cid, PLAN[1:][::-1], v1).version
    plan = media_plan.get_plan(cast.db, owner, cid)
    assert [line.channel for line in plan] == [MediaChannel.OUTDOOR, MediaChannel.SOCIAL]
    media_plan.save_plan(cast.db, owner, cid, (), v2)
    assert media_plan.get_plan(cast.db, owner, cid) == ()
    assert get_campaign(cast.db, owner, cid).plan == ()


def test_a_save_over_an_older_version_of_the_campaign_is_refused(cast: Cast) -> None:
    cid = new_campaign(cast)
    seen = version(cast, cid)
    media_plan.save_plan(cast.db, cast.actor("executive"), cid, PLAN, seen)
    with pytest.raises(Conflict):
        media_plan.save_plan(cast.db, cast.actor("supervisor"), cid, PLAN[:1], seen)
    assert len(media_plan.get_plan(cast.db, SYSTEM, cid)) == 3


def test_refusals_name_the_line_and_the_field(cast: Cast) -> None:
    cid = new_campaign(cast)
    bad = (
        PlanLineInput(MediaChannel.TV, "Spot", Decimal(-1)),
        PlanLineInput(MediaChannel.RADIO, "Cuñas", "mil euros", date(2026, 6, 1), date(2026, 5, 1)),
        PlanLineInput("telepatía", "x" * 301, "1e13"),
    )
    with pytest.raises(ValidationError) as refused:
        media_plan.save_plan(cast.db, cast.actor("executive"), cid, bad, version(cast, cid))
    errors = refused.value.field_errors
    assert errors == {
        "lines.0.amount": ("field.amount", {}),
        "lines.1.amount": ("field.amount", {}),
        "lines.1.ends": ("field.date_order", {}),
        "lines.2.channel": ("field.choice", {"value": "telepatía"}),
        "lines.2.description": ("field.too_long", {"max": 300}),
        "lines.2.amount": ("field.amount", {}),
    }
    assert media_plan.field_key(1, "ends") == "lines.1.ends"
    assert media_plan.get_plan(cast.db, SYSTEM, cid) == ()
    too_many = tuple(PlanLineInput(MediaChannel.OTHER) for _ in range(media_plan.MAX_LINES + 1))
    with pytest.raises(ValidationError) as refused:
        media_plan.save_plan(cast.db, cast.actor("executive"), cid, too_many, version(cast, cid))
    assert refused.value.field_errors == {"lines": ("field.too_many", {"max": 60})}


def test_who_may_save_a_plan(cast: Cast) -> None:
    cid = new_campaign(cast)
    with pytest.raises(PermissionDenied):  # assistants do not edit briefs
        media_plan.save_plan(cast.db, cast.actor("assistant"), cid, PLAN, version(cast, cid))
    with pytest.raises(PermissionDenied):  # another group's executive does not see it
        media_plan.save_plan(cast.db, cast.actor("executive_b"), cid, PLAN, version(cast, cid))
    with pytest.raises(PermissionDenied):  # an administrator keeps out of campaigns
        media_plan.save_plan(cast.db, cast.admin, cid, PLAN, version(cast, cid))
    media_plan.save_plan(cast.db, cast.actor("supervisor"), cid, PLAN, version(cast, cid))
    flow.move_campaign(
        cast.db,
        cast.actor("director"),
        cid,
        CampaignStatus.CANCELLED,
        version=version(cast, cid),
        step=flow.ReasonStep("El cliente retira el presupuesto."),
    )
    with pytest.raises(DomainError) as closed:
        media_plan.save_plan(cast.db, cast.actor("executive"), cid, (), version(cast, cid))
    assert closed.value.code == "campaign.closed"
    assert len(media_plan.get_plan(cast.db, cast.actor("executive"), cid)) == 3
