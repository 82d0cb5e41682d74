"""Tax IDs shown as their country writes them (`tax_ids.display`), stored as typed
without punctuation (`tax_ids.normalise`)."""

from __future__ import annotations

import pytest

from agencia.domain.tax_ids import display, normalise


@pytest.mark.parametrize(
    ("country", "stored", "shown"),
    [
        ("CL", "760864285", "76.086.428-5"),  # Chilean RUT
        ("CL", "10000013K", "10.000.013-K"),  # its check character may be K
        ("CO", "8909039388", "890.903.938-8"),  # Colombian NIT
        ("AR", "30500010912", "30-50001091-2"),  # Argentine CUIT
        ("ar", "30500010912", "30-50001091-2"),
        ("ES", "B12345674", "B12345674"),  # Spain's NIF/CIF as it is
        ("MX", "CDP6001134P6", "CDP6001134P6"),  # Mexico's RFC as it is
        ("PE", "20100047218", "20100047218"),
        ("CL", "760864286", "760864286"),  # a wrong check digit (stored before the check)
        ("CO", "", ""),
        ("FR", "FR40303265045", "FR40303265045"),
    ],
)
def test_display(country: str, stored: str, shown: str) -> None:
    assert display(country, stored) == shown
    assert normalise(shown) == stored.upper()  # typed back as shown, it is the same ID
