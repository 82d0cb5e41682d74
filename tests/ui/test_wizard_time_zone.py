"""The agency the first-run wizard makes keeps its office hours in its region's zone
(«México — español»: Mexico City), as `db init` does: a tester found every new agency
without a zone, so every account's SLA clock ran on UTC."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.first_run import get_agency
from agencia.ui.auth.wizard import FirstRunWizard
from agencia.ui.ops import Operations


@pytest.mark.parametrize(
    ("locale", "zone"),
    [("es_MX", "America/Mexico_City"), ("es_AR", "America/Argentina/Buenos_Aires")],
)
def test_the_new_agency_has_its_regions_zone(
    qtbot: QtBot,
    make_ops: Callable[..., Operations],
    sqlite_db: Database,
    locale: str,
    zone: str,
) -> None:
    wizard = FirstRunWizard(make_ops())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.keyClicks(wizard.agency_name, "Estudio Rojo")
    wizard.locale_box.setCurrentIndex(wizard.locale_box.findData(locale))
    wizard.next()
    qtbot.keyClicks(wizard.admin_name, "Ana Torres")
    wizard.admin_login.clear()
    qtbot.keyClicks(wizard.admin_login, "ana")
    qtbot.keyClicks(wizard.admin_password, "secreto-largo")
    qtbot.keyClicks(wizard.admin_password2, "secreto-largo")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    with qtbot.waitSignal(wizard.completed):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    agency = get_agency(sqlite_db)
    assert agency is not None and agency.time_zone == zone
