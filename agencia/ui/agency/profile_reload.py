"""The profile dialog after a save refused because someone saved the profile meanwhile:
what the other person changed comes in where this person changed nothing, and the banner
says what happened (profile_merge decides; this applies it to the dialog's editors)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit

from agencia.services.agency.profile import AgencyProfileView
from agencia.ui.agency.profile_editors import ColorButton, ProcessEditor, ServicesEditor
from agencia.ui.agency.profile_merge import merge
from agencia.ui.widgets.doc_widgets import GrowingTextEdit

translate = QCoreApplication.translate  # lupdate knows it by this name

if TYPE_CHECKING:
    from agencia.ui.agency.profile_dialog import ProfileDialog

# the dialog's attribute holding each field's editor, where it is not the field's name
FIELD_EDITORS = {
    "locale": "locale_box",
    "currency": "currency_box",
    "deck_font": "font_box",
    "primary_color": "primary",
    "secondary_color": "secondary",
    "spanish": "spanish_box",
}


def reloaded(dialog: ProfileDialog, current: AgencyProfileView) -> None:
    """Bring in what the other person changed where this person changed nothing; where
    both changed a field, this person's value stays (and is named)."""
    found = merge(dialog.profile, current, dialog.collect())
    taken = [label(dialog, name) for name in found.take]
    both = [label(dialog, name) for name in found.both]
    dialog._loading = True
    try:
        for name, value in found.take.items():
            set_field(dialog, name, value)
        if current.logo != dialog.profile.logo:
            if dialog._logo_edited:
                both.append(label(dialog, "logo"))
            else:
                dialog.logo.set_data(current.logo, translate("ProfileDialog", "Logotipo actual"))
                taken.append(label(dialog, "logo"))
    finally:
        dialog._loading = False
    dialog.profile = current
    dialog.version = current.version
    parts = [translate("ProfileDialog", "Otra persona ha guardado el perfil mientras lo editaba.")]
    if taken:
        parts.append(
            translate("ProfileDialog", "Se han traído sus cambios en: %1.").replace(
                "%1", ", ".join(taken)
            )
        )
    if both:
        parts.append(
            translate(
                "ProfileDialog", "En %1 también lo cambió: se mantiene lo que usted escribió."
            ).replace("%1", ", ".join(both))
        )
    parts.append(translate("ProfileDialog", "Revise el perfil y guarde de nuevo."))
    dialog.show_banner(" ".join(parts))
    dialog._refresh_side()
    dialog.revalidate()


def label(dialog: ProfileDialog, name: str) -> str:
    for form in dialog.forms:
        if name in form.labels:
            return form.labels[name].text().removesuffix(" *")
    return name


def set_field(dialog: ProfileDialog, name: str, value: Any) -> None:
    """Put `value` (as AgencyProfileInput holds it) in the field's editor."""
    editor = getattr(dialog, FIELD_EDITORS.get(name, name))
    if isinstance(editor, QLineEdit):
        editor.setText(value)
    elif isinstance(editor, GrowingTextEdit):
        editor.setPlainText(value)
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(editor.findData(value), 0))
    elif isinstance(editor, ColorButton):
        editor.set_color(value)
    elif isinstance(editor, ServicesEditor):
        editor.set_services(value)
    elif isinstance(editor, ProcessEditor):
        editor.set_steps(value)
