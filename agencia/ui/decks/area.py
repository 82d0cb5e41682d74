"""The decks in the window: no page of their own, only their actions — «Presentación de
agencia…» in Archivo and «Generar presentación…» on the campaign page."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.ui.area import AppContext, Area
from agencia.ui.decks.wiring import DeckActions


class DecksArea(Area):
    id = AreaId.DECKS
    icon_name = "document"
    has_page = False

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.actions = DeckActions(ctx, self)

    def title(self) -> str:
        return ""  # never shown: the decks have no place on the rail

    def widget(self) -> QWidget:
        raise RuntimeError("the decks have no page of their own")


def create(ctx: AppContext) -> Area:
    return DecksArea(ctx)
