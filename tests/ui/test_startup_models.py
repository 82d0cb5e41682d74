"""The first page of accounts loads only the core mapped classes (agencia.domain.models);
each area's models load with the area, and whatever needs the whole schema says so
(agencia.db.metadata). Importing and mapping every area's models cost the opening worker
a third of start-up.

Timings are never asserted here (tests/bench/run.py judges them); these check the causes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from agencia.db.database import open_database
from agencia.services.first_run import FirstRun, set_up_agency

# every area's mapped classes: none is needed to show the first page of accounts
AREA_MODELS = (
    "agencia.domain.campaign_models",
    "agencia.domain.coordination_models",
    "agencia.domain.data_models",
    "agencia.domain.satisfaction_models",
    "agencia.domain.service_models",
)

_START = textwrap.dedent(
    """
    import json, sys
    import agencia.app as appmod
    from PySide6.QtCore import QTimer

    watched = tuple(sys.argv[2].split(","))
    qapp = appmod.create_application()
    window = appmod.MainWindow()
    startup = appmod.Startup(sys.argv[1], window)
    startup.in_event_loop = True
    result = {}

    def first_page(_count):
        result.setdefault("at_first_page", [m for m in watched if m in sys.modules])
        qapp.exit(0)

    def state(value):
        if value == "ready":
            result["shown"] = str(window._current)
            window.areas.get("accounts").controller.model.ids_loaded.connect(first_page)

    startup.state_changed.connect(state)
    qapp.aboutToQuit.connect(startup.shutdown)
    startup.start()
    QTimer.singleShot(60000, lambda: qapp.exit(2))
    code = qapp.exec()
    print(json.dumps(result))
    sys.exit(code)
    """
)


@pytest.fixture()
def demo(tmp_path: Path) -> tuple[str, dict[str, str]]:
    """A demo database (signed straight in) with one account."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        AGENCIA_LANG="es",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    db = open_database(url)
    try:
        set_up_agency(
            db,
            FirstRun(
                agency_name="Estudio Rojo",
                locale="es_ES",
                currency="EUR",
                admin_name="Ana Torres",
                admin_login="ana",
                admin_password="secreto-largo",
            ),
        )
        with db.writer.begin() as conn:
            conn.execute(text("UPDATE agency SET is_demo = 1"))
    finally:
        db.close()
    return url, env


def test_the_first_page_of_accounts_loads_no_areas_models(
    demo: tuple[str, dict[str, str]],
) -> None:
    url, env = demo
    done = subprocess.run(
        [sys.executable, "-c", _START, url, ",".join(AREA_MODELS)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr + done.stdout
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["shown"] == "accounts"
    assert result["at_first_page"] == []


def _loaded_by(statement: str) -> dict[str, list[str]]:
    probe = (
        "import json, sys\n"
        f"{statement}\n"
        "from agencia.domain.models import Base\n"
        "found = {'modules': sorted(sys.modules), 'tables': sorted(Base.metadata.tables)}\n"
        "print(json.dumps(found))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    found: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def test_every_models_module_is_named_here_and_in_the_whole_schema() -> None:
    domain = Path(__file__).resolve().parents[2] / "agencia" / "domain"
    found = {f"agencia.domain.{p.stem}" for p in domain.glob("*_models.py")}
    assert found == set(AREA_MODELS)  # a new area's models: name them in db/metadata.py


def test_the_whole_schema_loads_every_models_module() -> None:
    whole = _loaded_by("import agencia.db.metadata")
    assert set(AREA_MODELS) <= set(whole["modules"])
    core = _loaded_by("import agencia.domain.models")
    assert not set(AREA_MODELS) & set(core["modules"])
    assert {"accounts", "contacts", "staff", "agency"} <= set(core["tables"])
    assert {"campaigns", "tasks", "service_requests", "communications"} <= set(whole["tables"])
    assert "campaigns" not in core["tables"]


@pytest.mark.parametrize(
    "module",
    [
        "agencia.services.accounts.merge",
        "agencia.services.data.export_all",
        "agencia.services.data.personal_data",
    ],
)
def test_what_walks_every_table_loads_the_whole_schema(module: str) -> None:
    assert set(AREA_MODELS) <= set(_loaded_by(f"import {module}")["modules"])


@pytest.mark.parametrize("module", AREA_MODELS)
def test_each_areas_models_map_on_their_own(module: str) -> None:
    """An area's models load without the others and map: the tables their keys point at
    come with them (coordination, service and satisfaction point at campaigns)."""
    probe = (
        f"import {module}\n"
        "from sqlalchemy import create_engine\n"
        "from sqlalchemy.orm import configure_mappers\n"
        "from agencia.domain.models import Base\n"
        "configure_mappers()\n"
        "Base.metadata.create_all(create_engine('sqlite://'))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
