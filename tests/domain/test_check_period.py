"""`validation.check_period`: the one check the SLA report, the satisfaction results and
the health history make of their dates (each wrote it out before)."""

from __future__ import annotations

from datetime import date

import pytest

from agencia.domain.errors import ValidationError
from agencia.domain.validation import check_period


def test_a_period_ending_before_it_starts_is_refused_on_its_end() -> None:
    with pytest.raises(ValidationError) as refused:
        check_period(date(2026, 12, 31), date(2026, 1, 1))
    assert refused.value.field_errors == {"ends_on": ("field.period_order", {})}


def test_one_day_an_open_end_or_none_at_all_pass() -> None:
    for start, end in (
        (date(2026, 3, 1), date(2026, 3, 1)),
        (date(2026, 3, 1), None),
        (None, None),
    ):
        check_period(start, end)
