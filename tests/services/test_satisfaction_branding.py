"""The satisfaction PDFs wear the agency's letterhead on both databases: its logo at the
head of every page when the agency has one (the same stored profile the decks read),
its name when it has none; the questionnaire's form fields stay as they were."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader
from satisfaction_world import World, satisfaction_world
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.decks.questionnaire import IDENTITY
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import DomainError
from agencia.domain.models import Account, Agency
from agencia.services.satisfaction import questionnaire, report, templates
from agencia.services.satisfaction.results import Scope


@pytest.fixture
def world(db: Database) -> World:
    return satisfaction_world(db)


def _logo(world: World, size: tuple[int, int] = (1200, 400)) -> None:
    """A large logo (more pixels than print needs) in the agency's profile."""
    out = io.BytesIO()
    Image.new("RGB", size, "#0B4F6C").save(out, "PNG")
    with unit_of_work(world.db, SYSTEM) as uow:
        agency = uow.session.scalar(select(Agency).limit(1))
        assert agency is not None
        agency.logo = out.getvalue()


def _images(pdf: bytes) -> list[int]:
    """How many images each page shows."""
    return [len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages]


def _questionnaire(world: World) -> bytes:
    five = templates.list_templates(world.db, world.admin)[0]
    return questionnaire.questionnaire_pdf(
        world.db, world.actor("exec"), five.id, world.contacts["cafe"]
    )


def _report(world: World) -> bytes:
    return report.satisfaction_pdf(
        world.db, world.actor("exec"), Scope(account_id=world.accounts["cafe"])
    )


def test_without_a_logo_the_pdfs_print_the_agencys_name(world: World) -> None:
    for pdf in (_questionnaire(world), _report(world)):
        assert set(_images(pdf)) == {0}
        assert "Agencia de Pruebas" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_the_questionnaire_wears_the_logo_on_every_page(world: World) -> None:
    _logo(world)
    pdf = _questionnaire(world)
    per_page = _images(pdf)
    assert len(per_page) >= 2 and set(per_page) == {1}
    reader = PdfReader(io.BytesIO(pdf))
    image = reader.pages[0].images[0].image
    assert image is not None and image.width < 1200  # cut to what print needs
    assert {"e_1_1", "p_5_2", "i_5", IDENTITY} <= set(reader.get_fields() or {})


def test_the_report_wears_the_logo_on_every_page(world: World) -> None:
    _logo(world, (300, 300))
    per_page = _images(_report(world))
    assert per_page and set(per_page) == {1}


def test_a_name_the_fonts_cannot_draw_is_named_not_dropped(world: World) -> None:
    with unit_of_work(world.db, SYSTEM) as uow:
        account = uow.session.get(Account, world.accounts["cafe"])
        assert account is not None
        account.trade_name = "Café 北京"
    with pytest.raises(DomainError) as refused:
        _report(world)
    assert refused.value.code == "deck.undrawable"
    assert set(refused.value.params["chars"]) == set("北京")
