"""How areas reach one another without importing one another: typed action ids, actions
offered on another area's page, and the records each page shows."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from agencia.domain.areas import AreaId
from agencia.ui.actions import ActionId, ActionRegistry, ActionSpec
from agencia.ui.navigation import Shown, ShownRecords


def test_every_area_has_its_go_to_action_id() -> None:
    assert {ActionId.go_to(area) for area in AreaId} <= set(ActionId)
    assert ActionId.go_to(AreaId.TEAM) is ActionId.GO_TEAM


def test_an_action_offered_on_a_page_reaches_it_before_and_after_the_page_asks(
    qapp: QApplication,
) -> None:
    registry = ActionRegistry()
    early = registry.register(
        ActionSpec(ActionId.DECK_CAMPAIGN, "Generar", header=AreaId.CAMPAIGNS), lambda: None
    )
    registry.register(ActionSpec(ActionId.DECK_AGENCY, "Agencia"), lambda: None)
    shown: list[QAction] = []
    registry.contributions(AreaId.CAMPAIGNS, shown.append)
    late = registry.register(
        ActionSpec(ActionId.CAMPAIGNS_OF_ACCOUNT, "Campañas", header=AreaId.ACCOUNTS),
        lambda: None,
    )
    later = registry.register(
        ActionSpec(ActionId.CAMPAIGNS_EDIT, "Editar", header=AreaId.CAMPAIGNS), lambda: None
    )
    assert shown == [early, later] and late not in shown


def test_what_a_page_shows_is_told_once_per_change() -> None:
    shown = ShownRecords()
    told: list[Shown] = []
    shown.changed.connect(told.append)
    assert shown.now(AreaId.ACCOUNTS) == Shown(AreaId.ACCOUNTS)
    shown.show(AreaId.ACCOUNTS, 7, "Bebidas Sol de Mayo")
    shown.show(AreaId.ACCOUNTS, 7, "Bebidas Sol de Mayo")  # the same: not told again
    shown.show(AreaId.ACCOUNTS, None, "ignored without a record")
    assert told == [
        Shown(AreaId.ACCOUNTS, 7, "Bebidas Sol de Mayo"),
        Shown(AreaId.ACCOUNTS, None, ""),
    ]
    assert shown.now(AreaId.CAMPAIGNS).record_id is None
