"""Before the window opens: is every system library Qt needs on this machine?

Without, say, libxcb-cursor0 Qt dies with "could not load the Qt platform plugin 'xcb'…
Available platform plugins are: …" — a page of text that tells an account executive
nothing. The command line loads Qt's own libraries and the platform plugin first (with
ctypes, which neither imports Qt nor aborts the process); the loader's error names the
missing file, and this module names the Debian/Ubuntu package that provides it, in one
sentence.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from pathlib import Path

# The libraries Qt loads from the system (the bundle carries the rest), and their package.
PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}

_NOT_FOUND = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


def missing_library() -> str | None:
    """The file name of the first system library Qt would fail to load, or None."""
    if not sys.platform.startswith("linux"):
        return None
    for path in qt_libraries():
        problem = load_problem(path)
        if problem is not None:
            return problem
    return None


def qt_libraries() -> list[Path]:
    """Qt's GUI libraries and, when the window goes to an X display, the xcb plugin."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    paths = [qt / "lib" / "libQt6Gui.so.6", qt / "lib" / "libQt6Widgets.so.6"]
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform in ("", "xcb") and os.environ.get("DISPLAY"):
        paths.append(qt / "plugins" / "platforms" / "libqxcb.so")
    return [path for path in paths if path.exists()]


def load_problem(path: Path) -> str | None:
    """None when `path` loads; else the missing library the loader names (or the file)."""
    try:
        ctypes.CDLL(str(path))
    except OSError as exc:
        found = _NOT_FOUND.search(str(exc))
        return found.group(1) if found else path.name
    return None


def package_for(library: str) -> str | None:
    """The Debian/Ubuntu package that installs `library`, when known."""
    return PACKAGES.get(library)
