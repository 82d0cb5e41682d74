"""Completing a campaign: each KPI of its brief against what it reached, the story, and
an optional key visual (a `MoveDialog`). The brief's KPIs text is split into rows here.
The KPI table gives its rows as one value (`KpiTable`), so that what was typed in it is
kept in the form's draft with the story.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.enums import CampaignStatus
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.flow import (
    ResultsStep,
    Step,
)
from agencia.services.campaigns.views import CampaignDetail, KpiResult
from agencia.ui.campaigns.key_visual import key_visual_picker
from agencia.ui.campaigns.move_dialog import MoveDialog
from agencia.ui.ops import Operations
from agencia.ui.resources import icon
from agencia.ui.widgets.form_dialog import FieldErrors

S = CampaignStatus


_LEADING_NUMBER = re.compile(r"^([<>≥≤+~\-]?\s*\d[\d.,]*\s*(?:%|pp|€|\$)?)\s+(\D.*)$")
_TRAILING_NUMBER = re.compile(r"^(\D*?[^\d\s<>≥≤+~\-])\s*([<>≥≤+~\-]?\s*\d.*)$")


def split_kpis(text: str) -> list[tuple[str, str]]:
    """A brief's KPIs text as (name, target) rows: "Prueba 12 %, notoriedad 30 %" gives
    ("Prueba", "12 %") and ("Notoriedad", "30 %"); a decimal comma does not split."""
    rows: list[tuple[str, str]] = []
    for raw in re.split(r"[;\n]|,(?!\d)", text or ""):
        part = raw.strip().lstrip("-•*·").strip().rstrip(".")
        if not part:
            continue
        if ":" in part:
            name, target = (p.strip() for p in part.split(":", 1))
        elif match := _LEADING_NUMBER.match(part):
            target, name = match.group(1).strip(), match.group(2).strip()
        elif match := _TRAILING_NUMBER.match(part):
            name, target = match.group(1).strip(), match.group(2).strip()
        else:
            name, target = part, ""
        name = re.sub(r"\s+(de|del|en|a|al|hasta|of|to)$", "", name, flags=re.IGNORECASE)
        if name:
            rows.append((name[:1].upper() + name[1:], target))
    return rows


class KpiTable(QTableWidget):
    """KPI, target and reached, one row each; its value is the rows' texts."""

    def add_row(self, name: str, goal: str, achieved: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for col, text in enumerate((name, goal, achieved)):
            self.setItem(row, col, QTableWidgetItem(text))

    def editor_value(self) -> Any:
        def cell(r: int, c: int) -> str:
            item = self.item(r, c)
            return item.text() if item is not None else ""

        return [[cell(r, c) for c in range(3)] for r in range(self.rowCount())]

    def set_editor_value(self, value: Any) -> None:
        rows = [[str(text) for text in row][:3] for row in value]
        self.setRowCount(0)
        for row in rows:
            self.add_row(*row, *[""] * (3 - len(row)))


class ResultsDialog(MoveDialog):
    """Completing a campaign: each KPI of the brief against what it reached, and the story."""

    def __init__(
        self,
        ops: Operations,
        detail: CampaignDetail,
        target: S,
        version: int,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(ops, detail, target, version, parent, locale=locale)
        self.setObjectName("resultsDialog")
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.kpis = KpiTable(0, 3, box)
        self.kpis.setObjectName("resultKpis")
        self.kpis.setHorizontalHeaderLabels(
            [self.tr("KPI"), self.tr("Objetivo"), self.tr("Alcanzado")]
        )
        header = self.kpis.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.kpis.setColumnWidth(1, 120)
        self.kpis.setColumnWidth(2, 120)
        self.kpis.verticalHeader().hide()
        self.kpis.setMinimumHeight(160)
        self.kpis.setTabKeyNavigation(False)
        column.addWidget(self.kpis)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.add_button = QPushButton(icon("add"), self.tr("Añadir KPI"), box)
        self.add_button.clicked.connect(lambda: self._add_row("", "", "", edit=True))
        self.remove_button = QPushButton(icon("delete"), self.tr("Quitar KPI"), box)
        self.remove_button.clicked.connect(self._remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.form.add("results", self.tr("KPI"), box)
        self.story = self._comment_editor(
            self.tr("Qué consiguió la campaña, qué aprendimos, qué diría el cliente")
        )
        self.story.setFixedHeight(120)
        self.form.add("story", self.tr("Resumen"), self.story)
        self.key_visual = key_visual_picker(self)
        self.form.add("key_visual", self.tr("Imagen clave"), self.key_visual)
        self.add_form(self.form)
        brief = detail.latest_brief
        if detail.results_kpis:
            for k in detail.results_kpis:
                self._add_row(k.name, k.target, k.achieved)
        elif brief is not None:
            for name, goal in split_kpis(str(brief.fields.get("kpis") or "")):
                self._add_row(name, goal, "")
        self.story.setPlainText(detail.results_story)
        self.kpis.itemChanged.connect(lambda _item: self._touched())
        self.story.textChanged.connect(self._touched)
        self.fit(620)
        self.revalidate()
        if self.kpis.rowCount():
            # the cursor on the first "reached" cell, unselected: typing fills it in
            self.kpis.setCurrentCell(0, 2, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.kpis.setFocus()
        else:
            self.story.setFocus()

    def _add_row(self, name: str, goal: str, achieved: str, edit: bool = False) -> None:
        row = self.kpis.rowCount()
        self.kpis.add_row(name, goal, achieved)
        if edit:
            self.kpis.setCurrentCell(row, 0)
            item = self.kpis.item(row, 0)
            if item is not None:
                self.kpis.editItem(item)

    def _remove_row(self) -> None:
        row = self.kpis.currentRow()
        if row >= 0:
            self.kpis.removeRow(row)
            self._touched()

    def _touched(self) -> None:
        self.form.touched.add("results")
        self.revalidate()

    def rows(self) -> tuple[KpiResult, ...]:
        def cell(r: int, c: int) -> str:
            item = self.kpis.item(r, c)
            return item.text().strip() if item is not None else ""

        return tuple(
            KpiResult(cell(r, 0), cell(r, 1), cell(r, 2))
            for r in range(self.kpis.rowCount())
            if cell(r, 0) or cell(r, 2)
        )

    def step(self) -> ResultsStep:
        image = self.key_visual.image
        visual = DocumentInput.picked(image.name, image.data, image.content_type) if image else None
        return ResultsStep(story=self.story.toPlainText(), kpis=self.rows(), key_visual=visual)

    def revalidate(self) -> bool:
        valid = super().revalidate()
        picker = getattr(self, "key_visual", None)  # None while the dialog is being built
        if picker is not None and picker.reading:  # the image is still being read
            self.save_button.setEnabled(False)
            return False
        return valid

    def field_errors(self, data: Step) -> FieldErrors:
        assert isinstance(data, ResultsStep)
        missing = [k.name for k in data.kpis if k.name and not k.achieved]
        shown = missing and ("results" in self.form.touched or self.form.show_all)
        self.form.set_warning(  # advice once the person has started: it never blocks
            "results",
            self.tr("Sin valor alcanzado: %1").replace("%1", ", ".join(missing)) if shown else "",
        )
        if not data.story.strip() and not any(k.achieved for k in data.kpis):
            return {"results": ("campaign.needs_results", {})}
        return {}

    def local_errors(self) -> dict[str, str]:
        if any(k.achieved and not k.name for k in self.rows()):
            return {"results": self.tr("Cada valor alcanzado necesita el nombre de su KPI.")}
        return {}
