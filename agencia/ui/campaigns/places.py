"""Where a Pendientes item's work is on the campaign's page: the tab, and the proposal or
acta in it (`ui/widgets/places.py` carries the place; this shows it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agencia.ui.campaigns.detail_view import TAB_APPROVALS, TAB_MEETINGS, TAB_PROPOSALS
from agencia.ui.widgets.doc_widgets import select_row
from agencia.ui.widgets.places import Place

if TYPE_CHECKING:
    from agencia.ui.campaigns.detail_view import CampaignDetailView

TABS = {"approvals": TAB_APPROVALS, "proposals": TAB_PROPOSALS, "meetings": TAB_MEETINGS}


def show_place(view: CampaignDetailView, place: Place) -> None:
    tab = TABS.get(place.where)
    if tab is None:
        return
    view.tabs.setCurrentIndex(tab)
    if place.where == "proposals":
        tab_view = view.proposals_tab
        rows = tab_view.versions_model.rows()
        if rows:  # the latest version: the one under review
            latest = max(range(len(rows)), key=lambda n: rows[n].number)
            select_row(tab_view.versions, latest)
    elif place.where == "meetings" and place.item_id is not None:
        view.meetings_tab.select_meeting(place.item_id)
    elif place.where == "meetings" and place.item:
        meetings = view.meetings_tab
        for n, meeting in enumerate(meetings.model.rows()):
            steps = [s.description for s in meeting.next_steps]
            if place.item == meeting.subject or place.item in steps:
                select_row(meetings.list, n)
                break
