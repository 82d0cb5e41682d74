"""An image the person picks from disk (the agency's logo, a campaign's key visual):
a thumbnail, «Elegir…» and «Quitar».

The file is read and decoded on a reader (`ops.read`), never on the GUI thread: a large
JPEG takes a moment. Only PNG and JPEG are taken, up to a size limit, told before the
file is read, in the service's own words (field.image_*); the service still checks what
it stores (Pillow), and its refusal lands under the field like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageReader,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.errors import DomainError
from agencia.domain.validation import one_line_name
from agencia.ui.ops import Operations
from agencia.ui.resources import icon
from agencia.ui.style import tokens
from agencia.ui.widgets.form_dialog import describe
from agencia.ui.widgets.text import plain_label

translate = QCoreApplication.translate
PNG, JPEG = "image/png", "image/jpeg"
MAX_LIMIT = 50 * 1024 * 1024


def image_type(data: bytes) -> str:
    """PNG or JPEG by the file's first bytes ("" for anything else)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    return ""


def megabytes(size: int) -> str:
    """``2 MB``, ``1,5 MB`` in the window's locale."""
    value = size / 1048576
    whole = value >= 10 or round(value, 1) == int(value)
    return translate("ImagePicker", "%1 MB").replace(
        "%1", QLocale().toString(value, "f", 0 if whole else 1)
    )


@dataclass(frozen=True)
class PickedImage:
    """An image ready to store: its bytes, and a thumbnail to show (decoded off the GUI)."""

    name: str
    data: bytes
    content_type: str
    thumbnail: QImage
    width: int
    height: int


def decode(name: str, data: bytes, box: QSize) -> PickedImage:
    """Check and decode `data` (a DomainError says why not, in the service's words); the
    thumbnail fits `box` at twice its size (sharp on a high-density screen), decoded at that
    size: a large photo is never held whole in memory."""
    kind = image_type(data)
    if not kind:
        raise DomainError("field.image_kind")
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        raise DomainError("field.image_damaged")
    room = box * 2
    if size.width() > room.width() or size.height() > room.height():
        reader.setScaledSize(size.scaled(room, Qt.AspectRatioMode.KeepAspectRatio))
    thumb = reader.read()
    buffer.close()
    if thumb.isNull():
        raise DomainError("field.image_damaged")
    return PickedImage(name, data, kind, thumb, size.width(), size.height())


def read_image(_db: Any, _actor: Any, path: Path, limit: int, box: QSize) -> PickedImage:
    """Runs on a reader (Operations calls it with the database and the actor). The name
    is the file system's, kept as every upload keeps one (`validation.one_line_name`):
    one line that reads as it is stored."""
    name = one_line_name(path.name)
    try:
        size = path.stat().st_size
        if size > limit:
            raise DomainError(
                "field.image_too_large", size=f"{size / 1048576:.1f}", max=limit // 1048576
            )
        data = path.read_bytes()
    except OSError as exc:
        raise DomainError("document.unreadable", name=name, detail=exc.strerror) from None
    return decode(name, data, box)


