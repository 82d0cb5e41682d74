"""The `agencia` command line, in process: sub-commands, output formats, exit statuses.

DESIGN.md: 0 done; 1 the operation failed; 2 wrong usage; 3 the database was refused;
one line on stderr, never a traceback.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import shutil
import subprocess
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from agencia import __version__, cli
from agencia.db.database import Database, open_database
from agencia.db.uow import unit_of_work
from agencia.demo.fill import fill_demo
from agencia.domain import messages
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.briefs import BRIEF_FIELDS, FIELD_NAMES
from agencia.domain.enums import CampaignKind, CampaignStatus, Channel, Decision
from agencia.domain.models import Account, Brand, Contact, Product, User
from agencia.domain.text import sort_key
from agencia.services import auth
from agencia.services.campaigns import approval_settings, edit, flow
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.queries import get_campaign

REQUIRED_KEYS = {
    "id",
    "name",
    "legal_name",
    "tax_id",
    "status",
    "sector",
    "group",
    "group_id",
    "lead_executive",
    "lead_executive_id",
}


@pytest.fixture(autouse=True)
def _keep_language() -> Iterator[None]:
    """`main` sets the process's message language; give the next test back what it had."""
    before = messages.language()
    yield
    messages.set_language(before)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo, made once by `agencia demo` (it takes seconds); tests get copies."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    out, err, language = io.StringIO(), io.StringIO(), messages.language()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(["demo", "--db", f"sqlite:///{path}"])
    messages.set_language(language)
    assert (status, err.getvalue()) == (0, "")
    assert out.getvalue().startswith("Demo cargada")
    assert [p.name for p in path.parent.iterdir()] == ["demo.sqlite3"]  # closed: no WAL left
    return path


