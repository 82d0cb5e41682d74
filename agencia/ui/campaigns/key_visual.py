"""A campaign's key visual: picked in the results step of «completed» and shown small on
the campaign's page (read on a reader the first time its document shows)."""

from __future__ import annotations

from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QVBoxLayout, QWidget

from agencia.domain.messages import render
from agencia.services.campaigns.documents import read_document
from agencia.services.images import KEY_VISUAL_MAX_BYTES, KEY_VISUAL_MAX_PIXELS, LOGO_MIN_PIXELS
from agencia.ui.ops import Operations
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FormDialog
from agencia.ui.widgets.image_picker import ImagePicker, PickedImage, Thumbnail, decode
from agencia.ui.widgets.text import plain_label

translate = QCoreApplication.translate


def read_document_image(db: Any, actor: Any, document_id: int, box: QSize) -> PickedImage:
    """A stored image (a campaign's key visual) and its thumbnail; runs on a reader."""
    view, data = read_document(db, actor, document_id)
    return decode(view.name, data, box)


class DocumentThumbnail(QWidget):
    """A stored image shown small (a completed campaign's key visual), read on a reader
    the first time its document is shown; its name underneath."""

    def __init__(self, ops: Operations, box: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentThumbnail")
        self.ops = ops
        self.box = box
        self.document_id: int | None = None
        self.thumbnail = Thumbnail(box, translate("ImagePicker", "Cargando…"), self)
        self.caption = plain_label("", self)
        self.caption.setProperty("role", "caption")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.thumbnail)
        column.addWidget(self.caption)
        self.hide()

    def show_document(self, document_id: int | None, name: str = "") -> None:
        """Show the document's image (None hides it); the same one again is not re-read."""
        self.setVisible(document_id is not None)
        if document_id is None or document_id == self.document_id:
            return
        self.document_id = document_id
        self.caption.setText(
            translate("ImagePicker", "Imagen clave · %1").replace("%1", name) if name else ""
        )
        self.thumbnail.empty_text = translate("ImagePicker", "Cargando…")
        self.thumbnail.set_image(None)
        self.ops.read(
            read_document_image,
            document_id,
            self.box,
            on_done=partial(self._loaded, document_id),
            on_error=partial(self._unreadable, document_id),
        )

    def _loaded(self, document_id: int, image: PickedImage) -> None:
        if shiboken6.isValid(self) and document_id == self.document_id:
            self.thumbnail.set_image(image.thumbnail)
            self.thumbnail.setToolTip(f"{image.name} — {image.width} × {image.height} px")

    def _unreadable(self, document_id: int, _error: BaseException) -> None:
        if shiboken6.isValid(self) and document_id == self.document_id:
            self.thumbnail.empty_text = translate("ImagePicker", "No se puede mostrar")
            self.thumbnail.update()


def key_visual_picker(dialog: FormDialog, field: str = "key_visual") -> ImagePicker:
    """The optional «Imagen clave» of a completed campaign, in a form dialog: a refused
    file shows under `field`, and Save waits while the file is read."""
    picker = ImagePicker(
        dialog.ops,
        title=translate("ImagePicker", "Imagen clave de la campaña"),
        limit=KEY_VISUAL_MAX_BYTES,
        box=QSize(192, 108),
        empty_text=translate("ImagePicker", "Sin imagen clave"),
        parent=dialog,
    )
    picker.setObjectName("keyVisual")
    picker.setToolTip(
        translate(
            "ImagePicker",
            "Opcional: la pieza que mejor resume la campaña; ilustra su caso en la presentación",
        )
    )

    def refused(text: str) -> None:
        for form in dialog.findChildren(Form):
            if field in form.editors:
                form.touched.add(field)
        dialog.set_extra_error(field, text)

    def picked() -> None:
        image = picker.image
        low, high = LOGO_MIN_PIXELS, KEY_VISUAL_MAX_PIXELS
        if image and (
            min(image.width, image.height) < low or max(image.width, image.height) > high
        ):
            refused(render("field.image_pixels", {"min": low, "max": high}))
        else:
            dialog.set_extra_error(field, "")

    picker.changed.connect(picked)
    picker.failed.connect(refused)
    picker.reading_changed.connect(lambda _r: dialog.revalidate())
    return picker
