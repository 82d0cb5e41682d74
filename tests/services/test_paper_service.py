"""The A4 documents asked of the decks' service, on both databases: the contrabrief and
the brief to sign drawn from the campaign as it is, in the client's language or another,
refused like the campaign itself."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from campaign_world import BRIEF, Cast, build_cast, new_campaign

from agencia.db.database import Database
from agencia.domain.errors import PermissionDenied
from agencia.services.campaigns.briefs import save_brief
from agencia.services.campaigns.contrabrief import ContrabriefInput, save_contrabrief
from agencia.services.decks.documents import build_paper


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _text(pdf: bytes) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return " ".join(out.stdout.decode("utf-8").split())


def test_the_contrabrief_and_the_brief_to_sign_come_from_the_campaign(cast: Cast) -> None:
    executive = cast.actor("executive")
    cid = new_campaign(cast)
    save_brief(cast.db, executive, cid, BRIEF, None)
    save_contrabrief(
        cast.db,
        executive,
        cid,
        ContrabriefInput(understanding="Queremos crecer en verano.", questions="¿Presupuesto?"),
        None,
    )
    answer = _text(build_paper(cast.db, executive, "contrabrief", cid, today=date(2026, 5, 4)))
    assert "CONTRABRIEF" in answer and "Responde al brief v1" in answer
    assert "Queremos crecer en verano." in answer and "Cómo proponemos" not in answer
    english = _text(build_paper(cast.db, executive, "contrabrief", cid, "en"))
    assert "COUNTER-BRIEF" in english and "What we understand" in english
    signed = _text(build_paper(cast.db, executive, "brief", cid))
    assert "Conformidad" in signed and "Por Bebidas Sol de Mayo" in signed
    with pytest.raises(PermissionDenied):
        build_paper(cast.db, cast.actor("executive_b"), "contrabrief", cid)
    with pytest.raises(ValueError):
        build_paper(cast.db, executive, "brief", cid, "fr")
    with pytest.raises(ValueError):
        build_paper(cast.db, executive, "poster", cid)  # type: ignore[arg-type]
