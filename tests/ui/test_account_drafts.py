"""A form's draft brings back the account chosen in it, not only its name: «Nueva
solicitud», «Registrar contacto» (the account, then its contacts read off the GUI thread,
then the contact chosen) and «Nueva cuenta» (its parent company). The person types into
the real form, the draft is written as the app writes it while typing, the form dies
with the process (a crash), and the same form opened again has everything back and
saves it. Real dialogs, a real database, real reader threads."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
import shiboken6
from gui_support import make_context, type_text, until
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDateTimeEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.enums import Channel
from agencia.domain.service_models import Communication, ServiceRequest
from agencia.services.accounts.contact_options import contacts_of
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.accounts.queries import get_account
from agencia.services.results import Option
from agencia.ui import drafts
from agencia.ui.accounts.account_form import AccountFormDialog, FormOptions
from agencia.ui.communications.log_form import LogContactDialog
from agencia.ui.service import request_forms
from agencia.ui.service.request_forms import NewRequestDialog
from agencia.ui.widgets.account_picker import AccountPicker
from agencia.ui.widgets.editor_values import set_value, value_of
from agencia.ui.widgets.form_dialog import FormDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk

SUBJECT = "Pide factura de marzo"
SAID = "Quiere la factura antes del viernes"
D = TypeVar("D", bound=FormDialog)
RESTORED = "Se han recuperado los cambios sin guardar de este formulario."


@pytest.fixture
def desk(db: Database) -> Desk:
    found = service_desk(db)
    found.contacts["berta"] = save_contact(
        db, found.admin, found.accounts["madrid"], ContactInput("Berta Alta")
    ).id
    return found


@pytest.fixture(autouse=True)
def drafts_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Drafts go to the user's data folder: each test has its own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    yield tmp_path / "data" / "agencia" / "drafts"


def draft_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def shown(qtbot: QtBot, dialog: D) -> D:
    dialog.resize(1024, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def choose_account(qtbot: QtBot, picker: AccountPicker, typed: str, name: str) -> None:
    """As a person does: type part of the name, pick it in the list that drops down."""
    picker.setFocus()
    type_text(picker, typed)
    popup = picker.completer().popup()
    assert popup is not None
    qtbot.waitUntil(until(lambda: popup.isVisible() and popup.model().rowCount() > 0))
    row = next(
        n for n in range(popup.model().rowCount()) if popup.model().index(n, 0).data() == name
    )
    for _ in range(row + 1):
        QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(until(lambda: picker.account_id is not None))


def choose(combo: QComboBox, text: str) -> None:
    """Down-arrow through a closed combo (its `activated`, as a person's choice)."""
    combo.setFocus()
    while combo.currentText() != text:
        before = combo.currentIndex()
        QTest.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text!r} is not in the list"


