"""The account form names the tax ID as the client's country does and checks it so."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import make_context, type_text, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.accounts.queries import get_account
from agencia.ui.accounts.account_form import AccountFormDialog, FormOptions
from agencia.ui.accounts.area import AccountsArea


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def _new_account_form(qtbot: QtBot, agency: Agency) -> AccountFormDialog:
    ctx, _recorder = make_context(agency.db, agency.admin)
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(until(lambda: area.controller.model.loaded))
    area.controller.new_account()
    dialog = area.controller.dialog
    assert isinstance(dialog, AccountFormDialog)
    return dialog


def test_the_label_and_the_check_follow_the_country(qtbot: QtBot, agency: Agency) -> None:
    dialog = _new_account_form(qtbot, agency)
    label = dialog.identity.labels["tax_id"]
    assert label.text() == "NIF"
    names = {}
    for code in ("MX", "AR", "CO", "CL", "PE", "US"):
        dialog.country.setCurrentIndex(dialog.country.findData(code))
        names[code] = label.text()
    assert names == {
        "MX": "RFC", "AR": "CUIT", "CO": "NIT", "CL": "RUT", "PE": "RUC",
        "US": "Identificación fiscal",
    }  # fmt: skip
    dialog.country.setCurrentIndex(dialog.country.findData("AR"))
    type_text(dialog.trade_name, "Alfajores Sur")
    type_text(dialog.tax_id, "30-50001091-3")
    dialog.identity.reveal_all()
    qtbot.waitUntil(until(lambda: bool(dialog.identity.error("tax_id"))))
    assert dialog.identity.error("tax_id").startswith("El CUIT no es válido")
    dialog.tax_id.clear()
    type_text(dialog.tax_id, "30-50001091-2")
    qtbot.waitUntil(until(lambda: not dialog.identity.error("tax_id")))
    dialog.reject()


def test_an_edit_keeps_the_accounts_time_zone(qtbot: QtBot, agency: Agency) -> None:
    """The form shows no time zone field: what it saves keeps the account's."""
    data = AccountInput(trade_name="Tacos Norte", country="MX", time_zone="America/Monterrey")
    made = create_account(agency.db, agency.admin, data)
    detail = get_account(agency.db, agency.admin, made.id)
    ops = _new_account_form(qtbot, agency).ops
    dialog = AccountFormDialog(ops, agency.admin, FormOptions(), detail)
    qtbot.addWidget(dialog)
    assert dialog.collect().time_zone == "America/Monterrey"
    assert dialog.identity.labels["tax_id"].text() == "RFC"
    assert not dialog.is_changed()


def test_saving_a_repeated_tax_id_anyway_asks_why_and_the_trail_keeps_it(
    qtbot: QtBot, agency: Agency
) -> None:
    """The real question: «Guardar igualmente» waits for a reason; the account is saved
    with it on its creation entry, beside the account it repeats."""
    from factories import audit_events
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from agencia.ui.accounts.duplicate_dialog import DuplicateTaxIdDialog

    dialog = _new_account_form(qtbot, agency)
    type_text(dialog.trade_name, "Coca-Cola Canarias")
    dialog.sector.setCurrentIndex(0)
    dialog.lead.setCurrentIndex(0)
    type_text(dialog.tax_id, "B86561412")
    qtbot.waitUntil(until(lambda: bool(dialog.duplicates)))
    seen: list[tuple[bool, bool, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, DuplicateTaxIdDialog)
        before = box.save_button.isEnabled()
        box.reason_edit.setText("Sede de Canarias, facturación aparte")
        seen.append((before, box.save_button.isEnabled(), box.open_button.text()))
        box.save_button.click()

    QTimer.singleShot(0, answer)
    dialog.save()
    assert seen == [(False, True, "Abrir «Coca-Cola»")]
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    created = [e for e in audit_events(agency.db, "account") if e.summary == "Coca-Cola Canarias"]
    assert created[0].changes["tax_id_duplicate_reason"] == [
        None,
        "Sede de Canarias, facturación aparte",
    ]
