"""The coordination page: Mis tareas, the timeline drawn from the real services, a bar
dragged with the mouse that reschedules the task and (asked) what depends on it in one
change, undone as one; the workload's over-capacity weeks; the suppliers; the PDF."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from campaign_world import Cast, build_cast, new_campaign
from coordination_support import open_coordination, open_timeline
from gui_support import until
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.coordination_enums import VendorCategory
from agencia.services.coordination import capacity, queries, tasks, vendors
from agencia.services.coordination.tasks import TaskInput
from agencia.ui.widgets.undo import undo_history

TODAY = date.today()


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def _plan(cast: Cast) -> tuple[int, dict[str, int]]:
    campaign = new_campaign(cast)
    me = cast.actor("executive")
    junior = cast.staff["junior"]
    capacity.set_weekly_hours(cast.db, cast.admin, junior, "10")
    start = TODAY + timedelta(days=7 - TODAY.weekday())  # next Monday
    a = tasks.add_task(
        cast.db, me, campaign,
        TaskInput("Guion", start, start + timedelta(days=2), assignee_id=junior,
                  estimated_hours="16"),
    ).id  # fmt: skip
    b = tasks.add_task(
        cast.db, me, campaign,
        TaskInput("Rodaje", start + timedelta(days=3), start + timedelta(days=4),
                  depends_on={a: 0}),
    ).id  # fmt: skip
    vendors.add_vendor(
        cast.db, me, vendors.VendorInput("Gráficas Alcalá", VendorCategory.PRINTER, "", "Tomás")
    )
    return campaign, {"a": a, "b": b, "start": start.toordinal()}


def test_my_tasks_workload_and_suppliers(qtbot: QtBot, cast: Cast) -> None:
    _plan(cast)
    area, _ = open_coordination(qtbot, cast, "junior")
    page = area.controller.page
    qtbot.waitUntil(until(lambda: page.my_model.rowCount() == 1))
    title, alert, *_, campaign = (
        page.my_model.index(0, c).data() for c in range(page.my_model.columnCount())
    )
    assert (title, campaign) == ("Guion", "Lanzamiento · Bebidas Sol de Mayo")
    assert alert.startswith("⚠ En riesgo")  # 16 h in a week of 10
    workload = page.workload_model
    cells = [
        workload.index(r, c).data()
        for r in range(workload.rowCount())
        for c in range(1, workload.columnCount())
    ]
    assert any(str(c).startswith("⚠ 16 / 10 h") for c in cells)
    area, _ = open_coordination(qtbot, cast, "executive")
    page = area.controller.page
    qtbot.waitUntil(until(lambda: page.vendor_model.rowCount() == 1))
    qtbot.waitUntil(until(lambda: "Gráficas Alcalá" in page.vendor_detail.toPlainText()))


def test_dragging_a_bar_reschedules_it_and_its_dependents_undone_as_one(
    qtbot: QtBot, cast: Cast, tmp_path: Path
) -> None:
    campaign, ids = _plan(cast)
    area, recorder = open_timeline(qtbot, cast)
    controller = area.controller
    page = controller.page
    assert controller.timeline is not None and controller.timeline.campaign_id == campaign
    gantt = page.gantt
    bar = gantt.bars[ids["a"]]
    centre = bar.sceneBoundingRect().center()
    gantt.ensureVisible(bar)
    start = gantt.mapFromScene(centre)
    end = start + QPoint(round(gantt.day_width * 2), 0)  # two days later
    viewport = gantt.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(5, 0))
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    qtbot.waitUntil(until(lambda: controller.dialog is not None))
    box = controller.dialog
    assert isinstance(box, QMessageBox)
    assert "«Guion»" in box.text() and "1 tarea" in box.text()
    shift = next(b for b in box.buttons() if b.text() == "Desplazar también")
    shift.click()
    first = date.fromordinal(ids["start"])

    def dates() -> dict[int, tuple[date, date]]:
        rows = queries.timeline(cast.db, cast.actor("executive"), campaign).tasks
        return {r.id: (r.start, r.due) for r in rows}

    moved = {
        ids["a"]: (first + timedelta(days=2), first + timedelta(days=4)),
        ids["b"]: (first + timedelta(days=5), first + timedelta(days=6)),
    }
    qtbot.waitUntil(until(lambda: dates() == moved))
    assert recorder.toasts[-1] == "Reprogramada: Guion"
    history = undo_history(controller.ctx)
    assert history.stack.undoText() == "Reprogramar «Guion»"
    history.undo()
    assert dates() == {
        ids["a"]: (first, first + timedelta(days=2)),
        ids["b"]: (first + timedelta(days=3), first + timedelta(days=4)),
    }
    history.redo()
    assert dates() == moved
    pdf = controller.print_to(tmp_path / "cronograma.pdf")
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    assert "Lanzamiento" in reader.pages[0].extract_text()


def test_zoom_by_month_draws_the_same_bars_narrower(qtbot: QtBot, cast: Cast) -> None:
    _plan(cast)
    area, _ = open_coordination(qtbot, cast)
    controller = area.controller
    qtbot.waitUntil(until(lambda: controller.timeline is not None))
    gantt = controller.page.gantt
    week = {k: b.rect().width() for k, b in gantt.bars.items()}
    controller.page.zoom_box.setCurrentIndex(1)
    month = {k: b.rect().width() for k, b in gantt.bars.items()}
    assert set(week) == set(month) and all(month[k] < week[k] for k in week)
    assert "Fin previsto" in controller.page.summary.text()
