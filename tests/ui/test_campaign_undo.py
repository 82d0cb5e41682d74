"""Editar ▸ Deshacer over the campaign's saved edits — its form, its brief, its media
plan — on the window's one stack, several steps deep, each undo and redo a real save
through the service; someone else's save in between is shown and never overwritten."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from campaign_world import BRIEF, Cast, build_cast, new_campaign, version
from gui_support import make_context, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import MediaChannel
from agencia.services.campaigns.briefs import save_brief
from agencia.services.campaigns.campaign_edit import update_campaign
from agencia.services.campaigns.campaign_input import input_from_detail
from agencia.services.campaigns.media_plan import PlanLineInput, save_plan
from agencia.services.campaigns.queries import get_campaign
from agencia.ui.campaigns.area import CampaignsArea
from agencia.ui.campaigns.brief_tab import BriefTab
from agencia.ui.campaigns.campaign_form import CampaignFormDialog
from agencia.ui.campaigns.controller import CampaignsController
from agencia.ui.campaigns.media_plan_model import AMOUNT, CHANNEL, DESCRIPTION
from agencia.ui.widgets.undo import undo_history

_AREAS: list[CampaignsArea] = []


@pytest.fixture(autouse=True)
def _areas() -> Iterator[None]:
    yield
    _AREAS.clear()


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def open_campaign(qtbot: QtBot, cast: Cast, campaign_id: int) -> CampaignsController:
    ctx, _recorder = make_context(cast.db, cast.actor("executive"))
    area = CampaignsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    _AREAS.append(area)
    controller = area.controller
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    area.open_record(campaign_id)
    qtbot.waitUntil(until(lambda: controller.page.showing_campaign))
    return controller


def name_of(cast: Cast, campaign_id: int) -> str:
    return get_campaign(cast.db, SYSTEM, campaign_id).row.name


def rename(qtbot: QtBot, controller: CampaignsController, cast: Cast, cid: int, to: str) -> None:
    qtbot.waitUntil(until(lambda: controller.detail is not None and controller.detail.id == cid))
    controller.edit_campaign()
    dialog = controller.dialog
    assert isinstance(dialog, CampaignFormDialog)
    qtbot.waitUntil(until(lambda: dialog.save_button.isEnabled() or dialog.name.text()))
    dialog.name.setText(to)
    qtbot.waitUntil(until(lambda: dialog.save_button.isEnabled()))
    dialog.save()
    qtbot.waitUntil(until(lambda: name_of(cast, cid) == to))
    qtbot.waitUntil(
        until(lambda: controller.detail is not None and controller.detail.row.name == to)
    )


def test_campaign_edits_undo_and_redo_several_steps_deep(qtbot: QtBot, cast: Cast) -> None:
    cid = new_campaign(cast)
    controller = open_campaign(qtbot, cast, cid)
    for name in ("Lanzamiento 2", "Lanzamiento 3"):
        rename(qtbot, controller, cast, cid, name)
    stack = undo_history(controller.ctx).stack
    assert stack.count() == 2 and stack.undoText() == "Editar la campaña «Lanzamiento 3»"
    stack.undo()
    assert name_of(cast, cid) == "Lanzamiento 2"
    stack.undo()
    assert name_of(cast, cid) == "Lanzamiento"
    stack.redo()
    assert name_of(cast, cid) == "Lanzamiento 2"


def test_the_media_plan_save_is_undone_and_a_save_meanwhile_is_not_overwritten(
    qtbot: QtBot, cast: Cast
) -> None:
    cid = new_campaign(cast)
    executive = cast.actor("executive")
    spot = [PlanLineInput(MediaChannel.TV, "Spot", Decimal(1000))]
    save_plan(cast.db, executive, cid, spot, version(cast, cid))
    controller = open_campaign(qtbot, cast, cid)
    tab = controller.detail_view.media_plan_tab
    qtbot.waitUntil(until(lambda: tab.model.rowCount() == 1))
    tab.add_line()
    model = tab.model
    assert model.setData(model.index(1, CHANNEL), MediaChannel.RADIO.value)
    assert model.setData(model.index(1, DESCRIPTION), "Cuñas")
    assert model.setData(model.index(1, AMOUNT), Decimal(500))
    tab.save()

    def plan() -> list[str]:
        return [line.description for line in get_campaign(cast.db, SYSTEM, cid).plan]

    qtbot.waitUntil(until(lambda: plan() == ["Spot", "Cuñas"]))
    stack = undo_history(controller.ctx).stack
    assert stack.undoText() == "Editar el plan de medios de «Lanzamiento»"
    stack.undo()
    assert plan() == ["Spot"]
    # someone else edits the campaign meanwhile: redo is refused, their change stays
    detail = get_campaign(cast.db, SYSTEM, cid)
    theirs = replace(input_from_detail(detail), name="Suyo")
    update_campaign(cast.db, cast.actor("supervisor"), cid, theirs, detail.version)
    stack.redo()
    assert plan() == ["Spot"] and name_of(cast, cid) == "Suyo"
    assert not stack.canRedo()


def test_a_brief_save_is_undone_as_a_new_version_with_the_old_text(
    qtbot: QtBot, cast: Cast
) -> None:
    cid = new_campaign(cast)
    save_brief(cast.db, cast.actor("executive"), cid, BRIEF, None)
    controller = open_campaign(qtbot, cast, cid)
    tab: BriefTab = controller.detail_view.brief_tab
    qtbot.waitUntil(until(lambda: tab.detail is not None and tab.detail.latest_brief is not None))
    editor = tab.editors["key_message"]
    editor.setPlainText("Otra cosa.")  # type: ignore[attr-defined]
    tab.save()

    def latest() -> tuple[int, str]:
        brief = get_campaign(cast.db, SYSTEM, cid).latest_brief
        assert brief is not None
        return brief.number, str(brief.fields["key_message"])

    qtbot.waitUntil(until(lambda: latest() == (2, "Otra cosa.")))
    stack = undo_history(controller.ctx).stack
    assert stack.undoText() == "Guardar el brief de «Lanzamiento»"
    stack.undo()
    assert latest() == (3, "Recupera sin azúcar.")  # the versions' history stays whole
    stack.redo()
    assert latest() == (4, "Otra cosa.")
