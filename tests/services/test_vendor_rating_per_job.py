"""A vendor's rating belongs to a delivered job, one per job: `vendor rate 1 --score 5`
three times without a job kept three 5/5 by the same person, so the average was
whoever rated most (explore 7, L5). Both paths: without a job refused (however often),
with a job kept once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from campaign_world import Cast, build_cast, new_campaign

from agencia.db.database import Database
from agencia.domain.errors import NotFound, ValidationError
from agencia.services.coordination import jobs, vendors
from agencia.services.coordination.jobs import JobInput
from agencia.services.coordination.vendors import VendorInput


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _delivered(cast: Cast, vendor: int, campaign: int, what: str) -> int:
    me = cast.actor("executive")
    job = jobs.add_job(cast.db, me, campaign, JobInput(vendor, what, "1000")).id
    jobs.approve_job(cast.db, cast.actor("supervisor"), job, f"OC-{what}")
    jobs.record_delivery(cast.db, me, job, date(2026, 3, 1), "1000")
    return job


def test_a_rating_without_a_job_is_refused_however_often(cast: Cast) -> None:
    me = cast.actor("executive")
    vendor = vendors.add_vendor(cast.db, me, VendorInput(name="Imprenta Sánchez")).id
    for _ in range(3):
        with pytest.raises(ValidationError) as refused:
            vendors.rate_vendor(cast.db, me, vendor, 5)
        assert refused.value.field_errors["job_id"][0] == "vendor.pick_job"
    [row] = vendors.list_vendors(cast.db, me, "sanchez")
    assert (row.average_rating, row.ratings) == (None, 0)


def test_each_delivered_job_is_rated_once_and_the_average_counts_jobs(cast: Cast) -> None:
    me = cast.actor("executive")
    campaign = new_campaign(cast)
    vendor = vendors.add_vendor(cast.db, me, VendorInput(name="Imprenta Sánchez")).id
    lonas, folletos = (_delivered(cast, vendor, campaign, w) for w in ("Lonas", "Folletos"))
    vendors.rate_vendor(cast.db, me, vendor, 5, job_id=lonas)
    with pytest.raises(ValidationError) as refused:
        vendors.rate_vendor(cast.db, me, vendor, 5, job_id=lonas)
    assert refused.value.field_errors["job_id"][0] == "vendor.job_rated"
    vendors.rate_vendor(cast.db, me, vendor, 2, "Tarde", job_id=folletos)
    [row] = vendors.list_vendors(cast.db, me, "sanchez")
    assert (row.average_rating, row.ratings) == (Decimal("3.5"), 2)


def test_a_job_on_a_campaign_one_cannot_see_is_not_rated(cast: Cast) -> None:
    """The command line and the window only offer jobs the person sees; the service is
    the guard: group B's executive may rate suppliers, not group A's jobs — told it as a
    missing job, in the same words, never naming the campaign it is on."""
    me = cast.actor("executive")
    campaign = new_campaign(cast)
    vendor = vendors.add_vendor(cast.db, me, VendorInput(name="Imprenta Sánchez")).id
    lonas = _delivered(cast, vendor, campaign, "Lonas")
    other = cast.actor("executive_b")
    for job in (lonas, lonas + 1000):  # unseen, missing
        with pytest.raises(NotFound) as refused:
            vendors.rate_vendor(cast.db, other, vendor, 5, job_id=job)
        assert (refused.value.code, refused.value.params) == ("job.not_found", {"id": job})
        with pytest.raises(NotFound) as refused:
            vendors.get_job(cast.db, other, job)
        assert (refused.value.code, refused.value.params) == ("job.not_found", {"id": job})
    [row] = vendors.list_vendors(cast.db, me, "sanchez")
    assert (row.average_rating, row.ratings) == (None, 0)
