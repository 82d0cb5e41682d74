"""Preferencias ▸ Idioma applies at once: the window's contents are made again in the new
language under the same session, on the same area and record; unsaved work refuses the
switch (nothing typed is lost); dates and money follow the language in the agency's
region."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from campaign_world import Cast, build_cast, new_campaign
from gui_support import type_text, until
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.areas import AreaId
from agencia.ui import settings
from agencia.ui.actions import ActionId
from agencia.ui.area import AppContext
from agencia.ui.campaigns.area import CampaignsArea
from agencia.ui.campaigns.brief_tab import BriefTab
from agencia.ui.formatting import set_region
from agencia.ui.ops import Operations
from agencia.ui.shell import area_builder, i18n
from agencia.ui.shell.language_switch import WINDOW_OWN, _labels, switch_language
from agencia.ui.shell.preferences import PreferencesDialog
from agencia.ui.shell.rail import RailButton
from agencia.ui.shell.window import MainWindow


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


@pytest.fixture(autouse=True)
def _spanish_again(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(area_builder, "ui_modules", lambda: ("agencia.ui.campaigns.area",))
    i18n.install_translators(qapp, "es")
    yield
    i18n.install_translators(qapp, "es")
    QLocale.setDefault(QLocale("es_ES"))


@pytest.fixture
def shell(qtbot: QtBot, cast: Cast) -> Iterator[tuple[MainWindow, AppContext, int]]:
    window = MainWindow()
    qtbot.addWidget(window)
    ops = Operations(cast.db, cast.actor("executive"), synchronous=True)
    set_region("es_ES")
    ctx = AppContext(ops, window.registry, ops.actor, QLocale("es_ES"), "EUR")
    (area,) = window.install(ctx, "Agencia de Pruebas")
    window.set_database("agencia.db", "/tmp/agencia.db")
    window.status.set_connected(True)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    campaign = new_campaign(cast)
    window.navigate(AreaId.CAMPAIGNS, campaign)
    assert isinstance(area, CampaignsArea)
    qtbot.waitUntil(until(lambda: area.controller.page.showing_campaign))
    yield window, ctx, campaign
    ops.shutdown()


def _campaigns(window: MainWindow) -> CampaignsArea:
    area = window.areas[AreaId.CAMPAIGNS]
    assert isinstance(area, CampaignsArea)
    return area


def _texts(window: MainWindow) -> dict[str, str]:
    return {
        spec.id: action.text()
        for spec, action in window.registry.all()
        if spec.id.startswith("app.")
    }


def test_the_window_speaks_english_at_once_on_the_same_record(
    qtbot: QtBot, shell: tuple[MainWindow, AppContext, int]
) -> None:
    window, ctx, campaign = shell
    actor = ctx.actor
    spanish = _texts(window)
    assert window.title.text() == "Campañas"

    assert switch_language(window, "en") == ""
    assert i18n.current_language() == "en"
    assert window.title.text() == "Campaigns"
    assert [m.title() for m in window.menuBar().findChildren(type(window._menus["file"]))][:1]
    assert window._menus["file"].title() == "&File"
    assert window.registry.get(ActionId.QUIT).text() == "Quit"
    assert window.status.connection_label.text() == "Connected"
    assert window.search_field.placeholderText().startswith("Search")
    assert window.ctx is ctx and ctx.actor is actor  # still signed in, the same session
    area = _campaigns(window)
    qtbot.waitUntil(until(lambda: area.controller.page.showing_campaign))
    assert ctx.shown.now(AreaId.CAMPAIGNS).record_id == campaign
    assert ctx.locale.language() == QLocale.Language.English
    assert set(_texts(window)) == set(spanish)  # no window action lost on the way
    current = list(window.rail.buttons.values())
    old = [b for b in window.rail.findChildren(RailButton) if b not in current]
    assert not any(b.isVisibleTo(window.rail) for b in old)  # gone at once, not later
    assert len(current) == len(window.areas) == 1

    assert switch_language(window, "es") == ""
    assert window.title.text() == "Campañas"
    assert _texts(window) == spanish  # each named again from the same source text
    assert list(_texts(window)) == list(spanish)  # in the menus' order (Salir still last)


def test_every_window_action_is_renamed_by_the_switch(
    shell: tuple[MainWindow, AppContext, int],
) -> None:
    window, _ctx, _campaign = shell
    renamed = WINDOW_OWN | set(_labels())
    unknown = {spec.id for spec, _a in window.registry.all() if spec.id.startswith("app.")}
    assert unknown - renamed == set(), "add them to language_switch (WINDOW_OWN or _labels)"


def test_unsaved_work_refuses_the_switch_and_keeps_what_was_typed(
    qtbot: QtBot, shell: tuple[MainWindow, AppContext, int]
) -> None:
    window, _ctx, _campaign = shell
    brief = window.findChild(BriefTab)
    assert isinstance(brief, BriefTab)
    editor = brief.editors["objectives"]
    assert isinstance(editor, QPlainTextEdit)
    editor.setFocus()
    type_text(editor, "Que el verano suene")
    why = switch_language(window, "en")
    assert "guarde o descarte" in why and "brief" in why
    assert i18n.current_language() == "es"
    assert window.title.text() == "Campañas"
    assert window.findChild(BriefTab) is brief
    assert editor.toPlainText().endswith("Que el verano suene")


def test_preferences_apply_the_language_at_once(
    qtbot: QtBot, shell: tuple[MainWindow, AppContext, int]
) -> None:
    window, _ctx, _campaign = shell
    dialog = PreferencesDialog(window)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.restart_note.isVisible()
    dialog.accept()
    assert settings.get(settings.LANGUAGE) == "en"
    assert window.title.text() == "Campaigns"
