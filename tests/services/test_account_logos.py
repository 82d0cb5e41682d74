"""Client and brand logos on both databases: set, replaced and removed by whoever may edit
the account, over the version they saw; checked with Pillow (PNG or JPEG); audited by
size, never by bytes; shown on the account page, never loaded for the list."""

from __future__ import annotations

import io

import pytest
from factories import Agency, audit_events, small_agency
from PIL import Image

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from agencia.domain.messages import render
from agencia.services.accounts import queries as svc
from agencia.services.accounts.logos import set_account_logo, set_brand_logo
from agencia.services.accounts.queries import AccountQuery
from agencia.services.accounts.views import BrandView


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def image(kind: str = "PNG", size: tuple[int, int] = (240, 120), color: str = "#C8102E") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, kind)
    return out.getvalue()


def account_version(agency: Agency, key: str = "coca") -> int:
    return svc.get_account(agency.db, SYSTEM, agency.accounts[key]).version


def brand(agency: Agency, key: str = "fanta") -> BrandView:
    detail = svc.get_account(agency.db, SYSTEM, agency.accounts["coca"])
    return next(b for b in detail.brands if b.id == agency.brands[key])


def test_an_account_logo_is_set_replaced_and_removed(agency: Agency) -> None:
    db, coca = agency.db, agency.accounts["coca"]
    alvaro = agency.actor("alvaro")  # leads the account
    assert svc.get_account(db, alvaro, coca).logo is None

    png = image("PNG")
    saved = set_account_logo(db, alvaro, coca, png, account_version(agency))
    detail = svc.get_account(db, alvaro, coca)
    assert detail.logo == png
    assert saved.id == coca and saved.version == detail.version

    jpeg = image("JPEG", (400, 400), "#003DA5")
    set_account_logo(db, alvaro, coca, jpeg, detail.version)
    assert svc.get_account(db, alvaro, coca).logo == jpeg

    set_account_logo(db, alvaro, coca, None, account_version(agency))
    assert svc.get_account(db, alvaro, coca).logo is None
    # the other accounts keep theirs (none), and the brands are untouched
    assert all(b.logo is None for b in svc.get_account(db, alvaro, coca).brands)


def test_a_brand_logo_is_set_replaced_and_removed(agency: Agency) -> None:
    db = agency.db
    lucia = agency.actor("lucia")  # the group's director
    fanta = brand(agency)
    png = image("PNG", (300, 100), "#FF8200")
    saved = set_brand_logo(db, lucia, fanta.id, png, fanta.version)
    after = brand(agency)
    assert after.logo == png and saved.version == after.version > fanta.version
    assert brand(agency, "coca").logo is None  # its sister brand keeps none
    assert svc.get_account(db, SYSTEM, agency.accounts["coca"]).logo is None

    jpeg = image("JPEG", (64, 64))
    set_brand_logo(db, lucia, fanta.id, jpeg, after.version)
    assert brand(agency).logo == jpeg
    set_brand_logo(db, lucia, fanta.id, None, brand(agency).version)
    assert brand(agency).logo is None


def test_the_same_logo_again_changes_nothing(agency: Agency) -> None:
    db, coca = agency.db, agency.accounts["coca"]
    png = image()
    first = set_account_logo(db, SYSTEM, coca, png, account_version(agency))
    again = set_account_logo(db, SYSTEM, coca, png, first.version)
    assert again.version == first.version
    assert len([e for e in audit_events(db, "account", coca) if "logo" in e.changes]) == 1
    nothing = set_account_logo(db, SYSTEM, agency.accounts["loreal"], None, 1)
    assert nothing.version == 1  # removing a logo that is not there


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"GIF89a" + b"\0" * 64, "field.image_kind"),
        (b"esto no es una imagen", "field.image_kind"),
        ("BMP", "field.image_kind"),
        ("TRUNCATED", "field.image_damaged"),
        ((8, 8), "field.image_pixels"),
    ],
    ids=["gif-header", "text", "bmp", "truncated-png", "too-small"],
)
def test_anything_but_a_printable_png_or_jpeg_is_refused(
    agency: Agency, data: object, code: str
) -> None:
    if data == "BMP":
        data = image("BMP")
    elif data == "TRUNCATED":
        data = image("PNG", (400, 300))[:200]
    elif isinstance(data, tuple):
        data = image("PNG", data)
    assert isinstance(data, bytes)
    db, coca = agency.db, agency.accounts["coca"]
    version = account_version(agency)
    with pytest.raises(ValidationError) as refused:
        set_account_logo(db, SYSTEM, coca, data, version)
    assert set(refused.value.field_errors) == {"logo"}
    assert refused.value.field_errors["logo"][0] == code
    fanta = brand(agency)
    with pytest.raises(ValidationError) as refused_brand:
        set_brand_logo(db, SYSTEM, fanta.id, data, fanta.version)
    assert refused_brand.value.field_errors["logo"][0] == code
    # nothing stored, nothing audited, no version spent
    assert svc.get_account(db, SYSTEM, coca).logo is None
    assert account_version(agency) == version and brand(agency).version == fanta.version
    assert not [e for e in audit_events(db) if "logo" in e.changes]


