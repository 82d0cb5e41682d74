"""Which language the window speaks, and Qt's translators for it.

Our strings are written in Spanish; English comes from resources/translations/agencia_en.qm.
Qt's own dialogs (buttons of message boxes, the colour and file pickers) are translated by
Qt's qtbase_<lang>.qm. The language is, in order: AGENCIA_LANG, the Preferences choice,
the system's UI languages; anything but English means Spanish.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from agencia.domain import messages
from agencia.ui import settings
from agencia.ui.resources import resource_path

LANGUAGES = ("es", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
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


def install_translators(app: QCoreApplication, language: str) -> str:
    """Install our .qm and Qt's for `language`; returns the language actually in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = "en" if language.startswith("en") else "es"
    if language != "es":
        ours = QTranslator(app)
        if ours.load(f"agencia_{language}", translations_dir()):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            language = "es"  # no English catalogue: stay in the language of the source
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    messages.set_language(language)
    return language


def current_language() -> str:
    return messages.language()
