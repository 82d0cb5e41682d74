"""Tabs an area adds to another area's record page — the account page's «Satisfacción»
is the satisfaction area's — without either importing the other.

The area names the tab in its declaration (`AreaSpec.tabs`: the page's area and a
``create(ctx) -> AreaTab``); the host page asks `contributed_tabs` once and adds what
comes back. A tab follows the record the host page shows by itself (`AppContext.shown`),
and loads only while it is in sight.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.ui.area import AppContext


class AreaTab(QWidget):
    """One contributed tab: its label on the host page's tab bar, and a tooltip."""

    def title(self) -> str:
        raise NotImplementedError

    def tooltip(self) -> str:
        return ""


def contributed_tabs(ctx: AppContext, page: AreaId) -> list[AreaTab]:
    """The tabs the other areas add to `page`'s record page, in the list's order."""
    from agencia.areas import resolve, tabs_for

    return [resolve(ref)(ctx) for ref in tabs_for(page)]
