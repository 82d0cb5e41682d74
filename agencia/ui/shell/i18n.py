"""Which language the window speaks, and Qt's translators for it.

Our strings are written in Spanish (Spain's); English comes from
resources/translations/agencia_en.qm. An agency that chose Latin America's Spanish gets
the few words that differ («Celular» for «Móvil») from agencia_es_419.qm over the source,
and the words for codes (channels, media) in that Spanish (agencia.domain.language).
Qt's own dialogs (buttons of message boxes, the colour and file pickers) are translated by
Qt's qtbase_<lang>.qm. The language is, in order: AGENCIA_LANG, the Preferences choice,
the system's UI languages; anything but English means Spanish.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from agencia.domain.window_language import (
    set_window_latam,
    set_words_language,
    window_latam,
    words_language,
)
from agencia.ui import settings
from agencia.ui.resources import resource_path

LANGUAGES = ("es", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    from PySide6.QtCore import QLocale  # (its enums are many: only when nothing else says)

    for name in QLocale.system().uiLanguages():
        lowered = name.lower()
        if lowered.startswith("en"):
            return "en"
        if lowered.startswith("es"):
            return "es"
    return "es"


def choose_language() -> str:
    """ "es" or "en": the environment, then the Preferences override, then the system."""
    wanted = os.environ.get("AGENCIA_LANG", "") or str(settings.get(settings.LANGUAGE) or "")
    if wanted:
        return "en" if wanted.lower().startswith("en") else "es"
    return system_language()


def translations_dir() -> str:
    return str(resource_path("translations"))


def install_translators(app: QCoreApplication, language: str, *, latam: bool | None = None) -> str:
    """Install our .qm and Qt's for `language` (Spanish: Latin America's when `latam`;
    None keeps the Spanish chosen before); returns the language actually in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = "en" if language.startswith("en") else "es"
    latam = window_latam() if latam is None else latam
    ours_name = f"agencia_{language}" if language != "es" else "agencia_es_419" if latam else ""
    if ours_name:
        ours = QTranslator(app)
        if ours.load(ours_name, translations_dir()):
            app.installTranslator(ours)
            _installed.append(ours)
        elif language != "es":
            language = "es"  # no English catalogue: stay in the language of the source
    set_window_latam(latam)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    set_words_language(language)  # (agencia.domain.messages reads it)
    return language


def current_language() -> str:
    return words_language()


def use_agency_spanish(app: QCoreApplication, spanish: str) -> str:
    """Once the agency is known (at sign-in): the window speaks its Spanish (Spain's, or
    Latin America's when `spanish` is Spanish.LATAM). An English window stays English.
    Returns the language in use."""
    from agencia.domain.enums import Spanish

    return install_translators(app, current_language(), latam=spanish == Spanish.LATAM)
