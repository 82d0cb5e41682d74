"""Opening a global search hit on the hit: a contact opens its account on «Contactos»,
with the contact chosen."""

from __future__ import annotations

from typing import Any, cast

import pytest
from factories import Agency, small_agency
from gui_support import until
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.areas import AreaId
from agencia.services.accounts import queries as svc
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.search import SearchHit
from agencia.ui.area import AppContext
from agencia.ui.shell.window import MainWindow


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def test_a_contact_hit_opens_the_contact(qtbot: QtBot, agency: Agency, make_ops) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    actor = agency.actor("alvaro")
    window.install(AppContext(make_ops(actor), window.registry, actor, QLocale("es_ES"), "EUR"))
    window.resize(1280, 800)
    window.show()
    coca = agency.accounts["coca"]
    for name in ("Ana Anaya", "Berta Bravo", "Celia Cano"):
        save_contact(agency.db, SYSTEM, coca, ContactInput(full_name=name))
    contacts = svc.get_account(agency.db, SYSTEM, coca).contacts
    wanted = next(c for c in contacts if c.full_name == "Berta Bravo")
    hit = SearchHit("contact", wanted.id, wanted.full_name, "", coca, AreaId.ACCOUNTS, coca)
    window.open_hit(hit)
    accounts = cast(Any, window.areas[AreaId.ACCOUNTS]).controller
    detail = accounts.detail_view
    qtbot.waitUntil(until(lambda: accounts.detail is not None and accounts.detail.id == coca))
    qtbot.waitUntil(until(lambda: detail.tabs.currentWidget() is detail.contacts_tab))
    chosen = detail.contacts_tab._current_contact()
    assert chosen is not None and chosen.id == wanted.id
    window.close_guard.allow = lambda _event: True  # type: ignore[method-assign, assignment]


def test_a_contact_opens_in_a_card_with_every_field(qtbot: QtBot, agency: Agency) -> None:
    """Who may only see the account double-clicks a contact: every field, whole."""
    from agencia.domain.enums import Channel
    from agencia.ui.accounts.contact_card import ContactCard
    from agencia.ui.accounts.contacts_tab import ContactsTab

    coca = agency.accounts["coca"]
    data = ContactInput(
        full_name="Berta Bravo",
        position="Jefa de Marca",
        email="berta.bravo@example.com",
        phone="+34 91 000 00 00",
        mobile="+34 600 000 000",
        preferred_channel=Channel.PHONE,
        notes="Prefiere las mañanas",
    )
    save_contact(agency.db, SYSTEM, coca, data)
    contact = svc.get_account(agency.db, SYSTEM, coca).contacts[-1]
    tab = ContactsTab()
    qtbot.addWidget(tab)
    tab.account_name = "Coca-Cola"
    tab.show_contacts([contact], keep_selection=False)
    tab.set_editable(False, "Solo lectura")
    tab.show()
    index = tab.contacts_model.index(0, 0)
    tab.contacts.doubleClicked.emit(index)
    cards = [w for w in tab.findChildren(ContactCard) if w.isVisible()]
    assert len(cards) == 1
    shown = {k: v.text() for k, v in cards[0].values.items()}
    for text in (
        "Berta Bravo",
        "Coca-Cola",
        "Jefa de Marca",
        "berta.bravo@example.com",
        "+34 91 000 00 00",
        "+34 600 000 000",
        "Prefiere las mañanas",
    ):
        assert text in shown.values(), text
    cards[0].close()
