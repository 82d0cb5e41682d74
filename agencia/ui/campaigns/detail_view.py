"""The campaign page: who it is for, where it stands, and its documents in tabs.

Header: name and status chip, code · client · brand, then the facts an executive looks
for first (budget, dates, owner, who approves it). Tabs: Brief, Contrabrief, Actas,
Propuestas, Plan de medios (each saves through `ctx.ops` itself), Aprobaciones and
Historia. A view: `show_detail(detail)` paints a `CampaignDetail`; links and the back
button leave as signals.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import cast

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.messages import render, role_name
from agencia.services.campaigns.views import CampaignDetail
from agencia.ui.area import AppContext
from agencia.ui.campaigns.approval_panel import ApprovalPanel
from agencia.ui.campaigns.brief_tab import BriefTab
from agencia.ui.campaigns.contrabrief_tab import ContrabriefTab
from agencia.ui.campaigns.labels import approver_text, kind_label, status_chip
from agencia.ui.campaigns.list_model import is_overdue
from agencia.ui.campaigns.media_plan_tab import MediaPlanTab
from agencia.ui.campaigns.meetings_tab import MeetingsTab
from agencia.ui.campaigns.proposals_tab import ProposalsTab
from agencia.ui.campaigns.timeline_view import TimelineView
from agencia.ui.formatting import date_text, money
from agencia.ui.resources import icon
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.form import ERROR_DARK, ERROR_LIGHT
from agencia.ui.widgets.scrolling import scrolling
from agencia.ui.widgets.status_chip import StatusChip
from agencia.ui.widgets.text import WrapLabel, plain_label
from agencia.ui.widgets.wrap_row import WrapRow

(
    TAB_BRIEF,
    TAB_CONTRABRIEF,
    TAB_MEETINGS,
    TAB_PROPOSALS,
    TAB_MEDIA_PLAN,
    TAB_APPROVALS,
    TAB_HISTORY,
) = range(7)


class Fact(QWidget):
    """A caption over its value (Presupuesto / 40.000,00 €)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = plain_label(caption, self)
        self.caption.setProperty("role", "caption")
        self.value = plain_label("", self)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 16, 0)
        column.setSpacing(0)
        column.addWidget(self.caption)
        column.addWidget(self.value)

    def set_value(self, text: str, tooltip: str = "", alert: bool = False) -> None:
        self.value.setText(text or "—")
        self.setToolTip(tooltip)
        palette = self.value.palette()
        if alert:
            dark = palette.color(palette.ColorRole.Window).lightness() < 128
            palette.setColor(
                palette.ColorRole.WindowText, QColor(ERROR_DARK if dark else ERROR_LIGHT)
            )
        else:
            palette = self.palette()
        self.value.setPalette(palette)
        font = QFont(self.value.font())
        font.setBold(alert)
        self.value.setFont(font)


