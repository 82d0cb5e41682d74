"""The client's language in the window: the profile's «Inglés» tab holds the agency's
texts for English decks and names those still missing; the deck dialog says, before an
English deck is made, what it would print in Spanish; an account chooses its Spanish."""

from __future__ import annotations

import pytest
from campaign_world import Cast, build_cast
from factories import small_agency
from gui_support import make_context, type_text, until
from profile_support import open_profile
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.services.accounts import queries as svc
from agencia.services.accounts.account_edit import update_account
from agencia.services.agency.profile import AgencyProfileInput, get_profile, update_profile
from agencia.ui.accounts.account_form import AccountFormDialog
from agencia.ui.accounts.area import AccountsArea
from agencia.ui.agency.profile_actions import ProfileActions
from agencia.ui.agency.profile_dialog import ProfileDialog
from agencia.ui.decks.dialog import DeckDialog


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def spanish_texts(cast: Cast, **english: object) -> None:
    """The agency's tagline, text and services in Spanish (and `english` ones)."""
    p = get_profile(cast.db, cast.admin)
    data = AgencyProfileInput(
        name=p.name,
        locale=p.locale,
        currency=p.currency,
        tagline="Ideas que mueven marcas",
        about="Agencia independiente.",
        services=("Estrategia", "Creatividad"),
        **english,  # type: ignore[arg-type]
    )
    update_profile(cast.db, cast.admin, data, p.version)


def profile_of(qtbot: QtBot, cast: Cast, profile_actions: list[ProfileActions]) -> ProfileDialog:
    return open_profile(qtbot, make_context(cast.db, cast.actor("admin"))[0], profile_actions)


def test_the_english_tab_names_what_is_missing_and_saves_it(
    qtbot: QtBot, cast: Cast, profile_actions: list[ProfileActions]
) -> None:
    spanish_texts(cast)
    dialog = profile_of(qtbot, cast, profile_actions)
    assert dialog.tabs.tabText(4) == "Inglés"
    missing = dialog.english_missing.text()
    assert missing.startswith("Falta en inglés: Lema, Quiénes somos, Servicios")
    dialog.tabs.setCurrentIndex(4)
    type_text(dialog.tagline_en, "Ideas that move brands")
    type_text(dialog.about_en, "An independent agency.")
    dialog.services_en.set_services(("Strategy",))
    dialog.services_en.changed.emit()
    assert dialog.english_missing.text() == "Falta en inglés: Servicios."  # one of two
    dialog.services_en.set_services(("Strategy", "Creative"))
    dialog.services_en.changed.emit()
    assert dialog.english_missing.text() == ""
    dialog.spanish_box.setCurrentIndex(dialog.spanish_box.findData("latam"))
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: profile_actions[-1].dialog is None))
    saved = get_profile(cast.db, cast.admin)
    assert saved.tagline_en == "Ideas that move brands"
    assert saved.services_en == ("Strategy", "Creative")
    assert saved.spanish == "latam"


def open_deck_dialog(qtbot: QtBot, cast: Cast) -> DeckDialog:
    ctx, _ = make_context(cast.db, cast.actor("executive"))
    dialog = DeckDialog(ctx, "agency", None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(until(lambda: dialog.defaults is not None))
    return dialog


def test_the_deck_dialog_says_what_an_english_deck_would_print_in_spanish(
    qtbot: QtBot, cast: Cast
) -> None:
    spanish_texts(cast, tagline_en="Ideas that move brands")
    dialog = open_deck_dialog(qtbot, cast)
    try:
        warning = dialog.choices.english_warning
        assert dialog.chosen_language() == "es" and warning.isHidden()
        dialog.choices.language.setCurrentIndex(dialog.choices.language.findData("en"))
        assert not warning.isHidden()
        assert warning.text().startswith(
            "Falta en inglés: el texto «Quiénes somos», los servicios."
        )
        dialog.choices.language.setCurrentIndex(dialog.choices.language.findData("es"))
        assert warning.isHidden()
    finally:
        dialog.ctx.ops.shutdown()
    spanish_texts(
        cast, tagline_en="Ideas", about_en="An agency.", services_en=("Strategy", "Creative")
    )
    dialog = open_deck_dialog(qtbot, cast)
    try:
        dialog.choices.language.setCurrentIndex(dialog.choices.language.findData("en"))
        assert dialog.choices.english_warning.isHidden()  # nothing missing
    finally:
        dialog.ctx.ops.shutdown()


def test_an_account_chooses_the_spanish_its_decks_speak(qtbot: QtBot, sqlite_db: Database) -> None:
    agency = small_agency(sqlite_db)
    coca = agency.accounts["coca"]
    ctx, _ = make_context(agency.db, agency.admin)
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(until(lambda: area.controller.model.loaded))
    area.controller.open_account(coca)
    qtbot.waitUntil(until(lambda: area.controller.detail is not None))
    area.controller.edit_account()
    dialog = area.controller.dialog
    assert isinstance(dialog, AccountFormDialog)
    assert dialog.spanish.currentData() == ""  # its country's, unless chosen
    dialog.spanish.setCurrentIndex(dialog.spanish.findData("latam"))
    data = dialog.collect()
    assert data.spanish == "latam"
    dialog.reject()
    detail = svc.get_account(agency.db, SYSTEM, coca)
    update_account(agency.db, SYSTEM, coca, data, detail.version)
    assert svc.get_account(agency.db, SYSTEM, coca).spanish == "latam"
