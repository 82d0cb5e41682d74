"""A proposal's file names follow every other name's rule: a name given as text with a
line break or a direction override («\u202egpj.exe» listed as «exe.jpg») is refused with
the one-line rule's words; a name from the file system, which cannot be refused, is kept
as one line that reads as it is stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from campaign_world import Cast, build_cast, new_campaign

from agencia.db.database import Database
from agencia.domain.errors import ValidationError
from agencia.domain.messages import render
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.proposals import ProposalInput, save_proposal
from agencia.services.campaigns.queries import get_campaign

PDF = b"%PDF-1.7 propuesta\n"


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


@pytest.mark.parametrize(
    ("name", "code"),
    [("\u202egpj.exe", "field.bidi"), ("con\nsalto.pdf", "field.line_break"),
     ("nul\x00.pdf", "field.control")],
)  # fmt: skip
def test_a_name_given_as_text_is_refused_with_the_one_line_words(
    cast: Cast, name: str, code: str
) -> None:
    cid = new_campaign(cast)
    with pytest.raises(ValidationError) as refused:
        save_proposal(
            cast.db,
            cast.actor("executive"),
            cid,
            ProposalInput(summary="Idea.", uploads=(DocumentInput(name, PDF),)),
        )
    assert refused.value.field_errors == {"files": (code, {})}
    assert render(code, {}).rstrip(".") in str(refused.value)
    assert get_campaign(cast.db, cast.actor("executive"), cid).proposals == ()


def test_a_name_from_the_file_system_is_kept_as_one_line_that_reads_as_stored(
    cast: Cast, tmp_path: Path
) -> None:
    paths = [tmp_path / "\u202egpj.exe", tmp_path / "con\nsalto.pdf"]
    for path in paths:
        path.write_bytes(PDF + path.name.encode())
    uploads = tuple(DocumentInput.from_path(p) for p in paths)
    assert [u.name for u in uploads] == ["gpj.exe", "con salto.pdf"]
    cid = new_campaign(cast)
    save_proposal(
        cast.db, cast.actor("executive"), cid, ProposalInput(summary="Idea.", uploads=uploads)
    )
    (proposal,) = get_campaign(cast.db, cast.actor("executive"), cid).proposals
    assert sorted(d.name for d in proposal.documents) == ["con salto.pdf", "gpj.exe"]
