"""Client and brand logos on the account page: chosen, read off the GUI thread, saved and
shown as a thumbnail; refused beside the logo; removed after asking once; a trainee sees
the actions but may not use them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from factories import Agency, small_agency
from gui_support import Recorder, make_context, until
from PySide6.QtCore import QBuffer, QByteArray
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.services.accounts import queries as svc
from agencia.services.accounts.account_edit import input_from_detail, update_account
from agencia.services.accounts.logos import set_account_logo, set_brand_logo
from agencia.ui.accounts.area import AccountsArea
from agencia.ui.accounts.controller import AccountsController
from agencia.ui.accounts.edits import account_key

_AREAS: list[AccountsArea] = []


@pytest.fixture(autouse=True)
def _areas() -> Iterator[None]:
    yield
    for area in _AREAS:
        area.controller.ops.shutdown()
    _AREAS.clear()


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def image_bytes(kind: str = "PNG", width: int = 240, height: int = 120) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#C8102E"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, kind)  # type: ignore[call-overload]  # stub: bytes; PySide6: str
    return bytes(data.data())


def open_account(
    qtbot: QtBot, agency: Agency, who: str, account: str = "coca"
) -> tuple[AccountsController, Recorder]:
    actor = agency.admin if who == "admin" else agency.actor(who)
    ctx, recorder = make_context(agency.db, actor)
    area = AccountsArea(ctx)
    _AREAS.append(area)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    controller = area.controller
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    account_id = agency.accounts[account]
    controller.open_account(account_id)
    qtbot.waitUntil(
        until(lambda: controller.detail is not None and controller.detail.id == account_id)
    )
    return controller, recorder


def choose(controller: AccountsController, path: Path | None) -> list[str]:
    """The file dialog answers `path`; returns the titles it was opened with."""
    titles: list[str] = []

    def answer(title: str) -> Path | None:
        titles.append(title)
        return path

    controller.choose_image = answer  # type: ignore[method-assign]
    return titles


def version(agency: Agency, account: str = "coca") -> int:
    return svc.get_account(agency.db, SYSTEM, agency.accounts[account]).version


def stored_logo(agency: Agency, account: str = "coca") -> bytes | None:
    return svc.get_account(agency.db, SYSTEM, agency.accounts[account]).logo


def test_a_logo_set_on_the_account_shows_as_its_thumbnail_and_can_be_removed(
    qtbot: QtBot, agency: Agency, tmp_path: Path
) -> None:
    controller, recorder = open_account(qtbot, agency, "alvaro")  # leads Coca-Cola
    view = controller.detail_view
    field = view.account_logo
    change, remove = (
        controller.actions["accounts.change_logo"],
        controller.actions["accounts.remove_logo"],
    )
    assert field.thumbnail.pixmap is None and field.thumbnail.empty_text == "Sin logotipo"
    assert field.change_button.text() == "Añadir logotipo…" and field.change_button.isEnabled()
    assert field.remove_button.isHidden()
    assert change.isEnabled() and change.text() == "Cambiar logotipo…"
    assert not remove.isEnabled() and "no tiene logotipo" in remove.toolTip()

    png = tmp_path / "coca-cola.png"
    png.write_bytes(image_bytes())
    view.tabs.setCurrentIndex(2)  # the action brings the logo into sight
    titles = choose(controller, png)
    change.trigger()
    qtbot.waitUntil(until(lambda: controller.detail is not None and controller.detail.logo))
    assert titles == ["Logotipo de «Coca-Cola»"]
    assert view.tabs.currentWidget() is view.facts_panel
    assert stored_logo(agency) == png.read_bytes()
    assert field.thumbnail.pixmap is not None
    assert field.caption.text() == "PNG · 240 × 120 px"
    assert field.error() == ""
    assert field.change_button.text() == "Cambiar logotipo…"
    assert field.remove_button.isVisible() and field.remove_button.isEnabled()
    assert remove.isEnabled()
    assert recorder.toasts[-1] == "Logotipo de «Coca-Cola» guardado"

    # replaced by a JPEG with the field's own button
    jpeg = tmp_path / "nuevo.jpg"
    jpeg.write_bytes(image_bytes("JPEG", 400, 400))
    choose(controller, jpeg)
    field.change_button.click()
    qtbot.waitUntil(until(lambda: field.caption.text() == "JPEG · 400 × 400 px"))
    assert stored_logo(agency) == jpeg.read_bytes()

    # removed: asked once, naming what goes; «Cancelar» keeps it
    questions: list[str] = []
    controller.confirm = lambda _title, text, _accept: bool(questions.append(text))  # type: ignore[method-assign]
    field.remove_button.click()
    assert stored_logo(agency) is not None and field.thumbnail.pixmap is not None
    assert "¿Quitar el logotipo de «Coca-Cola»?" in questions[0]
    controller.confirm = lambda *_a: True  # type: ignore[method-assign]
    field.remove_button.click()
    qtbot.waitUntil(until(lambda: controller.detail is not None and controller.detail.logo is None))
    assert stored_logo(agency) is None
    assert field.thumbnail.pixmap is None and field.remove_button.isHidden()
    assert recorder.toasts[-1] == "Logotipo de «Coca-Cola» quitado"
    # the history tells it, by size
    assert any("logo" in h.changes for h in controller.detail.history)


def test_a_file_that_is_not_a_png_or_jpeg_is_refused_beside_the_logo(
    qtbot: QtBot, agency: Agency, tmp_path: Path
) -> None:
    set_account_logo(agency.db, SYSTEM, agency.accounts["coca"], image_bytes(), version(agency))
    controller, recorder = open_account(qtbot, agency, "lucia")
    field = controller.detail_view.account_logo
    fake = tmp_path / "logo.png"
    fake.write_text("esto no es una imagen")
    choose(controller, fake)
    controller.change_logo()
    qtbot.waitUntil(until(lambda: field.error() != ""))
    assert field.error() == "La imagen debe ser PNG o JPEG."
    assert field.thumbnail.pixmap is not None  # the stored one stays
    assert field.change_button.isEnabled()
    assert stored_logo(agency) == image_bytes()
    assert not recorder.toasts

    # a PNG too small to print: read, then refused by the service, said in the same place
    tiny = tmp_path / "diminuto.png"
    tiny.write_bytes(image_bytes(width=8, height=8))
    choose(controller, tiny)
    controller.change_logo()
    qtbot.waitUntil(until(lambda: "píxeles" in field.error()))
    assert field.error() == "La imagen debe medir entre 16 y 4000 píxeles por lado."
    assert stored_logo(agency) == image_bytes()

    # another account clears the refusal
    loreal = agency.accounts["loreal"]
    controller.open_account(loreal)
    qtbot.waitUntil(until(lambda: controller.detail is not None and controller.detail.id == loreal))
    assert field.error() == "" and field.thumbnail.pixmap is None


def test_someone_else_changed_the_account_the_newer_logo_shows_and_the_conflict_is_said(
    qtbot: QtBot, agency: Agency, tmp_path: Path
) -> None:
    controller, _ = open_account(qtbot, agency, "alvaro")
    field = controller.detail_view.account_logo
    set_account_logo(
        agency.db, SYSTEM, agency.accounts["coca"], image_bytes("JPEG"), version(agency)
    )
    png = tmp_path / "mio.png"
    png.write_bytes(image_bytes())
    choose(controller, png)
    controller.change_logo()
    qtbot.waitUntil(until(lambda: field.error() != ""))
    assert field.error().startswith("Otra persona ha modificado este registro")
    qtbot.waitUntil(until(lambda: controller.detail is not None and controller.detail.logo))
    assert field.caption.text() == "JPEG · 240 × 120 px"  # theirs, reloaded
    assert stored_logo(agency) == image_bytes("JPEG")


def test_a_brand_logo_is_set_from_the_brands_tab_and_its_menu(
    qtbot: QtBot, agency: Agency, tmp_path: Path
) -> None:
    controller, recorder = open_account(qtbot, agency, "alvaro")
    view = controller.detail_view
    view.tabs.setCurrentIndex(1)
    field = view.brands_tab.brand_logo
    assert field.isHidden() and view.brands_tab.brand_logo_hint.isVisible()
    fanta = view.brands_tab.brands_model.find("brand", agency.brands["fanta"])
    view.brands_tab.brands.setCurrentIndex(fanta)
    assert field.isVisible() and view.brands_tab.brand_logo_title.text() == "Logotipo de «Fanta»"

    png = tmp_path / "fanta.png"
    png.write_bytes(image_bytes(width=300, height=100))
    titles = choose(controller, png)
    field.change_button.click()
    qtbot.waitUntil(until(lambda: field.thumbnail.pixmap is not None))
    assert titles == ["Logotipo de «Fanta»"]
    assert recorder.toasts[-1] == "Logotipo de la marca «Fanta» guardado"
    assert field.caption.text() == "PNG · 300 × 100 px"
    brands = {b.name: b for b in svc.get_account(agency.db, SYSTEM, agency.accounts["coca"]).brands}
    assert brands["Fanta"].logo == png.read_bytes() and brands["Coca-Cola Zero"].logo is None
    assert stored_logo(agency) is None  # the client's is another thing
    # the selection stays on Fanta after the page reloads
    assert view.brands_tab.brand_logo_title.text() == "Logotipo de «Fanta»"

    # the brand's context menu offers the same, and removes it after asking
    menu = view.brands_tab.brand_menu(
        view.brands_tab.brands_model.find("brand", agency.brands["fanta"])
    )
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Editar marca…", "Nuevo producto…", "Cambiar logotipo…", "Quitar logotipo"]
    assert all(a.isEnabled() for a in menu.actions())
    controller.confirm = lambda *_a: True  # type: ignore[method-assign]
    menu.actions()[-1].trigger()
    qtbot.waitUntil(until(lambda: field.thumbnail.pixmap is None))
    assert recorder.toasts[-1] == "Logotipo de la marca «Fanta» quitado"
    menu.deleteLater()

    # a product's menu is about the product; the logo shown is its brand's
    zero = view.brands_tab.brands_model.find("brand", agency.brands["coca"])
    view.brands_tab.brands.setCurrentIndex(zero)
    assert view.brands_tab.brand_logo_title.text() == "Logotipo de «Coca-Cola Zero»"


def test_a_trainee_sees_the_logo_actions_disabled(qtbot: QtBot, agency: Agency) -> None:
    """Pablo is on Coca-Cola's team as a trainee: he sees its logos, may not change them."""
    db = agency.db
    set_account_logo(db, SYSTEM, agency.accounts["coca"], image_bytes(), version(agency))
    fanta = next(
        b for b in svc.get_account(db, SYSTEM, agency.accounts["coca"]).brands if b.name == "Fanta"
    )
    set_brand_logo(db, SYSTEM, fanta.id, image_bytes(), fanta.version)
    controller, _ = open_account(qtbot, agency, "pablo")
    view = controller.detail_view
    field = view.account_logo
    assert field.thumbnail.pixmap is not None  # he sees it
    reason = "Su rol (Trainee) no permite editar cuentas, contactos ni marcas."
    for action_id in ("accounts.change_logo", "accounts.remove_logo"):
        action = controller.actions[action_id]
        assert not action.isEnabled()
        assert action.toolTip().endswith(reason)
    for button in (field.change_button, field.remove_button):
        assert button.isVisible() and not button.isEnabled()
        assert button.toolTip() == reason

    view.tabs.setCurrentIndex(1)
    view.brands_tab.brands.setCurrentIndex(view.brands_tab.brands_model.find("brand", fanta.id))
    brand_field = view.brands_tab.brand_logo
    assert brand_field.thumbnail.pixmap is not None
    assert not brand_field.change_button.isEnabled() and not brand_field.remove_button.isEnabled()
    menu = view.brands_tab.brand_menu(view.brands_tab.brands_model.find("brand", fanta.id))
    assert menu is not None and not any(a.isEnabled() for a in menu.actions() if a.text())
    menu.deleteLater()

    # and asked directly (a shortcut, the palette), nothing happens
    asked = choose(controller, Path("/nonexistent.png"))
    controller.change_logo()
    controller.change_brand_logo(fanta.id)
    assert asked == [] and stored_logo(agency) == image_bytes()


