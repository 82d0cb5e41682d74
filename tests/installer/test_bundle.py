"""The built bundle and its Debian package, started as a workstation would: nothing but
the bundle, a clean environment (no Python on the PATH, a new HOME), offscreen Qt.

Runs when a bundle exists (`installer/build` makes it in dist/agencia/, or AGENCIA_BUNDLE
names one); `installer/build --test` always runs it right after building.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("AGENCIA_BUNDLE") or ROOT / "dist" / "agencia")
PROGRAM = BUNDLE / "agencia"

pytestmark = pytest.mark.skipif(
    not PROGRAM.exists(), reason="no bundle built (installer/build makes dist/agencia/)"
)


def _clean_env(home: Path) -> dict[str, str]:
    """What `env -i` leaves, plus a home and an offscreen screen: no PYTHONPATH, no
    virtual environment, no XDG folders from the test run."""
    home.mkdir(exist_ok=True)
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "AGENCIA_LANG": "es",
    }


def _run(
    program: Path, *args: str, home: Path, timeout: int = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args],
        env=_clean_env(home),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=home,
    )


def test_the_bundle_says_its_version(tmp_path: Path) -> None:
    from agencia import __version__

    done = _run(PROGRAM, "--version", home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"agencia {__version__}"


def test_the_bundle_makes_the_demo_and_the_agency_deck(tmp_path: Path) -> None:
    home = tmp_path / "home"
    url = f"sqlite:///{tmp_path / 'agencia.sqlite3'}"
    demo = _run(PROGRAM, "demo", "--size", "small", "--db", url, home=home)
    assert demo.returncode == 0, demo.stderr
    assert "Demo" in demo.stdout
    deck = tmp_path / "agencia.pdf"
    made = _run(PROGRAM, "deck", "agency", "--db", url, "--out", str(deck), home=home)
    assert made.returncode == 0, made.stderr
    assert deck.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(deck), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Atlántica" in text  # the deck's fonts and text came out of the bundle


def test_the_bundle_opens_every_area_in_its_window(tmp_path: Path) -> None:
    done = _run(PROGRAM, "--self-test", home=tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test: accounts ok" in done.stdout
    assert "Traceback" not in done.stderr


def test_a_database_from_a_newer_agencia_is_refused_clearly(tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = tmp_path / "agencia.sqlite3"
    assert _run(PROGRAM, "demo", "--db", f"sqlite:///{path}", home=home).returncode == 0
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    refused = _run(PROGRAM, "accounts", "list", "--db", f"sqlite:///{path}", home=home)
    assert refused.returncode == 3
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr


def test_the_debian_package_installs_a_working_agencia(tmp_path: Path) -> None:
    packages = sorted(BUNDLE.parent.glob("agencia_*.deb"))
    if not packages:
        pytest.skip("no .deb built (installer/build without --no-deb makes it)")
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(packages[-1]), str(root)], check=True)
    assert os.readlink(root / "usr/bin/agencia") == "/opt/agencia/agencia"
    desktop = (root / "usr/share/applications/agencia.desktop").read_text(encoding="utf-8")
    assert "Exec=/opt/agencia/agencia-gui %f" in desktop
    assert "MimeType=application/x-agencia-database;" in desktop
    for size in (16, 32, 48, 64, 128, 256):
        assert (root / f"usr/share/icons/hicolor/{size}x{size}/apps/agencia.png").stat().st_size
    assert "*.agencia" in (root / "usr/share/mime/packages/agencia.xml").read_text()
    installed = _run(root / "opt/agencia/agencia", "--version", home=tmp_path / "home")
    assert installed.returncode == 0, installed.stderr
    control = subprocess.run(
        ["dpkg-deb", "-f", str(packages[-1]), "Installed-Size"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # KiB: the target, under 150 MB installed (what takes the room is measured in
    # installer/README.md).
    assert int(control) < 150 * 1024


def test_the_bundle_carries_icu_data_for_its_languages_only() -> None:
    # installer/slim_icu.py: 31 MB of ICU data for 800 locales cut to Spanish, English and
    # the languages of Spain and Latin America (the self-test above opens every area on it).
    icu = next((BUNDLE / "_internal").rglob("libicudata.so.*"))
    assert icu.stat().st_size < 8 * 2**20


def test_the_bundle_reaches_a_server_through_the_systems_libpq(tmp_path: Path) -> None:
    # psycopg's own libpq is left out (the .deb depends on libpq5): with it on the system,
    # a server that does not answer is reported as such, not as a missing library.
    assert not list((BUNDLE / "_internal").glob("psycopg_binary*"))
    url = "postgresql://nobody@127.0.0.1:9/agencia"
    ran = _run(PROGRAM, "accounts", "list", "--db", url, home=tmp_path / "home")
    assert ran.returncode != 0
    assert "servidor de base de datos" in ran.stderr, ran.stderr
    assert "libpq5" not in ran.stderr


def test_the_bundle_keeps_passwords_in_the_system_keyring_without_cryptography() -> None:
    # agencia/secret_service.py replaces SecretStorage (and its 12 MB `cryptography`);
    # keyring finds it through agencia's entry point, so the metadata must be bundled.
    internal = BUNDLE / "_internal"
    assert not list(internal.glob("cryptography*")) and not list(internal.glob("secretstorage"))
    entry_points = [p.read_text() for p in internal.glob("agencia-*.dist-info/entry_points.txt")]
    assert entry_points and "agencia.secret_service" in entry_points[0]
