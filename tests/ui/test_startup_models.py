"""The first page of accounts loads only the core mapped classes (agencia.domain.models);
each area's models load with the area, and whatever needs the whole schema says so
(agencia.db.metadata). Importing and mapping every area's models cost the opening worker
a third of start-up.

Timings are never asserted here (tests/bench/run.py judges them); these check the causes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_startup_first_page import demo, run_start

__all__ = ["demo"]  # the fixture: a demo database signed straight in

# every area's mapped classes: none is needed to show the first page of accounts
AREA_MODELS = (
    "agencia.domain.campaign_models",
    "agencia.domain.coordination_models",
    "agencia.domain.data_models",
    "agencia.domain.satisfaction_models",
    "agencia.domain.service_models",
)


def test_the_first_page_of_accounts_loads_no_areas_models(
    demo: tuple[str, dict[str, str]],
) -> None:
    url, env = demo
    result = run_start(url, env, AREA_MODELS)
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