class Thumbnail(QFrame):
    """The image scaled to fit, centred on a light panel; a dashed frame and a word when
    there is none. `on_color` paints the panel (a logo on the agency's colour)."""

    def __init__(self, size: QSize, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageThumbnail")
        self.setFixedSize(size)
        self.empty_text = empty_text
        self.pixmap: QPixmap | None = None
        self.background = ""

    def set_image(self, image: QImage | None) -> None:
        self.pixmap = None if image is None or image.isNull() else QPixmap.fromImage(image)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        t = tokens()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = self.rect().adjusted(1, 1, -1, -1)
        painter.setBrush(Qt.GlobalColor.transparent)
        if self.pixmap is None:
            pen = QPen(self.palette().color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(QColor(self.background or t["surface_alt"]))
        painter.drawRoundedRect(rect, 6, 6)
        room = rect.adjusted(8, 8, -8, -8).size()
        shown = self.pixmap.size().scaled(room, Qt.AspectRatioMode.KeepAspectRatio)
        shown = shown.boundedTo(self.pixmap.size() / max(self.pixmap.devicePixelRatio(), 1))
        x = rect.x() + (rect.width() - shown.width()) // 2
        y = rect.y() + (rect.height() - shown.height()) // 2
        painter.drawPixmap(x, y, shown.width(), shown.height(), self.pixmap)
        painter.end()


class ImagePicker(QWidget):
    """Thumbnail, file name and size, «Elegir…» and «Quitar». `changed` when the image
    changes (picked, removed); `failed(str)` when a file was refused (the reason)."""

    changed = Signal()
    failed = Signal(str)
    reading_changed = Signal(bool)

    def __init__(
        self,
        ops: Operations,
        *,
        title: str,
        limit: int,
        box: QSize | None = None,
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.title = title
        self.limit = min(limit, MAX_LIMIT)
        self.box = box or QSize(200, 112)
        self.image: PickedImage | None = None
        self.reading = False
        self.read_only = False
        self.error = ""
        self.thumbnail = Thumbnail(
            self.box, empty_text or translate("ImagePicker", "Sin imagen"), self
        )
        self.caption = plain_label("", self)
        self.caption.setProperty("role", "caption")
        self.caption.setWordWrap(True)
        self.choose_button = QPushButton(icon("folder"), translate("ImagePicker", "Elegir…"), self)
        self.choose_button.setObjectName("chooseImage")
        self.choose_button.setToolTip(
            translate("ImagePicker", "Una imagen PNG o JPEG de hasta %1").replace(
                "%1", megabytes(self.limit)
            )
        )
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(icon("delete"), translate("ImagePicker", "Quitar"), self)
        self.remove_button.setObjectName("removeImage")
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.choose_button, self.remove_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.setSpacing(8)
        side.addLayout(buttons)
        side.addWidget(self.caption)
        side.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(side, 1)
        self._show()

    # -- what the form reads -------------------------------------------------------------------
    def data(self) -> bytes | None:
        return self.image.data if self.image else None

    def set_data(self, data: bytes | None, name: str = "") -> None:
        """An image already stored (small: decoded here); None shows none."""
        self.error = ""
        self.image = None
        if data:
            try:
                self.image = decode(name, data, self.box)
            except DomainError:
                self.image = None
        self._show()

    # -- picking -------------------------------------------------------------------------------
    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.title,
            "",
            translate("ImagePicker", "Imágenes PNG o JPEG (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.use_file(Path(path))

    def use_file(self, path: Path) -> None:
        """Read `path` on a reader (the file dialog's answer; tests call it directly)."""
        self._set_reading(True)
        self.error = ""
        self.caption.setText(
            translate("ImagePicker", "Leyendo «%1»…").replace("%1", one_line_name(path.name))
        )
        self.ops.read(
            read_image, path, self.limit, self.box, on_done=self._read, on_error=self._refused
        )

    def remove(self) -> None:
        self.image = None
        self.error = ""
        self._show()
        self.changed.emit()

    def _read(self, image: PickedImage) -> None:
        if not shiboken6.isValid(self):
            return
        self.image = image
        self._set_reading(False)
        self._show()
        self.changed.emit()

    def _refused(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(error, DomainError):
            self.error = describe(error)
        else:
            self.error = str(error)
        self._set_reading(False)
        self._show()
        self.failed.emit(self.error)

    def _set_reading(self, reading: bool) -> None:
        self.reading = reading
        self.choose_button.setEnabled(not reading)
        self.reading_changed.emit(reading)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._show()

    def _show(self) -> None:
        image = self.image
        self.thumbnail.set_image(image.thumbnail if image else None)
        self.choose_button.setVisible(not self.read_only)
        self.remove_button.setVisible(image is not None and not self.read_only)
        if image is None:
            self.caption.setText(
                translate("ImagePicker", "PNG o JPEG, hasta %1.").replace(
                    "%1", megabytes(self.limit)
                )
            )
            return
        kind = "PNG" if image.content_type == PNG else "JPEG"
        parts = [image.name] if image.name else []
        parts.append(f"{kind} · {image.width} × {image.height} px · {_size(len(image.data))}")
        self.caption.setText("\n".join(parts))


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return megabytes(size)
    return translate("ImagePicker", "%1 KB").replace("%1", str(max(size // 1024, 1)))