def text_box(dialog: Any) -> QPlainTextEdit:
    box = dialog.description if isinstance(dialog, NewRequestDialog) else dialog.summary
    assert isinstance(box, QPlainTextEdit)
    return box


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # the popup
@pytest.mark.parametrize("form", [NewRequestDialog, LogContactDialog])
def test_a_restored_draft_brings_back_the_account_its_contact_and_the_rest(
    qtbot: QtBot, desk: Desk, drafts_folder: Path, form: Any
) -> None:
    ctx, _ = make_context(desk.db, desk.actor("exec"), synchronous=False)
    dialog = shown(qtbot, form(ctx.ops))
    choose_account(qtbot, dialog.account, "Café", "Café Madrid")
    qtbot.waitUntil(until(lambda: dialog.contact.findText("Berta Alta") > 0))
    choose(dialog.contact, "Berta Alta")
    choose(dialog.channel, "Correo electrónico")
    dialog.subject.setFocus()
    type_text(dialog.subject, SUBJECT)
    text_box(dialog).setFocus()
    type_text(text_box(dialog), SAID)
    if isinstance(dialog, LogContactDialog):  # it happened earlier than now
        dialog.when.setFocus()
        dialog.when.setCurrentSection(QDateTimeEdit.Section.YearSection)
        QTest.keyClick(dialog.when, Qt.Key.Key_Down)
        moment = dialog.when.dateTime()
    qtbot.waitUntil(until(lambda: draft_files(drafts_folder)))
    (path,) = draft_files(drafts_folder)
    qtbot.waitUntil(until(lambda: SAID in path.read_text(encoding="utf-8")))
    shiboken6.delete(dialog)  # the crash takes the form with it
    QApplication.processEvents()
    assert draft_files(drafts_folder) == [path]

    again = shown(qtbot, form(ctx.ops))
    qtbot.addWidget(again)
    assert again.banner.text() == RESTORED
    assert again.account.account_id == desk.accounts["madrid"]
    assert again.account.text() == "Café Madrid"
    assert again.form.error("account_id") == ""  # no «Elija una cuenta de la lista.»
    qtbot.waitUntil(until(lambda: again.contact.currentText() == "Berta Alta"))
    assert again.picker.contact_id == desk.contacts["berta"]
    assert again.contact.findText("Ana") > 0  # the account's contacts, read again
    assert again.channel.currentData() == Channel.EMAIL
    assert again.subject.text() == SUBJECT and text_box(again).toPlainText() == SAID
    if isinstance(again, LogContactDialog):
        assert again.when.dateTime() == moment
    assert again.has_unsaved_changes()
    path_grab = drafts_folder.parent / f"restored-{form.__name__}.png"
    assert again.grab().save(str(path_grab))

    assert again.save_button.isEnabled()
    with qtbot.waitSignal(again.saved, timeout=10_000):
        again.save_button.click()
    kept: tuple[Any, ...]
    with unit_of_work(desk.db, desk.admin, write=False) as uow:
        if form is NewRequestDialog:
            request = uow.session.query(ServiceRequest).filter_by(subject=SUBJECT).one()
            kept = (request.account_id, request.contact_id, request.channel, request.description)
            assert kept == (desk.accounts["madrid"], desk.contacts["berta"], Channel.EMAIL, SAID)
        else:
            logged = uow.session.query(Communication).filter_by(subject=SUBJECT).one()
            kept = (logged.account_id, logged.contact_ids, logged.channel, logged.summary)
            assert kept == (desk.accounts["madrid"], [desk.contacts["berta"]], Channel.EMAIL, SAID)
            assert logged.occurred_at.year == moment.date().year() == datetime.now().year - 1
    assert draft_files(drafts_folder) == []


