"""The accounts list: search, filters, count, the table (or its empty state).

The records list (`RecordsListView`) keeps what is typed, the selection and the scroll
position across reloads; this view lays out the accounts' filters, builds their query
and says what an empty list means. The controller gives it the filter options.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from agencia.domain.enums import AccountStatus
from agencia.services.accounts.queries import AccountQuery
from agencia.services.results import Option
from agencia.ui.accounts.labels import count_text, status_chip, status_label
from agencia.ui.accounts.list_model import COLUMNS, STATUS_COLUMN, AccountListModel
from agencia.ui.resources import icon
from agencia.ui.settings import settings
from agencia.ui.widgets.column_fit import CAP
from agencia.ui.widgets.multi_choice import MultiChoiceCombo
from agencia.ui.widgets.records_view import RecordsListView
from agencia.ui.widgets.wrap_row import WrapRow

if TYPE_CHECKING:
    from agencia.ui.area import AppContext

HEADER_KEY = "accounts/list/header"
_WIDTHS = {
    "name": 170,
    "legal_name": 170,
    "tax_id": 92,
    "status": 96,  # at least: it fits the widest status chip in the language in use
    "sector": 110,
    "group": 120,
    "lead_executive": 150,
    "city": 110,
}


# How narrow the name may get before the columns after it hide: the demo's longest names
# («Grupo Alimentario Peñalara») whole; a longer one elides, with its tooltip.
NAME_FLOOR = 230
# The others are shown whole or not at all (the account page has them): «Aceites La
# Almaza…» beside «Aceites La Almazara» only read as cut. Past the fit's cap they elide.
WHOLE_OR_HIDDEN = (1, 4, 5, 6, 7)
MINE_KEY = "accounts/mine"  # «Mis cuentas», as the person left it


def accounts_list(ctx: AppContext) -> AccountListView:
    """The area's list and its model, as the person sees it first: «Mis cuentas» ticked
    for someone who can be on an account's team (an administrator sees every account)."""
    actor = ctx.actor
    model = AccountListModel(ctx.ops)
    view = AccountListView(
        model, ctx.locale, mine_default=actor.staff_id is not None and not actor.is_admin
    )
    model.setParent(view)  # lives exactly as long as the table showing it
    return view


