"""Pendientes: what waits for the person, grouped, overdue first; the rail's count; Enter
opens the campaign."""

from __future__ import annotations

import pytest
from campaign_world import Cast, build_cast, version
from gui_support import Recorder, make_context, until
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_campaign_board import pipeline

from agencia.areas import ui_modules
from agencia.db.database import Database
from agencia.domain.enums import CampaignStatus
from agencia.services.campaigns import flow
from agencia.ui.pending.area import PendingArea, create

S = CampaignStatus


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def open_pending(qtbot: QtBot, cast: Cast, who: str) -> tuple[PendingArea, Recorder, list[int]]:
    ctx, recorder = make_context(cast.db, cast.actor(who))
    area = create(ctx)
    assert isinstance(area, PendingArea)
    badges: list[int] = []
    area.badge_changed.connect(badges.append)  # as the window does, right after create()
    qtbot.waitUntil(until(lambda: badges))  # counted at start, without opening the page
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    area.activated()
    return area, recorder, badges


def test_pendientes_comes_first_on_the_rail() -> None:
    assert ui_modules()[0] == "agencia.ui.pending.area"


def test_the_supervisor_sees_the_approval_and_its_count(qtbot: QtBot, cast: Cast) -> None:
    ids = pipeline(cast)
    area, recorder, badges = open_pending(qtbot, cast, "supervisor")
    view = area.controller.view
    groups = dict(view.rows())
    assert list(groups) == ["Aprobaciones (1)"]
    assert groups["Aprobaciones (1)"][0][:3] == (
        "Revisar y aprobar la propuesta",
        "Rebranding de envases",
        "Bebidas Sol de Mayo",
    )
    assert badges[-1] == 1
    assert view.summary.text() == "1 asunto espera de usted"
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)  # from the group to its first item
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert recorder.navigations == [("campaigns", ids["review"])]
    # deciding it (through Operations, as every screen does) empties the list and the badge
    cid = ids["review"]
    area.ctx.ops.write(
        lambda db, actor: flow.move_campaign(
            db,
            actor,
            cid,
            S.READY_FOR_CLIENT,
            version=version(cast, cid),
            step=flow.InternalDecisionStep("Adelante"),
        ),
    )
    qtbot.waitUntil(until(lambda: badges[-1] == 0))
    assert view.stack.currentWidget() is view.empty
    assert view.empty.title.text() == "Nada pendiente"


def test_the_executive_sees_deadlines_overdue_first_in_red(qtbot: QtBot, cast: Cast) -> None:
    pipeline(cast)
    area, _recorder, badges = open_pending(qtbot, cast, "executive")
    view = area.controller.view
    groups = dict(view.rows())
    assert list(groups) == [
        "Presentaciones y decisiones del cliente (3)",
        "Fechas límite (2)",
    ]
    deadlines = groups["Fechas límite (2)"]
    assert [(r[0], r[1]) for r in deadlines] == [
        ("Fecha límite vencida", "Verano sin azúcar"),
        ("Fecha límite próxima", "Exterior Madrid y Barcelona"),
    ]
    assert deadlines[0][3].startswith("Vencida: ")
    group = view.model.index(1, 0)
    late = view.model.index(0, 3, group)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert view.model.index(1, 3, group).data(Qt.ItemDataRole.ForegroundRole) is None
    assert badges[-1] == 5
    assert "1 vencida" in view.summary.text()


def test_nothing_pending_says_so(qtbot: QtBot, cast: Cast) -> None:
    pipeline(cast)
    area, _recorder, badges = open_pending(qtbot, cast, "assistant")
    assert badges[-1] == 0
    view = area.controller.view
    assert view.stack.currentWidget() is view.empty
    assert view.empty.title.text() == "Nada pendiente"