def test_a_contact_whose_list_is_still_coming_is_kept_and_saved(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the account coming back and its contacts arriving (a slow reader), the
    contact the draft names is still the form's: its value, and what a save sends."""
    gate = threading.Event()

    def slow(db: Database, actor: Any, account_id: int) -> list[Option]:
        assert gate.wait(20), "the test never let the contacts arrive"
        return contacts_of(db, actor, account_id)

    monkeypatch.setattr(request_forms, "contacts_of", slow)
    ctx, _ = make_context(desk.db, desk.actor("exec"), synchronous=False)
    dialog = shown(qtbot, NewRequestDialog(ctx.ops))
    qtbot.addWidget(dialog)
    picker = dialog.picker
    wanted = {"contact": desk.contacts["berta"], "text": "Berta Alta"}
    try:
        set_value(picker.account, {"account": desk.accounts["madrid"], "text": "Café Madrid"})
        set_value(picker.contact, wanted)
        assert dialog.contact.findText("Berta Alta") < 0  # not read yet
        kept = {**wanted, "of": [desk.accounts["madrid"], "Café Madrid"]}
        assert (picker.contact_id, value_of(picker.contact)) == (desk.contacts["berta"], kept)
        dialog.subject.setFocus()
        type_text(dialog.subject, SUBJECT)
        with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
            dialog.save_button.click()
        assert saved.args[1].contact_id == desk.contacts["berta"]
    finally:
        gate.set()


def test_a_contact_asked_for_is_chosen_when_the_list_comes_then_the_list_rules(
    qtbot: QtBot, desk: Desk
) -> None:
    ctx, _ = make_context(desk.db, desk.actor("exec"), synchronous=False)
    dialog = NewRequestDialog(ctx.ops)
    qtbot.addWidget(dialog)
    picker = dialog.picker
    set_value(picker.account, {"account": desk.accounts["madrid"], "text": "Café Madrid"})
    set_value(picker.contact, {"contact": desk.contacts["berta"], "text": "Berta Alta"})
    qtbot.waitUntil(until(lambda: dialog.contact.currentText() == "Berta Alta"))
    dialog.contact.setFocus()
    QTest.keyClick(dialog.contact, Qt.Key.Key_Up)  # the person's own choice: Ana
    assert picker.contact_id == desk.contacts["ana"]
    set_value(picker.contact, {"contact": 999_999, "text": "Ya no está"})  # gone meanwhile
    assert (picker.contact_id, dialog.contact.currentText()) == (desk.contacts["ana"], "Ana")
    picker.set_account(None, "")  # no account: no contact waited for
    assert picker.contact_id is None


def test_the_pickers_value_is_its_choice_by_id(qtbot: QtBot, desk: Desk) -> None:
    ctx, _ = make_context(desk.db, desk.actor("exec"))
    dialog = NewRequestDialog(ctx.ops)
    qtbot.addWidget(dialog)
    picker = dialog.account
    assert value_of(picker) == {"account": None, "text": ""}
    picker.set_choice(desk.accounts["mexico"], "Tacos CDMX")
    chosen = value_of(picker)
    assert chosen == {"account": desk.accounts["mexico"], "text": "Tacos CDMX"}
    assert drafts.decode(drafts.encode(chosen)) == chosen  # a draft holds it as it is
    picker.set_choice(None, "")
    set_value(picker, chosen)
    assert (picker.account_id, picker.text()) == (desk.accounts["mexico"], "Tacos CDMX")
    set_value(picker, "Tacos")  # a draft written before choices were kept: its text
    assert (picker.account_id, picker.text(), picker.is_valid()) == (None, "Tacos", False)


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # the popup
def test_an_accounts_parent_company_comes_back_from_its_draft(
    qtbot: QtBot, desk: Desk, drafts_folder: Path
) -> None:
    """The other form that keeps a picker's choice: «Editar cuenta», its parent company."""
    ctx, _ = make_context(desk.db, desk.admin, synchronous=False)
    detail = get_account(desk.db, desk.admin, desk.accounts["mexico"])
    dialog = shown(qtbot, AccountFormDialog(ctx.ops, desk.admin, FormOptions(), detail))
    choose_account(qtbot, dialog.parent_picker, "Caf", "Café Madrid")
    qtbot.waitUntil(until(lambda: draft_files(drafts_folder)))
    shiboken6.delete(dialog)  # the crash
    QApplication.processEvents()

    again = shown(qtbot, AccountFormDialog(ctx.ops, desk.admin, FormOptions(), detail))
    qtbot.addWidget(again)
    assert again.banner.text() == RESTORED
    assert (again.parent_picker.account_id, again.parent_picker.text()) == (
        desk.accounts["madrid"],
        "Café Madrid",
    )
    assert again.identity.error("parent_id") == ""  # no «Elija una cuenta de la lista.»
    assert again.save_button.isEnabled()
    with qtbot.waitSignal(again.saved, timeout=10_000):
        again.save_button.click()
    saved = get_account(desk.db, desk.admin, desk.accounts["mexico"])
    assert saved.parent_id == desk.accounts["madrid"]
    assert draft_files(drafts_folder) == []


def test_a_contact_given_back_brings_its_account_along(
    qtbot: QtBot, desk: Desk, drafts_folder: Path
) -> None:
    """«Registrar contacto» opened on Café Madrid's log: the account was not typed (the
    draft does not hold it), the contact was. Opened again on Tacos CDMX's log, the draft
    puts Café Madrid back with its contact, not Berta's name on the wrong client."""
    ctx, _ = make_context(desk.db, desk.actor("exec"), synchronous=False)
    madrid = (desk.accounts["madrid"], "Café Madrid")
    dialog = shown(qtbot, LogContactDialog(ctx.ops, account=madrid))
    qtbot.waitUntil(until(lambda: dialog.contact.findText("Berta Alta") > 0))
    choose(dialog.contact, "Berta Alta")
    dialog.subject.setFocus()
    type_text(dialog.subject, SUBJECT)
    qtbot.waitUntil(until(lambda: draft_files(drafts_folder)))
    (path,) = draft_files(drafts_folder)
    qtbot.waitUntil(until(lambda: SUBJECT in path.read_text(encoding="utf-8")))
    shiboken6.delete(dialog)  # the crash
    QApplication.processEvents()

    mexico = (desk.accounts["mexico"], "Tacos CDMX")
    again = shown(qtbot, LogContactDialog(ctx.ops, account=mexico))
    qtbot.addWidget(again)
    assert again.banner.text() == RESTORED
    assert (again.account.account_id, again.account.text()) == madrid
    qtbot.waitUntil(until(lambda: again.contact.currentText() == "Berta Alta"))
    assert again.picker.contact_id == desk.contacts["berta"]
    assert again.subject.text() == SUBJECT and again.save_button.isEnabled()


def test_a_contact_kept_by_name_alone_is_found_by_name(qtbot: QtBot, desk: Desk) -> None:
    """A draft written before contacts were kept by id ([index, name]) still finds it."""
    ctx, _ = make_context(desk.db, desk.actor("exec"), synchronous=False)
    dialog = NewRequestDialog(ctx.ops)
    qtbot.addWidget(dialog)
    set_value(dialog.account, {"account": desk.accounts["madrid"], "text": "Café Madrid"})
    set_value(dialog.contact, [2, "Berta Alta"])
    qtbot.waitUntil(until(lambda: dialog.contact.currentText() == "Berta Alta"))
    assert dialog.picker.contact_id == desk.contacts["berta"]
    set_value(dialog.contact, {"contact": None, "text": "(no contact)"})
    assert (dialog.picker.contact_id, dialog.contact.currentIndex()) == (None, 0)


def test_a_new_records_draft_keeps_the_account_it_was_opened_on(
    qtbot: QtBot, desk: Desk, drafts_folder: Path
) -> None:
    """«Registrar contacto» opened on Café Madrid's log, only a subject typed (no contact):
    the account was filled in, not typed, yet it is whose the draft is. Opened again on
    Tacos CDMX's log, the subject comes back on Café Madrid, never on the other client."""
    ctx, _ = make_context(desk.db, desk.actor("exec"), synchronous=False)
    madrid = (desk.accounts["madrid"], "Café Madrid")
    dialog = shown(qtbot, LogContactDialog(ctx.ops, account=madrid))
    dialog.subject.setFocus()
    type_text(dialog.subject, SUBJECT)
    qtbot.waitUntil(until(lambda: draft_files(drafts_folder)))
    (path,) = draft_files(drafts_folder)
    qtbot.waitUntil(until(lambda: SUBJECT in path.read_text(encoding="utf-8")))
    shiboken6.delete(dialog)  # the crash
    QApplication.processEvents()

    mexico = (desk.accounts["mexico"], "Tacos CDMX")
    again = shown(qtbot, LogContactDialog(ctx.ops, account=mexico))
    qtbot.addWidget(again)
    assert again.banner.text() == RESTORED
    assert again.subject.text() == SUBJECT
    assert (again.account.account_id, again.account.text()) == madrid