class AccountListView(RecordsListView):
    HEADER_KEY = HEADER_KEY
    model: AccountListModel

    def __init__(
        self,
        model: AccountListModel,
        locale: QLocale,
        *,
        mine_default: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(model, locale, name="accounts", empty_icon="accounts", parent=parent)
        self._empty_visible = 0
        self.search.set_placeholders(
            self.tr("Buscar por nombre, razón social, NIF, ciudad o marca"),
            self.tr("Buscar cuentas"),
        )
        self.search.setAccessibleName(self.tr("Buscar cuentas"))

        # more than one value each (ui/widgets/multi_choice); the name is "any"
        self.status_filter = MultiChoiceCombo(self.tr("Estado"), self)
        self.status_filter.set_options([(status_label(s), s.value) for s in AccountStatus])
        self.group_filter = MultiChoiceCombo(self.tr("Grupo"), self)
        self.executive_filter = MultiChoiceCombo(self.tr("Ejecutivo"), self)
        self.sector_filter = MultiChoiceCombo(self.tr("Sector"), self)
        self.set_options([], [], [])
        combos = (self.status_filter, self.group_filter, self.executive_filter, self.sector_filter)
        for combo in combos:
            # as wide as the filter's name (or every status), whatever names the options
            # bring: a long executive's name is elided, it never widens the row
            fixed = range(combo.count()) if combo is self.status_filter else range(1)
            combo.fit([combo.itemText(n) for n in fixed])
        for combo, name in (
            (self.status_filter, self.tr("Filtrar por estado")),
            (self.group_filter, self.tr("Filtrar por grupo de cuentas")),
            (self.executive_filter, self.tr("Filtrar por ejecutivo principal")),
            (self.sector_filter, self.tr("Filtrar por sector")),
        ):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            combo.activated.connect(lambda _n: self.apply_filters())
            combo.choices_changed.connect(self.apply_filters)
        self.clear_filters = QToolButton(self)
        self.clear_filters.setObjectName("clearFilters")
        self.clear_filters.setIcon(icon("close"))
        self.clear_filters.setText(self.tr("Quitar filtros"))
        self.clear_filters.setToolTip(
            self.tr("Quitar la búsqueda y los filtros («Mis cuentas» queda)")
        )
        self.clear_filters.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clear_filters.setAutoRaise(True)
        self.clear_filters.clicked.connect(self.clear_all_filters)
        self.clear_filters.hide()
        self.mine.setText(self.tr("Mis cuentas"))
        self.mine.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        remembered = settings().value(MINE_KEY)  # the person's last choice, between sessions
        self.mine.setChecked(
            mine_default if remembered is None else remembered in (True, "true", 1, "1")
        )
        self.mine.toggled.connect(lambda on: settings().setValue(MINE_KEY, on))
        self.mine.setToolTip(self.tr("Solo las cuentas en cuyo equipo está usted"))

        self.table.setAccessibleName(self.tr("Cuentas"))
        self.table.chips_in((STATUS_COLUMN,))  # the other cells are plain text, Qt's alone
        header = self.table.horizontalHeader()
        header.resizeSection(STATUS_COLUMN, self.status_width())
        if not self.restore_header([_WIDTHS[key] for key, _label in COLUMNS], 0):
            header.moveSection(header.visualIndex(STATUS_COLUMN), 1)  # the name, then how it is
        if header.sectionSize(STATUS_COLUMN) < self.status_width():
            header.resizeSection(STATUS_COLUMN, self.status_width())  # chips are never cut
        self.empty.set_texts(
            self.tr("No hay cuentas que coincidan"),
            self.tr("Pruebe con otra búsqueda o quite algún filtro."),
        )
        self.empty.set_action(self.tr("Crear cuenta"))
        # name, NIF and status always; the rest as room allows (the account page has them).
        # The name is what the list is read by: it keeps its whole width (up to a floor) and
        # the legal name and the others hide, whole, first.
        self.fit_columns(
            whole=(2, STATUS_COLUMN),
            priority=(0, 2, STATUS_COLUMN, 1, 6, 4, 5, 7),
            minimums={STATUS_COLUMN: self.status_width()},
            floors={0: NAME_FLOOR, **{c: CAP for c in WHOLE_OR_HIDDEN}},
        )

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.mine)
        top.addWidget(self.count_label)
        top.addWidget(self.clear_filters)
        self.filters = WrapRow(list(combos), 8, self)
        self.lay_out(top, self.filters)
        self.set_tab_order([self.search, *combos, self.mine, self.table])
        header.sortIndicatorChanged.connect(self._sort_changed)

    # -- the query ----------------------------------------------------------------------
    @property
    def asked(self) -> bool:
        """Whether the list has been asked for (its area shown, or read ahead)."""
        return self._asked

    def apply_filters(self) -> None:
        super().apply_filters()
        query = self.model.query
        self.clear_filters.setVisible(query is not None and query.filtered())

    def clear_all_filters(self) -> None:
        """«Quitar filtros»: the search and every filter back to «any», in one reload."""
        self.search.clear()
        for combo in (
            self.status_filter,
            self.group_filter,
            self.executive_filter,
            self.sector_filter,
        ):
            combo.clear_choices()
        self.apply_filters()

    def build_query(self) -> AccountQuery:
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        sort = COLUMNS[section][0] if 0 <= section < len(COLUMNS) else "name"
        return AccountQuery(
            text=self.search.text().strip(),
            statuses=tuple(AccountStatus(s) for s in self.status_filter.chosen()),
            group_ids=tuple(self.group_filter.chosen()),
            executive_ids=tuple(self.executive_filter.chosen()),
            sectors=tuple(self.sector_filter.chosen()),
            mine=self.mine.isChecked(),
            sort=sort,
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        self.model.sort(section, order)
        self.save_state()

    def set_options(
        self, groups: list[Option], executives: list[Option], sectors: list[str]
    ) -> None:
        """Fill the filters (only what the person can see: `filters.filter_choices`),
        keeping what is chosen."""
        self.group_filter.set_options([(o.label, o.id) for o in groups])
        self.executive_filter.set_options([(o.label, o.id) for o in executives])
        self.sector_filter.set_options([(sector, sector) for sector in sectors])

    def select_account(self, account_id: int) -> bool:
        """Select `account_id` if the list shows it; True when it does."""
        return self.select_record(account_id)

    def count_text(self, count: int) -> str:
        return count_text(self._locale, count)

    # -- the empty state -------------------------------------------------------------------
    def explain_empty(self, query: AccountQuery) -> None:
        if query.filtered():
            self.show_empty("no_match")
        elif not query.mine:
            self.show_empty("first")
        else:  # none of mine: none at all, or only none where I am on the team?

            def counted(visible: int) -> None:
                if self.model.query == query and self.model.loaded and not self.model.ids():
                    self._empty_visible = visible
                    self.show_empty("none_mine" if visible else "first")

            self.model.count_visible(counted)

    def show_empty(self, kind: str) -> None:
        """ "first", "none_mine" or "no_match"."""
        self._empty_kind = kind
        if kind == "no_match":
            self.empty.set_texts(
                self.tr("No hay cuentas que coincidan"),
                self.tr("Pruebe con otra búsqueda o quite algún filtro."),
            )
            self.empty.set_action(self.tr("Crear cuenta") if self._can_create else "")
        elif kind == "none_mine":
            self.empty.set_texts(
                self.tr("No tiene cuentas asignadas"),
                self.tr(
                    "No forma parte del equipo de ninguna cuenta; la agencia tiene %1 que "
                    "usted puede ver."
                ).replace("%1", count_text(self._locale, self._empty_visible)),
            )
            self.empty.set_action(self.tr("Ver todas"))
        else:
            self.empty.set_texts(
                self.tr("Aún no hay cuentas"),
                self.tr("Cree la primera cuenta: el cliente, sus contactos y sus marcas.")
                if self._can_create
                else self.tr("Las cuentas de la agencia aparecerán aquí cuando se den de alta."),
            )
            self.empty.set_action(self.tr("Crear cuenta") if self._can_create else "")
        self.stack.setCurrentWidget(self.empty)

    def status_width(self) -> int:
        """The Estado column's width: the widest status chip, in the language in use."""
        chips = (status_chip(status) for status in AccountStatus)
        return self.chip_width(chips, STATUS_COLUMN, _WIDTHS["status"])
