"""The accounts list: IDs from SQL, rows in pages, search as you type, filters, export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import Agency, add_account, add_group, add_staff, set_up, small_agency
from gui_support import Recorder, forget_layouts, make_context, type_text, until
from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.changes import ChangeKind, Changes
from agencia.domain.enums import AccountStatus, Role
from agencia.services.accounts.queries import AccountQuery, account_rows, search_account_ids
from agencia.services.accounts.within import account_ids_within
from agencia.ui import settings
from agencia.ui.accounts import list_model
from agencia.ui.accounts.area import AccountsArea
from agencia.ui.accounts.controller import AccountsController
from agencia.ui.accounts.labels import count_text, status_chip
from agencia.ui.accounts.list_model import ID_ROLE, STATUS_COLUMN, AccountListModel
from agencia.ui.accounts.list_view import HEADER_KEY, AccountListView
from agencia.ui.widgets.status_chip import CHIP_ROLE, Chip, cell_width


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


@pytest.fixture(autouse=True)
def _fresh_layouts() -> Iterator[None]:
    forget_layouts()
    yield
    forget_layouts()


def open_accounts(
    qtbot: QtBot, agency: Agency, who: str = "admin", *, synchronous: bool = True
) -> tuple[AccountsArea, AccountsController, Recorder]:
    actor = agency.admin if who == "admin" else agency.actor(who)
    ctx, recorder = make_context(agency.db, actor, synchronous=synchronous)
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()  # shortcuts work in the active window only
    qtbot.waitUntil(until(page.isActiveWindow))
    controller = area.controller
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    return area, controller, recorder


def shown_names(qtbot: QtBot, model: AccountListModel) -> list[str]:
    """The names the list shows once every page has arrived."""
    for row in range(model.rowCount()):
        model.data(model.index(row, 0))  # as painting would: asks for the page
    qtbot.waitUntil(until(lambda: all(model.is_page_loaded(r) for r in range(model.rowCount()))))
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def type_search(qtbot: QtBot, view: AccountListView, text: str) -> None:
    view.search.clear()
    type_text(view.search, text)
    qtbot.waitUntil(until(lambda: view.model.query.text == text.strip()))


# -- the model -----------------------------------------------------------------------------


def test_the_list_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, agency: Agency
) -> None:
    ctx, _ = make_context(agency.db, agency.admin)
    model = AccountListModel(ctx.ops)
    qtmodeltester.check(model)  # empty
    model.set_query(AccountQuery())
    qtmodeltester.check(model)  # rows still loading: placeholders
    assert shown_names(qtbot, model)
    qtmodeltester.check(model)  # rows loaded
    model.set_query(AccountQuery(text="garcia"))
    qtmodeltester.check(model)


def test_rows_arrive_in_pages_with_a_placeholder(qtbot: QtBot, agency: Agency) -> None:
    ctx, _ = make_context(agency.db, agency.admin)
    model = AccountListModel(ctx.ops)
    model.PAGE_SIZE = 2
    calls: list[int] = []
    real_read = ctx.ops.read

    def counting_read(fn: Any, *args: Any, **kwargs: Any) -> int:
        calls.append(len(args[0]) if fn.__name__ == "account_rows" else -1)
        return real_read(fn, *args, **kwargs)

    ctx.ops.read = counting_read  # type: ignore[method-assign]
    model.set_query(AccountQuery())
    assert model.rowCount() == 5
    first = model.index(0, 0)
    # the first page comes ahead of the IDs (a list showing nothing yet: first_page.py),
    # and the IDs take it in (a keystroke's page comes with its IDs, in the same read)
    assert model.is_page_loaded(0) and model.data(first) == "AT&T"
    assert not model.is_page_loaded(4)  # nobody looked at row 4 yet
    assert calls == [-1, -1]  # those two reads, nothing more
    assert model.data(model.index(4, 0)) == "Cargando…"  # never waits on the database
    assert model.data(model.index(4, 0), Qt.ItemDataRole.ForegroundRole) is not None
    qtbot.waitUntil(until(lambda: model.is_page_loaded(4)))
    assert calls == [-1, -1, 1]  # then the page of row 4 (one row)
    assert model.data(model.index(4, 0)) == "L'Oréal"
    status = model.data(model.index(4, 3), CHIP_ROLE)
    assert status == Chip("En pausa", "#b26a00")
    assert model.data(model.index(4, 3)) == "En pausa"  # the chip's text, for reading aloud
    assert model.data(model.index(4, 0), ID_ROLE) == agency.accounts["loreal"]


def test_an_answer_for_an_old_query_is_dropped(qtbot: QtBot, agency: Agency) -> None:
    ctx, _ = make_context(agency.db, agency.admin)
    model = AccountListModel(ctx.ops)
    model.set_query(AccountQuery(text="coca"))
    old_generation = model._generation
    model.set_query(AccountQuery(text="garcia"))
    model._page_arrived(old_generation, 0, [])  # late page of the old query
    assert model.data(model.index(0, 0)) == "Cervezas García"  # not replaced by it
    assert shown_names(qtbot, model) == ["Cervezas García"]


def test_search_through_worker_threads_keeps_only_the_last_answer(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, controller, _ = open_accounts(qtbot, agency, synchronous=False)
    try:
        model = controller.model
        for text in ("c", "co", "coca", "garc", "garcia"):
            model.set_query(AccountQuery(text=text))
        qtbot.waitUntil(until(lambda: model.loaded and model.query.text == "garcia"))
        assert shown_names(qtbot, model) == ["Cervezas García"]
        qtbot.waitUntil(until(lambda: controller.ops.in_flight == 0))
    finally:
        controller.ops.shutdown()


def test_keystrokes_narrow_the_list_read_with_nothing_typed(
    qtbot: QtBot, agency: Agency, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the list with nothing typed is read, a keystroke asks the search index only
    (`account_ids_within`), not the whole query again; other filters or sort: in full."""
    asked: list[str] = []
    within, whole = account_ids_within, search_account_ids

    def narrowing(db: Any, actor: Any, typed: str, listed: list[int]) -> list[int]:
        asked.append(f"within {typed}")
        return within(db, actor, typed, listed)

    def searching(db: Any, actor: Any, query: AccountQuery) -> list[int]:
        asked.append(f"query {query.text}")
        return whole(db, actor, query)

    monkeypatch.setattr(list_model, "account_ids_within", narrowing)
    monkeypatch.setattr(list_model, "search_account_ids", searching)
    _area, controller, _ = open_accounts(qtbot, agency, "lucia")
    view, model = controller.list_view, controller.model
    view.mine.setChecked(False)
    qtbot.waitUntil(until(lambda: model.loaded and not model.query.mine))
    asked.clear()
    for text in ("c", "co", "coca"):
        type_search(qtbot, view, text)
        qtbot.waitUntil(until(lambda: model.loaded))
        assert shown_names(qtbot, model) == shown_names_of(agency, "lucia", text)
    typed = [a for a in asked if a != "within "]  # "": the list readied at idle, once
    assert typed == ["within c", "within co", "within coca"]
    assert asked.count("within ") <= 1
    model.set_query(AccountQuery(text="co", descending=True))  # another order: in full
    assert asked[-1] == "query co"