@pytest.fixture
def demo_url(tmp_path: Path, demo_template: Path) -> str:
    """A SQLite file of its own with the small demo."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return f"sqlite:///{path}"


def accounts(capsys: pytest.CaptureFixture[str], url: str, *extra: str) -> list[dict[str, Any]]:
    status, out, err = run(capsys, "accounts", "list", "--db", url, "--format", "json", *extra)
    assert (status, err) == (0, "")
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


# --- usage -----------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--version")
    assert status == 0
    assert out.strip() == f"agencia {__version__}"


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["demo"],
        ["db"],
        ["db", "upgrade"],
        ["db", "current"],
        ["db", "backup"],
        ["accounts"],
        ["accounts", "list"],
        ["account"],
        ["account", "show"],
        ["campaigns"],
        ["campaigns", "list"],
        ["campaign"],
        ["campaign", "show"],
    ],
    ids=lambda c: " ".join(c) or "agencia",
)
def test_help_for_every_command(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    status, out, err = run(capsys, *command, "--help")
    assert status == 0
    assert out.startswith("usage: agencia")
    assert "--db" in out
    assert err == ""


@pytest.mark.parametrize(
    "argv",
    [
        ["accounts", "list", "--status", "bogus"],
        ["accounts", "list", "--format", "xml"],
        ["accounts"],
        ["account", "show", "not-a-number"],
        ["account", "show"],
        ["db", "backup"],
        ["frobnicate"],
        ["demo", "--size", "medium"],
        ["campaigns"],
        ["campaigns", "list", "--status", "bogus"],
        ["campaigns", "list", "--format", "text"],
        ["campaigns", "list", "--account", "kola"],
        ["campaign", "show"],
        ["campaign", "show", "C2026-0001"],
        ["campaign", "show", "1", "--format", "csv"],
    ],
)
def test_wrong_usage_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    status, out, err = run(capsys, *argv, "--db", str(tmp_path / "x.sqlite3"))
    assert status == 2
    assert out == ""
    assert one_line(err).startswith("agencia")
    assert not (tmp_path / "x.sqlite3").exists()


def test_the_cli_module_loads_neither_qt_nor_sqlalchemy() -> None:
    """`agencia` alone should paint its window before the database layer is loaded."""
    code = (
        "import sys, agencia.cli; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_no_command_opens_the_gui(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str | None] = []
    fake = types.ModuleType("agencia.app")

    def run_gui(url: str | None = None) -> int:
        calls.append(url)
        return 0

    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "agencia.app", fake)
    assert run(capsys, "--db", "sqlite:///somewhere.sqlite3") == (0, "", "")
    assert run(capsys) == (0, "", "")
    assert calls == ["sqlite:///somewhere.sqlite3", None]


# --- demo ------------------------------------------------------------------------------


def test_demo_prints_one_summary_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = run(capsys, "demo", "--db", str(tmp_path / "d.sqlite3"), "--seed", "3")
    assert (status, err) == (0, "")
    assert len(out.strip().splitlines()) == 1
    assert "44 cuentas" in out and "demo" in out


def test_demo_refuses_a_database_with_data(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    status, out, err = run(capsys, "demo", "--db", demo_url)
    assert status == 1
    assert out == ""
    assert (
        one_line(err) == "La base de datos ya tiene datos; la demo solo se carga en una base vacía."
    )


def test_messages_follow_the_language(
    capsys: pytest.CaptureFixture[str], demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", "en")
    status, _, err = run(capsys, "demo", "--db", demo_url)
    assert status == 1
    assert one_line(err) == "The database already has data; the demo only fills an empty one."


# --- global options before or after the command -----------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "{url}", "accounts", "list", "--format", "json"],
        ["accounts", "--db", "{url}", "list", "--format", "json"],
        ["accounts", "list", "--db", "{url}", "--format", "json"],
        ["accounts", "list", "--format", "json", "--db={url}"],
        ["--user", "demo", "accounts", "list", "--db", "{url}", "--format", "json"],
        ["accounts", "list", "--user", "demo", "--format", "json", "--db", "{url}"],
    ],
)
def test_db_and_user_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], demo_url: str, argv: list[str]
) -> None:
    status, out, err = run(capsys, *(a.replace("{url}", demo_url) for a in argv))
    assert (status, err) == (0, "")
    assert len(json.loads(out)) >= 10


def test_the_later_db_wins(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, out, err = run(
        capsys, "--db", "/nonexistent/x.sqlite3", "accounts", "list", "--db", demo_url
    )
    assert (status, err) == (0, "")
    assert "Kola-Sierra" in out


# --- accounts list ---------------------------------------------------------------------


def test_accounts_list_json_sorted_by_name(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    rows = accounts(capsys, demo_url)
    assert len(rows) >= 10
    for row in rows:
        assert set(row) >= REQUIRED_KEYS
        assert row["group"] == "Gran Consumo"  # the demo director's group only
    names = [r["name"] for r in rows]
    assert names == sorted(names, key=sort_key)  # accents and case sort with their letter


def test_administrator_sees_every_group(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    admin = accounts(capsys, demo_url, "--user", "rosav")
    director = accounts(capsys, demo_url)
    assert len(admin) > len(director)
    assert {r["group"] for r in admin} == {
        "Gran Consumo",
        "Servicios y Tecnología",
        "Latinoamérica",
    }


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("kola-sierra", "Kola-Sierra Refrescos"),
        ("KOLA SIERRA", "Kola-Sierra Refrescos"),
        ("garcia", "Helados García"),
        ("peñalara", "Lácteos Peñalara"),
        ("d'arcy", "D'Arcy Cosmética"),
        ("darcy", "D'Arcy Cosmética"),
        ("pérez & hijos", "Pérez & Hijos"),
        ('"Pérez"', "Pérez & Hijos"),
        ("nuñez", "Galletas Núñez"),
    ],
)
def test_search_ignores_accents_case_and_punctuation(
    capsys: pytest.CaptureFixture[str], demo_url: str, typed: str, expected: str
) -> None:
    names = [r["name"] for r in accounts(capsys, demo_url, "--search", typed)]
    assert expected in names


def test_search_with_only_punctuation_lists_everything(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    assert accounts(capsys, demo_url, "--search", "&-'\"*") == accounts(capsys, demo_url)


def test_status_filter(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    everything = accounts(capsys, demo_url)
    for status in ("active", "prospect", "paused", "inactive"):
        rows = accounts(capsys, demo_url, "--status", status)
        assert rows == [r for r in everything if r["status"] == status]
    assert accounts(capsys, demo_url, "--status", "prospect")


def test_mine(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    everything = accounts(capsys, demo_url, "--user", "irened")
    mine = accounts(capsys, demo_url, "--user", "irened", "--mine")
    assert mine and mine == everything  # an assistant sees only their own accounts
    assert accounts(capsys, demo_url, "--user", "rosav", "--mine") == []


def test_accounts_list_csv(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, out, err = run(capsys, "accounts", "list", "--db", demo_url, "--format", "csv")
    assert (status, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert set(rows[0]) >= REQUIRED_KEYS
    assert [r["name"] for r in rows] == [r["name"] for r in accounts(capsys, demo_url)]
    assert any("," in r["legal_name"] for r in rows)  # "…, S.A." survives the quoting
    assert "\r" not in out


def test_accounts_list_table(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, out, err = run(capsys, "accounts", "list", "--db", demo_url)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ID", "Cuenta", "Estado"]
    assert "Kola-Sierra Refrescos" in out
    assert lines[-1] == f"{len(lines) - 3} cuentas."
    status, out, _ = run(capsys, "accounts", "list", "--db", demo_url, "--search", "zzzz")
    assert (status, out) == (0, "Ninguna cuenta.\n")


def test_table_fits_a_narrow_terminal(
    capsys: pytest.CaptureFixture[str], demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "72")
    status, out, _ = run(capsys, "accounts", "list", "--db", demo_url)
    assert status == 0
    assert max(len(line) for line in out.splitlines()) <= 72
    assert "…" in out


# --- account show ----------------------------------------------------------------------


def test_account_show_text(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    row = next(r for r in accounts(capsys, demo_url) if r["name"] == "Lácteos Peñalara")
    status, out, err = run(capsys, "account", "show", str(row["id"]), "--db", demo_url)
    assert (status, err) == (0, "")
    assert out.startswith(f"Lácteos Peñalara  [{row['id']}]")
    for text in (
        "Lácteos Peñalara, S.L.",
        row["tax_id"],
        "Grupo Alimentario Peñalara",  # the parent company
        "Marcas y productos",
        "Peñalara Natura",
        "Contactos",
        "toma decisiones",
        "prefiere",
        "Equipo",
        "Lucía Fernández Ortega",
    ):
        assert text in out, text


def test_account_show_json(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    row = accounts(capsys, demo_url, "--search", "helados garcia")[0]
    status, out, err = run(
        capsys, "account", "show", str(row["id"]), "--db", demo_url, "--format", "json"
    )
    assert (status, err) == (0, "")
    detail = json.loads(out)
    assert detail["id"] == row["id"]
    assert detail["name"] == "Helados García"
    assert set(detail) >= REQUIRED_KEYS | {"brands", "contacts", "team"}
    assert 2 <= len(detail["contacts"]) <= 5
    assert sum(c["decision_maker"] for c in detail["contacts"]) == 1
    assert all(b["products"] for b in detail["brands"])
    assert {"director", "supervisor", "lead_executive", "assistant"} <= {
        t["part"] for t in detail["team"]
    }


def test_account_show_missing_id(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, out, err = run(capsys, "account", "show", "999999", "--db", demo_url)
    assert status == 1
    assert out == ""
    assert one_line(err) == "No existe la cuenta 999999."


def test_account_of_another_group_is_refused(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    other = next(r for r in accounts(capsys, demo_url, "--user", "rosav") if r["group_id"] != 1)
    status, out, err = run(capsys, "account", "show", str(other["id"]), "--db", demo_url)
    assert (status, out) == (1, "")
    assert one_line(err) == f"La cuenta {other['id']} no es de su grupo ni la tiene asignada."


# --- campaigns -------------------------------------------------------------------------

CAMPAIGN_KEYS = {
    "id",
    "name",
    "account",
    "account_id",
    "brand",
    "status",
    "budget",
    "currency",
    "deadline",
    "owner",
}
SUMMER_DECK = b"%PDF-1.7 la presentacion que vio el cliente\n"
SIGNATURE = b"\x89PNG firma escaneada del cliente"


@dataclass(frozen=True)
class Seeded:
    """Campaigns written into the demo through the real services (the demo may hold more)."""

    summer: int  # Kola-Sierra, approved by the client after a full trail
    back_to_school: int  # Kola-Sierra, a brief waiting for its decision, same deadline
    christmas: int  # Helados García, owned by the manager, no deadline
    mortgage: int  # Banco Mediterráneo: another group's
    kola: int  # the Kola-Sierra account
    contact: str  # the client contact who approved `summer`


def seed_campaigns(db: Database) -> Seeded:
    """A handful of campaigns as the demo's people would make them, decisions included."""
    with unit_of_work(db, SYSTEM, write=False) as uow:
        s = uow.session
        account = {n: i for i, n in s.execute(select(Account.id, Account.trade_name))}
        brand = {n: i for i, n in s.execute(select(Brand.id, Brand.name))}
        product = {n: i for i, n in s.execute(select(Product.id, Product.name))}
        kola = account["Kola-Sierra Refrescos"]
        contact_id, contact = s.execute(
            select(Contact.id, Contact.full_name)
            .where(Contact.account_id == kola)
            .order_by(Contact.id)
            .limit(1)
        ).one()
        sergio = s.scalar(select(User.staff_id).where(User.login == "sergiog"))
    assert sergio is not None

    def who(login: str) -> Actor:
        return auth.actor_for(db, login)

    def move(login: str, cid: int, target: CampaignStatus, step: flow.Step | None = None) -> None:
        current = get_campaign(db, SYSTEM, cid).version
        flow.move_campaign(db, who(login), cid, target, version=current, step=step)

    def create(login: str, data: edit.CampaignInput) -> int:
        return edit.create_campaign(db, who(login), data).id

    summer = create(
        "alvarog",
        edit.CampaignInput(
            account_id=kola,
            name="Zero en la playa",
            brand_id=brand["Kola-Sierra"],
            product_ids=(product["Kola-Sierra Zero"],),
            kind=CampaignKind.LAUNCH,
            budget="48500.50",
            start_date=date(2027, 5, 3),
            deadline=date(2027, 7, 15),
        ),
    )
    brief = edit.BriefInput(
        template=CampaignKind.LAUNCH,
        objectives="Lanzar Kola-Sierra Zero este verano y conseguir un 15 % de prueba.",
        brand="Kola-Sierra",
        product="Kola-Sierra Zero",
        market="Refrescos de cola sin azúcar, España",
        target_audience="Jóvenes urbanos que cuidan lo que beben.",
        insight="Quieren el sabor de siempre sin renunciar a nada.",
        key_message="Todo el sabor, cero azúcar.",
        mandatories="Logo nuevo; «sin azúcares añadidos» según el Reglamento 1924/2006.",
        channels="Vídeo online, exterior en playas, social",
        budget="48500.50",
        kpis="Prueba 15 %\nNotoriedad espontánea 25 %",
        deadline=date(2027, 7, 15),
    )
    edit.save_brief(db, who("alvarog"), summer, brief, None)
    flow.decide_brief(
        db, who("martap"), summer, 1, Decision.CHANGES_REQUESTED, "Concretad el público."
    )
    better = replace(
        brief,
        target_audience="Jóvenes de 18 a 35 años, urbanos, que eligen bebidas sin azúcar.",
        note="Público concretado",
    )
    edit.save_brief(db, who("alvarog"), summer, better, 1)
    today = date.today()
    approval_settings.delegate_approvals(
        db,
        who("martap"),
        sergio,
        today - timedelta(days=1),
        today + timedelta(days=7),
        "Vacaciones",
    )
    flow.decide_brief(db, who("sergiog"), summer, 2, Decision.APPROVED)  # on Marta's behalf
    move("alvarog", summer, CampaignStatus.IN_DEVELOPMENT)
    edit.save_proposal(
        db,
        who("alvarog"),
        summer,
        edit.ProposalInput(
            summary="Campaña 360 «Cero azúcar, todo verano».",
            uploads=(DocumentInput("propuesta-verano.pdf", b"%PDF-1.7 propuesta v1\n"),),
        ),
    )
    move("alvarog", summer, CampaignStatus.INTERNAL_REVIEW)
    move("javiern", summer, CampaignStatus.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    deck = DocumentInput("presentacion-verano.pdf", SUMMER_DECK)
    move("alvarog", summer, CampaignStatus.PRESENTED, flow.PresentationStep(upload=deck))
    move(
        "alvarog",
        summer,
        CampaignStatus.APPROVED,
        flow.ClientDecisionStep(
            contact_id,
            today,
            Channel.EMAIL,
            "Aprobada tal cual.",
            DocumentInput("firma.png", SIGNATURE),
        ),
    )

    back_to_school = create(
        "alvarog",
        edit.CampaignInput(
            account_id=kola,
            name="Naranjina vuelta al cole",
            brand_id=brand["Naranjina"],
            kind=CampaignKind.PROMOTION,
            budget="12000",
            deadline=date(2027, 7, 15),
        ),
    )
    edit.save_brief(
        db,
        who("alvarog"),
        back_to_school,
        edit.BriefInput(template=CampaignKind.PROMOTION, objectives="Mover ventas en septiembre."),
        None,
    )
    christmas = create(
        "javiern",
        edit.CampaignInput(
            account_id=account["Helados García"],
            name="Turrón helado de Navidad",
            brand_id=brand["García Artesanos"],
            kind=CampaignKind.AWARENESS,
            budget="80000",
        ),
    )
    mortgage = create(
        "nataliar",
        edit.CampaignInput(
            account_id=account["Banco Mediterráneo"],
            name="Hipoteca Fija primavera",
            budget="150000",
            deadline=date(2027, 4, 1),
        ),
    )
    return Seeded(summer, back_to_school, christmas, mortgage, kola, contact)


@pytest.fixture(scope="module")
def campaigns_world(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Path
) -> tuple[str, Seeded]:
    """The small demo plus `seed_campaigns`, in one SQLite file the tests only read."""
    path = tmp_path_factory.mktemp("campaigns") / "campaigns.sqlite3"
    shutil.copyfile(demo_template, path)
    url = f"sqlite:///{path}"
    db = open_database(url)
    try:
        seeded = seed_campaigns(db)
    finally:
        db.close()
    return url, seeded


@pytest.fixture
def campaigns_url(campaigns_world: tuple[str, Seeded]) -> str:
    return campaigns_world[0]


@pytest.fixture
def seeded(campaigns_world: tuple[str, Seeded]) -> Seeded:
    return campaigns_world[1]


def campaigns(capsys: pytest.CaptureFixture[str], url: str, *extra: str) -> list[dict[str, Any]]:
    status, out, err = run(capsys, "campaigns", "list", "--db", url, "--format", "json", *extra)
    assert (status, err) == (0, "")
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


def by_deadline_then_name(rows: list[dict[str, Any]]) -> bool:
    keys = [
        (r["deadline"] is None, r["deadline"] or "", sort_key(r["name"]), r["id"]) for r in rows
    ]
    return keys == sorted(keys)


def test_campaigns_list_json_fields_and_order(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, seeded: Seeded
) -> None:
    rows = campaigns(capsys, campaigns_url)
    for row in rows:
        assert set(row) >= CAMPAIGN_KEYS
    ids = [r["id"] for r in rows]
    assert by_deadline_then_name(rows)  # undated campaigns last, same day by name
    assert ids.index(seeded.back_to_school) < ids.index(seeded.summer) < ids.index(seeded.christmas)
    assert seeded.mortgage not in ids  # another group's
    summer = rows[ids.index(seeded.summer)]
    assert {k: summer[k] for k in CAMPAIGN_KEYS} == {
        "id": seeded.summer,
        "name": "Zero en la playa",
        "account": "Kola-Sierra Refrescos",
        "account_id": seeded.kola,
        "brand": "Kola-Sierra",
        "status": "approved",
        "budget": "48500.50",
        "currency": "EUR",
        "deadline": "2027-07-15",
        "owner": "Álvaro García Rubio",
    }
    christmas = rows[ids.index(seeded.christmas)]
    assert christmas["deadline"] is None and christmas["owner"] == "Javier Núñez Calvo"


def test_campaigns_list_administrator_sees_every_group(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, seeded: Seeded
) -> None:
    rows = campaigns(capsys, campaigns_url, "--user", "rosav")
    assert {seeded.summer, seeded.christmas, seeded.mortgage} <= {r["id"] for r in rows}
    assert by_deadline_then_name(rows)


def test_campaigns_status_filter(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, seeded: Seeded
) -> None:
    everything = campaigns(capsys, campaigns_url)
    for status in CampaignStatus:
        rows = campaigns(capsys, campaigns_url, "--status", status.value)
        assert rows == [r for r in everything if r["status"] == status.value], status
    assert seeded.summer in {
        r["id"] for r in campaigns(capsys, campaigns_url, "--status", "approved")
    }
    briefs = {r["id"] for r in campaigns(capsys, campaigns_url, "--status", "brief")}
    assert {seeded.back_to_school, seeded.christmas} <= briefs


def test_campaigns_account_filter(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, seeded: Seeded
) -> None:
    everything = campaigns(capsys, campaigns_url)
    kola = campaigns(capsys, campaigns_url, "--account", str(seeded.kola))
    assert kola == [r for r in everything if r["account_id"] == seeded.kola]
    assert {seeded.summer, seeded.back_to_school} <= {r["id"] for r in kola}
    both = campaigns(capsys, campaigns_url, "--account", str(seeded.kola), "--status", "brief")
    assert both == [r for r in kola if r["status"] == "brief"]
    assert seeded.back_to_school in {r["id"] for r in both}


def test_campaigns_account_that_is_missing_or_unseen(
    capsys: pytest.CaptureFixture[str], campaigns_url: str
) -> None:
    status, out, err = run(
        capsys, "campaigns", "list", "--db", campaigns_url, "--account", "999999"
    )
    assert (status, out) == (1, "")
    assert one_line(err) == "No existe la cuenta 999999."
    other = next(
        r for r in accounts(capsys, campaigns_url, "--user", "rosav") if r["group_id"] != 1
    )
    status, out, err = run(
        capsys, "campaigns", "list", "--db", campaigns_url, "--account", str(other["id"])
    )
    assert (status, out) == (1, "")
    assert one_line(err) == f"La cuenta {other['id']} no es de su grupo ni la tiene asignada."


def test_campaigns_mine(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, seeded: Seeded
) -> None:
    """Mine: what the person owns, and the campaigns of the accounts whose team they are on."""
    for login, name in (("javiern", "Javier Núñez Calvo"), ("alvarog", "Álvaro García Rubio")):
        everything = campaigns(capsys, campaigns_url, "--user", login)
        teams = {a["id"] for a in accounts(capsys, campaigns_url, "--user", login, "--mine")}
        mine = campaigns(capsys, campaigns_url, "--user", login, "--mine")
        assert mine == [r for r in everything if r["owner"] == name or r["account_id"] in teams]
    javier = {r["id"] for r in campaigns(capsys, campaigns_url, "--user", "javiern", "--mine")}
    assert seeded.christmas in javier and seeded.summer not in javier  # he is on no team
    alvaro = {r["id"] for r in campaigns(capsys, campaigns_url, "--user", "alvarog", "--mine")}
    assert {seeded.summer, seeded.back_to_school} <= alvaro
    assert campaigns(capsys, campaigns_url, "--user", "rosav", "--mine") == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("naranjina", "back_to_school"),
        ("PLAYA", "summer"),
        ("kola-sierra playa", "summer"),
        ("turron garcia", "christmas"),
    ],
)
def test_campaigns_search(
    capsys: pytest.CaptureFixture[str],
    campaigns_url: str,
    seeded: Seeded,
    typed: str,
    expected: str,
) -> None:
    found = {r["id"] for r in campaigns(capsys, campaigns_url, "--search", typed)}
    assert getattr(seeded, expected) in found
    assert seeded.mortgage not in found


