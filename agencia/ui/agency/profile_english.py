"""The profile dialog's «Inglés» tab: the agency's texts as its English decks print them
(tagline, who we are, services, method), each beside the Spanish it translates, and a
note naming those still missing (an English deck would print the Spanish there)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from agencia.ui.agency.profile_editors import ProcessEditor, ServicesEditor
from agencia.ui.agency.profile_reload import label
from agencia.ui.widgets.doc_widgets import GrowingTextEdit
from agencia.ui.widgets.text import plain_label

translate = QCoreApplication.translate  # lupdate knows it by this name

if TYPE_CHECKING:
    from agencia.ui.agency.profile_dialog import ProfileDialog
    from agencia.ui.widgets.form import Form

FIELDS: tuple[str, ...] = ("tagline_en", "about_en", "services_en", "process_en")


def build_english(dialog: ProfileDialog, form: Form) -> None:
    """The English editors, as attributes of the dialog named for their fields."""
    note = plain_label(
        translate(
            "ProfileDialog",
            "Lo que dicen las presentaciones en inglés. Lo que quede vacío saldrá en "
            "español: la presentación avisa antes de generarse.",
        ),
        dialog,
    )
    note.setProperty("role", "caption")
    note.setWordWrap(True)
    form.add_row("", note)
    dialog.tagline_en = QLineEdit(dialog)
    dialog.tagline_en.setObjectName("profile_tagline_en")
    dialog.tagline_en.setPlaceholderText("Ideas that move brands")
    form.add("tagline_en", translate("ProfileDialog", "Lema (inglés)"), dialog.tagline_en)
    dialog.about_en = GrowingTextEdit(
        translate("ProfileDialog", "Who we are: history, size, what we do best"), 4, 8, dialog
    )
    dialog.about_en.setObjectName("profile_about_en")
    form.add("about_en", translate("ProfileDialog", "Quiénes somos (inglés)"), dialog.about_en)
    dialog.services_en = ServicesEditor(dialog)
    dialog.services_en.setObjectName("profile_services_en")
    form.add("services_en", translate("ProfileDialog", "Servicios (inglés)"), dialog.services_en)
    dialog.process_en = ProcessEditor(dialog)
    dialog.process_en.setObjectName("profile_process_en")
    form.add(
        "process_en", translate("ProfileDialog", "Cómo trabajamos (inglés)"), dialog.process_en
    )
    dialog.english_missing = plain_label("", dialog)
    dialog.english_missing.setObjectName("profile_english_missing")
    dialog.english_missing.setProperty("role", "caption")
    dialog.english_missing.setWordWrap(True)
    form.add_row("", dialog.english_missing)
    for edit in (dialog.tagline_en, dialog.about_en):
        edit.textChanged.connect(lambda *_a: refresh_missing(dialog))
    for editor, name in ((dialog.services_en, "services_en"), (dialog.process_en, "process_en")):
        editor.changed.connect(lambda n=name: dialog._touched(n))
        editor.changed.connect(lambda: refresh_missing(dialog))


def missing(dialog: ProfileDialog) -> list[str]:
    """The labels of the texts written in Spanish and not (or not all) in English."""
    d = dialog
    pairs = (
        ("tagline", bool(d.tagline.text().strip()), bool(d.tagline_en.text().strip())),
        ("about", bool(d.about.toPlainText().strip()), bool(d.about_en.toPlainText().strip())),
        (
            "services",
            bool(d.services.services()),
            _enough(d.services_en.services(), d.services.services()),
        ),
        ("process", bool(d.process.steps()), _enough(d.process_en.steps(), d.process.steps())),
    )
    return [
        label(d, f"{name}_en").removesuffix(" (inglés)")
        for name, spanish, english in pairs
        if spanish and not english
    ]


def _enough(english: tuple[object, ...], spanish: tuple[object, ...]) -> bool:
    return len([e for e in english if e]) >= len([s for s in spanish if s])


def refresh_missing(dialog: ProfileDialog) -> None:
    if dialog._loading:
        return
    names = missing(dialog)
    dialog.english_missing.setText(
        translate("ProfileDialog", "Falta en inglés: %1.").replace("%1", ", ".join(names))
        if names
        else ""
    )
