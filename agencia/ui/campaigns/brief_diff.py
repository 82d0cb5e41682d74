"""Two versions of a brief side by side, field by field: the words taken out struck through
in red, the words put in green, the fields that did not change left out.

The comparison is `agencia.domain.briefs.compare` over the values as people read them
(money and dates in the agency's locale), so "40000.00" never shows where the page says
"40.000,00 €".
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.briefs import FIELD_NAMES, FieldChange, compare
from agencia.domain.enums import CampaignKind, Decision
from agencia.domain.text import fill
from agencia.services.campaigns.views import BriefView
from agencia.ui.campaigns.labels import decision_chip, decision_label, kind_label
from agencia.ui.formatting import date_text, datetime_text, money
from agencia.ui.style import is_dark, tokens
from agencia.ui.widgets.doc_widgets import select_row, table
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.status_chip import CHIP_ROLE, cell_width
from agencia.ui.widgets.table_model import Column, Index, RowsModel

translate = QCoreApplication.translate

EMPTY = 0  # the "nothing yet" side of a comparison (what v1 added)
DRAFT = -1  # the unsaved edits in the editor


def field_label(name: str) -> str:
    """A brief field's name as people read it."""
    return {
        "objectives": translate("BriefFields", "Objetivos"),
        "brand": translate("BriefFields", "Marca"),
        "product": translate("BriefFields", "Producto"),
        "market": translate("BriefFields", "Mercado"),
        "target_audience": translate("BriefFields", "Público objetivo"),
        "insight": translate("BriefFields", "Insight"),
        "key_message": translate("BriefFields", "Mensaje clave"),
        "mandatories": translate("BriefFields", "Obligatorios"),
        "channels": translate("BriefFields", "Canales"),
        "budget": translate("BriefFields", "Presupuesto"),
        "kpis": translate("BriefFields", "KPI"),
        "deadline": translate("BriefFields", "Fecha límite"),
    }.get(name, name)


def shown_values(fields: Mapping[str, Any], locale: QLocale, currency: str) -> dict[str, str]:
    """The brief's values as the page shows them (money and dates in the locale)."""
    out: dict[str, str] = {}
    for name in FIELD_NAMES:
        value = fields.get(name)
        if value is None or value == "":
            out[name] = ""
        elif name == "budget":
            out[name] = money(value, currency, locale)
        elif name == "deadline":
            out[name] = date_text(value, locale)
        else:
            out[name] = str(value)
    return out


