"""Coordination, Datos and Satisfacción that fit: the real main window on the demo agency
at 1280×800 and 1024×700, each tab measured with the shared measures of
test_screens_fit — no column a user needs hidden, no title cut, nothing past the right
edge, every button's text whole — and grabbed as a picture (`tmp_path`) to look at."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
import test_screens_fit as screens
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget
from test_screens_fit import SIZES, assert_fits, grab, header_of, pump, settled

# the real window on a copy of the demo agency, as test_screens_fit opens it
_demo_file, demo_db, open_window = screens._demo_file, screens.demo_db, screens.open_window


def assert_whole(widgets: Iterable[QWidget], what: str) -> None:
    """Every shown button or combo box as wide as its text needs, and inside the window
    (once the window has settled)."""
    widgets = list(widgets)
    settled(lambda: _whole_now(widgets, what))


def _whole_now(widgets: Iterable[QWidget], what: str) -> None:
    for widget in widgets:
        if not widget.isVisible():
            continue
        text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()  # type: ignore[attr-defined]
        assert widget.width() >= widget.sizeHint().width(), (
            f"{what}: «{text}» cut",
            widget.width(),
            widget.sizeHint().width(),
        )
        window = widget.window()
        right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
        assert right <= window.width() + 1, f"{what}: «{text}» runs off the window"


def assert_elided_with_tooltip(view, columns: Iterable[int], what: str) -> None:  # type: ignore[no-untyped-def]
    """The `columns`' cells that do not fit whole carry their whole text as a tooltip
    (once the window has settled)."""
    columns = list(columns)
    settled(lambda: _tooltips_now(view, columns, what))


def _tooltips_now(view, columns: Iterable[int], what: str) -> None:  # type: ignore[no-untyped-def]
    header = header_of(view)
    model = view.model()
    for column in columns:
        if header.sectionSize(column) >= view.sizeHintForColumn(column):
            continue
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            wide = view.fontMetrics().horizontalAdvance(text) + 12
            if wide > header.sectionSize(column):
                tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
                assert text in tip, f"{what}: «{text}» cut without a tooltip"


def no_sideways_scroll(view, what: str) -> None:  # type: ignore[no-untyped-def]
    """No horizontal scroll bar range, once the window has settled: a vertical scroll bar
    that comes late narrows the viewport, and a table that fits on resize follows."""

    def now() -> None:
        assert view.horizontalScrollBar().maximum() == 0, f"{what}: scrolls sideways"

    settled(now)


def tabs_whole(tabs, what: str) -> None:  # type: ignore[no-untyped-def]
    """Every tab's title inside the tab bar, once the window has settled."""
    bar = tabs.tabBar()

    def now() -> None:
        for n in range(tabs.count()):
            assert bar.tabRect(n).right() <= bar.width(), f"{what}: {tabs.tabText(n)}"

    settled(now)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_coordination_fits(open_window, size, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The timeline's bar (campaign, zoom, its three buttons) whole; the workload's names
    whole; the suppliers and a supplier's jobs with every column in sight."""
    window, ops = open_window(size)
    window.switch_to("coordination")
    page = window.areas["coordination"].controller.page
    pump(ops, 0.6)
    tabs_whole(page.tabs, "coordination")
    grab(window, tmp_path, f"coordination-mine-{size[0]}")

    page.tabs.setCurrentIndex(1)
    pump(ops, 0.6)
    assert page.campaign_box.count(), "the demo has no campaign with tasks"
    timeline = page.tabs.widget(1)  # every button of its bar, whatever it holds
    assert_whole([page.zoom_box, *timeline.findChildren(QAbstractButton)], "timeline bar")
    box = page.campaign_box

    def box_wide() -> None:
        wide = box.fontMetrics().horizontalAdvance("x" * 20)
        assert box.width() >= wide, "campaign box too narrow"

    settled(box_wide)
    grab(window, tmp_path, f"coordination-timeline-{size[0]}")

    page.tabs.setCurrentIndex(2)
    pump(ops, 0.6)
    table = page.workload_table
    assert page.workload_model.rowCount(), "the demo has no workload"
    header = header_of(table)

    def workload_whole() -> None:
        names = table.sizeHintForColumn(0)
        assert header.sectionSize(0) >= names, ("names cut", header.sectionSize(0), names)
        weeks = [c for c in range(1, header.count())]
        cut = [c for c in weeks if header.sectionSize(c) < table.sizeHintForColumn(c)]
        assert not cut, f"workload: hours cut in weeks {cut}"

    settled(workload_whole)
    grab(window, tmp_path, f"coordination-workload-{size[0]}")

    page.tabs.setCurrentIndex(3)
    pump(ops, 0.6)
    vendors = page.vendor_table
    assert vendors.model().rowCount(), "the demo has no suppliers"
    assert_fits(vendors, [0, 1, 2, 3, 4], "suppliers", whole=[3, 4])
    assert_elided_with_tooltip(vendors, [0, 1, 2], "suppliers")
    no_sideways_scroll(vendors, "suppliers")
    assert_whole([page.new_vendor_button, page.edit_vendor_button], "supplier buttons")
    for row in range(vendors.model().rowCount()):
        vendors.selectRow(row)
        pump(ops, 0.3)
        if page.job_model.rowCount():
            break
    assert page.job_model.rowCount(), "no supplier of the demo has jobs"
    jobs = page.job_table
    assert_fits(jobs, [0, 1, 2, 3, 4, 5], "a supplier's jobs", whole=[2, 4, 5])
    assert_elided_with_tooltip(jobs, [0, 1, 3], "a supplier's jobs")
    no_sideways_scroll(jobs, "a supplier's jobs")
    assert_whole(
        [page.new_job_button, page.approve_button, page.deliver_button, page.rate_button],
        "job buttons",
    )
    grab(window, tmp_path, f"coordination-vendors-{size[0]}")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_satisfaction_fits(open_window, size, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Account health, results, improvement actions and surveys: their columns in sight,
    long reasons cut with a tooltip, the buttons' texts whole."""
    window, ops = open_window(size)
    window.switch_to("satisfaction")
    view = window.areas["satisfaction"].controller.view
    pump(ops, 0.8)
    assert_whole([view.scope, view.record], "satisfaction bar")
    tabs_whole(view.tabs, "satisfaction")
    health = view.health_table
    assert health.model().rowCount(), "the demo has no account health"
    last = header_of(health).count() - 1
    assert_fits(health, range(last + 1), "account health", whole=range(last))
    assert_elided_with_tooltip(health, [last], "account health")
    no_sideways_scroll(health, "account health")
    grab(window, tmp_path, f"satisfaction-health-{size[0]}")
    tables = {  # the figures, dates and states whole; names elide with their tooltip
        1: (view.dimensions_table, [view.propose], [1, 2, 3, 4, 5]),
        2: (view.actions_table, [view.close_action], [4, 5, 6, 7]),
        3: (view.templates_table, [view.copy, view.new, view.edit], [1, 2, 3, 4, 5]),
    }
    for tab, (table, buttons, whole) in tables.items():
        view.tabs.setCurrentIndex(tab)
        pump(ops, 0.4)
        what = view.tabs.tabText(tab)
        assert table.model().rowCount(), f"{what}: the demo shows nothing"
        columns = header_of(table).count()
        assert_fits(table, range(columns), what, whole=whole)
        assert_elided_with_tooltip(table, range(columns), what)
        no_sideways_scroll(table, what)
        assert_whole(buttons, what)
        grab(window, tmp_path, f"satisfaction-{tab}-{size[0]}")
    view.tabs.setCurrentIndex(1)
    pump(ops, 0.2)
    summary: QLabel = view.summary

    def summary_whole() -> None:
        assert summary.wordWrap() or summary.width() >= summary.sizeHint().width(), summary.text()

    settled(summary_whole)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_data_fits(open_window, size, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Datos, empty and then with an import made through its dialog: the buttons whole,
    the imports' columns in sight with the figures whole; the dialog itself fits too."""
    window, ops = open_window(size)
    window.switch_to("data")
    area = window.areas["data"]
    pump(ops, 0.4)
    page = area.widget()
    buttons = page.findChildren(QAbstractButton)
    assert_whole(buttons, "Datos")
    grab(window, tmp_path, f"data-empty-{size[0]}")
    sheet = tmp_path / "marcas y cuentas.csv"
    sheet.write_text("Cliente;Ciudad\nConservas Ñora;Murcia\nVinos Peñafiel;Valladolid\n")
    dialog = area.open_dialog(sheet)
    for _ in range(100):
        pump(ops, 0.1)
        if dialog.preview is not None:
            break
    assert dialog.preview is not None, "the dialog read nothing"
    assert dialog.width() <= size[0] and dialog.height() <= size[1], (
        "the import dialog is larger than the window",
        dialog.size(),
    )
    assert_whole(dialog.findChildren(QAbstractButton), "import dialog")
    assert_fits(dialog.mapping, [0, 1, 2], "the file's columns", whole=[0])
    shown = dialog.rows.columnCount()
    assert shown == 3, "the preview shows the row and the two mapped fields"
    assert_fits(dialog.rows, range(shown), "the first rows as they will be", whole=range(shown))
    dialog.grab().save(str(tmp_path / f"data-dialog-{size[0]}.png"))
    dialog.skip_invalid.setChecked(True)
    dialog.import_button.click()
    for _ in range(100):
        pump(ops, 0.1)
        if area.model.rowCount():
            break
    dialog.close()
    pump(ops, 0.4)
    assert area.model.rowCount() == 1, "the import made no row"
    grab(window, tmp_path, f"data-{size[0]}")
    assert_fits(area.table, range(9), "imports", whole=[0, 1, 3, 4, 5, 6, 8])
    assert_elided_with_tooltip(area.table, [2, 7], "imports")
    no_sideways_scroll(area.table, "imports")
    area.table.selectRow(0)
    pump(ops, 0.2)
    assert_whole(buttons, "Datos with an import")
