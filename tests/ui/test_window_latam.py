"""An agency that chose Latin America's Spanish reads its window in it: «Celular» for
«Móvil» (agencia_es_419.qm over the Spanish source) and the channels' Latin-American
words (the domain catalogue's LATAM), while its decks still choose per client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from campaign_world import Cast, build_cast
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.enums import Channel, Spanish
from agencia.domain.labels import Term, label
from agencia.services.accounts import queries as svc
from agencia.services.agency.profile import AgencyProfileInput, get_profile, update_profile
from agencia.ui.accounts.contact_form import ContactFormDialog
from agencia.ui.ops import Operations
from agencia.ui.resources import resource_path
from agencia.ui.shell import i18n


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


@pytest.fixture
def spanish_window(qapp: QApplication) -> Iterator[QApplication]:
    i18n.install_translators(qapp, "es", latam=False)
    try:
        yield qapp
    finally:
        i18n.install_translators(qapp, "es", latam=False)


def choose_latam(cast: Cast) -> str:
    p = get_profile(cast.db, cast.admin)
    data = AgencyProfileInput(name=p.name, locale=p.locale, currency=p.currency, spanish="latam")
    update_profile(cast.db, cast.admin, data, p.version)
    return get_profile(cast.db, cast.admin).spanish


def labels_of(qtbot: QtBot, cast: Cast) -> tuple[set[str], list[str]]:
    ops = Operations(cast.db, cast.admin, synchronous=True)
    account = svc.get_account(cast.db, cast.admin, cast.account_id)
    dialog = ContactFormDialog(ops, account.id, account.trade_name, ())
    qtbot.addWidget(dialog)
    texts = {w.text() for w in dialog.findChildren(QLabel)}
    channels = [dialog.channel.itemText(i) for i in range(dialog.channel.count())]
    dialog.done(0)
    return texts, channels


def test_a_latin_american_agency_reads_celular(
    qtbot: QtBot, cast: Cast, spanish_window: QApplication
) -> None:
    assert resource_path("translations", "agencia_es_419.qm").exists()
    texts, channels = labels_of(qtbot, cast)
    assert "Móvil" in texts and "Celular" not in texts  # Spain's, the source's

    assert choose_latam(cast) == Spanish.LATAM
    assert i18n.use_agency_spanish(spanish_window, get_profile(cast.db, cast.admin).spanish) == "es"
    texts, channels = labels_of(qtbot, cast)
    assert "Celular" in texts and "Móvil" not in texts
    assert label(Channel.CERTIFIED_POST) in channels and "Correo certificado" not in channels
    assert label(Channel.CERTIFIED_POST) == "Correo certificado con acuse"
    assert label(Term("mobile")) == "Celular"
    assert label(Term("mobile"), "es") == "Móvil"  # a document passes its own Spanish

    i18n.use_agency_spanish(spanish_window, Spanish.SPAIN)
    assert "Móvil" in labels_of(qtbot, cast)[0] and label(Term("mobile")) == "Móvil"


def test_an_english_window_stays_english(qapp: QApplication) -> None:
    try:
        assert i18n.install_translators(qapp, "en") == "en"
        assert i18n.use_agency_spanish(qapp, Spanish.LATAM) == "en"
        assert label(Term("mobile")) == "Mobile"
    finally:
        i18n.install_translators(qapp, "es", latam=False)
