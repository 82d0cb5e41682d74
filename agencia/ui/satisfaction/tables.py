"""The satisfaction page's tables: accounts by health, dimensions with their gaps,
improvement actions and survey templates (plain rows from the services)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from agencia.domain.account_health import whole_weights
from agencia.domain.labels import label
from agencia.domain.messages import render
from agencia.domain.satisfaction_enums import HealthBand
from agencia.ui import style
from agencia.ui.formatting import date_text, number, percent
from agencia.ui.widgets.table_model import Column, RowsModel

# a band's words in the scheme's own error / warning / success ink: the light scheme's
# dark red, amber and green are unreadable on the dark scheme's grey (and the reverse)
BAND_TOKENS = {
    HealthBand.AT_RISK: "error",
    HealthBand.WATCH: "warning",
    HealthBand.HEALTHY: "success",
}


def band_colour(band: HealthBand) -> QColor:
    """The band's colour in the scheme shown now (read at paint time, so it follows a
    change of scheme)."""
    return style.color(BAND_TOKENS[band])


def _n(value: float | None, locale: QLocale, decimals: int = 2, sign: bool = False) -> str:
    if value is None:
        return "—"
    text = number(value, locale, decimals)
    return f"+{text}" if sign and value > 0 else text


def _local(params: dict[str, Any], locale: QLocale) -> dict[str, Any]:
    """A message's decimals as the agency writes them (0,6)."""
    return {k: number(v, locale, 1) if isinstance(v, float) else v for k, v in params.items()}


def reasons_text(health: Any, locale: QLocale) -> str:
    """The reasons as a sentence, their decimals as the agency writes them (0,6), its
    first letter a capital (sentence case, UI.md): each reason's words are lowercase,
    written to go inside another sentence too (Pendientes' «Cuenta en riesgo (41): …»)."""
    text = "; ".join(render(code, _local(params, locale)) for code, params in health.reasons)
    return text[:1].upper() + text[1:]


def held_text(health: Any, locale: QLocale) -> str:
    """Why the band reads worse than the figure (a low satisfaction), or ""."""
    if getattr(health, "held", None) is None:
        return ""
    code, params = health.held
    return str(render(code, _local(params, locale)))


def weights_text(health: Any, locale: QLocale) -> list[tuple[Any, str]]:
    """Each factor with its weight as a whole per cent, the per cents adding up to 100."""
    whole = whole_weights(health.factors)
    return [(f, percent(w / 100, locale)) for f, w in zip(health.factors, whole, strict=True)]


def no_data_text() -> str:
    """What an account with nothing measured shows for its health: one word on every
    screen — the health list, its detail, the account's tab (which said «Sin datos
    suficientes») — in the list's context, where the translation is."""
    return QCoreApplication.translate("HealthModel", "Sin datos")


class HealthModel(RowsModel):
    """Accounts, the lowest health first; the band in its colour."""

    BAND_COLUMN = 2

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        # an account with nothing measured says so, not a blank that reads as a gap
        no_data = no_data_text()
        super().__init__(
            [
                Column(self.tr("Cuenta"), lambda r: r.account),
                Column(
                    self.tr("Salud"),
                    lambda r: "—" if r.health.score is None else str(r.health.score),
                    centered=True,
                ),
                Column(
                    self.tr("Estado"),
                    lambda r: label(r.health.band) if r.health.band else no_data,
                ),
                Column(self.tr("Motivos"), lambda r: reasons_text(r.health, locale)),
            ],
            parent,
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.BAND_COLUMN
        ):
            band = self.row(index.row()).health.band
            return QBrush(band_colour(band)) if band else None
        return super().data(index, role)


class DimensionsModel(RowsModel):
    """Per dimension: score, expectation, gap, weighted gap and responses."""

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Dimensión"), lambda r: r.dimension),
                Column(self.tr("Puntuación"), lambda r: _n(r.score, locale), centered=True),
                Column(self.tr("Expectativa"), lambda r: _n(r.expectation, locale), centered=True),
                Column(self.tr("Brecha"), lambda r: _n(r.gap, locale, sign=True), centered=True),
                Column(
                    self.tr("Brecha ponderada"),
                    lambda r: _n(r.weighted_gap, locale, sign=True),
                    centered=True,
                ),
                Column(self.tr("Respuestas"), lambda r: str(r.responses), centered=True),
            ],
            parent,
        )


class ActionsModel(RowsModel):
    """Improvement actions: the earliest due first, the overdue ones in red."""

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        self.verdicts = {
            "closed": self.tr("Brecha cerrada"),
            "narrowed": self.tr("Brecha reducida"),
            "unchanged": self.tr("Sin cambios"),
            "widened": self.tr("Brecha mayor"),
        }
        super().__init__(
            [
                Column(self.tr("Cuenta"), lambda r: r.account or self.tr("Toda la agencia")),
                Column(self.tr("Dimensión"), lambda r: r.dimension),
                Column(self.tr("Acción"), lambda r: r.title),
                Column(self.tr("Responsable"), lambda r: r.owner),
                # UI.md's date in both languages («23 nov 2026»): short, Spanish read «16/4/26»
                Column(self.tr("Vence"), lambda r: date_text(r.due_on, locale)),
                Column(self.tr("Estado"), lambda r: label(r.status)),
                Column(
                    self.tr("Brecha"),
                    lambda r: (
                        f"{_n(r.opened_gap, locale, sign=True)} → "
                        f"{_n(r.latest_gap, locale, sign=True)}"
                    ),
                    centered=True,
                ),
                Column(self.tr("Resultado"), lambda r: self.verdicts.get(r.verdict or "", "")),
            ],
            parent,
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        due_column = role == Qt.ItemDataRole.ForegroundRole and index.column() == 4
        if due_column and index.isValid() and self.row(index.row()).overdue:
            return QBrush(band_colour(HealthBand.AT_RISK))
        return super().data(index, role)


class TemplatesModel(RowsModel):
    """The survey templates in use."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Encuesta"), lambda r: r.name),
                Column(self.tr("Revisión"), lambda r: str(r.revision), centered=True),
                Column(self.tr("Escala"), lambda r: f"1–{r.points}", centered=True),
                Column(self.tr("Dimensiones"), lambda r: str(len(r.dimensions)), centered=True),
                Column(self.tr("Preguntas"), lambda r: str(r.question_count), centered=True),
                Column(self.tr("Respuestas"), lambda r: str(r.responses), centered=True),
            ],
            parent,
        )
