"""A loaded campaign as the values its form sends: the one mapping from what the page shows
(`CampaignDetail`) back to what `update_campaign` takes (`CampaignInput`).

The campaign form (both versions of a conflict), the tests that edit one field and the
server benchmark all start an edit from a read campaign: a field added to the form is
added here once, and saving the result unchanged writes nothing
(tests/services/test_campaign_input.py).
"""

from __future__ import annotations

from agencia.services.campaigns.campaign_edit import CampaignInput
from agencia.services.campaigns.views import CampaignDetail


def input_from_detail(detail: CampaignDetail) -> CampaignInput:
    """The form values of a loaded campaign: what an edit starts from."""
    row = detail.row
    return CampaignInput(
        account_id=row.account_id,
        name=row.name,
        brand_id=row.brand_id,
        product_ids=tuple(pid for pid, _name in detail.products),
        kind=row.kind,
        owner_id=row.owner_id,
        budget=row.budget,
        currency=row.currency,
        start_date=row.start_date,
        deadline=row.deadline,
        may_be_shown=row.may_be_shown,
    )
