"""The main window: areas on the rail, menus and the palette from the registry, global
search, status bar, toasts, and what is remembered between runs."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from agencia.areas import ui_modules
from agencia.domain.enums import Role
from agencia.ui import settings
from agencia.ui.actions import ActionSpec
from agencia.ui.area import AppContext, Area
from agencia.ui.ops import Operations
from agencia.ui.shell import area_builder
from agencia.ui.shell.about import AboutDialog
from agencia.ui.shell.palette import score
from agencia.ui.shell.preferences import PreferencesDialog
from agencia.ui.shell.window import MainWindow


class FakeArea(Area):
    """An area that records what the window asks of it."""

    def __init__(self, ctx: AppContext, area_id: str, title: str, icon: str = "accounts") -> None:
        super().__init__(ctx)
        self.id = area_id
        self.icon_name = icon
        self._title = title
        self.page = QLabel(title)
        self.opened: list[int] = []
        self.activations = 0
        self.searches = 0
        self.saved = 0

    def title(self) -> str:
        return self._title

    def widget(self) -> QWidget:
        return self.page

    def activated(self) -> None:
        self.activations += 1

    def open_record(self, record_id: int) -> None:
        self.opened.append(record_id)

    def focus_search(self) -> None:
        self.searches += 1

    def save_state(self) -> None:
        self.saved += 1


def _ctx(ops: Operations, window: MainWindow) -> AppContext:
    return AppContext(
        ops=ops,
        actions=window.registry,
        actor=ops.actor,
        locale=QLocale("es_ES"),
        currency="EUR",
    )


@pytest.fixture
def fake_modules(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, FakeArea]]:
    """The declared pages replaced by two fake area modules: "accounts" and "team"."""
    made: dict[str, FakeArea] = {}
    names = []
    for area_id, title, icon in (("accounts", "Cuentas", "accounts"), ("team", "Equipo", "team")):
        module = types.ModuleType(f"fake_area_{area_id}")

        def create(ctx: AppContext, a: str = area_id, t: str = title, i: str = icon) -> Area:
            made[a] = FakeArea(ctx, a, t, i)
            return made[a]

        module.create = create  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, module.__name__, module)
        names.append(module.__name__)
    monkeypatch.setattr(area_builder, "ui_modules", lambda: tuple(names))
    yield made


@pytest.fixture
def shell(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], fake_modules: dict
) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.install(_ctx(make_ops(agency.admin), window), "Agencia Norte")
    window.show()
    qtbot.waitExposed(window)
    return window


def test_window_opens_with_the_real_areas(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations]
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    created = window.install(_ctx(make_ops(agency.admin), window), "Agencia Norte")
    window.show()
    qtbot.waitExposed(window)
    assert created, f"no area module of {ui_modules()} could be created"
    assert "accounts" in window.areas
    # in the declared order; the decks add actions only, with no place on the rail
    assert list(window.rail.buttons) == [a.id for a in created if a.has_page]
    assert [a.id for a in window.extensions] == [a.id for a in created if not a.has_page]
    assert window.current_area() is window.areas["accounts"]
    assert window.stack.currentWidget() is window.areas["accounts"].widget()
    assert window.title.text() == window.areas["accounts"].title()
    assert window.rail.agency.text() == "Agencia Norte"
    assert window.status.user_text() == "Ana Admin · Administrador"


def test_rail_switches_areas_and_remembers(shell: MainWindow, fake_modules: dict) -> None:
    accounts, team = fake_modules["accounts"], fake_modules["team"]
    assert shell.current_area() is accounts and accounts.activations == 1
    shell.registry.get("go.team").trigger()  # Alt+2
    assert shell.registry.get("go.team").shortcut().toString() == "Alt+2"
    assert shell.current_area() is team
    assert shell.rail.buttons["team"].isChecked()
    assert shell.title.text() == "Equipo"
    assert settings.get(settings.LAST_AREA) == "team"
    shell.rail.buttons["accounts"].click()
    assert shell.current_area() is accounts and accounts.activations == 2


def test_badges_and_collapsing(shell: MainWindow, fake_modules: dict) -> None:
    fake_modules["team"].badge_changed.emit(7)
    button = shell.rail.buttons["team"]
    assert button.badge == 7 and "(7)" in button.toolTip()
    shell.resize(1280, 800)  # a small window collapses the rail by itself
    wide = shell.rail.width()
    shell.registry.get("app.toggle_rail").trigger()
    assert shell.rail.collapsed and shell.rail.width() < wide
    assert settings.get(settings.RAIL_COLLAPSED) is True


def test_state_is_kept_between_runs(
    qtbot: QtBot, shell: MainWindow, fake_modules: dict, make_ops: Callable[..., Operations]
) -> None:
    shell.switch_to("team")
    shell.resize(1280, 800)
    shell.rail.set_collapsed(True)  # the person's choice, not the small window's
    shell.resize(700, 520)
    shell.close()  # saves geometry, rail, areas' own state
    assert fake_modules["accounts"].saved == 1
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.rail.collapsed
    assert again.size().width() == 700
    again.install(_ctx(make_ops(), again))
    assert again.current_area() is not None and again.current_area().id == "team"


def test_navigate_opens_a_record(shell: MainWindow, fake_modules: dict) -> None:
    assert shell.ctx is not None
    shell.ctx.navigate("team", 42)
    assert shell.current_area() is fake_modules["team"]
    assert fake_modules["team"].opened == [42]


def test_menus_come_from_the_registry(shell: MainWindow, fake_modules: dict) -> None:
    shell.registry.register(
        ActionSpec("accounts.new", "Nueva cuenta…", "Ctrl+N", "add", "accounts", "accounts"),
        lambda: None,
    )
    shell.rebuild_menus()
    titles = [a.text() for a in shell.menuBar().actions() if a.isVisible()]
    assert titles == ["&Archivo", "&Editar", "&Ver", "&Ir", "Cuentas", "Ay&uda"]
    shell.switch_to("team")
    titles = [a.text() for a in shell.menuBar().actions() if a.isVisible()]
    assert "Cuentas" not in titles
    assert not shell.registry.get("accounts.new").isVisible()  # another area's action sleeps
    go = [a.text() for a in shell._menus["go"].actions()]
    assert go == ["Cuentas", "Equipo"]


def test_an_area_shortcut_wins_over_the_window_one(shell: MainWindow, fake_modules: dict) -> None:
    find = shell.registry.get("app.find")
    assert find.shortcut().toString() == "Ctrl+F"
    shell.registry.register(
        ActionSpec("accounts.search", "Buscar cuentas", "Ctrl+F", "search", "accounts", "accounts"),
        lambda: None,
    )
    shell.rebuild_menus()
    assert find.shortcut().isEmpty()  # no ambiguous Ctrl+F while Cuentas is current
    shell.switch_to("team")
    assert find.shortcut().toString() == "Ctrl+F"
    find.trigger()
    assert fake_modules["team"].searches == 1


def test_command_palette_runs_an_action(qtbot: QtBot, shell: MainWindow) -> None:
    ran: list[str] = []
    shell.registry.register(
        ActionSpec("test.greet", "Saludar al cliente", None, "user", menu="file"),
        lambda: ran.append("greet"),
    )
    shell.registry.get("app.command_palette").trigger()  # Ctrl+K
    palette = shell.palette_popup
    assert palette.isVisible()
    assert "Saludar al cliente" in palette.visible_labels()
    qtbot.keyClicks(palette.field, "salud")
    assert palette.visible_labels()[0] == "Saludar al cliente"
    with qtbot.waitSignal(palette.ran) as ran_signal:
        qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert ran == ["greet"] and ran_signal.args == ["test.greet"]
    assert not palette.isVisible()


def test_palette_can_go_to_an_area_and_close(qtbot: QtBot, shell: MainWindow) -> None:
    shell.open_palette()
    qtbot.keyClicks(shell.palette_popup.field, "equipo")
    qtbot.keyClick(shell.palette_popup.field, Qt.Key.Key_Return)
    assert shell.current_area() is not None and shell.current_area().id == "team"
    shell.open_palette()
    qtbot.keyClicks(shell.palette_popup.field, "zzzz")
    assert shell.palette_popup.visible_labels() == []
    assert shell.palette_popup.empty.isVisible()
    qtbot.keyClick(shell.palette_popup.field, Qt.Key.Key_Escape)
    assert not shell.palette_popup.isVisible()


def test_palette_filter_ignores_case_and_accents() -> None:
    assert score("Búsqueda global", "busqueda") == 0
    assert score("Nueva cuenta…", "cuenta") is not None
    assert score("Nueva cuenta…", "nc") is not None  # letters in order
    assert score("Nueva cuenta…", "xq") is None
    ranked = sorted(
        ["Editar cuenta…", "Cuentas", "Nueva cuenta…"], key=lambda label: score(label, "cuen")
    )
    assert ranked[0] == "Cuentas"


def test_global_search_opens_accounts_and_contacts(
    qtbot: QtBot, shell: MainWindow, agency: Any, fake_modules: dict
) -> None:
    accounts = fake_modules["accounts"]
    shell.switch_to("team")
    search = shell.search
    search.search_now("coca-cola")
    assert [h.title for h in search.hits] == ["Coca-Cola"]
    assert search.popup.isVisible()
    qtbot.keyClick(shell.search_field, Qt.Key.Key_Return)
    assert shell.current_area() is accounts
    assert accounts.opened == [agency.ids["coca"]]
    assert not search.popup.isVisible()

    search.search_now("garcia")
    titles = [(h.kind, h.title) for h in search.hits]
    assert ("account", "Muebles García") in titles and ("contact", "María García") in titles
    contact_row = next(n for n, h in enumerate(search.hits) if h.kind == "contact")
    for _ in range(contact_row):
        qtbot.keyClick(shell.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(shell.search_field, Qt.Key.Key_Return)
    assert accounts.opened[-1] == agency.ids["coca"]  # María works at Coca-Cola

    search.search_now("zzz")
    assert search.hits == [] and "zzz" in search.hint.text()
    qtbot.keyClick(shell.search_field, Qt.Key.Key_Escape)
    assert not search.popup.isVisible()


def test_global_search_through_the_worker_thread(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], fake_modules: dict
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    ops = make_ops(agency.admin, synchronous=False)
    window.install(_ctx(ops, window))
    window.show()
    qtbot.waitExposed(window)
    window.focus_global_search()
    with qtbot.waitSignal(window.search.results_shown) as shown:
        qtbot.keyClicks(window.search_field, "garc")
    assert shown.args == [len(window.search.hits)] and len(window.search.hits) == 2
    qtbot.keyClicks(window.search_field, "ia mar")  # "garcia mar": only María
    qtbot.waitUntil(lambda: [h.title for h in window.search.hits] == ["María García"])


def test_status_bar_shows_database_person_work_and_connection(
    qtbot: QtBot, shell: MainWindow
) -> None:
    status = shell.status
    shell.set_database("agencia.sqlite3", "/datos/agencia.sqlite3")
    assert status.database_text() == "agencia.sqlite3"
    assert "/datos/agencia.sqlite3" in status.database.toolTip()
    assert "Administrador" in status.user_text()
    assert shell.ctx is not None
    shell.ctx.ops.busy_changed.emit(2)
    qtbot.waitUntil(lambda: status.busy.isVisible())
    assert status.busy_label.text() == "Trabajando…"
    shell.ctx.ops.busy_changed.emit(0)
    assert not status.busy.isVisible()
    status.set_connected(False)
    assert status.connection_label.text() == "Sin conexión"


def test_toast_through_the_context(qtbot: QtBot, shell: MainWindow) -> None:
    assert shell.ctx is not None
    shell.ctx.toast("Cuenta «Coca-Cola» guardada")
    toast = shell.toaster
    assert toast.isVisible() and toast.text() == "Cuenta «Coca-Cola» guardada"
    assert toast.geometry().right() < shell.width()
    assert toast.geometry().bottom() < shell.height() - shell.status.height()
    qtbot.waitUntil(lambda: not toast.isVisible())


def test_failed_operations_become_toasts(qtbot: QtBot, shell: MainWindow) -> None:
    assert shell.ctx is not None
    shell.ctx.ops.failed.emit("No existe la cuenta 9.")
    assert shell.toaster.text() == "No existe la cuenta 9."


def test_about_names_version_database_and_qt(qtbot: QtBot) -> None:
    import agencia

    about = AboutDialog("agencia.sqlite3")
    qtbot.addWidget(about)
    text = about.details_text()
    assert agencia.__version__ in about.version.text()
    assert "agencia.sqlite3" in text and "Qt" in text and "PySide6" in text
    about.copy_details()


def test_preferences_keep_the_language_for_the_next_start(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.restart_note.isVisibleTo(dialog)  # "takes effect on restart"
    dialog.accept()
    assert settings.get(settings.LANGUAGE) == "en"


def test_actor_role_in_status_bar_uses_the_agency_vocabulary(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], fake_modules: dict
) -> None:
    from dataclasses import replace

    window = MainWindow()
    qtbot.addWidget(window)
    director = replace(agency.admin, name="Lucía Fernández", role=Role.ACCOUNT_DIRECTOR)
    window.install(_ctx(make_ops(director), window))
    assert window.status.user_text() == "Lucía Fernández · Director de cuentas"


def test_the_status_bar_calls_a_person_by_their_own_title(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], fake_modules: dict
) -> None:
    """A director whose title is feminine is «Directora de cuentas»; the status bar says
    the person and their role (UI.md), so a title the agency wrote for someone (in
    whatever language it was typed) gives way to the role, in the person's gender."""
    from dataclasses import replace

    from agencia.domain.enums import TitleGender

    lucia = replace(
        agency.admin,
        name="Lucía Fernández",
        role=Role.ACCOUNT_DIRECTOR,
        title_gender=TitleGender.FEMININE,
    )
    window = MainWindow()
    qtbot.addWidget(window)
    window.install(_ctx(make_ops(lucia), window))
    assert window.status.user_text() == "Lucía Fernández · Directora de cuentas"
    custom = replace(lucia, title="Directora general de cuentas")
    other = MainWindow()
    qtbot.addWidget(other)
    other.install(_ctx(make_ops(custom), other))
    assert other.status.user_text() == "Lucía Fernández · Directora de cuentas"


