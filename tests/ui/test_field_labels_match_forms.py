"""The words the command line names a refused field with (`domain/field_labels`) are the
ones the window's forms label it with, in Spanish and in English: the real forms are
opened and each field's caption compared (the few fields a form names its own way,
listed here, keep the general word)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from campaign_world import Cast, build_cast
from gui_support import make_context
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain import messages
from agencia.domain.field_labels import field_label
from agencia.services.coordination.forms import TaskFormOptions
from agencia.services.results import Option
from agencia.ui.accounts.contact_form import ContactFormDialog
from agencia.ui.campaigns.campaign_form import CampaignFormDialog
from agencia.ui.coordination.task_form import TaskFormDialog
from agencia.ui.coordination.vendor_forms import VendorFormDialog
from agencia.ui.shell import i18n
from agencia.ui.widgets.form_dialog import FormDialog

# (form, field): a form that names a field its own way; the catalogue has the general word.
OWN_WORDS = {("vendorForm", "name"), ("vendorForm", "tax_id")}


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


@pytest.fixture(autouse=True)
def _spanish_again(qapp: QApplication) -> Iterator[None]:
    before = messages.language()
    yield
    i18n.install_translators(qapp, "es")
    messages.set_language(before)


def _forms(qtbot: QtBot, cast: Cast) -> list[FormDialog]:
    ctx, _recorder = make_context(cast.db, cast.actor("executive"))
    options = TaskFormOptions(cast.account_id, "Lanzamiento", date(2027, 1, 4), (), (), (), None)
    dialogs: list[FormDialog] = [
        CampaignFormDialog(ctx.ops, ctx.actor, QLocale(), [Option(cast.account_id, "Cuenta")]),
        TaskFormDialog(ctx.ops, options, QLocale(), None),
        VendorFormDialog(ctx.ops, None),
        ContactFormDialog(ctx.ops, cast.account_id, "Cuenta", ()),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    return dialogs


def _captions(dialogs: list[FormDialog]) -> dict[tuple[str, str], str]:
    return {
        (dialog.objectName(), name): caption.text().removesuffix(" *")
        for dialog in dialogs
        for form in dialog._forms
        for name, caption in form.labels.items()
    }


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_form_field_has_the_forms_own_words(
    qtbot: QtBot, qapp: QApplication, cast: Cast, language: str
) -> None:
    i18n.install_translators(qapp, language)
    messages.set_language(language)
    captions = _captions(_forms(qtbot, cast))
    assert len(captions) > 30
    differing = {
        key: (caption, field_label(key[1]))
        for key, caption in captions.items()
        if key not in OWN_WORDS and caption != field_label(key[1])
    }
    assert differing == {}
