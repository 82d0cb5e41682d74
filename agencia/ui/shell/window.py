"""The main window: rail on the left, the current area in the centre, search and the command
palette at the top, the status bar at the bottom. It knows areas only through the Area
contract (agencia/ui/area.py) and imports them after the first paint."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QMenu, QStackedWidget, QVBoxLayout, QWidget

from agencia.ui import settings, style
from agencia.ui.resources import icon
from agencia.ui.shell.opening import OpeningPage
from agencia.ui.shell.window_state import restore_geometry, save_window_state

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QLabel, QToolButton

    from agencia.domain.areas import AreaId
    from agencia.services.search import SearchHit
    from agencia.ui.actions import ActionRegistry, ActionSpec
    from agencia.ui.area import AppContext, Area
    from agencia.ui.shell.area_builder import AreaBuilder
    from agencia.ui.shell.edit_menu import EditMenu
    from agencia.ui.shell.palette import CommandPalette
    from agencia.ui.shell.rail import NavigationRail
    from agencia.ui.shell.rail_fit import RailFit
    from agencia.ui.shell.search import GlobalSearch, SearchField
    from agencia.ui.shell.statusbar import StatusBar
    from agencia.ui.shell.toast import Toast
    from agencia.ui.widgets.unsaved import CloseGuard


class MainWindow(QMainWindow):
    """Signals: `first_painted` once the window is on screen; `area_changed(AreaId)`."""

    first_painted = Signal()
    area_changed = Signal(str)

    # made by build_chrome()
    registry: ActionRegistry
    rail: NavigationRail
    rail_fit: RailFit
    title: QLabel
    search_field: SearchField
    palette_button: QToolButton
    status: StatusBar
    search: GlobalSearch
    close_guard: CloseGuard
    builder: AreaBuilder
    edit_menu: EditMenu

    def __init__(self, parent: QWidget | None = None, *, chrome: bool = True) -> None:
        """The frame — the opening page in the window's place and size — and, unless
        `chrome` is False (the app: `build_chrome` once the frame has painted), the rail,
        the top bar, the status bar, the menus and the window's actions. The frame needs
        no module of the chrome, so the window paints before they are imported."""
        super().__init__(parent)
        self.setWindowTitle("Agencia")
        self.setWindowIcon(icon("agencia"))
        self.setObjectName("MainWindow")
        self.ctx: AppContext | None = None
        self.areas: dict[AreaId, Area] = {}  # those with a page, in rail order
        self.extensions: list[Area] = []  # areas without a page (actions only)
        self._pages: dict[AreaId, QWidget] = {}
        self._menus: dict[str, QMenu] = {}
        self._current: AreaId | None = None
        self._database_label = ""
        self._own_keys: dict[str, list[QKeySequence]] = {}
        self.has_chrome = False

        root = QWidget(self)
        self._row = QHBoxLayout(root)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(0)
        self._right = QWidget(root)
        self._column = QVBoxLayout(self._right)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self.stack = QStackedWidget(self._right)
        self.opening = OpeningPage(self.stack)
        self.opening.painted.connect(self.first_painted)
        self.stack.addWidget(self.opening)
        self._column.addWidget(self.stack, 1)
        self._row.addWidget(self._right, 1)
        self.setCentralWidget(root)
        self._toaster: Toast | None = None  # made with the first toast
        self._palette: CommandPalette | None = None  # made when first opened
        if chrome:
            self.build_chrome()
        restore_geometry(self)  # as it was left, or centred

    def build_chrome(self) -> None:
        """Everything around the page: once (the app calls it after the first paint)."""
        if self.has_chrome:
            return
        self.has_chrome = True
        from agencia.ui.actions import ActionRegistry
        from agencia.ui.shell.area_builder import AreaBuilder
        from agencia.ui.shell.comfort import add_comfort
        from agencia.ui.shell.edit_menu import EditMenu
        from agencia.ui.shell.rail import NavigationRail
        from agencia.ui.shell.rail_fit import RailFit
        from agencia.ui.shell.search import GlobalSearch
        from agencia.ui.shell.statusbar import StatusBar
        from agencia.ui.widgets.unsaved import CloseGuard

        self.registry = ActionRegistry(self)
        self.rail = NavigationRail(self.centralWidget())
        self.rail.area_selected.connect(self.switch_to)
        self.rail_fit = RailFit(self, self.rail)  # collapses it in a small window
        self.rail.collapsed_changed.connect(self._remember_rail)
        self._row.insertWidget(0, self.rail)
        self._column.insertWidget(0, self._build_top_bar(self._right))
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.search = GlobalSearch(self.search_field, self)
        self.search.open_hit.connect(self.open_hit)
        self.close_guard = CloseGuard(self)  # asks about unsaved work before closing
        self.builder = AreaBuilder(self)  # areas built when first needed
        self._register_window_actions()
        self.edit_menu = EditMenu(self.registry, self)  # undo, redo, the clipboard
        add_comfort(self)  # Ayuda ▸ Manual; Archivo ▸ Imprimir…, Imprimir la lista…
        self.rebuild_menus()
        self.rail_fit.choose(bool(settings.get(settings.RAIL_COLLAPSED)))

    @property
    def palette_popup(self) -> CommandPalette:
        """The command palette, made when first opened (like the toasts): the first
        paint does without their modules, and the window's events without their filters."""
        if self._palette is None:
            from agencia.ui.shell.palette import CommandPalette

            self._palette = CommandPalette(self.registry, self._group_name, self._before_run, self)
        return self._palette

    @property
    def toaster(self) -> Toast:
        if self._toaster is None:
            from agencia.ui.shell.toast import Toast

            self._toaster = Toast(self)
        return self._toaster

    def _remember_rail(self, _collapsed: bool) -> None:
        chosen = self.rail_fit.chosen
        if bool(settings.get(settings.RAIL_COLLAPSED)) != chosen:  # written when it changes
            settings.put(settings.RAIL_COLLAPSED, chosen)

    # -- building -------------------------------------------------------------------------
    def _build_top_bar(self, parent: QWidget) -> QWidget:
        from PySide6.QtCore import QSize, Qt
        from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QToolButton

        from agencia.ui.shell.search import SearchField

        bar = QFrame(parent)
        bar.setObjectName("TopBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        bar.setFixedHeight(56)
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 8, 16, 8)
        row.setSpacing(8)
        self.title = QLabel("", bar)
        self.title.setObjectName("AreaTitle")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(120)
        row.addWidget(self.title, 1)
        self.search_field = SearchField(bar)
        self.search_field.setMinimumWidth(240)
        self.search_field.setMaximumWidth(480)
        self.search_field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row.addWidget(self.search_field, 2)
        self.palette_button = QToolButton(bar)
        self.palette_button.setObjectName("TopBarButton")
        self.palette_button.setAutoRaise(True)
        self.palette_button.setIconSize(QSize(20, 20))
        self.palette_button.clicked.connect(self.open_palette)
        row.addWidget(self.palette_button)
        style.notifier.scheme_changed.connect(self._refresh_icons)
        self._refresh_icons()
        return bar

    def _refresh_icons(self, _scheme: str = "") -> None:
        self.palette_button.setIcon(style.themed_icon("command", "text_secondary"))

    def _register_window_actions(self) -> None:
        from PySide6.QtGui import QKeySequence

        from agencia.ui.actions import ActionId, ActionSpec

        register = self.registry.register
        register(
            ActionSpec(
                ActionId.PREFERENCES, self.tr("Preferencias…"), "Ctrl+,", "settings", menu="file"
            ),
            self.open_preferences,
            self,
        )
        register(
            ActionSpec(
                ActionId.QUIT,
                self.tr("Salir"),
                QKeySequence.StandardKey.Quit,
                "sign-out",
                menu="file",
            ),
            self.quit,
            self,
        )
        register(
            ActionSpec(
                ActionId.FIND, self.tr("Buscar en la lista"), "Ctrl+F", "filter", menu="edit"
            ),
            self.focus_area_search,
            self,
        )
        register(
            ActionSpec(
                ActionId.GLOBAL_SEARCH,
                self.tr("Buscar en toda la agencia"),
                "Ctrl+Shift+F",
                "search",
                menu="edit",
            ),
            self.focus_global_search,
            self,
        )
        register(
            ActionSpec(
                ActionId.COMMAND_PALETTE,
                self.tr("Paleta de comandos…"),
                "Ctrl+K",
                "command",
                menu="view",
            ),
            self.open_palette,
            self,
        )
        register(
            ActionSpec(
                ActionId.TOGGLE_RAIL,
                self.tr("Contraer o expandir el panel lateral"),
                "Ctrl+B",
                "menu",
                menu="view",
            ),
            lambda: self.rail.set_collapsed(not self.rail.collapsed),
            self,
        )
        register(
            ActionSpec(
                ActionId.PRINT_PDF,
                self.tr("Guardar en PDF lo que se ve…"),
                None,  # Ctrl+P is Imprimir… (ui/shell/printing.py)
                "document",
                menu="file",
            ),
            self.save_page_pdf,
            self,
        )
        register(
            ActionSpec(
                ActionId.SHORTCUTS, self.tr("Atajos de teclado"), "Ctrl+/", "command", menu="help"
            ),
            self.open_shortcuts,
            self,
        )
        register(
            ActionSpec(ActionId.ABOUT, self.tr("Acerca de Agencia"), None, "info", menu="help"),
            self.open_about,
            self,
        )
        self.palette_button.setToolTip(
            self.tr("Paleta de comandos (%s)")
            % self.registry.get(ActionId.COMMAND_PALETTE)
            .shortcut()
            .toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.search_field.setToolTip(
            self.tr("Busca cuentas y contactos en toda la agencia (%s)")
            % self.registry.get(ActionId.GLOBAL_SEARCH)
            .shortcut()
            .toString(QKeySequence.SequenceFormat.NativeText)
        )

    def rebuild_menus(self) -> None:
        from agencia.ui.shell.menus import build_menus

        titles = {str(area_id): area.title() for area_id, area in self.areas.items()}
        build_menus(self.menuBar(), self.registry, titles, self._current or "", self._menus)
        known = set(self.actions())
        for _spec, action in self.registry.all():
            if action not in known:
                self.addAction(action)  # shortcuts work even for actions in no menu
        self._apply_area_visibility()

    # -- areas ----------------------------------------------------------------------------
    def install(self, ctx: AppContext, agency_name: str = "", lazy: bool = False) -> list[Area]:
        """Signed in: hand the context to every area module that exists, in rail order;
        `lazy`, only up to the area shown first (the others when needed or idle)."""
        self.ctx = ctx
        ctx.navigate = self.navigate
        ctx.toast = self.toast
        self.search.attach(ctx.ops)
        self.edit_menu.attach(ctx)
        ctx.ops.busy_changed.connect(self.status.set_busy)
        ctx.ops.failed.connect(self.toast)
        self.rail.set_agency_name(agency_name)
        from agencia.domain.labels import role_title  # (not before the first paint)
        from agencia.ui.shell.area_builder import ui_modules

        # the person and their role (UI.md), in the window's language and the person's gender:
        # a title typed by the agency is in no known language (English read «Directora…»)
        actor = ctx.actor
        self.status.set_user(actor.name, role_title(actor.role, actor.title_gender))
        wanted = str(settings.get(settings.LAST_AREA) or "")
        # lazy (the app): up to the area shown, the rest when needed (ui/shell/area_builder)
        created = self.builder.begin(ui_modules(), wanted, lazy)
        if self.areas:
            known = {str(a): a for a in self.areas}
            first = known.get(wanted) or next(iter(self.areas))
            if first in self._pages:  # shown before this sign-in: switch_to will not build
                self.rebuild_menus()
            self.switch_to(first)  # its page is new: it builds the menus, once
        else:
            self.rebuild_menus()
            self.opening.set_message(self.tr("No hay áreas disponibles."), busy=False)
        return created

    def add_area(self, area: Area) -> None:
        if not area.has_page:
            area.setParent(self)
            self.extensions.append(area)
            return
        if area.id in self.areas:
            raise ValueError(f"area {area.id} added twice")
        area.setParent(self)
        self.areas[area.id] = area
        from PySide6.QtGui import QKeySequence

        from agencia.ui.actions import ActionId, ActionSpec

        number = len(self.areas)
        button = self.rail.add_area(area.id, area.title(), area.icon_name)
        area.badge_changed.connect(lambda count, a=area.id: self.rail.set_badge(a, count))
        if number <= 10:  # Alt+1…9, and Alt+0 for the tenth (the key after 9)
            action = self.registry.register(
                ActionSpec(
                    ActionId.go_to(area.id),
                    area.title(),
                    f"Alt+{number % 10}",
                    area.icon_name,
                    menu="go",
                ),
                self._go_to(area.id),
                self,
            )
            button.set_shortcut_text(
                action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
            self.addAction(action)

    def _go_to(self, area_id: AreaId) -> Callable[[], None]:
        def go() -> None:
            self.switch_to(area_id)

        return go

    def current_area(self) -> Area | None:
        return self.areas.get(self._current) if self._current is not None else None

    def switch_to(self, area_id: AreaId) -> bool:
        area = self.areas.get(area_id)
        if area is None and self.builder.until(area_id):
            area = self.areas.get(area_id)
        if area is None:
            return False
        area_id = area.id  # the rail hands the id as plain text
        first_time = area_id not in self._pages
        page = self.page_of(area)
        self._current = area_id
        self.stack.setCurrentWidget(page)
        self.rail.set_current(area_id)
        self.title.setText(area.title())
        if first_time:
            self.rebuild_menus()  # the area may register actions as it builds its page
        else:
            self._apply_area_visibility()
            self._show_area_menus()
        if settings.get(settings.LAST_AREA) != str(area_id):  # a write only when it changes
            settings.put(settings.LAST_AREA, str(area_id))
        area.activated()
        self.area_changed.emit(area_id)
        return True

    def page_of(self, area: Area) -> QWidget:
        """`area`'s page, asked for (and so built) the first time it is shown."""
        page = self._pages.get(area.id)
        if page is None:
            page = self._pages[area.id] = area.widget()
            self.stack.addWidget(page)
        return page

    def _apply_area_visibility(self) -> None:
        """Only the current area's actions are live; where one of them claims a window
        shortcut (an area's own Ctrl+F), the area's wins while it is current."""
        taken: set[str] = set()
        for spec, action in self.registry.all():
            if spec.area:
                action.setVisible(spec.area == self._current)
                if spec.area == self._current and not action.shortcut().isEmpty():
                    taken.add(action.shortcut().toString())
        for spec, action in self.registry.all():
            if spec.id.startswith("app.") and spec.shortcut is not None:
                # all its keys, as first registered (Rehacer has two: Ctrl+Shift+Z, Ctrl+Y)
                own = self._own_keys.setdefault(spec.id, action.shortcuts())
                clash = any(key.toString() in taken for key in own)
                action.setShortcuts([] if clash else own)

    def _show_area_menus(self) -> None:
        from agencia.ui.shell.menus import STANDARD_MENUS

        for menu_id, menu in self._menus.items():
            if menu_id in STANDARD_MENUS:
                continue
            menu.menuAction().setVisible(menu_id == self._current)

    def navigate(self, area_id: AreaId, record_id: int | None = None) -> None:
        """Switch to `area_id` and, when given, open one of its records."""
        if not self.switch_to(area_id):
            return
        area = self.areas[area_id]
        if record_id is not None:
            area.open_record(record_id)

    def open_hit(self, hit: SearchHit) -> None:
        """Open a global search hit where its area says (a contact opens its account)."""
        if not self.builder.until(hit.area):
            self.toast(self.tr("El área de cuentas no está disponible."))
            return
        from agencia.ui.widgets.places import Place, request_place

        if hit.kind == "contact" and self.ctx is not None:  # on the contact, not its account
            request_place(self.ctx, Place(hit.area, hit.target_id, "contacts", str(hit.id)))
            return
        if hit.kind == "vendor" and self.ctx is not None:  # the directory, at the supplier
            request_place(self.ctx, Place(hit.area, hit.target_id, "vendors"))
            return
        self.navigate(hit.area, hit.target_id)

    # -- window-wide actions --------------------------------------------------------------
    def quit(self) -> None:
        """Archivo ▸ Salir: closing the window ends the application."""
        self.close()

    def toast(self, message: str) -> None:
        self.toaster.set_bottom_gap(self.status.height() if self.status.isVisible() else 0)
        self.toaster.show_message(message)

    def open_palette(self) -> None:
        self.builder.everything()  # every area's actions, not only those built so far
        self.search.hide()
        self.palette_popup.open_palette()

    def _group_name(self, spec: ActionSpec) -> str:
        from agencia.ui.shell.menus import menu_title

        if spec.area and spec.area in self.areas:
            return self.areas[spec.area].title().replace("&", "")
        if spec.id.startswith("go."):
            return self.tr("Ir a")
        return menu_title(spec.menu).replace("&", "") if spec.menu else ""

    def _before_run(self, spec: ActionSpec) -> None:
        if spec.area and spec.area != self._current:
            self.switch_to(spec.area)

    def focus_area_search(self) -> None:
        area = self.current_area()
        if area is not None:
            area.focus_search()

    def focus_global_search(self) -> None:
        from PySide6.QtCore import Qt

        if self.search_field.isEnabled():
            self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_field.selectAll()

    # the dialogs' modules are imported when first opened, not before the first paint
    def open_preferences(self) -> None:
        from agencia.ui.shell.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    def open_about(self) -> None:
        from agencia.ui.shell.about import AboutDialog

        AboutDialog(self._database_label, self).exec()

    def save_page_pdf(self) -> None:
        from agencia.ui.shell.print_page import ask_and_write

        page, area = self.stack.currentWidget(), self.current_area()
        if page is not None:
            ask_and_write(page, area.title() if area else self.windowTitle(), self)

    def open_shortcuts(self) -> None:
        from PySide6.QtCore import Qt

        from agencia.ui.shell.shortcuts import ShortcutsDialog

        self.builder.everything()
        titles = {str(area_id): area.title() for area_id, area in self.areas.items()}
        dialog = ShortcutsDialog(self.registry, titles, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- start-up states ------------------------------------------------------------------
    def show_opening(self, message: str, busy: bool = True, detail: str = "") -> None:
        self.opening.set_message(message, busy, detail)
        self.stack.setCurrentWidget(self.opening)

    def set_database(self, name: str, detail: str = "") -> None:
        self._database_label = detail or name
        self.build_chrome()  # (a window opened before its first paint: the fallback)
        self.status.set_database(name, detail)

    # -- remembering ----------------------------------------------------------------------
    def save_state(self) -> None:
        save_window_state(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing (the title bar, Alt+F4, Ctrl+Q) first asks about each unsaved thing."""
        if self.has_chrome and not self.close_guard.allow(event):
            return
        self.save_state()
        super().closeEvent(event)