def test_the_status_bar_says_the_role_in_the_windows_language(
    qtbot: QtBot,
    qapp: QApplication,
    agency: Any,
    make_ops: Callable[..., Operations],
    fake_modules: dict,
) -> None:
    """An English window read «Directora de Cuentas», the title as the agency stored it
    in Spanish: the role is said in the window's language, in the person's gender."""
    from dataclasses import replace

    from agencia.domain import messages
    from agencia.domain.enums import TitleGender
    from agencia.ui.shell import i18n

    lucia = replace(
        agency.admin,
        name="Lucía Fernández",
        role=Role.ACCOUNT_DIRECTOR,
        title="Directora de Cuentas",
        title_gender=TitleGender.FEMININE,
    )
    before = messages.language()
    i18n.install_translators(qapp, "en")
    messages.set_language("en")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.install(_ctx(make_ops(lucia), window))
        assert window.status.user_text() == "Lucía Fernández · Account Director"
    finally:
        i18n.install_translators(qapp, "es")
        messages.set_language(before)


def test_quit_and_about_close_their_menus(shell: MainWindow, fake_modules: dict) -> None:
    """Salir is the last item of Archivo and Acerca de the last of Ayuda, after a separator,
    wherever the actions were registered from (printing and the manual come later)."""
    shell.rebuild_menus()
    ids = {id(action): spec.id for spec, action in shell.registry.all()}
    for menu_id, last in (("file", "app.quit"), ("help", "app.about")):
        actions = shell._menus[menu_id].actions()
        named = [ids.get(id(a)) for a in actions if not a.isSeparator()]
        assert named[-1] == last, (menu_id, named)
        assert actions[-2].isSeparator(), menu_id
    help_ids = [ids.get(id(a)) for a in shell._menus["help"].actions() if not a.isSeparator()]
    assert "app.manual" in help_ids and help_ids.index("app.manual") < help_ids.index("app.about")