def _words(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def changes_html(changes: Sequence[FieldChange], header: str = "") -> str:
    """The changed fields as rich text: a heading each, the words marked inside."""
    t = tokens()
    dark = is_dark()
    removed = (
        f"color:{t['error']}; text-decoration:line-through;"
        f" background-color:{'#3b2224' if dark else '#fdecea'};"
    )
    added = f"color:{t['success']}; background-color:{'#1f3323' if dark else '#e8f5e9'};"
    parts = [f"<p style='color:{t['text_secondary']}'>{header}</p>"] if header else []
    for change in changes:
        parts.append(
            f"<h4 style='margin-top:12px; margin-bottom:4px'>"
            f"{html.escape(field_label(change.field))}</h4>"
        )
        words: list[str] = []
        for op, text in change.chunks:
            if op == "=":
                words.append(_words(text))
            elif op == "-":
                words.append(f"<span style='{removed}'>{_words(text)}</span>")
            else:
                words.append(f"<span style='{added}'>{_words(text)}</span>")
        parts.append(f"<p style='margin-top:0'>{' '.join(words)}</p>")
    return "".join(parts)


class BriefComparison(QWidget):
    """Pick two versions (or the unsaved edits) and read what changed between them."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._currency = ""
        self._briefs: dict[int, BriefView] = {}
        self._draft: tuple[CampaignKind, dict[str, Any]] | None = None
        self.changed_fields: list[str] = []

        self.old = QComboBox(self)
        self.old.setObjectName("compareOld")
        self.new = QComboBox(self)
        self.new.setObjectName("compareNew")
        for combo in (self.old, self.new):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self._render())
        self.view = QTextBrowser(self)
        self.view.setObjectName("briefDiff")
        self.view.setOpenLinks(False)
        legend = QLabel(self)
        legend.setTextFormat(Qt.TextFormat.RichText)
        t = tokens()
        legend.setText(
            fill(
                translate(
                    "BriefComparison",
                    "<span style='color:%1; text-decoration:line-through'>tachado</span>: se quitó"
                    " · <span style='color:%2'>en verde</span>: se añadió · los campos iguales no"
                    " se muestran",
                ),
                t["error"],
                t["success"],
            )
        )
        legend.setProperty("role", "secondary")
        legend.setWordWrap(True)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(QLabel(translate("BriefComparison", "Comparar"), self))
        row.addWidget(self.old)
        row.addWidget(QLabel(translate("BriefComparison", "con"), self))
        row.addWidget(self.new)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(row)
        column.addWidget(legend)
        column.addWidget(self.view, 1)

    def set_versions(
        self,
        briefs: Sequence[BriefView],
        currency: str,
        draft: tuple[CampaignKind, dict[str, Any]] | None = None,
    ) -> None:
        """The versions to choose from (newest first), keeping the pair chosen if it stays."""
        self._currency = currency
        self._briefs = {b.number: b for b in briefs}
        self._draft = draft
        old, new = self.old.currentData(), self.new.currentData()
        for combo in (self.old, self.new):
            combo.blockSignals(True)
            combo.clear()
        if draft is not None:
            self.new.addItem(translate("BriefComparison", "Sus cambios sin guardar"), DRAFT)
            self.old.addItem(translate("BriefComparison", "Sus cambios sin guardar"), DRAFT)
        for b in briefs:
            text = fill(
                translate("BriefComparison", "v%1 · %2 · %3"),
                b.number,
                datetime_text(b.created_at, self._locale),
                b.author or "—",
            )
            self.old.addItem(text, b.number)
            self.new.addItem(text, b.number)
        self.old.addItem(translate("BriefComparison", "Vacío (antes de la v1)"), EMPTY)
        for combo in (self.old, self.new):
            combo.blockSignals(False)
        if (
            old is not None
            and new is not None
            and self.old.findData(old) >= 0
            and self.new.findData(new) >= 0
        ):
            self.compare(old, new)
        elif briefs:
            latest = briefs[0].number
            self.compare(latest - 1 if latest > 1 else EMPTY, latest)
        else:
            self._render()

    def compare(self, old: int, new: int) -> None:
        """Show what changed from `old` to `new` (version numbers, EMPTY or DRAFT)."""
        for combo, number in ((self.old, old), (self.new, new)):
            combo.blockSignals(True)
            at = combo.findData(number)
            if at >= 0:
                combo.setCurrentIndex(at)
            combo.blockSignals(False)
        self._render()

    def _side(self, number: Any) -> tuple[CampaignKind | None, dict[str, str]]:
        if number == DRAFT and self._draft is not None:
            kind, fields = self._draft
            return kind, shown_values(fields, self._locale, self._currency)
        brief = self._briefs.get(number) if isinstance(number, int) else None
        if brief is None:
            return None, shown_values({}, self._locale, self._currency)
        return brief.template, shown_values(brief.fields, self._locale, self._currency)

    def _render(self) -> None:
        if not self._briefs and self._draft is None:
            self.changed_fields = []
            self.view.setHtml(
                html.escape(translate("BriefComparison", "Aún no hay versiones guardadas."))
            )
            return
        old_number, new_number = self.old.currentData(), self.new.currentData()
        old_kind, old = self._side(old_number)
        new_kind, new = self._side(new_number)
        changes = compare(old, new)
        self.changed_fields = [c.field for c in changes]
        notes: list[str] = []
        if old_kind is not None and new_kind is not None and old_kind is not new_kind:
            notes.append(
                html.escape(
                    fill(
                        translate("BriefComparison", "Plantilla: %1 → %2"),
                        kind_label(old_kind),
                        kind_label(new_kind),
                    )
                )
            )
        brief = self._briefs.get(new_number) if isinstance(new_number, int) else None
        if brief is not None and brief.note and old_number != new_number:
            notes.append(
                html.escape(
                    fill(
                        translate("BriefComparison", "Nota de la v%1: %2"),
                        str(brief.number),
                        brief.note,
                    )
                )
            )
        if old_number == new_number:
            summary = translate("BriefComparison", "Es la misma versión a los dos lados.")
        elif not changes:
            summary = translate("BriefComparison", "Ningún campo cambia entre las dos.")
        elif len(changes) == 1:
            summary = translate("BriefComparison", "Cambia 1 campo.")
        else:
            summary = translate("BriefComparison", "Cambian %1 campos.").replace(
                "%1", str(len(changes))
            )
        header = "<br>".join([html.escape(summary), *notes])
        bar = self.view.verticalScrollBar().value()
        self.view.setHtml(changes_html(changes, header))
        self.view.verticalScrollBar().setValue(bar)


class VersionsModel(RowsModel):
    """The brief's versions, newest first, with the standing decision as a chip."""

    DECISION = 3

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("BriefHistory", "Versión"), lambda b: f"v{b.number}"),
                Column(
                    translate("BriefHistory", "Fecha"),
                    lambda b: datetime_text(b.created_at, locale),
                ),
                Column(translate("BriefHistory", "Autor"), lambda b: b.author or "—"),
                Column(
                    translate("BriefHistory", "Decisión"),
                    lambda b: decision_label(b.decision) if b.decision else "",
                ),
                Column(translate("BriefHistory", "Nota"), lambda b: b.note),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == CHIP_ROLE and index.column() == self.DECISION:
            brief = self.row(index.row())
            return decision_chip(brief.decision) if brief and brief.decision else None
        return super().data(index, role)


class BriefHistory(QSplitter):
    """The versions on top; below, what changed from the one before the chosen one (or
    between any two the person picks)."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.model = VersionsModel(locale, self)
        self.versions = table(self)
        self.versions.setObjectName("briefVersions")
        self.versions.setModel(self.model)
        chip_room = max(cell_width(decision_chip(d), self.versions.font()) for d in Decision)
        set_widths(self.versions.horizontalHeader(), (64, 150, 150, max(chip_room, 100), 120))
        self.versions.selectionModel().currentRowChanged.connect(self._chosen)
        self.comparison = BriefComparison(locale, self)
        self.addWidget(self.versions)
        self.addWidget(self.comparison)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 3)
        self.setChildrenCollapsible(False)

    def set_briefs(self, briefs: Sequence[BriefView]) -> None:
        """Show `briefs` (newest first), keeping the version chosen if it is still there."""
        current = self.versions.currentIndex()
        chosen = self.model.row(current.row()) if current.isValid() else None
        self.model.set_rows(briefs)
        if chosen is not None:
            self.select_version(chosen.number)

    def select_version(self, number: int) -> None:
        for n, brief in enumerate(self.model.rows()):
            if brief.number == number:
                select_row(self.versions, n)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        brief = self.model.row(current.row())
        if brief is None:
            return
        older = [b.number for b in self.model.rows() if b.number < brief.number]
        self.comparison.compare(max(older) if older else EMPTY, brief.number)
