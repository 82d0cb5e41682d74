"""The account page: what it shows, its item models, links, and who may edit."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from factories import Agency, add_account, small_agency
from gui_support import Recorder, make_context, until
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.changes import ChangeKind, Changes
from agencia.domain.enums import Channel, ContactRole
from agencia.domain.errors import PermissionDenied
from agencia.services.accounts import queries as svc
from agencia.services.accounts.account_edit import AccountInput, input_from_detail, update_account
from agencia.services.accounts.brands import add_product
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.ui.accounts.area import AccountsArea
from agencia.ui.accounts.controller import AccountsController
from agencia.ui.accounts.detail_models import BrandsModel, ContactsModel, HistoryModel, TeamModel


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def open_accounts(
    qtbot: QtBot, agency: Agency, who: str = "admin"
) -> tuple[AccountsArea, AccountsController, Recorder]:
    actor = agency.admin if who == "admin" else agency.actor(who)
    ctx, recorder = make_context(agency.db, actor)
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()  # shortcuts work in the active window only
    qtbot.waitUntil(until(page.isActiveWindow))
    qtbot.waitUntil(until(lambda: area.controller.model.loaded))
    return area, area.controller, recorder


def select(qtbot: QtBot, controller: AccountsController, account_id: int) -> None:
    assert controller.list_view.select_account(account_id)
    qtbot.waitUntil(
        until(lambda: controller.detail is not None and controller.detail.id == account_id)
    )


def test_opening_a_record_keeps_the_lists_search_selection_and_scroll(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    view = controller.list_view
    view.search.setText("a")
    view.apply_filters()
    table = view.table
    table.setFixedHeight(90)  # a short table, so there is something to scroll
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    scroll = table.verticalScrollBar().value()
    select(qtbot, controller, agency.accounts["loreal"])
    detail = controller.detail_view
    assert detail.title.text() == "L'Oréal"
    assert detail.chip.text() == "En pausa"
    assert "L'Oréal España, S.A." in detail.subtitle.text()
    assert "NIF A28050359" in detail.subtitle.text()
    assert view.search.text() == "a"
    assert view.selected_id == agency.accounts["loreal"]
    assert table.verticalScrollBar().value() == scroll
    detail.open_account.emit(agency.accounts["coca"])  # e.g. a link on the page
    qtbot.waitUntil(until(lambda: detail.title.text() == "Coca-Cola"))
    assert view.search.text() == "a"


def test_the_page_shows_facts_in_spanish(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    select(qtbot, controller, agency.accounts["att"])
    facts = controller.detail_view.facts
    assert facts["lead"].text() == "Laura Velázquez Gil"
    assert facts["group"].text() == "Gran Consumo"
    assert "México" in facts["address"].text()
    assert facts["may_be_shown"].text().startswith("No")
    tabs = controller.detail_view.tabs
    assert [tabs.tabText(n) for n in range(tabs.count())] == [
        "Datos",
        "Marcas (0)",
        "Contactos (0)",
        "Equipo (1)",
        "Historial",
        "Satisfacción",  # the satisfaction area's tab (its declaration's `tabs`)
    ]


def test_the_pages_item_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, agency: Agency
) -> None:
    db = agency.db
    coca = agency.accounts["coca"]
    add_product(db, SYSTEM, agency.brands["coca"], "Lata 33 cl")
    save_contact(
        db,
        SYSTEM,
        coca,
        ContactInput(full_name="Adrián Parra", brand_ids=(agency.brands["fanta"],)),
    )
    detail = svc.get_account(db, SYSTEM, coca)
    update_account(
        db,
        SYSTEM,
        coca,
        replace(input_from_detail(detail), city="Bilbao", phone="+34 600 000 000"),
        detail.version,
    )
    detail = svc.get_account(db, SYSTEM, coca)
    from PySide6.QtCore import QLocale

    brands = BrandsModel()
    brands.set_brands(detail.brands)
    contacts = ContactsModel()
    contacts.set_contacts(detail.contacts)
    team = TeamModel()
    team.set_team(detail.team)
    history = HistoryModel(QLocale("es_ES"))
    history.set_history(detail.history)
    for model in (brands, contacts, team, history):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    for model in (BrandsModel(), ContactsModel(), TeamModel(), HistoryModel(QLocale("es_ES"))):
        qtmodeltester.check(model)  # empty too


def test_contacts_speak_the_clients_language(qtbot: QtBot, agency: Agency) -> None:
    coca = agency.accounts["coca"]
    save_contact(
        agency.db,
        SYSTEM,
        coca,
        ContactInput(
            full_name="Adrián Parra García",
            position="Director de Publicidad",
            contact_role=ContactRole.ADVERTISING_DIRECTOR,
            preferred_channel=Channel.CERTIFIED_POST,
            decision_maker=True,
            brand_ids=(agency.brands["coca"], agency.brands["fanta"]),
        ),
    )
    _area, controller, _ = open_accounts(qtbot, agency)
    select(qtbot, controller, coca)
    model = controller.detail_view.contacts_tab.contacts_model
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[:6] == [
        "Adrián Parra García",
        "Director de Publicidad",
        "Director de publicidad",
        "Correo certificado",
        "✓",
        "Coca-Cola Zero, Fanta",
    ]
    assert model.data(model.index(0, 4), Qt.ItemDataRole.AccessibleTextRole) == "Sí"
    team = controller.detail_view.team_model
    parts = {
        team.data(team.index(r, 0)): team.data(team.index(r, 1)) for r in range(team.rowCount())
    }
    # a part, not a title: it reads right beside anyone's name (agencia.domain.labels)
    assert parts["Álvaro García Rubio"] == "Responsable de la cuenta"
    assert parts["Pablo Herrero Cano"] == "Asistencia"


def test_the_history_shows_who_changed_what_old_to_new(qtbot: QtBot, agency: Agency) -> None:
    coca = agency.accounts["coca"]
    alvaro = agency.actor("alvaro")
    detail = svc.get_account(agency.db, alvaro, coca)
    update_account(
        agency.db, alvaro, coca, replace(input_from_detail(detail), city="Bilbao"), detail.version
    )
    _area, controller, _ = open_accounts(qtbot, agency)
    select(qtbot, controller, coca)
    history = controller.detail_view.history_model
    newest = [history.data(history.index(0, c)) for c in range(4)]
    assert newest[1:] == ["Álvaro García Rubio", "Modificación", "Ciudad: Madrid → Bilbao"]
    when = newest[0]
    assert any(
        month in when
        for month in (
            "ene",
            "feb",
            "mar",
            "abr",
            "may",
            "jun",
            "jul",
            "ago",
            "sept",
            "oct",
            "nov",
            "dic",
        )
    )
    oldest = history.rowCount() - 1
    assert history.data(history.index(oldest, 2)) == "Alta"
    created = history.index(oldest, 0)
    assert history.rowCount(created) > 1  # each field it set, underneath
    lines = [history.data(history.index(r, 0, created)) for r in range(history.rowCount(created))]
    assert "Nombre comercial: Coca-Cola" in lines
    assert controller.detail_view.history.isFirstColumnSpanned(0, created)
    assert history.data(history.index(oldest, 0), Qt.ItemDataRole.ToolTipRole)


def test_a_duplicate_tax_id_is_warned_on_the_page(qtbot: QtBot, agency: Agency) -> None:
    twin = add_account(
        agency.db, "Coca-Cola Iberia", tax_id="B86561412", group_id=agency.groups["consumo"]
    )
    _area, controller, _ = open_accounts(qtbot, agency)
    select(qtbot, controller, twin)
    warning = controller.detail_view.duplicate
    assert warning.isVisible()
    assert "Ya existe una cuenta con este NIF:" in warning.text()
    assert f'href="account:{agency.accounts["coca"]}"' in warning.text()
    controller.detail_view._link(f"account:{agency.accounts['coca']}")
    qtbot.waitUntil(
        until(lambda: controller.detail is not None and controller.detail.trade_name == "Coca-Cola")
    )


def test_parent_company_is_a_link_and_subsidiaries_are_listed(qtbot: QtBot, agency: Agency) -> None:
    child = add_account(
        agency.db,
        "Fanta Ibérica",
        parent_id=agency.accounts["coca"],
        group_id=agency.groups["consumo"],
    )
    _area, controller, _ = open_accounts(qtbot, agency)
    select(qtbot, controller, child)
    facts = controller.detail_view.facts
    assert f'href="account:{agency.accounts["coca"]}"' in facts["parent"].text()
    controller.detail_view._link(f"account:{agency.accounts['coca']}")
    qtbot.waitUntil(until(lambda: controller.detail_view.title.text() == "Coca-Cola"))
    assert "Fanta Ibérica" in facts["subsidiaries"].text()


def test_a_trainee_sees_the_edit_actions_disabled_and_why(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency, "pablo")
    coca = agency.accounts["coca"]
    assert controller.model.ids() == [coca]  # the one account whose team he is on
    select(qtbot, controller, coca)
    why = "Su rol (Trainee) no permite editar cuentas, contactos ni marcas."
    for action_id in (
        "accounts.edit",
        "accounts.deactivate",
        "accounts.new_contact",
        "accounts.new_brand",
    ):
        action = controller.actions[action_id]
        assert not action.isEnabled(), action_id
        assert why in action.toolTip(), action_id
    new = controller.actions["accounts.new"]
    assert not new.isEnabled()
    assert new.toolTip() == f"Nueva cuenta — {why}"
    assert controller.actions["accounts.edit"].toolTip() == f"Editar cuenta — {why}"
    detail = controller.detail_view
    assert detail.read_only.isVisible() and detail.read_only.text() == why
    assert not detail.contacts_tab.add_contact_button.isEnabled()
    assert detail.contacts_tab.add_contact_button.toolTip() == why
    controller.edit_account()  # even if asked directly: nothing opens
    assert controller.dialog is None
    assert controller.actions["accounts.export"].isEnabled()  # reading is fine
    with pytest.raises(PermissionDenied) as refused:  # and the service refuses it too
        update_account(agency.db, agency.actor("pablo"), coca, AccountInput(trade_name="Pepsi"), 1)
    assert "Trainee" in str(refused.value)


def test_an_executive_may_edit_their_account(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency, "alvaro")
    select(qtbot, controller, agency.accounts["coca"])
    for action_id in (
        "accounts.edit",
        "accounts.deactivate",
        "accounts.new_contact",
        "accounts.new",
    ):
        assert controller.actions[action_id].isEnabled(), action_id
    assert not controller.actions["accounts.reactivate"].isEnabled()  # it is active
    assert not controller.detail_view.read_only.isVisible()


def test_actions_apply_only_while_the_page_is_shown(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    assert controller.actions["accounts.refresh"].isEnabled()
    controller.page.hide()
    assert not controller.actions["accounts.refresh"].isEnabled()  # F5 is the other area's now
    assert controller.actions["accounts.refresh"].shortcut().toString() == "F5"
    assert controller.actions["accounts.new"].shortcut().toString() == "Ctrl+N"
    assert controller.actions["accounts.undo"].shortcut().isEmpty()  # Editar ▸ Deshacer's
    assert controller.actions["accounts.search"].shortcut().toString() == "Ctrl+F"
    assert controller.actions["accounts.deactivate"].shortcut().toString() == "Del"


def test_open_record_from_elsewhere_shows_it_without_touching_the_list(
    qtbot: QtBot, agency: Agency
) -> None:
    area, controller, _ = open_accounts(qtbot, agency)
    controller.list_view.search.setText("coca")
    controller.list_view.apply_filters()
    area.open_record(agency.accounts["andino"])  # not in the filtered list
    qtbot.waitUntil(until(lambda: controller.detail_view.title.text() == "Banco Andino"))
    assert controller.model.ids() == [agency.accounts["coca"]]
    assert controller.list_view.search.text() == "coca"


def test_only_changes_that_concern_accounts_refresh_the_screen(
    qtbot: QtBot, agency: Agency, monkeypatch: pytest.MonkeyPatch
) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    select(qtbot, controller, agency.accounts["coca"])
    reads: list[str] = []
    real = controller.ops.read
    monkeypatch.setattr(
        controller.ops,
        "read",
        lambda fn, *a, **k: (reads.append(fn.__name__), real(fn, *a, **k))[1],
    )
    controller.ops.changed.emit(Changes.of(ChangeKind.CAMPAIGN))
    assert reads == []
    controller.ops.changed.emit(Changes.of(ChangeKind.CONTACT))
    assert reads == ["get_account"]  # the page, not the list
    reads.clear()
    controller.ops.changed.emit(Changes.of(ChangeKind.ACCOUNT))
    assert "_ids_and_first_page" in reads and "get_account" in reads  # ids and page: one read


def drag_divider(qtbot: QtBot, controller: AccountsController, dx: int) -> None:
    """Drag the divider before the account page by `dx` pixels, as a mouse would."""
    splitter = controller.page.splitter
    handle = splitter.handle(splitter.indexOf(controller.detail_view))
    # laid out: the page right after the list and the handle between them (the style's
    # handle is 1 px wide, and Qt widens a thin handle's grip over both neighbours)
    page = controller.detail_view
    qtbot.waitUntil(until(lambda: page.x() == splitter.sizes()[0] + splitter.handleWidth()))
    start = handle.rect().center()
    screen = handle.mapToGlobal(start)  # where the hand started (the handle moves with it)

    def send(kind: QEvent.Type, x: int, buttons: Qt.MouseButton) -> None:
        at = QPoint(screen.x() + x, screen.y())
        event = QMouseEvent(
            kind,
            QPointF(handle.mapFromGlobal(at)),
            QPointF(at),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(handle, event)

    send(QEvent.Type.MouseButtonPress, 0, Qt.MouseButton.LeftButton)
    for step in range(1, 5):  # in steps, as a hand moves
        send(QEvent.Type.MouseMove, dx * step // 4, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, dx, Qt.MouseButton.NoButton)
    qtbot.wait(20)


def test_the_divider_drags_both_ways_and_is_remembered(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    select(qtbot, controller, agency.accounts["coca"])
    page = controller.page
    detail = controller.detail_view
    qtbot.waitUntil(until(detail.isVisible))
    assert not page.placeholder.isVisible()  # the account page, not its stand-in
    before = detail.width()
    splitter = page.splitter
    grip = splitter.handle(splitter.indexOf(detail)).contentsMargins()
    near = 2 + grip.left() + grip.right()  # a thin handle's widened grip (the app's style)
    drag_divider(qtbot, controller, -150)  # the account page wider
    assert abs(detail.width() - (before + 150)) <= near, (before, detail.width())
    drag_divider(qtbot, controller, 100)  # and back, narrower
    wanted = detail.width()
    assert abs(wanted - (before + 50)) <= near, (before, wanted)
    select(qtbot, controller, agency.accounts["loreal"])  # the next account: the same width
    qtbot.wait(50)
    assert detail.width() == wanted
    controller.save_state()
    _area2, again, _ = open_accounts(qtbot, agency)  # the next session
    select(qtbot, again, agency.accounts["coca"])
    qtbot.waitUntil(until(lambda: again.detail_view.width() == wanted))


AWKWARD = 'M&M\'s <b>"x"'


def _rendered(label: Any) -> str:
    """What a label shows: its text as Qt draws it, in the format it is told to use (or
    the one Qt guesses for AutoText)."""
    text = str(label.text())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def test_typed_data_shows_exactly_as_typed(qtbot: QtBot, agency: Agency) -> None:
    parent = add_account(agency.db, AWKWARD, group_id=agency.groups["consumo"])
    awkward = add_account(
        agency.db,
        AWKWARD,
        legal_name=AWKWARD,
        sector=AWKWARD,
        notes=f"{AWKWARD}\nsegunda línea & más",
        address=AWKWARD,
        city="Madrid",
        country="ES",
        website="m.example/?m&m",  # a web address (www.… or http(s)) with an ampersand
        parent_id=parent,
        group_id=agency.groups["consumo"],
    )
    _area, controller, _ = open_accounts(qtbot, agency)
    select(qtbot, controller, awkward)
    detail = controller.detail_view
    facts = detail.facts
    assert _rendered(facts["sector"]) == AWKWARD
    assert _rendered(facts["notes"]) == f"{AWKWARD}\nsegunda línea & más"
    assert _rendered(facts["address"]) == f"{AWKWARD}, Madrid, España"
    assert _rendered(facts["parent"]) == AWKWARD  # a link, its text escaped
    assert facts["parent"].textFormat() == Qt.TextFormat.RichText
    assert _rendered(facts["website"]) == "m.example/?m&m"
    assert _rendered(detail.title) == AWKWARD
    assert _rendered(detail.subtitle) == AWKWARD
    for key, label in facts.items():  # never guessed: plain, or rich where it is a link
        assert label.textFormat() != Qt.TextFormat.AutoText, key
        assert "&amp;" not in _rendered(label) and "&#x27;" not in _rendered(label), key


def test_the_tabs_and_buttons_fit_the_narrowest_page(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    select(qtbot, controller, agency.accounts["coca"])
    detail = controller.detail_view
    page = controller.page
    page.resize(1109 - 224, 680)  # the window at 1109×736, the rail open
    qtbot.waitUntil(until(lambda: detail.width() >= detail.minimumWidth()))
    assert detail.minimumWidth() >= detail.needed_width()
    tabs = detail.tabs.tabBar()
    assert not tabs.usesScrollButtons()
    for n in range(tabs.count()):
        detail.tabs.setCurrentIndex(n)  # the current one is bold in the house style
        for m in range(tabs.count()):
            assert tabs.tabRect(m).width() >= tabs.tabSizeHint(m).width(), tabs.tabText(m)
        assert tabs.tabRect(tabs.count() - 1).right() <= tabs.width()
    for button in (
        detail.brands_tab.add_brand_button,
        detail.brands_tab.add_product_button,
        detail.brands_tab.edit_brand_button,
        detail.contacts_tab.add_contact_button,
        detail.contacts_tab.edit_contact_button,
        detail.contacts_tab.toggle_contact_button,
        *detail.header_buttons_by_id.values(),
    ):
        detail.tabs.setCurrentIndex(1 if button in (detail.brands_tab.add_brand_button,) else 2)
        if button.isVisibleTo(detail):
            assert button.width() >= button.sizeHint().width(), button.text()


def test_the_page_says_why_in_english(qtbot: QtBot, agency: Agency, qapp: Any) -> None:
    from agencia.ui.shell import i18n

    i18n.install_translators(qapp, "en")
    try:
        _area, controller, _ = open_accounts(qtbot, agency, "pablo")
        select(qtbot, controller, agency.accounts["coca"])
        why = "Your role (Trainee) does not allow editing accounts, contacts or brands."
        assert controller.detail_view.read_only.text() == why
        assert controller.actions["accounts.edit"].toolTip() == f"Edit account — {why}"
        bimbo = add_account(
            agency.db,
            "Bimbo",
            locale="es_MX",
            currency="MXN",
            city="Ciudad de México",
            country="MX",
            group_id=agency.groups["consumo"],
        )
        _area, controller, _ = open_accounts(qtbot, agency)
        select(qtbot, controller, bimbo)
        facts = controller.detail_view.facts
        assert facts["may_be_shown"].text() == "No: do not name it in the agency's credentials"
        assert facts["locale"].text() == "Spanish (Mexico) · MXN"
        assert facts["address"].text() == "Ciudad de México, Mexico"
    finally:
        i18n.install_translators(qapp, "es")


def test_a_refusal_names_the_role_in_the_persons_gender(qtbot: QtBot, agency: Agency) -> None:
    """«Su rol (Ejecutiva de cuenta)» for her, as the services' refusals say it."""
    from dataclasses import replace

    from agencia.domain.enums import Role, TitleGender

    _area, controller, _ = open_accounts(qtbot, agency, "pablo")
    her = replace(
        controller.ctx.actor, role=Role.ACCOUNT_EXECUTIVE, title_gender=TitleGender.FEMININE
    )
    controller.ctx.actor = her
    assert "Su rol (Ejecutiva de cuenta)" in controller.refusal()
