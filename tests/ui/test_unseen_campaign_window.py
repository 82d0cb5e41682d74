"""A campaign the person may not see reads on the campaign page exactly as one that does
not exist: «No existe la campaña N.» — never «La campaña N no es de sus cuentas», which
told a trainee which IDs exist (the command line and the account page already answer
so: `services/unseen.as_missing`, shared with the account page). Opened as a link,
a search hit, the palette or «abrir por ID» all do (`open_record` → `open_campaign`), as
a trainee, in Spanish and English, on the real services. What the person sees but may
not do keeps its reason («La campaña no es de su grupo de cuentas.»)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from campaign_world import Cast, build_cast, new_campaign
from factories import actor_for_staff, add_staff
from gui_support import make_context, until
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import messages
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Role
from agencia.domain.errors import PermissionDenied
from agencia.domain.models import Staff
from agencia.services.unseen import as_missing
from agencia.ui.campaigns.area import CampaignsArea
from agencia.ui.shell import i18n
from agencia.ui.widgets.errors import error_text

MISSING = 999_999
WORDS = {"es": "No existe la campaña {id}.", "en": "There is no campaign {id}."}


@pytest.fixture(params=["es", "en"])
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before = messages.language()
    i18n.install_translators(qapp, request.param)
    messages.set_language(request.param)
    yield request.param
    i18n.install_translators(qapp, "es")
    messages.set_language(before)


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def _trainee_of_group_b(cast: Cast) -> int:
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        boss = uow.session.get(Staff, cast.staff["executive_b"])
        assert boss is not None
        group = boss.group_id
    return add_staff(
        cast.db, "Tomás Trainee", Role.TRAINEE, group_id=group, reports_to=cast.staff["executive_b"]
    )


def test_an_unseen_campaign_opened_reads_as_a_missing_one(
    qtbot: QtBot, cast: Cast, language: str
) -> None:
    unseen = new_campaign(cast)  # Grupo A's account: not the trainee's group's
    trainee = _trainee_of_group_b(cast)
    ctx, _recorder = make_context(cast.db, actor_for_staff(cast.db, trainee))
    area = CampaignsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    controller = area.controller
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    said = {}
    for campaign_id in (unseen, MISSING):
        controller.last_message = ""
        area.open_record(campaign_id)  # a link, a search hit, the palette, open by ID
        qtbot.waitUntil(until(lambda: controller.last_message != ""))
        said[campaign_id] = controller.last_message
        assert controller.detail is None and not controller.page.showing_campaign
    assert said[MISSING] == WORDS[language].format(id=MISSING)
    assert said[unseen] == WORDS[language].format(id=unseen)


def test_a_refusal_on_a_campaign_one_sees_keeps_its_reason() -> None:
    """Only «not visible» is read as missing: a refusal of what one does to a campaign
    one sees (approving another group's) still says why."""
    acting = PermissionDenied("approval.outside_group")
    assert as_missing(acting) is acting
    assert error_text(acting) == "La campaña no es de su grupo de cuentas."
