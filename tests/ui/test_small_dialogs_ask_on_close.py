"""The small dialogs that save by their own button and stay open — Archivo ▸ «Tipos de
cambio…» and «Delegar aprobaciones…» — never drop what was typed: Esc, Cerrar and the title
bar ask (Guardar / Descartar / Cancelar) when something is typed and not saved, and Enter
never closes them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from campaign_world import Cast, build_cast
from factories import Agency, small_agency
from gui_support import Recorder, make_context, until
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.agency.rates import list_rates
from agencia.services.campaigns.approval_settings import delegations
from agencia.ui.agency.rates_dialog import RatesDialog
from agencia.ui.campaigns.delegations_dialog import DelegationsDialog
from agencia.ui.widgets import unsaved
from agencia.ui.widgets.unsaved import UnsavedPrompt


def asked(qtbot: QtBot, dialog: QDialog) -> UnsavedPrompt:
    (prompt,) = [p for p in dialog.findChildren(UnsavedPrompt) if p.isVisible()]
    assert dialog.isVisible()
    return prompt


def close_button(dialog: QDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Close)
    assert button is not None
    return button


# -- Tipos de cambio ---------------------------------------------------------------------------


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def rates(qtbot: QtBot, agency: Agency) -> tuple[RatesDialog, Recorder]:
    ctx, recorder = make_context(agency.db, agency.admin)
    dialog = RatesDialog(ctx.ops, QLocale("es_ES"), "EUR", recorder.toasts.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, recorder


def test_nothing_typed_in_the_rates_closes_at_once(qtbot: QtBot, agency: Agency) -> None:
    dialog, _recorder = rates(qtbot, agency)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.findChild(UnsavedPrompt) is None


def test_a_typed_rate_asks_on_esc_and_on_the_title_bar_and_is_saved_from_the_question(
    qtbot: QtBot, agency: Agency
) -> None:
    dialog, recorder = rates(qtbot, agency)
    dialog.currency.setText("MXN")  # typed: its completer's list would take the keys
    dialog.rate.setText("0,0512")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    prompt = asked(qtbot, dialog)
    assert prompt.save_button is not None
    prompt.cancel_button.click()
    assert dialog.isVisible() and dialog.rate.text() == "0,0512"

    dialog.close()  # the title bar's ×
    prompt = asked(qtbot, dialog)
    assert [i.what for i in unsaved.items_under(dialog)] == ["«Tipos de cambio»"]
    assert prompt.save_button is not None
    prompt.save_button.click()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    (rate,) = list_rates(agency.db, agency.admin)
    assert (rate.currency, rate.rate) == ("MXN", Decimal("0.0512"))
    assert recorder.toasts[-1] == "Tipo de cambio de MXN guardado"


def test_after_a_rate_is_saved_the_rates_close_without_asking(qtbot: QtBot, agency: Agency) -> None:
    dialog, _recorder = rates(qtbot, agency)
    dialog.currency.setText("MXN")  # typed: its completer's list would take the keys
    dialog.rate.setText("0,0512")
    dialog.save()
    qtbot.waitUntil(until(lambda: dialog.table.rowCount() == 1))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_enter_on_the_rates_close_button_does_not_drop_a_typed_rate(
    qtbot: QtBot, agency: Agency
) -> None:
    dialog, _recorder = rates(qtbot, agency)
    dialog.currency.setText("MXN")
    button = close_button(dialog)
    assert not button.autoDefault()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.findChild(UnsavedPrompt) is None
    assert dialog.currency.text() == "MXN"


# -- Delegar aprobaciones ---------------------------------------------------------------------


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def delegating(qtbot: QtBot, cast: Cast) -> tuple[DelegationsDialog, Recorder]:
    ctx, recorder = make_context(cast.db, cast.actor("supervisor"))
    dialog = DelegationsDialog(ctx.ops, ctx.actor, QLocale("es_ES"), recorder.toasts.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(until(lambda: dialog.peer.count() == 1))
    return dialog, recorder


def test_an_untouched_delegation_closes_at_once(qtbot: QtBot, cast: Cast) -> None:
    dialog, _recorder = delegating(qtbot, cast)  # its one peer chosen for the person
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.findChild(UnsavedPrompt) is None


def test_a_typed_delegation_asks_before_it_is_dropped(qtbot: QtBot, cast: Cast) -> None:
    dialog, _recorder = delegating(qtbot, cast)
    qtbot.keyClicks(dialog.reason, "Vacaciones")
    close_button(dialog).click()
    asked(qtbot, dialog).cancel_button.click()
    assert dialog.isVisible() and dialog.reason.text() == "Vacaciones"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    asked(qtbot, dialog).discard_button.click()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    assert delegations(cast.db, cast.actor("supervisor")) == []


def test_a_changed_period_is_delegated_from_the_question(qtbot: QtBot, cast: Cast) -> None:
    dialog, recorder = delegating(qtbot, cast)
    dialog.ends.setDate(dialog.ends.date().addDays(3))
    dialog.close()
    prompt = asked(qtbot, dialog)
    assert prompt.save_button is not None
    prompt.save_button.click()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    assert recorder.toasts[-1].startswith("Aprobaciones delegadas en Sergio Supervisor del ")
    (given,) = delegations(cast.db, cast.actor("supervisor"))
    assert given.ends_on.toordinal() - given.starts_on.toordinal() == 10
