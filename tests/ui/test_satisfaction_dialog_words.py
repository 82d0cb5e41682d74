"""The satisfaction dialogs in the window's language: «Registrar respuesta» wrote its
scale's words in Spanish in an English window («1 Muy insatisfecho … 9 Muy
satisfecho»); «Proponer acción de mejora» shows the service's refusal of a dimension
clients rate above what they expected (`validate_action`) and saves nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from gui_support import make_context, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.messages import render
from agencia.domain.satisfaction_enums import ScaleWording
from agencia.domain.survey_scales import point_words
from agencia.domain.survey_templates import DimensionDef, TemplateDef
from agencia.services.satisfaction import templates
from agencia.ui.satisfaction.area import SatisfactionArea, create
from agencia.ui.satisfaction.entry_dialog import EntryDialog
from agencia.ui.satisfaction.propose_dialog import ProposeDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from satisfaction_world import World, satisfaction_world


@pytest.fixture(autouse=True)
def drafts_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "agencia" / "drafts"


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return satisfaction_world(sqlite_db)


def _area(qtbot: QtBot, world: World, who: str) -> SatisfactionArea:
    ctx, _recorder = make_context(world.db, world.actor(who))
    area = create(ctx)
    assert isinstance(area, SatisfactionArea)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    area.activated()
    qtbot.waitUntil(until(lambda: area.controller.page is not None))
    return area


def test_the_entry_form_says_the_scale_in_the_windows_language(
    qtbot: QtBot, world: World, house: str
) -> None:
    nine = TemplateDef(
        "Nueve puntos",
        (DimensionDef("Trato", ("¿Bien?",)),),
        points=9,
        wording=ScaleWording.SATISFACTION,
    )
    nine_id = templates.create_template(world.db, world.admin, nine).id
    area = _area(qtbot, world, "exec")
    area.controller.open_entry()
    dialog = area.controller.dialog
    assert isinstance(dialog, EntryDialog)
    qtbot.waitExposed(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData(nine_id))
    words = point_words(9, ScaleWording.SATISFACTION, house)
    other = point_words(9, ScaleWording.SATISFACTION, "es" if house == "en" else "en")
    assert f"1 {words[0]}" in dialog.scale.text() and f"9 {words[-1]}" in dialog.scale.text()
    assert f"1 {other[0]}" not in dialog.scale.text()
    dialog.reject()


class _Above:
    """A dimension as the results give it: clients perceive more than they expected."""

    dimension = "Empatía"
    gap = 0.5


def test_the_propose_form_shows_the_services_refusal(qtbot: QtBot, world: World) -> None:
    area = _area(qtbot, world, "exec")
    dialog = ProposeDialog(
        area.controller.ops, _Above(), world.accounts["cafe"], world.staff["exec"]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(until(lambda: dialog.owner.count() > 0))
    assert not dialog.save_button.isEnabled()
    message = render("improvement.gap", {"most": 8})
    assert dialog.form.error("dimension") == message