def test_campaigns_list_csv(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, seeded: Seeded
) -> None:
    status, out, err = run(capsys, "campaigns", "list", "--db", campaigns_url, "--format", "csv")
    assert (status, err) == (0, "")
    assert "\r" not in out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert set(rows[0]) >= CAMPAIGN_KEYS | {"code", "owner_id", "brand_id", "start_date"}
    as_json = campaigns(capsys, campaigns_url)
    assert [int(r["id"]) for r in rows] == [r["id"] for r in as_json]
    summer = next(r for r in rows if int(r["id"]) == seeded.summer)
    assert (summer["budget"], summer["deadline"], summer["may_be_shown"]) == (
        "48500.50",
        "2027-07-15",
        "false",
    )
    christmas = next(r for r in rows if int(r["id"]) == seeded.christmas)
    assert christmas["deadline"] == ""


def test_campaigns_list_table(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    status, out, err = run(capsys, "campaigns", "list", "--db", campaigns_url)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["ID", "Campaña", "Cuenta", "Marca"]
    summer = next(line for line in lines if "Zero en la playa" in line)
    for text in ("Kola-Sierra Refrescos", "Aprobado", "48.500,50\u00a0€", "15 jul 2027"):
        assert text in summer, text  # money and dates in the agency's locale (es_ES)
    assert lines[-1] == f"{len(lines) - 3} campañas."
    status, out, _ = run(capsys, "campaigns", "list", "--db", campaigns_url, "--search", "zzzz")
    assert (status, out) == (0, "Ninguna campaña.\n")


def test_campaigns_table_fits_a_narrow_terminal(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    status, out, _ = run(capsys, "campaigns", "list", "--db", campaigns_url)
    assert status == 0
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "48.500,50\u00a0€" in out  # money is never clipped


def test_campaign_show_text(
    capsys: pytest.CaptureFixture[str],
    campaigns_url: str,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    status, out, err = run(capsys, "campaign", "show", str(seeded.summer), "--db", campaigns_url)
    assert (status, err) == (0, "")
    assert out.startswith(f"Zero en la playa  [{seeded.summer}]\n")
    head, rest = out.split("\nBrief: versión 2 de 2\n")
    brief, history = rest.split("\nHistorial de aprobaciones (más reciente primero)\n")
    for text in (
        f"Kola-Sierra Refrescos [{seeded.kola}]",
        "Kola-Sierra Zero",
        "Lanzamiento",
        "Aprobado",
        "Álvaro García Rubio",
        "48.500,50\u00a0€",
        "3 may 2027",
        "15 jul 2027",
        "Supervisor de cuentas o superior",
    ):
        assert text in head, text
    for _, label, _ in BRIEF_FIELDS:  # every field of the latest version, with its label
        assert f"\n  {label}:" in brief, label
    for text in (
        "Jóvenes de 18 a 35 años",  # version 2's, not version 1's
        "Público concretado",
        "Presupuesto:          48.500,50\u00a0€",
        "Fecha límite:         15 jul 2027",
        "Reglamento 1924/2006",
        "  KPI:                  Prueba 15 %\n                        Notoriedad espontánea 25 %\n",
    ):
        assert text in brief, text
    assert "Jóvenes urbanos que cuidan" not in brief
    entries = history.split("\n  • ")
    assert [e.splitlines()[0].strip("• ") for e in entries] == [
        "Decisión del cliente sobre la propuesta v1: Aprobado",
        "Revisión interna de la propuesta v1: Aprobado",
        "Brief v2: Aprobado",
        "Brief v1: Cambios solicitados (sustituida)",
    ]
    client, internal, brief2, brief1 = entries
    deck_sha = hashlib.sha256(SUMMER_DECK).hexdigest()
    for text in (
        f"Cliente:              {seeded.contact}",
        "Registró:             Álvaro García Rubio",
        "Canal:                correo",
        f"Documento (SHA-256):  {deck_sha}",
        "Prueba:               firma.png",
        f"Prueba (SHA-256):     {hashlib.sha256(SIGNATURE).hexdigest()}",
        "Comentario:           Aprobada tal cual.",
        "registrada el",
    ):
        assert text in client, text
    assert "Decidió:              Javier Núñez Calvo" in internal
    assert "Documento (SHA-256):" in internal and "Comentario:           Adelante" in internal
    assert "Decidió:              Sergio Gómez Aranda" in brief2
    assert "En nombre de:         Marta Peña Lozano" in brief2
    assert "Comentario:           Concretad el público." in brief1


def test_campaign_show_text_in_english_and_without_a_brief(
    capsys: pytest.CaptureFixture[str],
    campaigns_url: str,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", "en")
    status, out, err = run(capsys, "campaign", "show", str(seeded.summer), "--db", campaigns_url)
    assert (status, err) == (0, "")
    for text in (
        "Brief: version 2 of 2",
        "  Target audience:",
        "Approval history",
        "On behalf of:",
    ):
        assert text in out, text
    status, out, err = run(capsys, "campaign", "show", str(seeded.christmas), "--db", campaigns_url)
    assert (status, err) == (0, "")
    assert "\nBrief\n  No brief yet.\n" in out
    assert out.endswith("Approval history (newest first)\n  No decisions yet.\n")


def test_campaign_show_json(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, seeded: Seeded
) -> None:
    status, out, err = run(
        capsys, "campaign", "show", str(seeded.summer), "--db", campaigns_url, "--format", "json"
    )
    assert (status, err) == (0, "")
    detail = json.loads(out)
    listed = next(r for r in campaigns(capsys, campaigns_url) if r["id"] == seeded.summer)
    assert {k: detail[k] for k in listed} == listed  # the list's fields, the same values
    assert detail["products"] == ["Kola-Sierra Zero"]
    assert detail["brief"]["number"] == 2 and detail["brief_versions"] == 2
    assert set(FIELD_NAMES) <= set(detail["brief"])
    assert detail["brief"]["budget"] == "48500.50" and detail["brief"]["deadline"] == "2027-07-15"
    stages = [(a["stage"], a["subject_version"], a["decision"]) for a in detail["approvals"]]
    assert stages == [
        ("client", 1, "approved"),
        ("internal", 1, "approved"),
        ("brief", 2, "approved"),
        ("brief", 1, "changes_requested"),
    ]
    client = detail["approvals"][0]
    assert client["client_contact"] == seeded.contact
    assert client["channel"] == "email"
    assert client["document_sha256"] == hashlib.sha256(SUMMER_DECK).hexdigest()
    assert client["proof"] == "firma.png"
    assert detail["approvals"][2]["on_behalf_of"] == "Marta Peña Lozano"
    assert detail["approvals"][3]["superseded"] is True


def test_campaign_show_missing_or_unseen(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, seeded: Seeded
) -> None:
    for fmt in ("text", "json"):
        status, out, err = run(
            capsys, "campaign", "show", "999999", "--db", campaigns_url, "--format", fmt
        )
        assert (status, out) == (1, "")
        assert one_line(err) == "No existe la campaña 999999."
    status, out, err = run(capsys, "campaign", "show", str(seeded.mortgage), "--db", campaigns_url)
    assert (status, out) == (1, "")
    assert one_line(err) == f"La campaña {seeded.mortgage} no es de sus cuentas."
    status, out, err = run(
        capsys, "campaign", "show", str(seeded.mortgage), "--db", campaigns_url, "--user", "rosav"
    )
    assert (status, err) == (0, "")
    assert out.startswith("Hipoteca Fija primavera")


def test_campaigns_unknown_status_lists_the_valid_ones(
    capsys: pytest.CaptureFixture[str], campaigns_url: str
) -> None:
    status, out, err = run(
        capsys, "campaigns", "list", "--db", campaigns_url, "--status", "aprobado"
    )
    assert (status, out) == (2, "")
    line = one_line(err)
    assert line.startswith("agencia campaigns list: argument --status: invalid choice: 'aprobado'")
    assert all(f"'{s.value}'" in line for s in CampaignStatus)


def test_campaigns_options_anywhere(capsys: pytest.CaptureFixture[str], campaigns_url: str) -> None:
    expected = campaigns(capsys, campaigns_url, "--status", "brief")
    for argv in (
        ["--db", campaigns_url, "campaigns", "list", "--status", "brief", "--format", "json"],
        ["campaigns", "--db", campaigns_url, "--user", "demo", "list", "--format=json",
         "--status=brief"],
        ["campaigns", "list", "--format", "json", "--status", "brief", f"--db={campaigns_url}"],
    ):  # fmt: skip
        status, out, err = run(capsys, *argv)
        assert (status, err) == (0, ""), argv
        assert json.loads(out) == expected


def test_every_demo_campaign_shows_in_full(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    """The demo's own campaigns, every status, read back as people and scripts read them."""
    rows = campaigns(capsys, demo_url, "--user", "rosav")
    assert len(rows) >= 10 and len({r["status"] for r in rows}) >= 8
    assert by_deadline_then_name(rows)
    for row in rows:
        argv = ("campaign", "show", str(row["id"]), "--db", demo_url, "--user", "rosav")
        status, text, err = run(capsys, *argv)
        assert (status, err) == (0, ""), row
        assert text.startswith(f"{row['name']}  [{row['id']}]\n")
        assert "\nHistorial de aprobaciones (más reciente primero)\n" in text
        status, out, err = run(capsys, *argv, "--format", "json")
        assert (status, err) == (0, ""), row
        detail = json.loads(out)
        assert {k: detail[k] for k in row} == row
        if detail["brief"] is not None:
            assert f"Brief: versión {detail['brief']['number']} de " in text
        for approval in detail["approvals"]:
            if approval["document_sha256"]:
                assert approval["document_sha256"] in text
            if approval["client_contact"]:
                assert f"Cliente:              {approval['client_contact']}" in text
        if row["status"] == "completed":
            assert detail["results"]["kpis"], row
            assert "\nResultados\n" in text
            assert all(k["achieved"] in text for k in detail["results"]["kpis"])
    assert "completed" in {r["status"] for r in rows}


# --- who acts --------------------------------------------------------------------------


def test_unknown_user(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, _, err = run(capsys, "accounts", "list", "--db", demo_url, "--user", "nadie")
    assert status == 1
    assert one_line(err) == "No existe el usuario «nadie»."


def test_a_database_without_users_needs_user(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    assert run(capsys, "db", "upgrade", "--db", url)[0] == 0
    status, _, err = run(capsys, "accounts", "list", "--db", url)
    assert status == 1
    assert "no tiene usuarios" in one_line(err)


def test_a_read_never_turns_an_empty_file_into_a_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "vacio.sqlite3"
    empty.write_bytes(b"")
    status, _, err = run(capsys, "accounts", "list", "--db", f"sqlite:///{empty}")
    assert status == 3
    assert one_line(err).startswith("No existe la base de datos")
    assert empty.read_bytes() == b""


@pytest.mark.parametrize("bad", ["abc", "0", "-3", "99999999999999999999"])
def test_an_id_out_of_range_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], demo_url: str, bad: str
) -> None:
    status, _, err = run(capsys, "account", "show", "--db", demo_url, "--", bad)
    assert status == 2
    assert "Traceback" not in err and "Error interno" not in err


def test_a_backup_needs_a_path(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, _, err = run(capsys, "db", "backup", "--db", demo_url, "")
    assert status == 1
    assert one_line(err) == "Indique el archivo donde guardar la copia."


# --- read-only commands leave the file alone -------------------------------------------


def test_read_only_commands_do_not_change_the_file(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    path = Path(demo_url.removeprefix("sqlite:///"))
    before = sha256(path)
    for argv in (
        ["accounts", "list"],
        ["accounts", "list", "--format", "json", "--search", "garcia"],
        ["account", "show", "1"],
        ["account", "show", "1", "--format", "json"],
        ["db", "current"],
        ["account", "show", "424242"],
        ["campaigns", "list"],
        ["campaigns", "list", "--format", "csv", "--mine"],
        ["campaign", "show", "1", "--format", "json"],
    ):
        run(capsys, *argv, "--db", demo_url)
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["demo.sqlite3"]


def test_a_missing_file_is_not_created_by_a_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.sqlite3"
    for argv in (
        ["accounts", "list"],
        ["account", "show", "1"],
        ["db", "current"],
        ["campaigns", "list"],
        ["campaign", "show", "1"],
    ):
        status, out, err = run(capsys, *argv, "--db", str(missing))
        assert (status, out) == (3, "")
        assert one_line(err) == f"No existe la base de datos: {missing}"
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_database_is_refused_untouched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Querido diario: hoy he presentado la campa\xc3\xb1a.\n" * 40)
    before = sha256(path)
    for argv in (
        ["accounts", "list"],
        ["account", "show", "1"],
        ["campaigns", "list", "--format", "json"],
        ["campaign", "show", "1"],
        ["demo"],
        ["db", "upgrade"],
        ["db", "current"],
        ["db", "backup", str(tmp_path / "copy.sqlite3")],
    ):
        status, out, err = run(capsys, *argv, "--db", str(path))
        assert (status, out) == (3, ""), argv
        assert one_line(err) == f"El archivo no es una base de datos de Agencia: {path}"
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_a_bad_url_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "accounts", "list", "--db", "mysql://someone@server/agencia")
    assert status == 3
    assert one_line(err).startswith("Dirección de base de datos no válida")


def test_an_unexpected_error_is_one_line(
    capsys: pytest.CaptureFixture[str], demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something odd\nwith a second line")

    monkeypatch.setattr("agencia.services.accounts.queries.list_accounts", broken)
    status, out, err = run(capsys, "accounts", "list", "--db", demo_url)
    assert (status, out) == (1, "")
    assert one_line(err) == "Error interno: RuntimeError: something odd"


# --- db --------------------------------------------------------------------------------


def test_db_upgrade_and_current(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from agencia.db import migrate

    head = migrate.head()
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    assert run(capsys, "db", "upgrade", "--db", url) == (0, f"(sin esquema) → {head}\n", "")
    assert run(capsys, "db", "upgrade", "--db", url) == (0, f"{head} → {head}\n", "")
    assert run(capsys, "db", "current", "--db", url) == (0, f"{head} (head)\n", "")


def test_db_backup(capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path) -> None:
    target = tmp_path / "copies" / "backup.sqlite3"
    target.parent.mkdir()
    status, out, err = run(capsys, "db", "backup", str(target), "--db", demo_url)
    assert (status, err) == (0, "")
    assert str(target) in out
    # the copy opens, and holds the same accounts
    assert accounts(capsys, f"sqlite:///{target}") == accounts(capsys, demo_url)
    copy = open_database(f"sqlite:///{target}")
    copy.close()


def test_db_backup_refuses_an_existing_file(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("do not overwrite")
    status, out, err = run(capsys, "db", "backup", str(target), "--db", demo_url)
    assert (status, out) == (1, "")
    assert one_line(err) == f"Ya existe el archivo {target}."
    assert target.read_text() == "do not overwrite"


def test_db_backup_to_an_unwritable_place(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    target = tmp_path / "no" / "such" / "folder" / "backup.sqlite3"
    status, _, err = run(capsys, "db", "backup", str(target), "--db", demo_url)
    assert status == 1
    assert one_line(err).startswith(f"No se puede escribir {target}")
    assert not target.exists()


# --- PostgreSQL ------------------------------------------------------------------------


def test_postgresql_needs_user_and_password(
    capsys: pytest.CaptureFixture[str], pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh migrated PostgreSQL database (the `db` fixture's source), filled in process."""
    db = open_database(pg_url)
    try:
        fill_demo(db)
    finally:
        db.close()
    url = pg_url
    monkeypatch.setattr(sys, "stdin", io.StringIO("demo\n"))
    status, out, err = run(
        capsys, "accounts", "list", "--db", url, "--user", "demo", "--format", "json"
    )
    assert (status, err) == (0, "")
    rows = json.loads(out)
    assert len(rows) >= 10 and set(rows[0]) >= REQUIRED_KEYS
    assert [r["name"] for r in rows] == sorted((r["name"] for r in rows), key=sort_key)

    monkeypatch.setattr(sys, "stdin", io.StringIO("garcia\n"))
    status, out, err = run(capsys, "accounts", "list", "--db", url, "--user", "demo")
    assert status == 1
    assert one_line(err) == "Usuario o contraseña incorrectos."
    assert "garcia" not in out + err

    status, _, err = run(capsys, "accounts", "list", "--db", url)
    assert status == 1
    assert one_line(err) == "En un servidor PostgreSQL indique el usuario con --user."

    status, _, err = run(capsys, "db", "backup", "x.sqlite3", "--db", url)
    assert status == 1
    assert "pg_dump" in one_line(err)

    assert run(capsys, "db", "current", "--db", url)[1].endswith("(head)\n")


def test_campaigns_on_postgresql(
    capsys: pytest.CaptureFixture[str], pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same commands on a PostgreSQL server: the password read from standard input."""
    db = open_database(pg_url)
    try:
        fill_demo(db)
        seeded = seed_campaigns(db)
    finally:
        db.close()

    def pg(*argv: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO("demo\n"))
        return run(capsys, *argv, "--db", pg_url, "--user", "demo")

    status, out, err = pg("campaigns", "list", "--format", "json")
    assert (status, err) == (0, "")
    rows = json.loads(out)
    assert all(set(r) >= CAMPAIGN_KEYS for r in rows)
    assert by_deadline_then_name(rows)
    ids = [r["id"] for r in rows]
    assert ids.index(seeded.back_to_school) < ids.index(seeded.summer) < ids.index(seeded.christmas)
    assert seeded.mortgage not in ids
    summer = rows[ids.index(seeded.summer)]
    assert (summer["budget"], summer["deadline"], summer["status"]) == (
        "48500.50",
        "2027-07-15",
        "approved",
    )

    status, out, err = pg(
        "campaigns", "list", "--format", "json", "--status", "brief", "--search", "naranjina"
    )
    assert (status, err) == (0, "")
    assert [r["id"] for r in json.loads(out)] == [seeded.back_to_school]
    status, out, err = pg("campaigns", "list", "--account", str(seeded.kola), "--format", "csv")
    assert (status, err) == (0, "")
    assert {int(r["id"]) for r in csv.DictReader(io.StringIO(out))} >= {
        seeded.summer,
        seeded.back_to_school,
    }

    status, out, err = pg("campaign", "show", str(seeded.summer))
    assert (status, err) == (0, "")
    assert "Brief: versión 2 de 2" in out and "48.500,50\u00a0€" in out
    assert f"Documento (SHA-256):  {hashlib.sha256(SUMMER_DECK).hexdigest()}" in out
    assert "En nombre de:         Marta Peña Lozano" in out
    status, out, err = pg("campaign", "show", str(seeded.summer), "--format", "json")
    assert (status, err) == (0, "")
    assert [a["stage"] for a in json.loads(out)["approvals"]] == [
        "client",
        "internal",
        "brief",
        "brief",
    ]

    status, out, err = pg("campaign", "show", str(seeded.mortgage))
    assert (status, out) == (1, "")
    assert one_line(err) == f"La campaña {seeded.mortgage} no es de sus cuentas."
    status, out, err = pg("campaign", "show", "999999")
    assert (status, out) == (1, "")
    assert one_line(err) == "No existe la campaña 999999."
