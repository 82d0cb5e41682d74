"""Archivo ▸ «Tipos de cambio…»: the administrator keeps the agency's exchange rates in the
window, typed as the agency's locale writes numbers, each refusal under its field."""

from __future__ import annotations

from decimal import Decimal

import pytest
from factories import Agency, small_agency
from gui_support import make_context, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.agency.rates import list_rates
from agencia.ui.actions import ActionId
from agencia.ui.agency.area import TeamArea
from agencia.ui.agency.rates_dialog import RatesDialog


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def test_an_administrator_sets_a_rate_in_the_window(qtbot: QtBot, agency: Agency) -> None:
    ctx, recorder = make_context(agency.db, agency.admin)
    area = TeamArea(ctx)
    action = ctx.actions.get(ActionId.AGENCY_RATES)
    assert ctx.actions.spec(ActionId.AGENCY_RATES).menu == "file"
    action.trigger()
    dialog = area.profile_actions.rates
    assert isinstance(dialog, RatesDialog)
    qtbot.addWidget(dialog)
    assert dialog.empty.isVisible() or dialog.table.rowCount() == 0
    assert not dialog.save_button.isEnabled()
    dialog.currency.setText("EUR")  # the agency's own
    dialog.rate.setText("1")
    dialog.form.reveal_all()
    assert "EUR" in dialog.form.error("currency")
    dialog.currency.setText("mxn")
    dialog.rate.setText("-2")
    assert dialog.form.error("rate") and not dialog.save_button.isEnabled()
    dialog.rate.setText("0,0512")  # es_ES: a decimal comma
    assert dialog.save_button.isEnabled()
    dialog.save()
    qtbot.waitUntil(until(lambda: dialog.table.rowCount() == 1))
    assert dialog.table.item(0, 1).text() == "1 MXN = 0,0512 EUR"
    assert recorder.toasts[-1] == "Tipo de cambio de MXN guardado"
    (rate,) = list_rates(agency.db, agency.admin)
    assert (rate.currency, rate.rate) == ("MXN", Decimal("0.0512"))


def test_only_an_administrator_has_the_rates(agency: Agency) -> None:
    ctx, _ = make_context(agency.db, agency.actor("lucia"))
    TeamArea(ctx)
    assert all(spec.id != ActionId.AGENCY_RATES for spec, _a in ctx.actions.all())


def test_a_day_out_of_range_is_refused_beside_its_box_as_chosen(
    qtbot: QtBot, agency: Agency
) -> None:
    """1800-01-01 (a typo for 2026) would rule every budget since: refused live, under
    «Desde», before any save is tried."""
    from PySide6.QtCore import QDate

    from agencia.domain.messages import render
    from agencia.domain.validation import FIRST_DAY, LAST_DAY

    ctx, _recorder = make_context(agency.db, agency.admin)
    area = TeamArea(ctx)
    ctx.actions.get(ActionId.AGENCY_RATES).trigger()
    dialog = area.profile_actions.rates
    assert isinstance(dialog, RatesDialog)
    qtbot.addWidget(dialog)
    dialog.currency.setText("MXN")
    dialog.rate.setText("0,0512")
    assert dialog.save_button.isEnabled()
    dialog.valid_from.setDate(QDate(1800, 1, 1))
    assert not dialog.save_button.isEnabled()
    assert dialog.form.error("valid_from") == render(
        "field.date_range", {"first": FIRST_DAY.year, "last": LAST_DAY.year}
    )
    dialog.valid_from.setDate(QDate.currentDate())
    assert dialog.save_button.isEnabled() and not dialog.form.error("valid_from")
    assert list_rates(agency.db, agency.admin) == []  # nothing was saved meanwhile
