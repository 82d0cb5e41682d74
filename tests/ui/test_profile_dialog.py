"""Archivo ▸ Perfil de la agencia…: for administrators only; the dialog edits every field the
decks print, validates beside each field, keeps the person's edits when someone saved
meanwhile, and says so with a toast when saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from campaign_world import Cast, build_cast
from gui_support import Recorder, make_context, type_text, until
from profile_support import add_team_area, open_profile
from PySide6.QtCore import QBuffer, QByteArray, QLocale, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMenuBar
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.agency.profile import AgencyProfileInput, get_profile, update_profile
from agencia.ui.actions import ActionRegistry
from agencia.ui.agency.area import TeamArea
from agencia.ui.agency.profile_actions import PROFILE, ProfileActions
from agencia.ui.agency.profile_dialog import ProfileDialog
from agencia.ui.area import AppContext
from agencia.ui.campaigns.area import CampaignsArea
from agencia.ui.ops import Operations
from agencia.ui.shell import area_builder
from agencia.ui.shell.menus import build_menus
from agencia.ui.shell.window import MainWindow


def png(width: int = 240, height: int = 80, color: str = "#0B4F6C") -> bytes:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stub: bytes; PySide6: str
    return bytes(data.data())


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def sign_in(
    cast: Cast, who: str, profile_actions: list[ProfileActions]
) -> tuple[AppContext, Recorder]:
    """The Equipo area as the window creates it: it registers the profile action."""
    ctx, recorder = make_context(cast.db, cast.actor(who))
    add_team_area(ctx, profile_actions)
    return ctx, recorder


def file_menu(registry: ActionRegistry) -> list[str]:
    bar = QMenuBar()
    menus = build_menus(bar, registry, {}, "", {})
    texts = [a.text() for a in menus["file"].actions()] if "file" in menus else []
    bar.deleteLater()
    return texts


def open_dialog(
    qtbot: QtBot, cast: Cast, profile_actions: list[ProfileActions]
) -> tuple[ProfileDialog, Recorder]:
    ctx, recorder = make_context(cast.db, cast.admin)
    return open_profile(qtbot, ctx, profile_actions), recorder


# -- who sees it ---------------------------------------------------------------------------------


def test_only_an_administrator_is_offered_the_profile(
    qtbot: QtBot, cast: Cast, profile_actions: list[ProfileActions]
) -> None:
    ctx, _recorder = sign_in(cast, "admin", profile_actions)
    assert ctx.actions.get(PROFILE).isEnabled()
    assert file_menu(ctx.actions) == ["Perfil de la agencia…", "Tipos de cambio…"]

    ctx, recorder = sign_in(cast, "director", profile_actions)
    assert PROFILE not in {spec.id for spec, _a in ctx.actions.all()}  # nor in the palette
    assert file_menu(ctx.actions) == []
    profile_actions[-1].open_profile()  # reached some other way: refused, with the reason
    assert profile_actions[-1].dialog is None
    assert recorder.toasts == [
        "Su rol (Director de cuentas) no permite cambiar el perfil de la agencia."
    ]


def test_the_window_offers_it_in_archivo_and_the_palette(
    qtbot: QtBot, cast: Cast, monkeypatch: pytest.MonkeyPatch, profile_actions: list[ProfileActions]
) -> None:
    monkeypatch.setattr(
        area_builder, "ui_modules", lambda: ("agencia.ui.campaigns.area", "agencia.ui.agency.area")
    )
    window = MainWindow()
    qtbot.addWidget(window)
    ops = Operations(cast.db, cast.admin, synchronous=True)
    ctx = AppContext(ops, window.registry, cast.admin, QLocale("es_ES"), "EUR")
    areas = window.install(ctx, "Agencia de Pruebas")
    team = next(a for a in areas if isinstance(a, TeamArea))
    profile_actions.append(team.profile_actions)
    window.show()
    qtbot.waitExposed(window)
    archivo = [a.text() for a in window._menus["file"].actions() if not a.isSeparator()]
    assert archivo[:2] == ["Umbrales de aprobación…", "Perfil de la agencia…"]
    window.open_palette()
    qtbot.keyClicks(window.palette_popup.field, "perfil de la agencia")
    assert window.palette_popup.visible_labels()[0] == "Perfil de la agencia…"
    qtbot.keyClick(window.palette_popup.field, Qt.Key.Key_Return)
    assert isinstance(team.profile_actions.dialog, ProfileDialog)
    assert team.profile_actions.dialog.name.text() == "Agencia de Pruebas"
    team.profile_actions.dialog.done(0)
    for area in areas:
        if isinstance(area, CampaignsArea):
            dialog = area.approval_actions.dialog
            if dialog is not None:
                dialog.done(0)


# -- editing -------------------------------------------------------------------------------------


def test_the_administrator_edits_every_part_and_saves(
    qtbot: QtBot, cast: Cast, profile_actions: list[ProfileActions], tmp_path: Path
) -> None:
    dialog, recorder = open_dialog(qtbot, cast, profile_actions)
    assert dialog.name.text() == "Agencia de Pruebas"
    assert dialog.save_button.isEnabled()
    dialog.legal_name.setText("Agencia de Pruebas, S.L.")
    dialog.tagline.setText("Ideas que mueven marcas")
    dialog.about.setPlainText("Sesenta personas en Madrid.\nDe la estrategia a la producción.")
    dialog.locale_box.setCurrentIndex(dialog.locale_box.findData("es_MX"))
    assert dialog.currency_box.currentData() == "MXN"  # follows the locale, like the wizard
    assert "volver a abrir Agencia" in dialog.example.text()
    dialog.locale_box.setCurrentIndex(dialog.locale_box.findData("es_ES"))
    assert dialog.currency_box.currentData() == "EUR"

    # services: added, edited in place, reordered
    for text in ("Creatividad", "Estrategia de marca", "Medios"):
        dialog.services.add()
        dialog.services.list.currentItem().setText(text)
    dialog.services.list.setCurrentRow(1)
    dialog.services.shift(-1)
    assert dialog.services.services() == ("Estrategia de marca", "Creatividad", "Medios")
    dialog.services.list.setCurrentRow(2)
    dialog.services.remove()

    # process: steps with a title and what happens, reordered
    steps = (("Pensamos", "Estrategia e insight."), ("Escuchamos", "Brief y contrabrief."))
    for title, text in steps:
        dialog.process.add()
        dialog.process.title.setText(title)
        dialog.process.text.setPlainText(text)
    dialog.process.shift(-1)
    assert dialog.process.list.item(0).text() == "1. Escuchamos"
    assert dialog.process.steps() == (
        ("Escuchamos", "Brief y contrabrief."),
        ("Pensamos", "Estrategia e insight."),
    )

    dialog.address.setPlainText("Calle Mayor 1\n28013 Madrid")
    dialog.phone.setText("+34 910 000 000")
    dialog.email.setText("hola@pruebas.es")
    dialog.website.setText("https://www.pruebas.es")
    dialog.primary.set_color("#0b4f6c")
    assert dialog.primary.text() == "#0B4F6C"  # the swatch button shows its hex
    dialog.secondary.set_color("#F29E4C")
    logo = tmp_path / "logo.png"
    logo.write_bytes(png())
    dialog.logo.use_file(logo)
    assert dialog.logo.image is not None and dialog.logo.image.width == 240
    assert "logo.png" in dialog.logo.caption.text()
    assert dialog.preview.logo is not None  # the cover preview shows it

    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: profile_actions[-1].dialog is None))
    assert recorder.toasts == ["Perfil de la agencia guardado"]
    stored = get_profile(cast.db, cast.admin)
    assert stored.legal_name == "Agencia de Pruebas, S.L."
    assert stored.tagline == "Ideas que mueven marcas"
    assert stored.about == "Sesenta personas en Madrid.\nDe la estrategia a la producción."
    assert stored.services == ("Estrategia de marca", "Creatividad")
    assert stored.process == (
        ("Escuchamos", "Brief y contrabrief."),
        ("Pensamos", "Estrategia e insight."),
    )
    assert (stored.phone, stored.email, stored.website) == (
        "+34 910 000 000",
        "hola@pruebas.es",
        "https://www.pruebas.es",
    )
    assert (stored.primary_color, stored.secondary_color) == ("#0B4F6C", "#F29E4C")
    assert stored.logo == logo.read_bytes()
    assert (stored.locale, stored.currency) == ("es_ES", "EUR")


def test_the_logo_kept_when_untouched_and_removed_when_asked(
    qtbot: QtBot, cast: Cast, profile_actions: list[ProfileActions]
) -> None:
    profile = get_profile(cast.db, cast.admin)
    update_profile(
        cast.db, cast.admin, AgencyProfileInput(name=profile.name, logo=png()), profile.version
    )
    dialog, _ = open_dialog(qtbot, cast, profile_actions)
    assert dialog.logo.image is not None
    assert dialog.collect().logo is None and not dialog.collect().remove_logo  # kept as is
    dialog.logo.remove_button.click()
    assert dialog.logo.image is None and dialog.collect().remove_logo
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: profile_actions[-1].dialog is None))
    assert get_profile(cast.db, cast.admin).logo is None


# -- validation ----------------------------------------------------------------------------------


def test_each_refusal_shows_beside_its_field_and_save_waits(
    qtbot: QtBot, cast: Cast, profile_actions: list[ProfileActions], tmp_path: Path
) -> None:
    dialog, _ = open_dialog(qtbot, cast, profile_actions)
    form = dialog.forms[0]
    dialog.name.selectAll()
    dialog.name.del_()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)  # typed: the field counts as touched
    assert form.error("name") == "Este campo es obligatorio."
    assert not dialog.save_button.isEnabled()
    type_text(dialog.name, "Atlántica")
    assert form.error("name") == "" and dialog.save_button.isEnabled()

    dialog.tabs.setCurrentIndex(2)
    type_text(dialog.email, "hola@")
    type_text(dialog.website, "no es una web")
    contact = dialog.forms[2]
    assert contact.error("email") == "No es una dirección de correo válida."
    assert contact.error("website").startswith("No es una dirección web válida")
    assert not dialog.save_button.isEnabled()
    dialog.tabs.setCurrentIndex(0)
    assert not dialog.tabs.tabIcon(2).isNull()  # the tab out of sight says it has errors
    assert dialog.tabs.tabIcon(0).isNull()
    dialog.email.setText("hola@atlantica.es")
    dialog.website.setText("www.atlantica.es")
    assert dialog.tabs.tabIcon(2).isNull() and dialog.save_button.isEnabled()

    # a step without a title, and too many services
    dialog.process.add()
    dialog.process.text.setPlainText("Sin título")
    assert dialog.forms[1].error("process") == "Cada paso necesita un título (Título: qué ocurre)."
    dialog.process.title.setText("Medimos")
    for n in range(13):
        dialog.services.add()
        dialog.services.list.currentItem().setText(f"Servicio {n}")
    assert dialog.forms[1].error("services") == "Como máximo 12 elementos."
    dialog.services.remove()
    assert dialog.forms[1].error("services") == ""

    # a logo that is not an image, and one too large, refused before they are stored
    fake = tmp_path / "logo.png"
    fake.write_text("no soy una imagen")
    dialog.logo.use_file(fake)
    image_form = dialog.forms[3]
    assert image_form.error("logo") == "La imagen debe ser PNG o JPEG."
    assert not dialog.save_button.isEnabled()
    big = tmp_path / "grande.png"
    big.write_bytes(png(2000, 2000) + b"\0" * (2 * 1024 * 1024))
    dialog.logo.use_file(big)
    assert image_form.error("logo").startswith("La imagen ocupa")
    tiny = tmp_path / "diminuto.png"
    tiny.write_bytes(png(8, 8))
    dialog.logo.use_file(tiny)
    assert "entre 16 y 4000 píxeles" in image_form.error("logo")
    good = tmp_path / "bueno.png"
    good.write_bytes(png())
    dialog.logo.use_file(good)
    assert image_form.error("logo") == "" and dialog.save_button.isEnabled()


# -- a save meanwhile ----------------------------------------------------------------------------


def test_a_save_meanwhile_brings_theirs_in_and_keeps_ours(
    qtbot: QtBot, cast: Cast, profile_actions: list[ProfileActions]
) -> None:
    dialog, recorder = open_dialog(qtbot, cast, profile_actions)
    type_text(dialog.tagline, "Nuestra línea")
    dialog.phone.setText("+34 600 000 001")
    # someone else saves a phone and a website meanwhile
    current = get_profile(cast.db, cast.admin)
    update_profile(
        cast.db,
        cast.admin,
        AgencyProfileInput(name=current.name, phone="+34 911 111 111", website="https://otra.es"),
        current.version,
    )
    dialog.save_button.click()
    banner = dialog.banner.text()
    assert "Otra persona ha guardado el perfil" in banner
    assert "Sitio web" in banner  # theirs, brought in
    assert "Teléfono" in banner  # both changed it: ours stays, and is named
    assert dialog.website.text() == "https://otra.es"
    assert dialog.phone.text() == "+34 600 000 001"
    assert dialog.tagline.text() == "Nuestra línea"
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: profile_actions[-1].dialog is None))
    stored = get_profile(cast.db, cast.admin)
    assert (stored.tagline, stored.phone, stored.website) == (
        "Nuestra línea",
        "+34 600 000 001",
        "https://otra.es",
    )
    assert recorder.toasts == ["Perfil de la agencia guardado"]
