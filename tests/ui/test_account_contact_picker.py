"""The one «account, then its contacts» picker both forms open with (a new service request,
a logged contact): the account's active contacts read by the light `contacts_of` off the
GUI thread, «(sin contacto)» always first, an answer for an account no longer chosen
dropped. Real dialogs, a real database, real reader threads."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from gui_support import make_context, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.accounts.contact_options import contacts_of
from agencia.services.accounts.contacts import ContactInput, save_contact, set_contact_active
from agencia.services.accounts.queries import account_options
from agencia.services.results import Option
from agencia.ui.communications.log_form import LogContactDialog
from agencia.ui.service.request_forms import NewRequestDialog
from agencia.ui.widgets.account_contact_picker import AccountContactPicker

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _listed(picker: AccountContactPicker) -> list[str]:
    return [picker.contact.itemText(n) for n in range(picker.contact.count())]


@pytest.mark.parametrize("form", [NewRequestDialog, LogContactDialog])
def test_both_forms_list_the_chosen_accounts_active_contacts(
    qtbot: QtBot, desk: Desk, form: Any
) -> None:
    gone = save_contact(desk.db, desk.admin, desk.accounts["madrid"], ContactInput("Zoe Baja")).id
    set_contact_active(desk.db, desk.admin, gone, False)
    save_contact(desk.db, desk.admin, desk.accounts["madrid"], ContactInput("Berta Alta"))
    ctx, _ = make_context(desk.db, desk.actor("exec"), synchronous=False)
    dialog = form(ctx.ops)
    qtbot.addWidget(dialog)
    picker = dialog.picker
    assert isinstance(picker, AccountContactPicker)
    assert (dialog.account, dialog.contact) == (picker.account, picker.contact)
    assert _listed(picker) == ["(sin contacto)"]
    assert dialog.form.error("account_id") == "" and not dialog.save_button.isEnabled()
    picker.set_account(desk.accounts["madrid"], "Café Madrid")
    qtbot.waitUntil(until(lambda: picker.contact.count() > 1))
    assert _listed(picker) == ["(sin contacto)", "Ana", "Berta Alta"]  # not Zoe, inactive
    picker.contact.setCurrentIndex(picker.contact.findText("Ana"))
    assert picker.contact_id == desk.contacts["ana"]
    picker.set_account(desk.accounts["mexico"], "Tacos CDMX")
    assert _listed(picker) == ["(sin contacto)"] and picker.contact_id is None
    qtbot.waitUntil(until(lambda: _listed(picker) == ["(sin contacto)", "Beto"]))


def test_contacts_are_read_off_the_gui_thread_and_late_answers_dropped(
    qtbot: QtBot, desk: Desk
) -> None:
    ctx, _ = make_context(desk.db, desk.actor("exec"), synchronous=False)
    threads: list[int] = []
    answered: list[int] = []
    slow = threading.Event()

    def contacts(db: Database, actor: Any, account_id: int) -> list[Option]:
        threads.append(threading.get_ident())
        if account_id == desk.accounts["madrid"]:
            slow.wait(10)  # Café Madrid's answer comes after Tacos CDMX was chosen
        found = contacts_of(db, actor, account_id)
        answered.append(account_id)
        return found

    dialog = NewRequestDialog(ctx.ops)
    qtbot.addWidget(dialog)
    picker = AccountContactPicker(ctx.ops, dialog, find=account_options, contacts=contacts)
    arrived: list[list[str]] = []
    picker.contacts_arrived.connect(lambda: arrived.append(_listed(picker)))
    picker.set_account(desk.accounts["madrid"], "Café Madrid")
    picker.set_account(desk.accounts["mexico"], "Tacos CDMX")
    qtbot.waitUntil(until(lambda: arrived == [["(sin contacto)", "Beto"]]))
    slow.set()
    qtbot.waitUntil(until(lambda: len(answered) == 2))
    qtbot.wait(200)  # Café Madrid's answer, handed to the GUI thread, is in by now
    assert _listed(picker) == ["(sin contacto)", "Beto"] and len(arrived) == 1
    assert threading.get_ident() not in threads  # never the GUI thread
