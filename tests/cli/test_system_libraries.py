"""A machine without a library Qt needs gets one sentence naming the package, not Qt's
page about platform plugins. The "missing" library is made real: a copy of Qt's xcb
plugin whose needed-library entry names a file that exists nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from agencia.cli import entry, system_libraries


def _plugin_needing(tmp_path: Path, old: bytes, new: bytes) -> Path:
    """Qt's xcb plugin in a copy of Qt's folders where the xcb platform library needs
    `new` instead of `old`: every other file is a link to the real one."""
    from importlib.util import find_spec

    spec = find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    lib = tmp_path / "Qt" / "lib"
    platforms = tmp_path / "Qt" / "plugins" / "platforms"
    lib.mkdir(parents=True)
    platforms.mkdir(parents=True)
    for real in (qt / "lib").iterdir():
        (lib / real.name).symlink_to(real)
    xcb_qpa = lib / "libQt6XcbQpa.so.6"
    data = xcb_qpa.read_bytes()
    assert old in data and len(old) == len(new)
    xcb_qpa.unlink()
    xcb_qpa.write_bytes(data.replace(old, new))
    plugin = platforms / "libqxcb.so"
    plugin.write_bytes((qt / "plugins" / "platforms" / "libqxcb.so").read_bytes())
    return plugin


def test_the_loader_names_the_library_that_is_missing(tmp_path: Path) -> None:
    broken = _plugin_needing(tmp_path, b"libxcb-cursor.so.0", b"libxcb-cursoq.so.0")
    assert system_libraries.load_problem(broken) == "libxcb-cursoq.so.0"


def test_the_packages_of_the_libraries_qt_loads_from_the_system() -> None:
    assert system_libraries.package_for("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert system_libraries.package_for("libEGL.so.1") == "libegl1"
    assert system_libraries.package_for("libnothing.so.9") is None


def test_a_qt_that_loads_is_not_reported() -> None:
    assert system_libraries.missing_library() is None  # this machine has what Qt needs


def test_opening_the_window_without_the_library_says_which_package_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = _plugin_needing(tmp_path, b"libxkbcommon-x11.so.0", b"libxkbcommon-x1q.so.0")
    monkeypatch.setattr(system_libraries, "qt_libraries", lambda: [broken])
    monkeypatch.setitem(system_libraries.PACKAGES, "libxkbcommon-x1q.so.0", "libxkbcommon-x11-0")
    status = entry.main(["--db", f"sqlite:///{tmp_path / 'a.sqlite3'}"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1
    assert "sudo apt install libxkbcommon-x11-0" in err
    assert "platform plugin" not in err
    assert not (tmp_path / "a.sqlite3").exists()  # nothing was opened
