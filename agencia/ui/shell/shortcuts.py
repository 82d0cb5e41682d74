"""Ayuda ▸ Atajos de teclado: every shortcut the window has, read from the action registry
(so an area's new action shows up by itself), grouped by menu, plus the keys that work
in any list and field. A filter finds one by its name or its keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agencia.ui.actions import ActionRegistry
from agencia.ui.shell.menus import menu_title
from agencia.ui.widgets.screen_fit import resize_within_screen

translate = QCoreApplication.translate


def general_keys() -> list[tuple[str, str]]:
    """Keys that are not menu actions: what every list, form and dialog understands."""
    t = translate
    save = QKeySequence("Ctrl+S").toString(QKeySequence.SequenceFormat.NativeText)
    return [
        (t("Shortcuts", "Abrir el elemento elegido de una lista"), t("Shortcuts", "Intro")),
        (t("Shortcuts", "Guardar el formulario o la pestaña"), save),
        (
            t("Shortcuts", "Pendientes: hacerlo aquí mismo (aprobar, confirmar, hecho)"),
            t("Shortcuts", "Ctrl+Intro"),
        ),
        (t("Shortcuts", "Cerrar un diálogo sin guardar"), t("Shortcuts", "Esc")),
        (
            t("Shortcuts", "Pasar al campo siguiente o al anterior"),
            t("Shortcuts", "Tab / Mayús+Tab"),
        ),
        (
            t("Shortcuts", "Abrir el menú contextual de una fila"),
            t("Shortcuts", "Menú / Mayús+F10"),
        ),
    ]


def shortcut_rows(registry: ActionRegistry) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group, [(action, keys)]) for every action with keys, menus in the bar's order."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for spec, action in registry.all():
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText)
            for k in action.shortcuts()
            if not k.isEmpty()
        ]
        if not keys:
            continue
        group = spec.menu or (str(spec.area) if spec.area else "app")
        name = action.text().replace("&", "")
        groups.setdefault(group, []).append((name, " · ".join(keys)))
    order = ["file", "edit", "view", "go"]
    ordered = [g for g in order if g in groups] + sorted(g for g in groups if g not in order)
    out = [(menu_title(g) if g in (*order, "help") else g, groups[g]) for g in ordered]
    out.append((translate("Shortcuts", "En listas y formularios"), general_keys()))
    return [(title.replace("&", ""), rows) for title, rows in out]


KEYS_ROOM = 32  # after the longest keys: the cell's margins and a gap before the scroll bar


class ShortcutsDialog(QDialog):
    def __init__(
        self,
        registry: ActionRegistry,
        area_titles: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Atajos de teclado"))
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Acción"), self.tr("Teclas")])
        for title, rows in shortcut_rows(registry):
            heading = QStandardItem(area_titles.get(title, title))
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setEditable(False)
            filler = QStandardItem()
            filler.setEditable(False)
            for name, keys in rows:
                cells = [QStandardItem(name), QStandardItem(keys)]
                for cell in cells:
                    cell.setEditable(False)
                heading.appendRow(cells)
            self.model.appendRow([heading, filler])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setPlaceholderText(self.tr("Buscar un atajo…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.tree = QTreeView(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setModel(self.proxy)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.expandAll()
        self._fit_keys()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 620, 560)

    def _fit_keys(self) -> None:
        """The keys column as wide as the longest keys of every row, with room after them:
        sized to its contents, «Control+Mayúsculas+Z · Control+Y» ran into the scroll bar
        (and the rows out of sight were not measured)."""
        metrics = self.tree.fontMetrics()
        header = self.tree.header()
        texts = [self.tr("Teclas")] + [keys for _name, keys in self.shown()]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, widest + KEYS_ROOM)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.tree.expandAll()

    def shown(self) -> list[tuple[str, str]]:
        """The (action, keys) rows the filter leaves (tests)."""
        out = []
        for g in range(self.proxy.rowCount()):
            group = self.proxy.index(g, 0)
            for n in range(self.proxy.rowCount(group)):
                out.append(
                    (
                        str(self.proxy.index(n, 0, group).data()),
                        str(self.proxy.index(n, 1, group).data()),
                    )
                )
        return out
