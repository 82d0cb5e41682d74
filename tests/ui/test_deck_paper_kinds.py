"""The A4 documents from the window: the deck dialog of a campaign offers the brief to
print and sign and the contrabrief beside the slides; each is made, previewed, its
fingerprint shown like any deck's, saved to a file that is the same bytes, and reads as
what it is (pdftotext), in Spanish and English."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from campaign_world import BRIEF, Cast, build_cast
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from test_deck_dialog import _close_dialogs, developing, open_dialog  # noqa: F401

from agencia.db.database import Database
from agencia.services.campaigns.contrabrief import ContrabriefInput, save_contrabrief
from agencia.ui.decks.preview import page_count

A4 = (595.3, 841.9)


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
    return done.stdout.decode()


def _a4(pdf: bytes) -> bool:
    import io

    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return (round(float(box.width), 1), round(float(box.height), 1)) == A4


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_brief_to_sign_and_the_contrabrief_made_from_the_window(
    qtbot: QtBot, cast: Cast, tmp_path: Path, lang: str
) -> None:
    cid = developing(cast)
    save_contrabrief(
        cast.db,
        cast.actor("executive"),
        cid,
        ContrabriefInput("Entendemos que hay que vender más isotónica.", "¿Hay stock?", ""),
        None,
    )
    dialog, recorder = open_dialog(qtbot, cast, "campaign", cid)
    dialog.choices.set_language(lang)
    words = {
        "brief_a4": ("Objetivos", "Objectives"),
        "contrabrief": ("Contrabrief", "Counter-brief"),
    }
    for kind, (es, en) in words.items():
        button = dialog.choices.kind_buttons[kind]
        assert button.isVisibleTo(dialog)
        button.setChecked(True)
        assert not dialog.choices.sections_box.isVisibleTo(dialog)
        assert dialog.choices.single_page_note.isVisibleTo(dialog)
        dialog.side.generate_button.click()
        pdf = dialog.pdf
        assert pdf is not None and dialog.shown is not None and dialog.shown.kind == kind
        assert _a4(pdf), kind
        assert dialog.preview.view.count() == page_count(pdf) >= 1
        sha = hashlib.sha256(pdf).hexdigest()
        assert dialog.side.status.text().endswith(f"SHA-256 {sha[:12]}…")
        assert dialog.side.status.toolTip() == sha
        assert not dialog.proposal_button.isEnabled()  # only the presentation is a proposal
        name = dialog.file_name()
        assert name.startswith("Bebidas Sol de Mayo - Lanzamiento Isotónica - ")
        dialog.save_to(tmp_path / name)
        written = tmp_path / name
        assert written.read_bytes() == pdf
        text = _text(written)
        assert (en if lang == "en" else es) in text, (kind, text[:300])
        assert "Lanzamiento Isotónica" in text
        if kind == "brief_a4":
            flat = " ".join(text.split())
            assert BRIEF.objectives in flat and BRIEF.target_audience in flat
        else:
            assert "vender más isotónica" in text and "¿Hay stock?" in text
    assert len(recorder.toasts) == 2
