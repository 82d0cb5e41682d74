"""A completed campaign's key visual: picked in the results dialog (PNG or JPEG, read off the
GUI thread, refused beside the field when it is not one or too large), stored with the
results, and shown as a thumbnail in the campaign's Aprobaciones tab."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from campaign_world import (
    Cast,
    add_proposal,
    build_cast,
    client_step,
    move,
    new_campaign,
    ready_for_development,
)
from gui_support import make_context, until
from PySide6.QtCore import QBuffer, QByteArray, QLocale
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import CampaignStatus
from agencia.services.campaigns import flow
from agencia.services.campaigns.documents import read_document
from agencia.services.campaigns.queries import get_campaign
from agencia.ui.campaigns.area import CampaignsArea
from agencia.ui.campaigns.detail_view import TAB_APPROVALS
from agencia.ui.campaigns.results_dialog import ResultsDialog

S = CampaignStatus
_AREAS: list[CampaignsArea] = []


@pytest.fixture(autouse=True)
def _areas() -> Iterator[None]:
    yield
    _AREAS.clear()


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def image_bytes(kind: str = "PNG", width: int = 320, height: int = 180) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#F29E4C"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, kind)  # type: ignore[call-overload]  # stub: bytes; PySide6: str
    return bytes(data.data())


def live_campaign(cast: Cast) -> int:
    """The executive's campaign through its whole life up to «En curso»."""
    cid = new_campaign(cast)
    ready_for_development(cast, cid)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    add_proposal(cast, cid)
    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    proposal = get_campaign(cast.db, SYSTEM, cid).latest_proposal
    assert proposal is not None
    move(cast, "executive", cid, S.PRESENTED, flow.PresentationStep(proposal.documents[0].id))
    move(cast, "executive", cid, S.APPROVED, client_step(cast))
    move(cast, "executive", cid, S.IN_PRODUCTION)
    move(cast, "executive", cid, S.LIVE)
    return cid


def results_dialog(qtbot: QtBot, cast: Cast, cid: int) -> ResultsDialog:
    ctx, _recorder = make_context(cast.db, cast.actor("executive"))
    detail = get_campaign(cast.db, cast.actor("executive"), cid)
    dialog = ResultsDialog(ctx.ops, detail, S.COMPLETED, detail.version, locale=QLocale("es_ES"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_results_dialog_takes_a_key_visual_and_the_page_shows_it(
    qtbot: QtBot, cast: Cast, tmp_path: Path
) -> None:
    cid = live_campaign(cast)
    dialog = results_dialog(qtbot, cast, cid)
    picker = dialog.key_visual
    assert dialog.form.labels["key_visual"].text() == "Imagen clave"
    assert picker.image is None and "PNG o JPEG, hasta 10 MB" in picker.caption.text()

    # not an image: refused beside the field, and nothing can be saved
    fake = tmp_path / "pieza.jpg"
    fake.write_text("esto no es una imagen")
    picker.use_file(fake)
    assert dialog.form.error("key_visual") == "La imagen debe ser PNG o JPEG."
    dialog.kpis.item(0, 2).setText("14 %")
    assert not dialog.save_button.isEnabled()

    # too large: said before the file is read
    picker.limit = 1024
    big = tmp_path / "enorme.png"
    big.write_bytes(image_bytes(width=1600, height=900) + b"\0" * 4096)
    picker.use_file(big)
    assert dialog.form.error("key_visual").startswith("La imagen ocupa")
    picker.limit = 10 * 1024 * 1024

    # a JPEG: its thumbnail and what it is, and Save again
    visual = tmp_path / "mupi.jpg"
    visual.write_bytes(image_bytes("JPEG"))
    picker.use_file(visual)
    assert dialog.form.error("key_visual") == ""
    assert picker.image is not None and picker.image.content_type == "image/jpeg"
    assert "mupi.jpg" in picker.caption.text() and "320 × 180 px" in picker.caption.text()
    assert picker.thumbnail.pixmap is not None
    assert dialog.save_button.isEnabled()
    step = dialog.step()
    assert step.key_visual is not None and step.key_visual.name == "mupi.jpg"

    dialog.story.setPlainText("La prueba superó el objetivo en dos puntos.")
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: get_campaign(cast.db, SYSTEM, cid).status is S.COMPLETED))
    detail = get_campaign(cast.db, SYSTEM, cid)
    assert detail.key_visual is not None and detail.key_visual.name == "mupi.jpg"
    _view, stored = read_document(cast.db, cast.actor("executive"), detail.key_visual.id)
    assert stored == visual.read_bytes()

    # the campaign page's Aprobaciones tab shows it with the results
    ctx, _recorder = make_context(cast.db, cast.actor("executive"))
    area = CampaignsArea(ctx)
    _AREAS.append(area)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    area.open_record(cid)
    view = area.controller.detail_view
    qtbot.waitUntil(until(lambda: view.detail is not None and view.detail.id == cid))
    view.tabs.setCurrentIndex(TAB_APPROVALS)
    thumb = view.approval_panel.key_visual
    assert thumb.isVisibleTo(view.approval_panel)
    qtbot.waitUntil(until(lambda: thumb.thumbnail.pixmap is not None))
    assert thumb.caption.text() == "Imagen clave · mupi.jpg"


