"""The logos of clients and brands, which their decks print: set or removed, audited by
size (the trail never keeps an image's bytes).
"""

from __future__ import annotations

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, NotFound
from agencia.domain.models import Brand
from agencia.services.accounts.editing import load_for_edit
from agencia.services.images import check_image
from agencia.services.results import SaveResult


def _logo_note(logo: bytes | None) -> str | None:
    """What the audit trail keeps of a logo: its size, never its bytes."""
    return None if logo is None else f"{len(logo)} bytes"


def _check_logo(logo: bytes | None) -> None:
    """A logo to store is a PNG or JPEG a deck can print (the agency logo's limits)."""
    if logo is not None:
        check_image(logo, "logo")


def set_account_logo(
    db: Database, actor: Actor, account_id: int, logo: bytes | None, version: int
) -> SaveResult:
    """Set (bytes) or remove (None) the client's logo, which its decks print; `version` is
    the account's as the person saw it (a newer change wins)."""
    _check_logo(logo)
    with unit_of_work(db, actor) as uow:
        account = load_for_edit(uow, account_id, version)
        if account.logo != logo:
            changes = {"logo": [_logo_note(account.logo), _logo_note(logo)]}
            account.logo = logo
            uow.audit(
                ChangeKind.ACCOUNT,
                account.id,
                AuditAction.UPDATE,
                changes,
                account_id=account.id,
                summary=account.trade_name,
            )
        uow.session.flush()
        return SaveResult(account.id, account.version)


def set_brand_logo(
    db: Database, actor: Actor, brand_id: int, logo: bytes | None, version: int
) -> SaveResult:
    """Set (bytes) or remove (None) a brand's logo; whoever may edit its account may, over
    the brand's `version` as the person saw it."""
    _check_logo(logo)
    with unit_of_work(db, actor) as uow:
        brand = uow.session.get(Brand, brand_id)
        if brand is None:
            raise NotFound("brand.not_found", id=brand_id)
        load_for_edit(uow, brand.account_id, None)
        if brand.version != version:
            raise Conflict("record.stale")
        if brand.logo != logo:
            changes = {"logo": [_logo_note(brand.logo), _logo_note(logo)]}
            brand.logo = logo
            uow.audit(
                ChangeKind.BRAND,
                brand.id,
                AuditAction.UPDATE,
                changes,
                account_id=brand.account_id,
                summary=brand.name,
            )
        uow.session.flush()
        return SaveResult(brand.id, brand.version)
