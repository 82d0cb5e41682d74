"""The migrations ship inside the built wheel, and a wheel-only install creates a database.

The wheel is built from a copy of the sources (the build leaves nothing in the checkout)
and installed into a new virtual environment that cannot see the editable install: its
dependencies come from this environment's site-packages through a .pth line, which adds
the directory to sys.path without running the .pth files in it (the editable finder).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

from agencia.db import migrate

REPO = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "README.md", "agencia", "migrations", "resources")


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")
    for name in SOURCES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, src / name, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, src / name)
    out = work / "dist"
    _run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check",
        "--no-deps", "--no-build-isolation", "--no-index", "-w", out, src,
        cwd=work,
    )  # fmt: skip
    wheels = list(out.glob("agencia-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def _built_from(wheel: Path) -> Path:
    return wheel.parent.parent / "src"


def test_the_wheel_holds_the_migrations(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert "agencia/_migrations/env.py" in names
    assert "agencia/_migrations/script.py.mako" in names
    assert any(n.startswith("agencia/_migrations/versions/0001_") for n in names), names
    assert "agencia/py.typed" in names
    assert not any("__pycache__" in n or n.startswith("tests/") for n in names)


def test_the_wheel_holds_every_module_and_resource(wheel: Path) -> None:
    """pyproject.toml lists the packages one by one: a new one left out would be missing."""
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    src = _built_from(wheel)  # the copy it was built from (the checkout may be changing)
    expected = set()
    for folder, package in (("agencia", "agencia"), ("migrations", "agencia/_migrations")):
        for file in (src / folder).rglob("*.py"):
            expected.add(f"{package}/{file.relative_to(src / folder).as_posix()}")
    for file in (src / "resources").rglob("*"):
        if file.is_file():
            expected.add(f"agencia/_resources/{file.relative_to(src / 'resources').as_posix()}")
    missing = sorted(expected - names)
    assert missing == [], f"not in the wheel (add the package to pyproject.toml): {missing}"


def test_a_wheel_install_finds_its_migrations_and_creates_a_database(
    wheel: Path, tmp_path: Path
) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(env_dir)
    python = env_dir / "bin" / "python"
    _run(
        sys.executable, "-m", "pip", "--python", python, "install", "--quiet",
        "--disable-pip-version-check", "--no-deps", "--no-index", wheel,
        cwd=tmp_path,
    )  # fmt: skip
    site = Path(
        _run(python, "-I", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))",
             cwd=tmp_path).strip()
    )  # fmt: skip
    # The dependencies, from this environment, after the wheel's own files in sys.path.
    (site / "zz_agencia_test_deps.pth").write_text(sysconfig.get_path("purelib") + "\n")

    database = tmp_path / "data" / "agencia.sqlite3"
    check = textwrap.dedent(
        f"""
        import sys
        from importlib.resources import files
        from pathlib import Path

        import agencia
        site = Path({str(site)!r})
        assert Path(agencia.__file__).is_relative_to(site), agencia.__file__
        migrations = files("agencia._migrations")
        assert Path(str(migrations)).is_relative_to(site), migrations
        versions = [p.name for p in migrations.joinpath("versions").iterdir()]
        assert any(n.startswith("0001_") and n.endswith(".py") for n in versions), versions
        assert migrations.joinpath("env.py").is_file()

        from agencia.db import migrate
        from agencia.db.database import open_database, current_revision
        db = open_database("sqlite:///{database}")
        db.close()
        assert current_revision("sqlite:///{database}") == migrate.head()
        print("ok", migrate.head())
        """
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    out = _run(python, "-I", "-W", "error", "-c", check, cwd=tmp_path, env=env)
    assert out.strip() == f"ok {migrate.head()}"
    assert database.exists()
