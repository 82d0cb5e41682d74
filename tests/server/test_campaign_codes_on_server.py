"""Campaign codes are the agency's, not a group's: on the shared server each person sees
only their own group's campaigns (row-level security), yet the next code must follow the
highest of the year across every group. Álvaro (Gran Consumo) opens C2026-0001; Raúl
(Servicios), who cannot see it, gets C2026-0002 — not an «Internal error» on
uq_campaigns_code."""

from __future__ import annotations

from datetime import date

from server_world import ServerAgency

from agencia.domain.enums import CampaignKind
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.campaigns.queries import CampaignQuery, get_campaign, search_campaign_ids


def _create(server_agency: ServerAgency, login: str, account: str) -> str:
    db, actor = server_agency.signed_in(login)
    try:
        new = create_campaign(
            db,
            actor,
            CampaignInput(
                account_id=server_agency.agency.accounts[account],
                name=f"Campaña de {login}",
                kind=CampaignKind.LAUNCH,
                budget="1000",
                start_date=date(2026, 3, 1),
            ),
        ).id
        return get_campaign(db, actor, new).row.code
    finally:
        db.close()


def test_two_groups_get_two_codes_of_one_series(server_agency: ServerAgency) -> None:
    assert _create(server_agency, "alvaro", "coca") == "C2026-0001"
    db, raul = server_agency.signed_in("raul")
    try:  # Raúl does not see Álvaro's campaign …
        codes = {
            get_campaign(db, raul, i).row.code
            for i in search_campaign_ids(db, raul, CampaignQuery())
        }
        assert "C2026-0001" not in codes
    finally:
        db.close()
    # … and still takes the next code
    assert _create(server_agency, "raul", "andino") == "C2026-0002"
    assert _create(server_agency, "alvaro", "coca") == "C2026-0003"
