"""«Enviar al cliente…» on an acta: the PDF is drawn and kept first, the dialog shows its
fingerprint, opens it and saves it byte for byte; the send records that fingerprint."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from campaign_world import Cast, build_cast, new_campaign
from gui_support import make_context
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.campaigns.meetings import MeetingInput, save_meeting
from agencia.services.campaigns.queries import get_campaign
from agencia.ui.campaigns.meetings_acta import SendActaDialog
from agencia.ui.campaigns.meetings_tab import MeetingsTab


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def test_sending_an_acta_keeps_its_pdf_offers_it_and_records_its_fingerprint(
    qtbot: QtBot, cast: Cast, tmp_path: Path
) -> None:
    executive = cast.actor("executive")
    campaign = new_campaign(cast)
    save_meeting(
        cast.db,
        executive,
        campaign,
        MeetingInput(
            held_on=date(2026, 3, 2),
            subject="Arranque del lanzamiento",
            contact_ids=(cast.contact_id,),
            agreements="Se presentarán dos rutas.",
        ),
    )
    ctx, recorder = make_context(cast.db, executive)
    tab = MeetingsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()

    def reload() -> None:
        tab.set_detail(get_campaign(cast.db, executive, campaign))

    ctx.ops.changed.connect(lambda _kinds: reload())
    reload()
    assert tab.current_meeting() is not None and tab.current_meeting().acta_sha256 is None

    tab.send_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, SendActaDialog)
    kept = get_campaign(cast.db, executive, campaign).meetings[0].acta_sha256
    assert kept is not None and kept == dialog.acta.sha256
    assert kept[:16] in dialog.acta_label.text() and dialog.acta_label.toolTip() == kept

    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    dialog.open_button.click()
    assert opened and hashlib.sha256(Path(opened[0].toLocalFile()).read_bytes()).hexdigest() == kept
    target = tmp_path / "acta.pdf"
    dialog.ask_save_path = lambda _name: str(target)
    dialog.save_as_button.click()
    assert hashlib.sha256(target.read_bytes()).hexdigest() == kept
    assert str(target) in dialog.acta_label.text()

    dialog.save()
    assert recorder.toasts[-1] == "Acta enviada a Carmen Cliente"
    meeting = get_campaign(cast.db, executive, campaign).meetings[0]
    assert meeting.sent_sha256 == kept and meeting.sent_to_id == cast.contact_id
    assert kept[:16] in tab.state_text.text() and tab.state_text.toolTip() == kept