def test_the_key_visual_is_optional(qtbot: QtBot, cast: Cast) -> None:
    cid = live_campaign(cast)
    dialog = results_dialog(qtbot, cast, cid)
    dialog.kpis.item(0, 2).setText("14 %")
    assert dialog.save_button.isEnabled()
    assert dialog.step().key_visual is None
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: get_campaign(cast.db, SYSTEM, cid).status is S.COMPLETED))
    assert get_campaign(cast.db, SYSTEM, cid).key_visual is None


def test_removing_the_key_visual_leaves_none(qtbot: QtBot, cast: Cast, tmp_path: Path) -> None:
    cid = live_campaign(cast)
    dialog = results_dialog(qtbot, cast, cid)
    visual = tmp_path / "pieza.png"
    visual.write_bytes(image_bytes())
    dialog.key_visual.use_file(visual)
    assert dialog.key_visual.remove_button.isVisibleTo(dialog)
    dialog.key_visual.remove_button.click()
    assert dialog.key_visual.image is None and dialog.step().key_visual is None


def test_a_damaged_or_tiny_image_is_refused_beside_the_field(
    qtbot: QtBot, cast: Cast, tmp_path: Path
) -> None:
    cid = live_campaign(cast)
    dialog = results_dialog(qtbot, cast, cid)
    dialog.kpis.item(0, 2).setText("14 %")
    damaged = tmp_path / "rota.png"
    damaged.write_bytes(b"\x89PNG\r\n\x1a\n" + b"no sigue ninguna imagen" * 10)
    dialog.key_visual.use_file(damaged)
    assert dialog.form.error("key_visual") == "La imagen está dañada o incompleta."
    assert not dialog.save_button.isEnabled()
    tiny = tmp_path / "icono.png"
    tiny.write_bytes(image_bytes(width=8, height=8))
    dialog.key_visual.use_file(tiny)
    assert "entre 16 y 8000 píxeles" in dialog.form.error("key_visual")
    assert not dialog.save_button.isEnabled()
    good = tmp_path / "pieza.png"
    good.write_bytes(image_bytes())
    dialog.key_visual.use_file(good)
    assert dialog.form.error("key_visual") == "" and dialog.save_button.isEnabled()


@pytest.mark.parametrize(
    ("file_name", "kept"),
    [
        ("mupi\nfinal.png", "mupi final.png"),  # a line break: one line
        ("mupi\u202egnp.exe.png", "mupignp.exe.png"),  # read as it is kept, no override
        ("mupi\x1b[31m.png", "mupi[31m.png"),  # no escape sequence
        (".mupi.png", ".mupi.png"),  # a leading dot is a name like any other
        ("CON.png", "CON.png"),  # reserved on Windows only as a file on disk
        ("m" * 251 + ".png", "m" * 251 + ".png"),  # as long as a file name may be
    ],
)
def test_an_odd_file_name_is_cleaned_as_any_upload_s(
    qtbot: QtBot, cast: Cast, tmp_path: Path, file_name: str, kept: str
) -> None:
    """The key visual's name is kept as every other upload keeps a name from the file
    system (`DocumentInput.from_path`): one line that reads as it is stored, never a
    refusal of the file (a name with a line break was refused on saving)."""
    cid = live_campaign(cast)
    dialog = results_dialog(qtbot, cast, cid)
    dialog.kpis.item(0, 2).setText("14 %")
    visual = tmp_path / file_name
    visual.write_bytes(image_bytes())
    dialog.key_visual.use_file(visual)
    assert dialog.form.error("key_visual") == "" and dialog.save_button.isEnabled()
    assert kept in dialog.key_visual.caption.text()
    step = dialog.step()
    assert step.key_visual is not None and step.key_visual.name == kept
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: get_campaign(cast.db, SYSTEM, cid).status is S.COMPLETED))
    detail = get_campaign(cast.db, SYSTEM, cid)
    assert detail.key_visual is not None and detail.key_visual.name == kept