class CampaignDetailView(QWidget):
    back_requested = Signal()  # "← Campañas"
    open_account = Signal(int)  # the client's name was clicked

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignPage")
        self.ctx = ctx
        self._locale: QLocale = ctx.locale
        self.detail: CampaignDetail | None = None

        self.placeholder = EmptyState(
            self.tr("Ninguna campaña abierta"),
            self.tr("Elija una campaña de la lista para ver su brief, propuestas y aprobaciones."),
            icon_name="campaign",
            parent=self,
        )
        self.content = QWidget(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        # -- header -------------------------------------------------------------------------
        self.back_button = QToolButton(self.content)
        self.back_button.setObjectName("campaignBack")
        self.back_button.setIcon(icon("chevron-left"))
        self.back_button.setText(self.tr("Campañas"))
        self.back_button.setToolTip(self.tr("Volver a la lista (Alt+←)"))
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setAutoRaise(True)
        self.back_button.clicked.connect(self.back_requested)
        self.title = WrapLabel("", self.content)
        self.title.setObjectName("campaignTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chip = StatusChip(self.content)
        self.header_buttons = QHBoxLayout()
        self.header_buttons.setSpacing(4)
        self.subtitle = QLabel(self.content)
        self.subtitle.setObjectName("campaignSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)  # a link built from escaped names
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.subtitle.linkActivated.connect(self._link)
        self.facts = {
            "budget": Fact(self.tr("Presupuesto"), self.content),
            "start": Fact(self.tr("Inicio"), self.content),
            "deadline": Fact(self.tr("Fecha límite"), self.content),
            "owner": Fact(self.tr("Responsable"), self.content),
            "approver": Fact(self.tr("Aprobación interna"), self.content),
            "kind": Fact(self.tr("Tipo"), self.content),
        }
        self.facts_row = WrapRow(list(self.facts.values()), 8, self.content)
        self.read_only = plain_label("", self.content)
        self.read_only.setObjectName("campaignReadOnly")
        self.read_only.setProperty("role", "secondary")
        self.read_only.setWordWrap(True)

        top_row = QHBoxLayout()
        top_row.setSpacing(8)
        top_row.addWidget(self.back_button)
        top_row.addStretch(1)
        top_row.addLayout(self.header_buttons)
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.title, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)

        # -- tabs ---------------------------------------------------------------------------
        self.tabs = QTabWidget(self.content)
        self.tabs.setObjectName("campaignTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        # the Brief (shown first) is built with the page; each other tab when first shown
        # or asked for: 350 widgets fewer to style when the area first shows its list
        self.brief_tab = BriefTab(ctx, self)
        self.tabs.addTab(self.brief_tab, "")
        self._makers: dict[int, Callable[[], QWidget]] = {
            TAB_CONTRABRIEF: lambda: ContrabriefTab(ctx, self),
            TAB_MEETINGS: lambda: MeetingsTab(ctx, self),
            TAB_PROPOSALS: lambda: ProposalsTab(ctx, self),
            TAB_MEDIA_PLAN: lambda: MediaPlanTab(ctx, self),
            TAB_APPROVALS: lambda: ApprovalPanel(ctx, self),
            TAB_HISTORY: lambda: TimelineView(ctx.locale, self),
        }
        self._built: dict[int, QWidget] = {TAB_BRIEF: self.brief_tab}
        for _index in self._makers:
            self.tabs.addTab(QWidget(self.tabs), "")  # stands in until the tab is built
        self.tabs.currentChanged.connect(self._tab)
        self._name_tabs(None)

        column = QVBoxLayout(self.content)
        column.setContentsMargins(16, 8, 16, 8)
        column.setSpacing(6)
        column.addLayout(top_row)
        column.addLayout(title_row)
        column.addWidget(self.subtitle)
        column.addSpacing(4)
        column.addWidget(self.facts_row)
        column.addWidget(self.read_only)
        column.addSpacing(4)
        column.addWidget(self.tabs, 1)

    # -- the tabs, built when first needed --------------------------------------------------
    @property
    def contrabrief_tab(self) -> ContrabriefTab:
        return cast(ContrabriefTab, self._tab(TAB_CONTRABRIEF))

    @property
    def meetings_tab(self) -> MeetingsTab:
        return cast(MeetingsTab, self._tab(TAB_MEETINGS))

    @property
    def proposals_tab(self) -> ProposalsTab:
        return cast(ProposalsTab, self._tab(TAB_PROPOSALS))

    @property
    def media_plan_tab(self) -> MediaPlanTab:
        return cast(MediaPlanTab, self._tab(TAB_MEDIA_PLAN))

    @property
    def approval_panel(self) -> ApprovalPanel:
        return cast(ApprovalPanel, self._tab(TAB_APPROVALS))

    @property
    def timeline(self) -> TimelineView:
        return cast(TimelineView, self._tab(TAB_HISTORY))

    def _tab(self, index: int) -> QWidget | None:
        """The tab at `index`, built now (in its stand-in's place, showing the campaign
        open) if it was not yet."""
        built = self._built.get(index)
        if built is not None or index not in self._makers:
            return built
        widget = self._makers[index]()
        self._built[index] = widget
        # the approvals stack a lot: in a short window they scroll, never stretch it
        page = scrolling(widget) if index == TAB_APPROVALS else widget
        tabs = self.tabs
        current, text, tip = tabs.currentIndex(), tabs.tabText(index), tabs.tabToolTip(index)
        stand_in = tabs.widget(index)
        blocked = tabs.blockSignals(True)
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, page, text)
            tabs.setTabToolTip(index, tip)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(blocked)
        if stand_in is not None:
            stand_in.deleteLater()
        if self.detail is not None:
            widget.set_detail(self.detail)  # type: ignore[attr-defined]
        return widget

    # -- the header's actions ------------------------------------------------------------------
    def set_header_actions(self, actions: Sequence[QAction]) -> None:
        """Buttons for the area's campaign actions (edit…) at the header's right."""
        for action in actions:
            button = QToolButton(self.content)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            self.header_buttons.addWidget(button)

    def _name_tabs(self, detail: CampaignDetail | None) -> None:
        brief = detail.latest_brief if detail else None
        names = (
            self.tr("Brief (v%1)").replace("%1", str(brief.number)) if brief else self.tr("Brief"),
            self.tr("Contrabrief"),
            self.tr("Actas (%1)").replace("%1", str(len(detail.meetings) if detail else 0)),
            self.tr("Propuestas (%1)").replace("%1", str(len(detail.proposals) if detail else 0)),
            self.tr("Plan de medios"),
            self.tr("Aprobaciones (%1)").replace("%1", str(len(detail.approvals) if detail else 0)),
            self.tr("Historia"),
        )
        tips = (
            self.tr("El brief del cliente: sus versiones y qué cambió entre ellas"),
            self.tr("Lo que la agencia entendió, sus preguntas y el enfoque propuesto"),
            self.tr("Actas de reunión: acuerdos, próximos pasos y su acuse del cliente"),
            self.tr("Las versiones de la propuesta y sus archivos"),
            self.tr("Canales, qué se hace en cada uno, cuándo y con qué importe"),
            self.tr("Siguiente paso de la campaña y el historial de aprobaciones"),
            self.tr("Todo lo que pasó en la campaña, por fecha"),
        )
        for n, (name, tip) in enumerate(zip(names, tips, strict=True)):
            self.tabs.setTabText(n, name)
            self.tabs.setTabToolTip(n, tip)

    # -- showing -----------------------------------------------------------------------------
    def clear(self) -> None:
        self.detail = None
        self.stack.setCurrentWidget(self.placeholder)

    def show_detail(self, detail: CampaignDetail) -> None:
        same = self.detail is not None and self.detail.id == detail.id
        self.detail = detail
        row = detail.row
        locale = self._locale
        self.stack.setCurrentWidget(self.content)
        self.title.setText(row.name)
        self.chip.set_chip(status_chip(row.status))
        parts = [html.escape(row.code)]
        parts.append(f'<a href="account:{row.account_id}">{html.escape(row.account)}</a>')
        if row.brand:
            brand = html.escape(row.brand)
            products = ", ".join(html.escape(name) for _id, name in detail.products)
            parts.append(f"{brand} ({products})" if products else brand)
        self.subtitle.setText(" · ".join(parts))
        self.subtitle.setToolTip(self.tr("Abrir la cuenta %1").replace("%1", row.account))
        self.facts["budget"].set_value(money(row.budget, row.currency, locale))
        self.facts["start"].set_value(date_text(row.start_date, locale))
        overdue = is_overdue(row)
        self.facts["deadline"].set_value(
            date_text(row.deadline, locale),
            self.tr("Vencida: la campaña sigue abierta") if overdue else "",
            alert=overdue,
        )
        self.facts["owner"].set_value(row.owner, role_name(detail.owner_role.value))
        self.facts["approver"].set_value(
            approver_text(detail.required_role),
            self.tr(
                "Quién aprueba internamente, según el presupuesto y los umbrales de la agencia"
            ),
        )
        self.facts["kind"].set_value(
            kind_label(row.kind),
            self.tr("La agencia puede mostrarla en sus presentaciones")
            if row.may_be_shown
            else self.tr("Confidencial: no se muestra en presentaciones de la agencia"),
        )
        why = detail.edit_refusal
        if detail.can_edit:
            self.read_only.setText("")
        elif detail.status.value in ("completed", "rejected", "cancelled"):
            self.read_only.setText(
                self.tr("La campaña está cerrada: se puede consultar, no cambiar.")
            )
        elif why is not None and why[0] != "permission.denied":  # off the team, another group
            self.read_only.setText(self.tr("Solo lectura. %1").replace("%1", render(*why)))
        else:
            self.read_only.setText(
                self.tr("Solo lectura: su rol no le permite editar esta campaña.")
            )
        self.read_only.setVisible(bool(self.read_only.text()))
        self._name_tabs(detail)
        for tab in list(self._built.values()):  # the others read it when built
            tab.set_detail(detail)  # type: ignore[attr-defined]
        if not same:
            self.tabs.setCurrentIndex(TAB_BRIEF)

    def _link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "account" and value.isdigit():
            self.open_account.emit(int(value))
