"""The tooling, as tests: the linters CI runs (ruff lint and format, mypy over the code and
the tests, the import-linter layers), the wheel's package list, and the suite's own guards
(a log record at ERROR fails a test; with CI=true a run without PostgreSQL fails, also
under pytest-xdist)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["ruff", "check", "--no-cache", "."], id="ruff-check"),
        pytest.param(["ruff", "format", "--no-cache", "--check", "."], id="ruff-format"),
        pytest.param(["mypy"], id="mypy"),
        pytest.param(["lint-imports", "--no-cache"], id="import-linter"),
    ],
)
def test_tool(command: list[str]) -> None:
    executable = BIN / command[0]
    assert executable.exists(), f"{executable} is missing: install requirements.lock"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}
    result = subprocess.run(
        [str(executable), *command[1:]],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{output}"


def _pyproject() -> dict[str, Any]:
    with (REPO / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def test_every_package_under_agencia_is_in_the_wheel() -> None:
    """setuptools lists the packages by hand (for the `agencia._migrations` and
    `agencia._resources` mappings): a package missing there is missing from the wheel
    and the bundle, while an editable install still finds it."""
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "agencia").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def test_every_test_module_is_type_checked_as_a_test() -> None:
    """mypy names the tests' modules as pytest imports them (tests/ is a base): a new module
    directly under tests/, or a new test folder, must join the tests' mypy section, or it
    is checked with the application's strict settings."""
    sections = _pyproject()["tool"]["mypy"]["overrides"]
    relaxed = next(set(s["module"]) for s in sections if "conftest" in s["module"])
    tests = REPO / "tests"
    modules = {p.stem for p in tests.glob("*.py")}
    packages = {f"{d.name}.*" for d in tests.iterdir() if d.is_dir() and any(d.rglob("*.py"))}
    assert (modules | packages) - relaxed == set()


def _pytest(tmp_path: Path, source: str, *args: str, **env: str) -> tuple[int, str]:
    """Run pytest on a probe test file with this suite's conftest and settings."""
    probe = tmp_path / "test_probe.py"
    probe.write_text(source, encoding="utf-8")
    environ = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS")}
    environ["PYTHONPATH"] = str(REPO / "tests")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(REPO / "pyproject.toml"), "--rootdir",
         str(tmp_path), "-p", "conftest", "-q", str(probe), *args],
        cwd=tmp_path,
        env={**environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    return result.returncode, result.stdout + result.stderr


def test_a_record_logged_at_error_fails_the_test_unless_it_is_expected(tmp_path: Path) -> None:
    source = (
        "import logging, threading\n"
        "import pytest\n"
        "log = logging.getLogger('agencia.probe')\n"
        "def test_logs():\n"
        "    log.error('the probe broke')\n"
        "def test_logs_in_a_worker_thread():\n"
        "    worker = threading.Thread(target=log.critical, args=('the worker broke',))\n"
        "    worker.start(); worker.join()\n"
        "@pytest.mark.allow_error_log\n"
        "def test_says_it_logs_on_purpose():\n"
        "    log.error('expected')\n"
        "def test_warns():\n"
        "    log.warning('only a warning')\n"
    )
    status, output = _pytest(tmp_path, source)
    assert status == 1, output
    assert "2 failed, 2 passed" in output, output
    assert "ERROR agencia.probe: the probe broke" in output
    assert "CRITICAL agencia.probe: the worker broke" in output


CI_GUARD = "PostgreSQL tests did not run: with CI=true at least one must run and pass"


def test_under_xdist_ci_fails_a_run_without_postgresql(tmp_path: Path) -> None:
    status, output = _pytest(tmp_path, "def test_a():\n    pass\n", "-n", "2", CI="true")
    assert status == 1, output
    assert CI_GUARD in output


def test_under_xdist_a_postgresql_test_on_a_worker_satisfies_ci(tmp_path: Path) -> None:
    source = (
        "def test_sqlite_only():\n"
        "    pass\n"
        "def test_on_the_server(pg_url):\n"
        "    assert pg_url.startswith('postgresql')\n"
    )
    status, output = _pytest(tmp_path, source, "-n", "2", CI="true")
    assert status == 0, output
    assert CI_GUARD not in output


def test_every_test_module_has_its_own_name() -> None:
    """pytest imports the test modules by their base name (no package `__init__` here):
    the second of two with one name is refused as an «import file mismatch», a whole
    file's tests not run, found only by a fresh clone's CI."""
    from collections import Counter

    names = Counter(p.name for p in (REPO / "tests").rglob("test_*.py"))
    assert [n for n, count in names.items() if count > 1] == []