def test_a_list_asked_before_a_change_is_not_kept_to_narrow(
    qtbot: QtBot, agency: Agency, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list read with nothing typed answers after a change was heard of: it may be
    from before the change, so the next keystroke asks SQL in full."""
    asked: list[str] = []

    def searching(db: Any, actor: Any, query: AccountQuery) -> list[int]:
        asked.append(f"query {query.text}")
        return search_account_ids(db, actor, query)

    monkeypatch.setattr(list_model, "search_account_ids", searching)
    ctx, _ = make_context(agency.db, agency.admin, synchronous=False)
    try:
        model = AccountListModel(ctx.ops)
        model.set_query(AccountQuery())
        ctx.ops.changed.emit(Changes.of(ChangeKind.ACCOUNT))  # before the answer arrives
        qtbot.waitUntil(until(lambda: model.loaded))
        model.set_query(AccountQuery(text="c"))
        qtbot.waitUntil(until(lambda: model.loaded))
        assert asked == ["query ", "query c"]
        model.set_query(AccountQuery())  # read again, nothing heard meanwhile: kept
        qtbot.waitUntil(until(lambda: model.loaded))
        model.set_query(AccountQuery(text="c"))
        qtbot.waitUntil(until(lambda: model.loaded and model.query.text == "c"))
        assert asked == ["query ", "query c", "query "]
    finally:
        ctx.ops.shutdown()


def shown_names_of(agency: Agency, who: str, text: str) -> list[str]:
    """What the whole query answers, as names."""
    actor = agency.actor(who)
    ids = search_account_ids(agency.db, actor, AccountQuery(text=text))
    return [row.name for row in account_rows(agency.db, actor, ids)]


def test_any_change_heard_of_forgets_the_list_keystrokes_narrow(
    qtbot: QtBot, agency: Agency
) -> None:
    """An account added where this window did not see it (another workstation) is found
    by the next keystroke once the change is heard of, whatever its kind."""
    _area, controller, _ = open_accounts(qtbot, agency)
    view, model = controller.list_view, controller.model
    add_account(agency.db, "Cafés del Puerto")  # not through this window: nothing heard
    type_search(qtbot, view, "caf")
    assert shown_names(qtbot, model) == []  # narrowed from the list read before it
    controller.ops.changed.emit(Changes.of(ChangeKind.CAMPAIGN))  # any change at all
    type_text(view.search, "e")
    qtbot.waitUntil(until(lambda: model.loaded and model.query.text == "cafe"))
    assert shown_names(qtbot, model) == ["Cafés del Puerto"]


# -- the view --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("L'Oréal", ["L'Oréal"]),
        ("Coca-Cola", ["Coca-Cola"]),
        ("AT&T", ["AT&T"]),
        ("garcia", ["Cervezas García"]),
        ("loreal", ["L'Oréal"]),
    ],
)
def test_search_as_you_type_with_punctuation_and_accents(
    qtbot: QtBot, agency: Agency, typed: str, expected: list[str]
) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    view = controller.list_view
    type_search(qtbot, view, typed)
    assert shown_names(qtbot, controller.model) == expected
    assert view.count_label.text() == "1 cuenta"


def test_the_count_groups_digits_as_the_locale_does(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    assert controller.list_view.count_label.text() == "5 cuentas"
    assert count_text(QLocale("es_ES"), 123456) == "123.456 cuentas"
    assert count_text(QLocale("es_MX"), 1234) == "1,234 cuentas"
    assert count_text(QLocale("es_ES"), 1) == "1 cuenta"


def test_no_match_shows_the_empty_state_with_its_first_action(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    view = controller.list_view
    type_search(qtbot, view, "nadie")
    assert view.stack.currentWidget() is view.empty
    assert view.empty.title.text() == "No hay cuentas que coincidan"
    assert view.empty.button.isVisible() and view.empty.button.text() == "Crear cuenta"
    qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)
    assert controller.dialog is not None and controller.dialog.objectName() == "accountForm"
    controller.dialog.reject()


def new_agency(db: Database) -> Agency:
    """An agency on its first day: its people, no accounts yet."""
    agency = Agency(db, set_up(db))
    group = agency.groups["consumo"] = add_group(db, "Gran Consumo")
    lucia = agency.staff["lucia"] = add_staff(
        db, "Lucía Fernández Ortega", Role.ACCOUNT_DIRECTOR, group_id=group
    )
    agency.staff["pablo"] = add_staff(
        db, "Pablo Herrero Cano", Role.TRAINEE, group_id=group, reports_to=lucia
    )
    return agency


@pytest.mark.parametrize("who", ["admin", "lucia"])  # "Mis cuentas" off, and on
def test_a_new_agency_is_offered_its_first_account(
    qtbot: QtBot, sqlite_db: Database, who: str
) -> None:
    _area, controller, _ = open_accounts(qtbot, new_agency(sqlite_db), who)
    view = controller.list_view
    assert view.mine.isChecked() == (who == "lucia")
    qtbot.waitUntil(until(lambda: view.empty_kind == "first"))
    assert view.stack.currentWidget() is view.empty
    assert view.empty.title.text() == "Aún no hay cuentas"
    assert view.empty.button.isVisible() and view.empty.button.text() == "Crear cuenta"
    qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)
    assert controller.dialog is not None and controller.dialog.objectName() == "accountForm"
    controller.dialog.reject()
    type_search(qtbot, view, "nadie")  # a search that finds nothing is another matter
    assert view.empty_kind == "no_match"
    assert view.empty.title.text() == "No hay cuentas que coincidan"


def test_a_new_agency_tells_a_trainee_where_accounts_will_appear(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    _area, controller, _ = open_accounts(qtbot, new_agency(sqlite_db), "pablo")
    view = controller.list_view
    qtbot.waitUntil(until(lambda: view.empty_kind == "first"))
    assert view.empty.title.text() == "Aún no hay cuentas"
    assert "aparecerán aquí" in view.empty.body.text()
    assert not view.empty.button.isVisible()


def test_no_accounts_of_mine_offers_to_see_them_all(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency, "lucia")  # director, on no team
    view = controller.list_view
    assert view.mine.isChecked() and controller.model.rowCount() == 0
    qtbot.waitUntil(until(lambda: view.empty_kind == "none_mine"))
    assert view.stack.currentWidget() is view.empty
    assert view.empty.title.text() == "No tiene cuentas asignadas"
    assert "4 cuentas" in view.empty.body.text()  # the ones of her group she may see
    assert view.empty.button.isVisible() and view.empty.button.text() == "Ver todas"
    qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)
    assert not view.mine.isChecked()
    assert len(shown_names(qtbot, controller.model)) == 4
    assert view.stack.currentWidget() is view.table


def test_a_trainee_is_not_offered_to_create(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency, "pablo")
    view = controller.list_view
    type_search(qtbot, view, "nadie")
    assert view.stack.currentWidget() is view.empty
    assert not view.empty.button.isVisible()


def test_header_clicks_sort_in_sql(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    header = controller.list_view.table.horizontalHeader()
    assert shown_names(qtbot, controller.model)[0] == "AT&T"
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert controller.model.query.sort == "name" and controller.model.query.descending
    assert shown_names(qtbot, controller.model) == [
        "L'Oréal",
        "Coca-Cola",
        "Cervezas García",
        "Banco Andino",
        "AT&T",
    ]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 6))
    assert controller.model.query.sort == "lead_executive"


def test_a_closed_list_never_writes_its_layout_later(qtbot: QtBot, agency: Agency) -> None:
    """The layout is saved when the list hides; its half-second save timer must not write
    an old layout over settings made since (it did, into the next test's settings)."""
    from agencia.ui import settings
    from agencia.ui.accounts.list_view import HEADER_KEY

    area, controller, _ = open_accounts(qtbot, agency)
    header = controller.list_view.table.horizontalHeader()
    header.resizeSection(0, header.sectionSize(0) + 40)
    area.widget().close()
    assert not settings.get_bytes(HEADER_KEY).isEmpty()  # saved on hiding
    QSettings("Agencia", "Agencia").clear()
    qtbot.wait(700)
    assert settings.get_bytes(HEADER_KEY).isEmpty()


def _section_centre(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_filters_narrow_the_list(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    view = controller.list_view

    def choose(combo: Any, data: Any) -> None:
        index = combo.findData(data)
        assert index >= 0, data
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    choose(view.status_filter, AccountStatus.PROSPECT.value)
    assert shown_names(qtbot, controller.model) == ["Cervezas García"]
    choose(view.status_filter, None)
    choose(view.group_filter, agency.groups["servicios"])
    assert shown_names(qtbot, controller.model) == ["Banco Andino"]
    choose(view.group_filter, None)
    choose(view.executive_filter, agency.staff["laura"])
    assert shown_names(qtbot, controller.model) == ["AT&T"]
    choose(view.executive_filter, None)
    choose(view.sector_filter, "Bebidas")
    assert shown_names(qtbot, controller.model) == ["Cervezas García", "Coca-Cola"]


def test_my_accounts_is_checked_by_default(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency, "lucia")  # director, on no team
    view = controller.list_view
    assert view.mine.isChecked()
    assert controller.model.rowCount() == 0
    view.mine.setChecked(False)
    assert shown_names(qtbot, controller.model) == [
        "AT&T",
        "Cervezas García",
        "Coca-Cola",
        "L'Oréal",
    ]
    _area2, admin_controller, _ = open_accounts(qtbot, agency)
    assert not admin_controller.list_view.mine.isChecked()  # an administrator is on no team


def test_the_column_layout_is_remembered(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    header = controller.list_view.table.horizontalHeader()
    header.resizeSection(1, 333)
    header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    controller.save_state()
    _area2, again, _ = open_accounts(qtbot, agency)
    header2 = again.list_view.table.horizontalHeader()
    assert header2.sectionSize(1) == 333
    assert again.model.query.sort == "tax_id" and again.model.query.descending


def test_the_layout_is_stored_as_a_byte_array_and_read_back(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    header = controller.list_view.table.horizontalHeader()
    header.resizeSection(2, 211)
    controller.save_state()
    stored = QSettings("Agencia", "Agencia")  # a new reader: what the next run will see
    stored.sync()
    value = stored.value(HEADER_KEY)
    assert isinstance(value, QByteArray) and value == header.saveState()
    text = Path(stored.fileName()).read_text(encoding="utf-8", errors="replace")
    assert "@ByteArray(" in text and "PyObject" not in text  # not a pickled Python object
    _area2, again, _ = open_accounts(qtbot, agency)
    assert again.list_view.table.horizontalHeader().sectionSize(2) == 211


def test_states_pickled_by_an_older_version_become_byte_arrays(
    qtbot: QtBot, agency: Agency
) -> None:
    header = QByteArray(b"\x00\x01state")
    old = QSettings("Agencia", "Agencia")
    old.setValue("meta/version", 1)
    old.setValue(HEADER_KEY, bytes(header.data()))  # what version 1 wrote: @Variant(PyObject)
    old.sync()
    assert settings.get_bytes(HEADER_KEY) == header
    again = QSettings("Agencia", "Agencia")
    assert isinstance(again.value(HEADER_KEY), QByteArray)
    assert int(again.value("meta/version")) == settings.SETTINGS_VERSION


def test_status_chips_are_never_cut(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    table = controller.list_view.table
    header = table.horizontalHeader()
    widest = max(cell_width(status_chip(s), table.font()) for s in AccountStatus)
    assert header.sectionSize(STATUS_COLUMN) >= widest
    assert header.visualIndex(STATUS_COLUMN) == 1  # right after the name, in sight
    option = QStyleOptionViewItem()
    option.font = table.font()
    shown_names(qtbot, controller.model)
    for row in range(controller.model.rowCount()):  # the delegate asks for what it paints
        index = controller.model.index(row, STATUS_COLUMN)
        chip = index.data(CHIP_ROLE)
        assert table.itemDelegateForIndex(index).sizeHint(option, index).width() == cell_width(
            chip, table.font()
        )
    header.resizeSection(STATUS_COLUMN, 40)  # saved too narrow (another language)…
    controller.save_state()
    _area2, again, _ = open_accounts(qtbot, agency)
    again_header = again.list_view.table.horizontalHeader()
    assert again_header.sectionSize(STATUS_COLUMN) >= widest  # …widened again


@pytest.mark.parametrize("width", [900, 420, 300])
def test_the_filters_wrap_rather_than_cut_their_names(
    qtbot: QtBot, agency: Agency, width: int
) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    view = controller.list_view
    view.resize(width, 600)
    qtbot.waitUntil(until(lambda: view.filters.width() <= width))
    combos = [view.status_filter, view.group_filter, view.executive_filter, view.sector_filter]
    for combo in combos:
        assert combo.width() >= combo.sizeHint().width(), combo.accessibleName()
        assert not combo.is_elided(), combo.currentText()
    assert view.filters.columns == view.filters.columns_for(view.filters.width())
    tops = {combo.geometry().top() for combo in combos}
    assert len(tops) == 4 // view.filters.columns  # one line, two, or four
    assert view.count_label.width() >= view.count_label.sizeHint().width()


def test_a_long_choice_is_elided_in_its_filter(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    view = controller.list_view
    view.resize(300, 600)
    combo = view.executive_filter
    combo.addItem("Bartolomé Ezequiel de la Santísima Trinidad Fernández", 999)
    combo.setCurrentIndex(combo.count() - 1)
    qtbot.waitUntil(until(lambda: view.filters.width() <= 300))
    assert combo.is_elided()
    assert combo.width() <= view.filters.width()  # the row did not grow for it


def test_rows_have_a_fixed_height(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    rows = controller.list_view.table.verticalHeader()
    assert rows.sectionResizeMode(0) == rows.ResizeMode.Fixed
    assert len({rows.sectionSize(r) for r in range(controller.model.rowCount())}) == 1


def test_refresh_keeps_the_selection(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    view = controller.list_view
    shown_names(qtbot, controller.model)
    view.table.selectRow(2)
    selected = view.selected_id
    controller.actions["accounts.refresh"].trigger()
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    assert view.selected_id == selected
    assert view.table.currentIndex().row() == 2


def test_a_forgotten_selection_stays_forgotten_across_a_refresh(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    view = controller.list_view
    shown_names(qtbot, controller.model)
    view.table.selectRow(2)
    view.forget_selection()  # the account page closed: no row stands for it
    controller.actions["accounts.refresh"].trigger()
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    assert view.selected_id is None
    assert not view.table.selectionModel().hasSelection()
    opened: list[object] = []
    view.current_changed.connect(opened.append)
    view.table.selectRow(2)  # the same row again opens it again
    assert opened == [controller.model.record_id(2)]


def test_export_writes_the_list_for_excel(
    qtbot: QtBot, agency: Agency, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _area, controller, recorder = open_accounts(qtbot, agency)
    type_search(qtbot, controller.list_view, "a")
    target = tmp_path / "mis-cuentas"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)")
    )
    controller.actions["accounts.export"].trigger()
    written = tmp_path / "mis-cuentas.csv"
    qtbot.waitUntil(until(written.exists))
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(written.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == [
        "Nombre",
        "Razón social",
        "NIF",
        "Estado",
        "Sector",
        "Grupo",
        "Ejecutivo",
        "Ciudad",
        "País",
    ]
    assert [r[0] for r in rows[1:]] == shown_names(qtbot, controller.model)
    assert recorder.toasts[-1].startswith(f"{len(rows) - 1} cuentas exportadas")
