"""A closed campaign's refusal reads right whatever its status: the status labels agree
with «estado» (masculine), so the sentence names the status, it never says «La campaña
está «Finalizado»»."""

from __future__ import annotations

import pytest

from agencia.domain.enums import CampaignStatus
from agencia.domain.labels import label
from agencia.domain.messages import render


@pytest.mark.parametrize("status", list(CampaignStatus), ids=lambda s: s.value)
def test_the_closed_message_agrees_with_any_status(status: CampaignStatus) -> None:
    spanish = render("campaign.closed", {"status": label(status, "es")}, "es")
    assert "La campaña está «" not in spanish, spanish
    assert spanish.startswith("Estado de la campaña: «"), spanish
    assert label(status, "es") in spanish
    english = render("campaign.closed", {"status": label(status, "en")}, "en")
    assert label(status, "en") in english, english
