"""The brief's templates follow the interface's language: in an English window the
placeholders and "Use template" are English (they were Spanish: "Perfil sociodemográfico
y actitudinal."), in a Spanish one Spanish; one catalogue holds both (domain/briefs)."""

from __future__ import annotations

import pytest
from campaign_world import Cast, build_cast, new_campaign
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from test_campaign_documents import open_tab, text_of

from agencia.db.database import Database
from agencia.domain import messages
from agencia.domain.briefs import TEMPLATE_TEXTS, template
from agencia.domain.enums import CampaignKind
from agencia.ui.campaigns.brief_tab import BriefTab


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_templates_speak_the_window_s_language(qtbot: QtBot, cast: Cast, lang: str) -> None:
    messages.set_language(lang)  # (the conftest puts the language back)
    other = "es" if lang == "en" else "en"
    page = open_tab(qtbot, cast, BriefTab, new_campaign(cast))
    tab: BriefTab = page.tab
    tab.template.setCurrentIndex(tab.template.findData(CampaignKind.AWARENESS.value))
    audience = tab.editors["target_audience"]
    assert isinstance(audience, QPlainTextEdit)
    wanted = template(CampaignKind.AWARENESS, lang)["target_audience"]
    assert audience.placeholderText() == wanted
    assert wanted == (
        "Socio-demographic and attitudinal profile."
        if lang == "en"
        else "Perfil sociodemográfico y actitudinal."
    )
    tab.use_template()
    for name, text in template(CampaignKind.AWARENESS, lang).items():
        assert text_of(tab, name) == text, name
        assert text != template(CampaignKind.AWARENESS, other)[name], name


def test_every_template_text_exists_in_both_languages() -> None:
    assert set(TEMPLATE_TEXTS) == set(CampaignKind)
    for fields in TEMPLATE_TEXTS.values():
        for es, en in fields.values():
            assert es.strip() and en.strip() and es != en
            assert not any(ch in en for ch in "áéíóúñ¿¡"), en