def test_undo_of_the_last_edit_still_works_after_a_logo_change_and_keeps_the_logo(
    qtbot: QtBot, agency: Agency, tmp_path: Path
) -> None:
    """The logo is not part of what Ctrl+Z puts back; changing it does not make the undo
    of the edit before it look like someone else's conflict."""
    controller, recorder = open_account(qtbot, agency, "alvaro")
    before = controller.detail
    assert before is not None
    previous = input_from_detail(before)
    saved = update_account(
        agency.db,
        agency.actor("alvaro"),
        before.id,
        replace(previous, city="Bilbao"),
        before.version,
    )
    controller.history.push_saved(
        "Editar la cuenta",
        account_key(before.id),
        lambda db, actor, values, version: update_account(db, actor, before.id, values, version),
        previous,
        replace(previous, city="Bilbao"),
        saved.version,
    )
    controller.refresh()
    qtbot.waitUntil(
        until(lambda: controller.detail is not None and controller.detail.city == "Bilbao")
    )
    png = tmp_path / "logo.png"
    png.write_bytes(image_bytes())
    choose(controller, png)
    controller.change_logo()
    qtbot.waitUntil(until(lambda: controller.detail is not None and controller.detail.logo))
    controller.actions["accounts.undo"].trigger()
    qtbot.waitUntil(
        until(lambda: controller.detail is not None and controller.detail.city == "Madrid")
    )
    assert recorder.toasts[-1] == "Deshecho: Editar la cuenta"
    assert stored_logo(agency) == png.read_bytes()
