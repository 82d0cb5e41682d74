"""Opening a record exactly where the work is: its tab, and the document in it.

`AppContext.navigate(area, record_id)` opens a record; a place says more — which part of
its page ("proposals", "meetings", "contacts"…) and which item there (an acta's subject, a
contact's id) — without the asking area importing the one that shows it:

    request_place(ctx, Place(AreaId.CAMPAIGNS, campaign_id, "meetings", subject))

leaves the place with the window's `Places` and navigates; the page that opens the record
takes it once its record has arrived (`take_place(ctx, area, record_id)`) and shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from agencia.domain.areas import AreaId

if TYPE_CHECKING:
    from agencia.ui.area import AppContext


@dataclass(frozen=True, slots=True)
class Place:
    area: AreaId
    record_id: int
    where: str = ""  # the part of the record's page: a tab's name
    item: str = ""  # what to choose there (a step's text, a contact's id)
    item_id: int | None = None  # …or its id, when the record's page lists it (an acta)


class Places(QObject):
    """The place asked for and not yet shown (one per window)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("places")
        self.wanted: Place | None = None


def _places(ctx: AppContext) -> Places:
    found = ctx.actions.findChild(Places, "places")
    return found if isinstance(found, Places) else Places(ctx.actions)


def request_place(ctx: AppContext, place: Place) -> None:
    """Open `place.record_id` in `place.area`, at `place.where`."""
    _places(ctx).wanted = place
    ctx.navigate(place.area, place.record_id)


def take_place(ctx: AppContext, area: AreaId, record_id: int) -> Place | None:
    """The place wanted on this record, once (None when the record was opened plainly)."""
    places = _places(ctx)
    wanted = places.wanted
    if wanted is None or wanted.area != area or wanted.record_id != record_id:
        return None
    places.wanted = None
    return wanted
