"""The campaigns list's filters: several states at once, «Quitar filtros» (the search,
the states, the account and «Solo abiertas» in one go), «Mis campañas» remembered."""

from __future__ import annotations

from campaign_world import Cast
from gui_support import until
from pytestqt.qtbot import QtBot
from test_campaigns_list import S, cast, names, open_campaigns  # noqa: F401  (the fixture)


def test_several_states_at_once_and_clear_filters(qtbot: QtBot, cast: Cast) -> None:  # noqa: F811
    _area, controller, _ = open_campaigns(qtbot, cast, "supervisor")
    view, model = controller.list_view, controller.model
    view.mine.setChecked(False)
    qtbot.waitUntil(until(lambda: len(names(model)) == 2))
    assert not view.clear_filters.isVisible()
    view.status_filter.set_chosen([S.IN_DEVELOPMENT.value, S.BRIEF.value])
    view.status_filter.choices_changed.emit()
    qtbot.waitUntil(until(lambda: view.clear_filters.isVisible()))
    assert sorted(names(model)) == ["Lanzamiento Isotónica", "Navidad en familia"]
    assert view.status_filter.summary() == "Estado (2)"
    view.status_filter.set_chosen([S.IN_DEVELOPMENT.value])
    view.status_filter.choices_changed.emit()
    qtbot.waitUntil(until(lambda: names(model) == ["Lanzamiento Isotónica"]))
    view.open_only.setChecked(True)
    view.clear_filters.click()
    qtbot.waitUntil(until(lambda: len(names(model)) == 2))
    assert view.status_filter.chosen() == [] and not view.open_only.isChecked()
    assert not view.clear_filters.isVisible() and not view.mine.isChecked()


def test_mis_campanas_is_remembered(qtbot: QtBot, cast: Cast) -> None:  # noqa: F811
    first = open_campaigns(qtbot, cast, "supervisor")[1].list_view
    assert first.mine.isChecked()
    first.mine.setChecked(False)
    assert not open_campaigns(qtbot, cast, "supervisor")[1].list_view.mine.isChecked()
