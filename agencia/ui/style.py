"""The house look: Fusion, a light and a dark palette, one accent colour, an 8-px grid.

The palette follows the system (QStyleHints.colorScheme) unless the person chose one in
Preferences. The style sheet in resources/styles/ names colours as tokens (``@accent``)
that are filled in here, so one sheet serves both schemes. Widgets that paint themselves
read `tokens()`; icons that must follow the scheme come from `themed_icon`.

Style-sheet hooks other code may use (all optional):
  QPushButton[primary="true"]      the one primary action of a screen (the dialog's default
                                   button is drawn the same way)
  QLabel[role="title"|"heading"|"secondary"|"error"|"caption"]
  QFrame[role="card"]              a rounded, bordered surface
  QLineEdit[error="true"]          a field whose content is refused
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

from agencia.ui.resources import resource_path
from agencia.ui.settings import Setting, get, put

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

GRID = 8  # every margin and spacing is a multiple of this
ACCENT = "#1B4F9C"  # the agency blue (lighter in the dark scheme)

THEME = Setting("ui/theme", "", str)  # "" follows the system; "light" or "dark"
# The scheme the window last opened in: its first paint uses it (see `first_scheme`).
LAST_SCHEME = Setting("ui/last_scheme", "", str)

Scheme = Literal["light", "dark"]
FUSION_SET = "agencia_style"  # an application property: Fusion is its style already


def grid(n: float) -> int:
    """`n` steps of the 8-px grid."""
    return round(n * GRID)


LIGHT: dict[str, str] = {
    "accent": ACCENT,
    "accent_fill": ACCENT,
    "accent_fill_hover": "#174487",
    "accent_fill_pressed": "#123872",
    "accent_fill_disabled": "#A8BAD6",
    "accent_soft": "#E3EBF7",
    "accent_text": ACCENT,
    "on_accent": "#FFFFFF",
    "bg": "#F4F5F7",
    "surface": "#FFFFFF",
    "surface_alt": "#F7F8FA",
    "rail_bg": "#EEF0F3",
    "topbar_bg": "#FFFFFF",
    "statusbar_bg": "#EEF0F3",
    "border": "#E0E3E8",
    "border_strong": "#C6CBD3",
    "hover": "#E4E7EC",
    "pressed": "#D8DCE3",
    "text": "#1C2128",
    "text_secondary": "#5E6673",
    "text_disabled": "#9AA2AD",
    "placeholder": "#8A929E",
    "error": "#C62828",
    "warning": "#8A5A00",
    "success": "#2E7D32",
    "tooltip_bg": "#1C2128",
    "tooltip_text": "#FFFFFF",
    "tooltip_border": "#1C2128",
    "check_border": "#7D8591",
    "toast_bg": "#1F2937",
    "toast_text": "#FFFFFF",
    "scroll": "#C3C9D1",
    "scroll_hover": "#A3ABB6",
    "search_bg": "#F1F3F6",
    "badge_bg": ACCENT,
    "badge_text": "#FFFFFF",
}

DARK: dict[str, str] = {
    "accent": "#6FA1EE",
    "accent_fill": "#2F67BF",
    "accent_fill_hover": "#3A74CF",
    "accent_fill_pressed": "#285AA8",
    "accent_fill_disabled": "#2B3B55",
    "accent_soft": "#243450",
    "accent_text": "#8DB6F3",
    "on_accent": "#FFFFFF",
    "bg": "#1B1D21",
    "surface": "#24272C",
    "surface_alt": "#2A2D33",
    "rail_bg": "#17191C",
    "topbar_bg": "#1F2226",
    "statusbar_bg": "#17191C",
    "border": "#32363D",
    "border_strong": "#464B54",
    "hover": "#2E3238",
    "pressed": "#373C44",
    "text": "#E6E8EB",
    "text_secondary": "#A3AAB5",
    "text_disabled": "#69707B",
    "placeholder": "#7D8591",
    "error": "#EF9A9A",
    "warning": "#FFCC80",
    "success": "#A5D6A7",
    "tooltip_bg": "#33373E",
    "tooltip_text": "#E6E8EB",
    "tooltip_border": "#4A505A",
    "check_border": "#8A929E",
    "toast_bg": "#E6E8EB",
    "toast_text": "#1B1D21",
    "scroll": "#464B54",
    "scroll_hover": "#5A616C",
    "search_bg": "#2A2D33",
    "badge_bg": "#6FA1EE",
    "badge_text": "#10161F",
}


class _Notifier(QObject):
    scheme_changed = Signal(str)  # "light" or "dark": repaint what reads tokens()


notifier = _Notifier()
_state: dict[str, Scheme] = {"scheme": "light"}


def system_scheme() -> Scheme:
    from PySide6.QtCore import Qt  # (15 ms: PySide6 makes the whole Qt namespace)

    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def first_scheme() -> Scheme:
    """The scheme for the window's first paint: the person's choice, else the one the
    window last opened in, else the system's. Asking the system costs PySide6 the
    creation of the Qt namespace's enums (15 ms, a tenth of a bare window's start), so the
    window asks it once painted (`follow_system`) and changes if the system changed while
    it was closed."""
    for remembered in (str(get(THEME) or ""), str(get(LAST_SCHEME) or "")):
        if remembered == "dark":
            return "dark"
        if remembered == "light":
            return "light"
    return system_scheme()


def wanted_scheme() -> Scheme:
    chosen = str(get(THEME) or "")
    if chosen in ("light", "dark"):
        return chosen  # type: ignore[return-value]
    return system_scheme()


def scheme() -> Scheme:
    """The scheme in use now."""
    return _state["scheme"]


def is_dark() -> bool:
    return scheme() == "dark"


def tokens(which: Scheme | None = None) -> Mapping[str, str]:
    return DARK if (which or scheme()) == "dark" else LIGHT


def color(token: str) -> QColor:
    return QColor(tokens()[token])


def build_palette(which: Scheme) -> QPalette:
    t = tokens(which)
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup

    def put(r: QPalette.ColorRole, value: str, disabled: str | None = None) -> None:
        p.setColor(r, QColor(value))
        if disabled is not None:
            p.setColor(group.Disabled, r, QColor(disabled))

    put(role.Window, t["bg"])
    put(role.WindowText, t["text"], t["text_disabled"])
    put(role.Base, t["surface"], t["surface_alt"])
    put(role.AlternateBase, t["surface_alt"])
    put(role.ToolTipBase, t["tooltip_bg"])
    put(role.ToolTipText, t["tooltip_text"])
    put(role.PlaceholderText, t["placeholder"])
    put(role.Text, t["text"], t["text_disabled"])
    put(role.Button, t["surface"] if which == "light" else t["surface_alt"])
    put(role.ButtonText, t["text"], t["text_disabled"])
    put(role.BrightText, "#FFFFFF")
    put(role.Light, "#FFFFFF" if which == "light" else "#3A3F47")
    put(role.Midlight, t["surface_alt"])
    put(role.Mid, t["border_strong"])
    put(role.Dark, "#A0A8B3" if which == "light" else "#111315")
    put(role.Shadow, "#5A6270" if which == "light" else "#000000")
    put(role.Highlight, t["accent_fill"], t["border_strong"])
    put(role.HighlightedText, t["on_accent"])
    put(role.Link, t["accent_text"])
    put(role.LinkVisited, "#6A4FA3" if which == "light" else "#B39DDB")
    put(role.Accent, t["accent_fill"])
    return p


def stylesheet(which: Scheme) -> str:
    """The style sheet with its @tokens filled in for `which`."""
    t = dict(tokens(which))
    t["icons"] = resource_path("icons").as_posix()
    text = resource_path("styles", "agencia.qss").read_text(encoding="utf-8")
    return re.sub(r"@([a-z_]+)", lambda m: t.get(m.group(1), m.group(0)), text)


def apply_style(app: QApplication, which: Scheme | None = None) -> Scheme:
    """Fusion, the palette and the style sheet for `which` (default: what the person wants).

    Qt's own Fusion, not a Python subclass of it: the house's departures are in the style
    sheet (dialog buttons carry words only, `dialogbuttonbox-buttons-have-icons: 0`). A
    QProxyStyle written in Python was asked every style hint of every widget from C++,
    each call converting its widget and option to Python (237 calls before the first
    paint, and on through every repaint) for the one hint it changed."""
    chosen = which or wanted_scheme()
    if app.property(FUSION_SET) is not True:  # (agencia.app asks Qt for it by its option)
        # (with a style sheet set, app.style() is Qt's style-sheet wrapper around Fusion)
        app.setStyle(QStyleFactory.create("Fusion"))  # the application owns it
        app.setProperty(FUSION_SET, True)
    _state["scheme"] = chosen
    if get(LAST_SCHEME) != chosen:
        put(LAST_SCHEME, chosen)
    app.setPalette(build_palette(chosen))
    app.setStyleSheet(stylesheet(chosen))
    if not app.property("agencia_follows_scheme"):
        app.setProperty("agencia_follows_scheme", True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: follow_system())
    _relink(app)
    notifier.scheme_changed.emit(chosen)
    return chosen


def _relink(app: QApplication) -> None:
    """Lay out again every label that shows a link: a label's rich text takes the
    palette's Link colour when its text is set and keeps it, so after a change of scheme a
    website or an e-mail stayed the old scheme's blue. Setting the same text again is
    ignored by QLabel, hence the clear first."""
    for widget in app.allWidgets():
        if isinstance(widget, QLabel) and "<a " in (text := widget.text()):
            widget.clear()
            widget.setText(text)


class _SchemeFollower(QObject):
    """Calls `apply` on every scheme change, for as long as its owner lives."""

    def __init__(self, owner: QObject, apply: Callable[[], None]) -> None:
        super().__init__(owner)
        self._apply = apply
        notifier.scheme_changed.connect(self._changed)

    def _changed(self, _scheme: str) -> None:
        self._apply()


def follow_scheme(owner: QObject, apply: Callable[[], None]) -> None:
    """Run `apply` now and again whenever the scheme changes while `owner` lives: for a
    widget whose own style sheet names colours from `tokens()`."""
    apply()
    _SchemeFollower(owner, apply)


def follow_system() -> None:
    """Take the scheme the person wants now (after a first paint in `first_scheme`)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and wanted_scheme() != scheme():
        apply_style(app)


def themed_icon(name: str, token: str = "text_secondary") -> QIcon:
    """The icon `name` drawn in the scheme's colour `token` (e.g. "accent", "on_accent")."""
    from agencia.ui.tinted_icons import tinted  # (its Qt classes: not for the first paint)

    ink = tokens()[token] if token in LIGHT else token
    return tinted(name, ink)
