"""Spanish in the code, English in resources/translations: complete, built, and loaded."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agencia.domain import messages
from agencia.ui import settings
from agencia.ui.actions import ActionId
from agencia.ui.resources import resource_path
from agencia.ui.shell import i18n
from agencia.ui.shell.window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("translations", "agencia_en.ts")
QM = resource_path("translations", "agencia_en.qm")
BIN = Path(sys.executable).parent


def _sources() -> list[str]:
    files = [*sorted((ROOT / "agencia" / "ui").rglob("*.py")), ROOT / "agencia" / "app.py"]
    return [str(f) for f in files if "__pycache__" not in f.parts]


def _unfinished(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all((f or "").strip() for f in forms):
                missing.append(f"{name}: {message.findtext('source')!r}")
    return missing


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    i18n.install_translators(qapp, "en")
    try:
        yield
    finally:
        i18n.install_translators(qapp, "es")


def test_every_message_has_an_english_translation() -> None:
    assert TS.exists() and QM.exists()
    assert _unfinished(TS) == []


def test_the_ts_covers_every_string_in_the_code(tmp_path: Path) -> None:
    """Fails when a tr() string is new: run scripts/update_translations and translate it."""
    copy = tmp_path / "agencia_en.ts"
    shutil.copy(TS, copy)
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "es_ES",
            "-target-language",
            "en_US",
            *_sources(),
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )
    assert _unfinished(copy) == [], "run scripts/update_translations and translate these"


def test_tr_is_never_aliased() -> None:
    """`t = self.tr; t("Nueva cuenta…")` runs, but lupdate cannot see the string (nor its
    context), so it would never be translated: write self.tr("…") at every call (or
    translate("Context", "…"), which lupdate knows by that name)."""
    alias = re.compile(
        r"^\s*(\w+\s*=\s*self\.tr|(?!translate\b)\w+\s*=\s*QCoreApplication\.translate)"
        r"\s*(#.*)?$"
    )
    found = [
        f"{Path(source).relative_to(ROOT)}:{n}: {line.strip()}"
        for source in _sources()
        for n, line in enumerate(Path(source).read_text(encoding="utf-8").splitlines(), 1)
        if alias.match(line)
    ]
    assert found == []


def test_translate_is_never_wrapped() -> None:
    """`def tr(text): return QCoreApplication.translate("Ctx", text)` runs, but lupdate
    sees either nothing (a name it does not know: `_tr("…")`) or a string with no
    context (`tr("…")` outside a class), which the running program, asking with "Ctx",
    never finds: the words stayed Spanish in English. The text is always a literal."""
    wrapper = re.compile(r"""translate\(\s*"([^"]*)"\s*,[ \t]*(?=[A-Za-z_])""")
    found = []
    for source in _sources():
        text = Path(source).read_text(encoding="utf-8")
        for n, line in enumerate(text.splitlines(), 1):
            match = wrapper.search(line)
            # words marked with QT_TRANSLATE_NOOP("Ctx", "…") are lupdate's, in that context
            if match and f'QT_TRANSLATE_NOOP("{match[1]}"' not in text:
                found.append(f"{Path(source).relative_to(ROOT)}:{n}: {line.strip()}")
    assert found == []
    contexts = [c.findtext("name") or "" for c in ET.parse(TS).getroot().iter("context")]
    assert "" not in contexts, "a tr() outside a class: lupdate gave its words no context"


def test_the_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "agencia_en.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == QM.read_bytes(), "run scripts/update_translations"


def test_english_translates_the_shell(qtbot: QtBot, english: None) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    assert window.registry.get(ActionId.COMMAND_PALETTE).text() == "Command palette…"
    assert window.rail.toggle.text() == "Collapse"
    assert window.opening.message.text() == "Opening the database…"
    assert messages.language() == "en"  # service messages follow the window
    assert messages.render("auth.failed") == "Wrong user name or password."
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_spanish_loads_qts_own_translations(qapp: QApplication) -> None:
    assert i18n.install_translators(qapp, "es") == "es"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QCoreApplication.translate("MainWindow", "Preferencias…") == "Preferencias…"


def test_the_language_comes_from_env_then_preferences(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENCIA_LANG", "en_GB")
    assert i18n.choose_language() == "en"
    monkeypatch.delenv("AGENCIA_LANG")
    settings.put(settings.LANGUAGE, "en")
    assert i18n.choose_language() == "en"
    settings.put(settings.LANGUAGE, "es")
    assert i18n.choose_language() == "es"
    settings.put(settings.LANGUAGE, "")
    assert i18n.choose_language() == i18n.system_language()
