"""«Satisfacción» on the account page (a tab the satisfaction area adds through its
declaration: `agencia.ui.area_tabs`): the account's health now with its reasons, its
trend over the days it was kept, the latest responses and the open improvement actions,
and the way to the satisfaction page for that account.

It follows the account the page shows (`AppContext.shown`) and reads only while it is
in sight; a write that touches responses, actions or the health reads it again.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind, Changes
from agencia.domain.labels import label
from agencia.domain.satisfaction_enums import HealthBand
from agencia.domain.text import fill
from agencia.services.satisfaction.account_view import AccountSatisfaction, account_satisfaction
from agencia.ui.area import AppContext
from agencia.ui.area_tabs import AreaTab
from agencia.ui.formatting import date_text
from agencia.ui.navigation import Shown
from agencia.ui.satisfaction.charts import HealthTrendChart, show_health_history
from agencia.ui.satisfaction.tables import (
    band_colour,
    held_text,
    no_data_text,
    reasons_text,
    weights_text,
)
from agencia.ui.widgets.doc_widgets import heading, secondary, table
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.table_model import Column, RowsModel
from agencia.ui.widgets.text import WrapLabel

translate = QCoreApplication.translate
CONCERNS = frozenset(
    {ChangeKind.SURVEY_RESPONSE, ChangeKind.IMPROVEMENT_ACTION, ChangeKind.ACCOUNT_HEALTH}
)


class SatisfactionTab(AreaTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountSatisfactionTab")
        self.ctx = ctx
        self.account_id: int | None = None
        self.shown: AccountSatisfaction | None = None
        self._stale = True
        self._blank = False  # what is filled in is another account's: empty it when shown
        loc = ctx.locale

        self.score = QLabel("—", self)
        self.score.setObjectName("accountHealthScore")
        font = self.score.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.score.setFont(font)
        self.band = QLabel("", self)
        self.band.setObjectName("accountHealthBand")
        self.reasons = WrapLabel("", self)
        self.open_button = QPushButton(self.tr("Ver en Satisfacción"), self)
        self.open_button.setObjectName("openSatisfaction")
        self.open_button.clicked.connect(self._open_page)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.score, 0, Qt.AlignmentFlag.AlignVCenter)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.band)
        words.addWidget(self.reasons)
        top.addLayout(words, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)

        self.trend = HealthTrendChart(self.tr("Evolución de la salud"), self, self.ctx.locale)
        self.trend.setObjectName("accountHealthTrend")
        self.trend.setMinimumHeight(170)
        self.trend_empty = secondary(
            self.tr("Aún no hay salud guardada: se guarda con cada respuesta o acción."), self
        )

        self.responses_title = heading("", self)
        self.responses_model = RowsModel(
            [
                Column(self.tr("Fecha"), lambda r: date_text(r.answered_on, loc)),
                Column(self.tr("Encuesta"), lambda r: r.template),
                Column(self.tr("Contacto"), lambda r: r.contact),
                Column(
                    self.tr("Respondidas"), lambda r: f"{r.answered}/{r.questions}", centered=True
                ),
            ],
            self,
        )
        self.responses = table(self)
        self.responses.setObjectName("accountResponses")
        self.responses.setModel(self.responses_model)
        _stretch(self.responses, 1, (104, 160, 130, 90))

        self.actions_title = heading("", self)
        self.actions_model = RowsModel(
            [
                Column(self.tr("Dimensión"), lambda r: r.dimension),
                Column(self.tr("Acción"), lambda r: r.title),
                Column(self.tr("Responsable"), lambda r: r.owner),
                Column(self.tr("Vence"), lambda r: date_text(r.due_on, loc, short=True)),
            ],
            self,
        )
        self.actions_table = table(self)
        self.actions_table.setObjectName("accountActions")
        self.actions_table.setModel(self.actions_model)
        _stretch(self.actions_table, 1, (130, 180, 130, 90))
        self.error = secondary("", self)
        self.error.setWordWrap(True)

        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 8, 4, 8)
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(self.error)
        column.addWidget(self.trend)
        column.addWidget(self.trend_empty)
        column.addWidget(self.responses_title)
        column.addWidget(self.responses)
        column.addWidget(self.actions_title)
        column.addWidget(self.actions_table)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._fill(None)

        ctx.shown.changed.connect(self._shown)
        ctx.ops.changed.connect(self._changed)
        self._shown(ctx.shown.now(AreaId.ACCOUNTS))

    def title(self) -> str:
        return self.tr("Satisfacción")

    def tooltip(self) -> str:
        return self.tr("Salud de la cuenta, su evolución, respuestas y acciones de mejora")

    # -- following the page ----------------------------------------------------------------
    def _shown(self, shown: Shown) -> None:
        if shown.area is not AreaId.ACCOUNTS or shown.record_id is None:
            return
        if shown.record_id != self.account_id:
            self.account_id = shown.record_id
            self.shown = None
            self._stale = True
            # emptied now only if in sight: out of sight (the page opens on «Datos») it
            # is emptied when shown, not on every account opened (its tables' fitting
            # was a fifth of the page's own work on each open)
            self._blank = True
            self._load_if_seen()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(CONCERNS):
            self._stale = True
            self._load_if_seen()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_if_seen()

    def _load_if_seen(self) -> None:
        if not self.isVisible():
            return
        if self._blank:  # another account's content: not shown while this one's is read
            self._blank = False
            self._fill(None)
        if self._stale and self.account_id is not None:
            self._stale = False
            self.ctx.ops.read(
                account_satisfaction,
                self.account_id,
                date.today(),
                on_done=self._arrived,
                on_error=self._failed,
                key=f"account.satisfaction.{id(self)}",
            )

    def _arrived(self, data: AccountSatisfaction) -> None:
        if data.account_id == self.account_id:
            self.shown = data
            self._blank = False
            self._fill(data)

    def _failed(self, error: BaseException) -> None:
        self.error.setText(error_text(error))
        self.error.setVisible(True)

    def _open_page(self) -> None:
        if self.account_id is not None:
            self.ctx.navigate(AreaId.SATISFACTION, self.account_id)

    # -- showing ----------------------------------------------------------------------------
    def _fill(self, data: AccountSatisfaction | None) -> None:
        self.error.setVisible(False)
        health = data.health.health if data is not None and data.health else None
        known = health is not None and health.score is not None
        self.score.setText(str(health.score) if known and health else "—")
        band: HealthBand | None = health.band if health else None
        self.band.setText(label(band) if band else no_data_text())
        colour = band_colour(band).name() if band else None
        self.band.setStyleSheet(f"color: {colour}; font-weight: 600;" if colour else "")
        why = reasons_text(health, self.ctx.locale) if health else ""
        weights = (
            ", ".join(
                f"{label(f.factor)} {share}" for f, share in weights_text(health, self.ctx.locale)
            )
            if health
            else ""
        )
        parts = [held_text(health, self.ctx.locale) if health else ""]
        parts.append(why or (self.tr("Nada preocupa por ahora.") if known else ""))
        if weights:
            parts.append(self.tr("Pesos: %1").replace("%1", weights))
        self.reasons.setText("\n".join(p for p in parts if p))
        self._trend(data)
        responses = data.responses if data else ()
        total = data.response_total if data else 0
        self.responses_title.setText(
            fill(self.tr("Últimas respuestas (%1 de %2)"), str(len(responses)), str(total))
            if total > len(responses)
            else self.tr("Respuestas (%1)").replace("%1", str(total))
        )
        self.responses_model.set_rows(responses)
        self._fit(self.responses, len(responses))
        actions = data.actions if data else ()
        self.actions_title.setText(
            self.tr("Acciones de mejora abiertas (%1)").replace("%1", str(len(actions)))
        )
        self.actions_model.set_rows(actions)
        self._fit(self.actions_table, len(actions))

    def _trend(self, data: AccountSatisfaction | None) -> None:
        drawn = show_health_history(self.trend, data.history if data else (), self.ctx.locale)
        self.trend.setVisible(drawn)
        self.trend_empty.setVisible(not drawn)

    def _fit(self, view: Any, rows: int) -> None:
        """Tables as tall as their rows (the tab scrolls, not each table)."""
        view.setVisible(rows > 0)
        header = view.horizontalHeader()
        view.setFixedHeight(
            header.sizeHint().height()
            + view.verticalHeader().defaultSectionSize() * rows
            + 2 * view.frameWidth()
            + 2
        )


def _stretch(view: Any, column: int, widths: tuple[int, ...]) -> None:
    """Widths for the columns; `column` takes what is left (its text elides), so the
    table never scrolls sideways in the narrow account page."""
    header = view.horizontalHeader()
    set_widths(header, widths)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def create(ctx: AppContext) -> AreaTab:
    return SatisfactionTab(ctx)
