"""Every setting declared once, with its default; stored in QSettings with a version.

Binary values (window geometry, header and splitter states) are stored as QByteArray, which
QSettings writes as `@ByteArray(…)`: Python `bytes` handed to QSettings would be pickled
into an opaque `@Variant(…PyObject…)` that only PySide can read back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 2


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type


LANGUAGE = Setting("ui/language", "", str)  # "" follows the system; "es" or "en"
WINDOW_GEOMETRY = Setting("window/geometry", b"", bytes)
WINDOW_STATE = Setting("window/state", b"", bytes)
LAST_AREA = Setting("window/area", "accounts", str)
RAIL_COLLAPSED = Setting("window/rail_collapsed", False, bool)


def settings() -> QSettings:
    s = QSettings("Agencia", "Agencia")
    if int(str(s.value("meta/version", 0) or 0)) < SETTINGS_VERSION:
        _upgrade(s)
    return s


def _upgrade(s: QSettings) -> None:
    """Ordered upgrade steps go here as the settings change shape."""
    version = int(str(s.value("meta/version", 0) or 0))
    if version < 2:  # binary states were stored as pickled Python bytes: store QByteArray
        for key in s.allKeys():
            value = s.value(key)
            if isinstance(value, bytes | bytearray):
                s.setValue(key, QByteArray(bytes(value)))
    s.setValue("meta/version", SETTINGS_VERSION)


def get(setting: Setting) -> Any:
    value = settings().value(setting.key, setting.default)
    if setting.kind is bool:
        return value in (True, "true", "1", 1)
    if setting.kind is bytes:
        return as_byte_array(value)
    return setting.kind(value) if value is not None else setting.default


def put(setting: Setting, value: Any) -> None:
    if setting.kind is bytes:
        value = as_byte_array(value)
    settings().setValue(setting.key, value)


def get_bytes(key: str) -> QByteArray:
    """A saved state (header, splitter…), empty when there is none."""
    return as_byte_array(settings().value(key))


def put_bytes(key: str, value: QByteArray | bytes | bytearray) -> None:
    """Store `value` as a real QByteArray (`@ByteArray(…)` in the settings file)."""
    settings().setValue(key, as_byte_array(value))


def as_byte_array(value: object) -> QByteArray:
    """QSettings hands back QByteArray, bytes (a pickled value from version 1) or nothing."""
    if isinstance(value, QByteArray):
        return QByteArray(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return QByteArray(bytes(value))
    return QByteArray()
