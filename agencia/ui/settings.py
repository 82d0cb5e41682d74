"""Every setting declared once, with its default; stored in QSettings with a version."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1


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
    s.setValue("meta/version", SETTINGS_VERSION)


def get(setting: Setting) -> Any:
    value = settings().value(setting.key, setting.default)
    if setting.kind is bool:
        return value in (True, "true", "1", 1)
    if setting.kind is bytes:
        return _as_bytes(value)
    return setting.kind(value) if value is not None else setting.default


def put(setting: Setting, value: Any) -> None:
    settings().setValue(setting.key, value)


def get_bytes(key: str) -> bytes:
    return _as_bytes(settings().value(key, b""))


def put_bytes(key: str, value: bytes) -> None:
    settings().setValue(key, value)


def _as_bytes(value: object) -> bytes:
    """QSettings hands back QByteArray (or bytes, or nothing) for binary values."""
    if isinstance(value, QByteArray):
        return bytes(value.data())
    return value if isinstance(value, bytes) else b""
