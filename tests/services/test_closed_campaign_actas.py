"""A closed campaign (finalizada, rechazada, cancelada) is read, not changed: no acta is
written, corrected or sent on it through the services — the door the GUI, Pendientes and
the demo all go through — on both databases."""

from __future__ import annotations

from datetime import date

import pytest
from campaign_world import Cast, build_cast, move, new_campaign

from agencia.db.database import Database
from agencia.domain.enums import CampaignStatus, Channel
from agencia.domain.errors import DomainError
from agencia.domain.messages import render
from agencia.services.campaigns import flow
from agencia.services.campaigns.meetings import (
    MeetingInput,
    acknowledge_meeting,
    save_meeting,
    send_meeting,
)
from agencia.services.campaigns.queries import get_campaign

S = CampaignStatus


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _acta(subject: str = "Reunión de seguimiento") -> MeetingInput:
    return MeetingInput(held_on=date(2026, 11, 20), subject=subject)


def test_no_acta_is_written_corrected_or_sent_on_a_cancelled_campaign(cast: Cast) -> None:
    cid = new_campaign(cast)
    executive = cast.actor("executive")
    before = save_meeting(cast.db, executive, cid, _acta())  # written while it was open
    move(cast, "director", cid, S.CANCELLED, flow.ReasonStep("El cliente congeló el presupuesto"))

    with pytest.raises(DomainError) as new:
        save_meeting(cast.db, executive, cid, _acta("Otra reunión"))
    assert new.value.code == "meeting.campaign_closed"
    with pytest.raises(DomainError) as corrected:
        save_meeting(cast.db, executive, cid, _acta("Corregida"), before.id, before.version)
    assert corrected.value.code == "meeting.campaign_closed"
    with pytest.raises(DomainError) as sent:
        send_meeting(cast.db, executive, before.id, cast.contact_id, before.version)
    assert sent.value.code == "meeting.campaign_closed"

    detail = get_campaign(cast.db, executive, cid)
    assert [m.subject for m in detail.meetings] == ["Reunión de seguimiento"]
    assert detail.meetings[0].sent_at is None
    # the campaign page asks the same rule: nothing to log, and it says why
    assert not detail.can_log
    assert detail.log_refusal is not None and detail.log_refusal[0] == "meeting.campaign_closed"
    params = dict(new.value.params)
    assert render("meeting.campaign_closed", params, "es") == (
        "Estado de la campaña: «Cancelado» — sus actas se consultan; no se registran, "
        "corrigen ni envían."
    )
    assert render("meeting.campaign_closed", params, "en") == (
        "Campaign status: 'Cancelled' — its meeting reports can be read, not logged, "
        "corrected or sent."
    )


def test_an_acta_sent_before_the_campaign_closed_is_not_acknowledged_after(cast: Cast) -> None:
    """The client's acknowledgement changes the acta too: on a closed campaign it waits."""
    cid = new_campaign(cast)
    executive = cast.actor("executive")
    saved = save_meeting(cast.db, executive, cid, _acta())
    sent = send_meeting(cast.db, executive, saved.id, cast.contact_id, saved.version)
    move(cast, "director", cid, S.CANCELLED, flow.ReasonStep("Fusión del cliente"))
    with pytest.raises(DomainError) as info:
        acknowledge_meeting(
            cast.db, executive, saved.id, date.today(), Channel.EMAIL, "", sent.version
        )
    assert info.value.code == "meeting.campaign_closed"


def test_an_open_campaign_still_takes_actas(cast: Cast) -> None:
    cid = new_campaign(cast)
    saved = save_meeting(cast.db, cast.actor("executive"), cid, _acta())
    detail = get_campaign(cast.db, cast.actor("executive"), cid)
    assert detail.can_log and detail.log_refusal is None
    assert [m.id for m in detail.meetings] == [saved.id]
