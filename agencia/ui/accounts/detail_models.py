"""The item models of the account page: brands and products, contacts, team, history."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from agencia.domain.labels import role_title, title_shown
from agencia.services.accounts.history_references import NAMED_BY_SUMMARY
from agencia.services.accounts.views import BrandView, ContactView, HistoryEntry, TeamMember
from agencia.ui.accounts.history_values import days
from agencia.ui.accounts.labels import (
    audit_action_label,
    channel_label,
    contact_role_label,
    entity_label,
    field_label,
    local_datetime,
    part_label,
    value_text,
    yes_no,
)
from agencia.ui.resources import icon
from agencia.ui.widgets.table_model import Column, RowsModel
from agencia.ui.widgets.tree_model import TreeModel, TreeNode

translate = QCoreApplication.translate


class BrandsModel(TreeModel):
    """Brands with their products underneath."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [translate("BrandsModel", "Marca / producto"), translate("BrandsModel", "Descripción")],
            parent,
        )

    def set_brands(self, brands: Sequence[BrandView]) -> None:
        nodes = []
        for brand in brands:
            node = TreeNode("brand", brand.id, [brand.name, brand.description], icon("brand"))
            node.payload = brand
            for product in brand.products:
                child = TreeNode("product", product.id, [product.name, product.description])
                child.payload = product
                node.add(child)
            nodes.append(node)
        self.set_nodes(nodes)


class ContactsModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("ContactsModel", "Nombre"), lambda c: c.full_name),
                Column(translate("ContactsModel", "Cargo"), lambda c: c.position),
                Column(
                    translate("ContactsModel", "Papel en el cliente"),
                    lambda c: contact_role_label(c.contact_role),
                ),
                Column(
                    translate("ContactsModel", "Canal preferido"),
                    lambda c: channel_label(c.preferred_channel),
                ),
                Column(
                    translate("ContactsModel", "Decisor"),
                    lambda c: "✓" if c.decision_maker else "",
                    tooltip=lambda c: (
                        translate("ContactsModel", "Toma decisiones") if c.decision_maker else ""
                    ),
                    accessible=lambda c: yes_no(c.decision_maker),
                    centered=True,
                ),
                Column(translate("ContactsModel", "Marcas"), lambda c: ", ".join(c.brands)),
                Column(translate("ContactsModel", "Correo electrónico"), lambda c: c.email),
                Column(translate("ContactsModel", "Teléfono"), lambda c: c.phone or c.mobile),
            ],
            parent,
        )
        self.set_muted(lambda c: not c.active)

    def set_contacts(self, contacts: Sequence[ContactView]) -> None:
        # active first, then by name: the people the executive talks to today
        self.set_rows(sorted(contacts, key=lambda c: (not c.active, c.full_name.casefold())))


class TeamModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("TeamModel", "Nombre"), lambda m: m.name),
                Column(translate("TeamModel", "Papel en la cuenta"), lambda m: part_label(m.part)),
                # the role in the person's grammatical gender, as Equipo and Personas say it
                Column(translate("TeamModel", "Rol"), lambda m: role_title(m.role, m.title_gender)),
                Column(
                    translate("TeamModel", "Cargo"),
                    lambda m: title_shown(m.title, m.role, m.title_gender),
                ),
            ],
            parent,
        )

    def set_team(self, team: Sequence[TeamMember]) -> None:
        self.set_rows(team)


class HistoryModel(TreeModel):
    """The audit trail of the account: one row per change, its fields underneath.

    The page is narrower than what a trail says: each cell elides, and its tooltip is
    its own words whole — «Cambios»' is every change, old → new, one a line."""

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(
            [
                translate("HistoryModel", "Cuándo"),
                translate("HistoryModel", "Quién"),
                translate("HistoryModel", "Qué"),
                translate("HistoryModel", "Cambios"),
            ],
            parent,
        )
        self._locale = locale

    def set_history(
        self,
        entries: Sequence[HistoryEntry],
        names: Mapping[str, Mapping[int, str]] | None = None,
    ) -> None:
        names_given = names
        nodes = []
        for n, entry in enumerate(entries):
            names = self._names_for(entry, names_given)
            what = audit_action_label(entry.action)
            if entry.entity != "account":
                summary = entry.summary
                if entry.entity == "survey_response":  # «Encuesta · 2026-09-24»: its day
                    summary = days(summary, self._locale)  # (elsewhere a day is as typed)
                what = f"{what} · {entity_label(entry.entity)} {summary}".rstrip()
            changed = [field_label(k) for k in entry.changes]
            one_line = ""
            if len(entry.changes) == 1:
                ((key, pair),) = entry.changes.items()
                one_line = f"{field_label(key)}: {self._pair(key, pair, names, entry.entity)}"
            node = TreeNode(
                "event",
                n,
                [
                    local_datetime(self._locale, entry.at),
                    entry.who,
                    what,
                    one_line or ", ".join(changed),
                ],
            )
            node.payload = entry
            node.tooltip = "\n".join(
                f"{field_label(k)}: {self._pair(k, pair, names, entry.entity)}"
                for k, pair in entry.changes.items()
            )
            if len(entry.changes) > 1:
                for key, pair in entry.changes.items():
                    # one line per field, spanning the row (the view spans it)
                    line = f"{field_label(key)}: {self._pair(key, pair, names, entry.entity)}"
                    node.add(TreeNode("change", n, [line, "", "", ""]))
            nodes.append(node)
        self.set_nodes(nodes)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.column() < 3:
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)

    def _names_for(
        self, entry: HistoryEntry, names: Mapping[str, Mapping[int, str]] | None
    ) -> Mapping[str, Mapping[int, str]] | None:
        """`names`, and the records the entry's own summary names (a response's survey
        and day: «Cinco indicadores de calidad · 2025-11-02», `NAMED_BY_SUMMARY`)."""
        mine = [f for f in entry.changes if (entry.entity, f) in NAMED_BY_SUMMARY]
        if not mine or not entry.summary:
            return names
        merged = {k: dict(v) for k, v in (names or {}).items()}
        for field in mine:
            pair = entry.changes[field]
            for value in pair if isinstance(pair, list | tuple) else [pair]:
                if isinstance(value, int):
                    merged.setdefault(field, {})[value] = days(entry.summary, self._locale)
        return merged

    def _pair(
        self,
        key: str,
        pair: object,
        names: Mapping[str, Mapping[int, str]] | None,
        entity: str = "",
    ) -> str:
        def text(value: object) -> str:
            return value_text(key, value, names, entity=entity, locale=self._locale)

        if isinstance(pair, list | tuple) and len(pair) == 2:
            old, new = pair
            if old is None or old in ("", "None") or old == []:  # set: nothing before it
                return text(new)
            return f"{text(old)} → {text(new)}"
        return text(pair)