def test_a_logo_over_the_size_limit_is_refused_in_megabytes(agency: Agency) -> None:
    huge = image("PNG") + b"\0" * (2 * 1024 * 1024)
    with pytest.raises(ValidationError) as refused:
        set_account_logo(agency.db, SYSTEM, agency.accounts["coca"], huge, account_version(agency))
    code, params = refused.value.field_errors["logo"]
    assert code == "field.image_too_large"
    assert render(code, params) == "La imagen ocupa 2.0 MB: el máximo es 2 MB."


@pytest.mark.parametrize("who", ["pablo", "irene", "laura", "raul"])
def test_someone_who_may_not_edit_the_account_may_not_change_its_logos(
    agency: Agency, who: str
) -> None:
    """The trainee and the assistant are on the account's team but may not edit it; the
    junior executive is not on its team; Raúl is in another group and cannot even see it."""
    db, coca = agency.db, agency.accounts["coca"]
    actor = agency.actor(who)
    png = image()
    with pytest.raises(PermissionDenied):
        set_account_logo(db, actor, coca, png, account_version(agency))
    fanta = brand(agency)
    with pytest.raises(PermissionDenied):
        set_brand_logo(db, actor, fanta.id, png, fanta.version)
    set_account_logo(db, SYSTEM, coca, png, account_version(agency))
    with pytest.raises(PermissionDenied):  # nor remove one
        set_account_logo(db, actor, coca, None, account_version(agency))
    assert svc.get_account(db, SYSTEM, coca).logo == png
    assert brand(agency).logo is None


def test_a_stale_version_is_a_conflict(agency: Agency) -> None:
    db, coca = agency.db, agency.accounts["coca"]
    seen = account_version(agency)
    set_account_logo(db, agency.actor("alvaro"), coca, image(color="#111111"), seen)
    with pytest.raises(Conflict):  # Lucía still looks at the page from before
        set_account_logo(db, agency.actor("lucia"), coca, None, seen)
    assert svc.get_account(db, SYSTEM, coca).logo is not None

    fanta = brand(agency)
    set_brand_logo(db, SYSTEM, fanta.id, image(), fanta.version)
    with pytest.raises(Conflict):
        set_brand_logo(db, SYSTEM, fanta.id, image("JPEG"), fanta.version)
    assert brand(agency).logo == image()


def test_a_missing_brand_or_account_is_not_found(agency: Agency) -> None:
    with pytest.raises(NotFound):
        set_brand_logo(agency.db, SYSTEM, 999_999, image(), 1)
    with pytest.raises(NotFound):
        set_account_logo(agency.db, SYSTEM, 999_999, None, 1)


def test_each_change_is_audited_by_its_size_never_its_bytes(agency: Agency) -> None:
    db, coca = agency.db, agency.accounts["coca"]
    alvaro = agency.actor("alvaro")
    png, jpeg = image(), image("JPEG", (320, 160))
    set_account_logo(db, alvaro, coca, png, account_version(agency))
    set_account_logo(db, alvaro, coca, jpeg, account_version(agency))
    set_account_logo(db, alvaro, coca, None, account_version(agency))
    fanta = brand(agency)
    set_brand_logo(db, alvaro, fanta.id, png, fanta.version)

    account_events = [e for e in audit_events(db, "account", coca) if "logo" in e.changes]
    assert [e.changes for e in account_events] == [
        {"logo": [None, f"{len(png)} bytes"]},
        {"logo": [f"{len(png)} bytes", f"{len(jpeg)} bytes"]},
        {"logo": [f"{len(jpeg)} bytes", None]},
    ]
    assert all(e.action is AuditAction.UPDATE for e in account_events)
    assert all(e.staff_id == agency.staff["alvaro"] for e in account_events)
    assert all(e.account_id == coca and e.summary == "Coca-Cola" for e in account_events)
    (brand_event,) = [e for e in audit_events(db, "brand", fanta.id) if "logo" in e.changes]
    assert brand_event.changes == {"logo": [None, f"{len(png)} bytes"]}
    assert brand_event.account_id == coca and brand_event.summary == "Fanta"
    # the account page's history shows them
    history = svc.get_account(db, alvaro, coca).history
    assert sum("logo" in h.changes for h in history) == 4


def test_the_list_never_loads_a_logo(agency: Agency) -> None:
    """The 100,000-account list reads its columns only: no logo in its SQL or its rows."""
    set_account_logo(agency.db, SYSTEM, agency.accounts["coca"], image(), account_version(agency))
    assert "logo" not in str(svc._row_select())  # the list's own columns
    ids = svc.search_account_ids(agency.db, SYSTEM, AccountQuery(text="coca"))
    (row,) = svc.account_rows(agency.db, SYSTEM, ids)
    assert not hasattr(row, "logo") and "logo" not in row.as_json()
    detail = svc.get_account(agency.db, SYSTEM, agency.accounts["coca"])
    assert "logo" not in detail.as_json()  # `agencia account show` prints no bytes
