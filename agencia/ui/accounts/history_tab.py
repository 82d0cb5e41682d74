"""The account page's «Historial»: the account's trail, one row per change, its fields
underneath, in a pane narrower than what a trail says.

Every date whole (the column sized on every row, not the rows in view), «Qué» before
«Cambios» before «Quién», each eliding with its words whole in its tooltip; values and
the records they point at in words (`history_values`, `labels.value_text`, and the
names read beside the page: `services/accounts/history_names.py`).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QStyleOptionViewItem, QVBoxLayout, QWidget

from agencia.services.accounts.views import AccountDetail
from agencia.ui.accounts.detail_models import HistoryModel
from agencia.ui.accounts.detail_parts import tree
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.headers import set_widths


class HistoryTab(QWidget):
    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: AccountDetail | None = None
        self._names: dict[str, dict[int, str]] = {}  # the page's choices (groups, leads)
        self._references: dict[str, dict[int, str]] = {}  # what the trail points at
        self.model = HistoryModel(locale, self)
        self.view = tree(self)
        self.view.setObjectName("historyTree")
        self.view.setModel(self.model)
        set_widths(self.view.header(), (150, 140, 190))
        # the date whole; «Qué» before «Cambios» before «Quién» (each elides, its tooltip
        # whole), none cut down to a few letters
        chars = self.view.fontMetrics().averageCharWidth()
        self.fit = ColumnFit(
            self.view,
            whole=(0,),
            priority=(0, 2, 3, 1),
            floors={1: chars * 12, 2: chars * 26, 3: chars * 16},
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.view, 1)

    def show_history(self, detail: AccountDetail) -> None:
        if self.detail is None or self.detail.id != detail.id:
            self._references = {}  # another account's: its own arrive after it
        self.detail = detail
        self._paint()
        self._fit_dates()

    def set_names(self, names: Mapping[str, Mapping[int, str]]) -> None:
        """Names for IDs in the history ("lead_executive_id" → staff names…)."""
        self._names = {k: dict(v) for k, v in names.items()}
        if self.detail is not None:
            self._paint()

    def set_references(self, account_id: int, names: Mapping[str, Mapping[int, str]]) -> None:
        """Names for the records `account_id`'s history points at (its tasks, surveys,
        people…: `services/accounts/history_names.py`), read beside the page."""
        if self.detail is None or self.detail.id != account_id:
            return  # another account is shown by now
        self._references = {k: dict(v) for k, v in names.items()}
        self._paint()

    def _paint(self) -> None:
        assert self.detail is not None
        self.model.set_history(self.detail.history, self._history_names(self.detail))
        self._span_changes()
        self.view.expandAll()

    def _span_changes(self) -> None:
        """A changed field reads as one line under its event: "Ciudad: Madrid → Bilbao"."""
        model = self.model
        for row in range(model.rowCount()):
            parent = model.index(row, 0)
            for child in range(model.rowCount(parent)):
                self.view.setFirstColumnSpanned(child, parent, True)

    def _fit_dates(self) -> None:
        """«Cuándo» as wide as its widest date on any row: the fit measures the rows in
        view, and an older «10 sept 2026, 22:55» further down was cut."""
        view, model = self.view, self.model
        metrics = view.fontMetrics()
        rows = range(model.rowCount())
        if not rows:
            return
        widest = max(rows, key=lambda r: metrics.horizontalAdvance(model.index(r, 0).data()))
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        hint = view.itemDelegate().sizeHint(option, model.index(widest, 0)).width()
        self.fit.minimums[0] = hint + view.indentation()
        self.fit.schedule()

    def _history_names(self, detail: AccountDetail) -> dict[str, dict[int, str]]:
        names = {k: dict(v) for k, v in self._references.items()}
        for field, known in self._names.items():
            names.setdefault(field, {}).update(known)
        if detail.parent_id is not None:
            names.setdefault("parent_id", {})[detail.parent_id] = detail.parent_name
        if detail.group_id is not None:
            names.setdefault("group_id", {})[detail.group_id] = detail.group
        if detail.lead_executive_id is not None:
            names.setdefault("lead_executive_id", {})[detail.lead_executive_id] = (
                detail.lead_executive
            )
        return names
