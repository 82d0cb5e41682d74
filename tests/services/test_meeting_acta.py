"""The acta as a PDF kept with the campaign, on both databases: drawn in the client's
language, stored with its SHA-256, the fingerprint sent recorded and the client's
acknowledgement referring to it; a corrected acta is drawn again."""

from __future__ import annotations

import hashlib
import subprocess
from datetime import date

import pytest
from campaign_world import Cast, build_cast, new_campaign
from sqlalchemy import update

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.errors import DomainError, PermissionDenied
from agencia.domain.models import Account
from agencia.services.campaigns.documents import read_document
from agencia.services.campaigns.meeting_acta import render_acta, store_acta, stored_acta
from agencia.services.campaigns.meetings import (
    MeetingInput,
    NextStepInput,
    acknowledge_meeting,
    save_meeting,
    send_meeting,
)
from agencia.services.campaigns.queries import get_campaign


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _text(pdf: bytes) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return " ".join(out.stdout.decode("utf-8").split())


def _meeting(cast: Cast, subject: str = "Presentación del brief") -> tuple[int, int, int]:
    cid = new_campaign(cast)
    data = MeetingInput(
        held_on=date(2026, 11, 20),
        subject=subject,
        place="Oficinas del cliente",
        agreements="- El cliente confirma el presupuesto.\n- La agencia prepara dos rutas.",
        staff_ids=(cast.staff["executive"],),
        contact_ids=(cast.contact_id,),
        next_steps=(
            NextStepInput(
                "Enviar el contrabrief", owner_staff_id=cast.staff["executive"], due_on=None
            ),
            NextStepInput("Pasar los datos de venta", owner_contact_id=cast.contact_id),
        ),
    )
    saved = save_meeting(cast.db, cast.actor("executive"), cid, data)
    return cid, saved.id, saved.version


def test_the_acta_is_kept_with_its_fingerprint_and_sent_and_acknowledged_as_such(
    cast: Cast,
) -> None:
    executive = cast.actor("executive")
    cid, meeting_id, _ = _meeting(cast)
    kept = store_acta(cast.db, executive, meeting_id, today=date(2026, 11, 21))
    assert kept.sha256 == hashlib.sha256(kept.pdf).hexdigest()
    view, data = read_document(cast.db, executive, kept.document_id)
    assert data == kept.pdf and view.sha256 == kept.sha256 and view.name.endswith(".pdf")
    text = _text(kept.pdf)
    assert "ACTA DE REUNIÓN" in text and "Presentación del brief" in text
    assert "Elena Ejecutiva" in text and "Carmen Cliente — Directora de marketing" in text
    assert "Pasar los datos de venta" in text and "Carmen Cliente (cliente)" in text
    assert stored_acta(cast.db, executive, meeting_id) == kept

    sent = send_meeting(cast.db, executive, meeting_id, cast.contact_id, kept.version)
    done = acknowledge_meeting(
        cast.db, executive, meeting_id, date.today(), Channel.EMAIL, "Conforme", sent.version
    )
    meeting = get_campaign(cast.db, executive, cid).meetings[0]
    assert meeting.acta_sha256 == meeting.sent_sha256 == meeting.acknowledged_sha256
    assert meeting.sent_sha256 == kept.sha256 and done.version == meeting.version
    with pytest.raises(DomainError) as info:  # what the client acknowledged stays the acta
        store_acta(cast.db, executive, meeting_id)
    assert info.value.code == "meeting.already_acknowledged"


def test_sending_draws_the_acta_when_none_is_kept_or_it_was_corrected(cast: Cast) -> None:
    executive = cast.actor("executive")
    cid, meeting_id, version = _meeting(cast)
    first = send_meeting(cast.db, executive, meeting_id, cast.contact_id, version)
    meeting = get_campaign(cast.db, executive, cid).meetings[0]
    assert meeting.sent_sha256 is not None and meeting.sent_sha256 == meeting.acta_sha256
    before = meeting.sent_sha256
    corrected = save_meeting(
        cast.db,
        executive,
        cid,
        MeetingInput(held_on=date(2026, 11, 20), subject="Presentación del brief (corregida)"),
        meeting_id,
        first.version,
    )
    meeting = get_campaign(cast.db, executive, cid).meetings[0]
    assert meeting.acta_sha256 is None and meeting.sent_sha256 == before  # what went, went
    send_meeting(cast.db, executive, meeting_id, cast.contact_id, corrected.version)
    meeting = get_campaign(cast.db, executive, cid).meetings[0]
    assert meeting.sent_sha256 not in (None, before)
    kept = stored_acta(cast.db, executive, meeting_id)
    assert kept is not None and hashlib.sha256(kept.pdf).hexdigest() == meeting.sent_sha256
    assert "(corregida)" in _text(kept.pdf)


def test_the_acta_speaks_the_clients_language_unless_asked(cast: Cast) -> None:
    executive = cast.actor("executive")
    _, meeting_id, _ = _meeting(cast)
    assert "ACTA DE REUNIÓN" in _text(render_acta(cast.db, executive, meeting_id))
    with unit_of_work(cast.db, SYSTEM) as uow:
        uow.session.execute(
            update(Account).where(Account.id == cast.account_id).values(locale="en_GB")
        )
    english = _text(render_acta(cast.db, executive, meeting_id))
    assert "MEETING REPORT" in english and "Next steps" in english
    assert "Carmen Cliente (client)" in english
    assert "ACTA DE REUNIÓN" in _text(render_acta(cast.db, executive, meeting_id, lang="es"))
    with pytest.raises(ValueError):
        render_acta(cast.db, executive, meeting_id, lang="fr")


def test_the_acta_is_refused_to_whoever_may_not_see_or_write_it(cast: Cast) -> None:
    _, meeting_id, _ = _meeting(cast)
    with pytest.raises(PermissionDenied):
        render_acta(cast.db, cast.actor("executive_b"), meeting_id)
    with pytest.raises(PermissionDenied):
        store_acta(cast.db, cast.actor("executive_b"), meeting_id)
