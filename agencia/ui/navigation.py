"""What each area's page shows, told to the others in typed form.

Areas never import one another. One that acts on another's record listens here instead:
the campaigns area's «Campañas de la cuenta» follows the account whose page shows, the
decks' «Generar presentación…» the campaign whose page shows. Opening another area's
record goes through `AppContext.navigate(AreaId, record_id)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from agencia.domain.areas import AreaId


@dataclass(frozen=True, slots=True)
class Shown:
    """The record `area`'s page shows now; `record_id` None while it shows none (its list,
    or the area is not on screen)."""

    area: AreaId
    record_id: int | None = None
    title: str = ""  # the record's name as its page shows it


class ShownRecords(QObject):
    """Signals: `changed(Shown)` when an area's page starts or stops showing a record."""

    changed = Signal(object)  # Shown

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now: dict[AreaId, Shown] = {}

    def show(self, area: AreaId, record_id: int | None, title: str = "") -> None:
        """`area`'s page shows `record_id` now (None: no record)."""
        shown = Shown(area, record_id, title if record_id is not None else "")
        if self._now.get(area, Shown(area)) == shown:
            return
        self._now[area] = shown
        self.changed.emit(shown)

    def now(self, area: AreaId) -> Shown:
        """What `area`'s page shows."""
        return self._now.get(area, Shown(area))
