"""Personas › the person beside the list, as a reviewer read it at 1280×800: names and
values looked alike and stood stacked (the last fact below the fold), «Dar de baja» and
«Desactivar usuario» wore one icon, and an Ejecutiva's title gender read «Femenino
(Directora)»."""

from __future__ import annotations

import dataclasses

import pytest
from factories import Agency, small_agency
from people_support import open_people
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.enums import TitleGender
from agencia.services.people.views import get_staff
from agencia.ui.actions import ActionId
from agencia.ui.people.person_panel import PersonPanel

A = ActionId


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def test_facts_read_as_the_account_page_names_grey_on_the_left(
    qtbot: QtBot, agency: Agency
) -> None:
    detail = get_staff(agency.db, agency.admin, agency.staff["alvaro"])  # Ejecutivo de cuentas
    detail = dataclasses.replace(detail, title_gender=TitleGender.FEMININE)
    panel = PersonPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 650)  # its width and height in the window at 1280×800
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_person(detail)
    qtbot.wait(10)
    gender = panel.values["gender"].text()
    assert gender.startswith("Femenino") and "Director" not in gender
    for key, value in panel.values.items():
        caption = panel.facts.labelForField(value)
        assert isinstance(caption, QLabel), key
        assert caption.foregroundRole() == QPalette.ColorRole.PlaceholderText, key
        if key != "email":  # a whole address goes under its name when the pane is narrow
            assert caption.x() < value.x() and abs(caption.y() - value.y()) < 8, key
    last = panel.values["state"]
    inner = panel.widget()
    assert inner is not None
    bottom = last.mapTo(inner, last.rect().bottomLeft()).y()
    assert bottom <= panel.viewport().height(), "the last fact below the fold"


def test_leaving_and_switching_off_the_sign_in_wear_different_icons(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    actions = controller.ctx.actions
    leave = actions.get(A.PEOPLE_DEACTIVATE).icon().pixmap(16).toImage()
    switch_off = actions.get(A.PEOPLE_DISABLE_USER).icon().pixmap(16).toImage()
    assert leave != switch_off
