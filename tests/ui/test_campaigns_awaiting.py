"""Pendientes' «y N más» lines open the campaigns list on exactly the campaigns awaiting the
person's approval — a filter the list names and can clear — not on every campaign in the
status the approvals wait in."""

from __future__ import annotations

import pytest
from campaign_world import BRIEF, Cast, add_proposal, build_cast, move, new_campaign
from gui_support import until
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_campaigns_list import open_campaigns

from agencia.db.database import Database
from agencia.domain.areas import AreaId
from agencia.domain.enums import CampaignStatus
from agencia.domain.messages import render
from agencia.services.campaigns.briefs import save_brief
from agencia.services.campaigns.queries import CampaignQuery, search_campaign_ids
from agencia.ui.widgets.places import Place, request_place

S = CampaignStatus


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    """Three of the executive's campaigns in brief: two whose briefs await the supervisor,
    one with no brief written yet (nothing to approve); and one in internal review with a
    proposal awaiting her."""
    cast = build_cast(sqlite_db)
    cast.staff["c_small"] = new_campaign(cast, name="Pequeña", budget="40000")
    cast.staff["c_big"] = new_campaign(cast, name="Grande", budget="120000")
    cast.staff["c_bare"] = new_campaign(cast, name="Sin brief")
    for name in ("c_small", "c_big"):
        save_brief(cast.db, cast.actor("executive"), cast.staff[name], BRIEF, None)
    review = cast.staff["c_review"] = new_campaign(cast, name="En revisión")
    save_brief(cast.db, cast.actor("executive"), review, BRIEF, None)
    from agencia.domain.enums import Decision
    from agencia.services.campaigns import flow

    flow.decide_brief(cast.db, cast.actor("supervisor"), review, 1, Decision.APPROVED)
    move(cast, "executive", review, S.IN_DEVELOPMENT)
    add_proposal(cast, review)
    move(cast, "executive", review, S.INTERNAL_REVIEW)
    return cast


def _from_pendientes(area: object, statuses: str) -> None:
    """What Pendientes' «y N más» line asks (ui/pending: a place on the list, record 0)."""
    ctx = area.ctx  # type: ignore[attr-defined]
    request_place(ctx, Place(AreaId.CAMPAIGNS, 0, "statuses", statuses))
    area.open_record(0)  # type: ignore[attr-defined]


def test_the_service_lists_only_what_awaits_the_person(cast: Cast) -> None:
    supervisor = cast.actor("supervisor")
    briefs = search_campaign_ids(cast.db, supervisor, CampaignQuery(awaiting="brief"))
    assert sorted(briefs) == sorted([cast.staff["c_small"], cast.staff["c_big"]])
    proposals = search_campaign_ids(cast.db, supervisor, CampaignQuery(awaiting="proposal"))
    assert proposals == [cast.staff["c_review"]]
    executive = cast.actor("executive")  # approves nothing
    assert search_campaign_ids(cast.db, executive, CampaignQuery(awaiting="brief")) == []


def test_more_briefs_opens_the_list_on_those_awaiting_her(qtbot: QtBot, cast: Cast) -> None:
    area, controller, _ = open_campaigns(qtbot, cast, "supervisor")
    view, model = controller.list_view, controller.model
    _from_pendientes(area, "brief")
    qtbot.waitUntil(until(lambda: model.loaded and model.query.awaiting == "brief"))
    assert sorted(model.ids()) == sorted([cast.staff["c_small"], cast.staff["c_big"]])
    assert cast.staff["c_bare"] not in model.ids()  # in brief too, but nothing to approve
    assert not view.mine.isChecked()
    assert view.awaiting_filter.isVisible()
    assert view.awaiting_filter.text() == render("campaigns.awaiting_briefs", lang="es")
    assert view.clear_filters.isVisible()
    view.awaiting_filter.click()  # the filter cleared: every campaign she sees
    qtbot.waitUntil(until(lambda: model.loaded and model.query.awaiting == ""))
    assert not view.awaiting_filter.isVisible()
    assert {cast.staff[n] for n in ("c_small", "c_big", "c_bare")} <= set(model.ids())


def test_more_proposals_opens_those_awaiting_review_and_clear_filters_ends_it(
    qtbot: QtBot, cast: Cast
) -> None:
    area, controller, _ = open_campaigns(qtbot, cast, "supervisor")
    view, model = controller.list_view, controller.model
    _from_pendientes(area, "internal_review")
    qtbot.waitUntil(until(lambda: model.loaded and model.query.awaiting == "proposal"))
    assert model.ids() == [cast.staff["c_review"]]
    assert view.awaiting_filter.text() == render("campaigns.awaiting_proposals", lang="es")
    qtbot.mouseClick(view.clear_filters, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(until(lambda: model.loaded and model.query.awaiting == ""))
    assert not view.awaiting_filter.isVisible()
    assert len(model.ids()) == 4


def test_the_filter_reads_in_english() -> None:
    assert render("campaigns.awaiting_briefs", lang="en") == "Briefs awaiting your approval"
    assert render("campaigns.awaiting_proposals", lang="en") == "Proposals awaiting your review"
