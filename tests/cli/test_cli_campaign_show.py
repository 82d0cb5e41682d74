"""`agencia campaign show`: the details, the latest brief in full and the approval history,
newest first, as text in both languages and as JSON; every demo campaign shows."""

from __future__ import annotations

import hashlib
import json

import pytest
from cli_seed import SIGNATURE, SUMMER_DECK, Seeded
from cli_support import by_deadline_then_name, campaigns, one_line, run

from agencia.domain.briefs import BRIEF_FIELDS, FIELD_NAMES


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
        "Canal:                correo electrónico",
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
    assert one_line(err) == f"No existe la campaña {seeded.mortgage}."  # as a missing one
    status, out, err = run(
        capsys, "campaign", "show", str(seeded.mortgage), "--db", campaigns_url, "--user", "rosav"
    )
    assert (status, err) == (0, "")
    assert out.startswith("Hipoteca Fija primavera")


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
