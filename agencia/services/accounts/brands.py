"""A client's brands and their products: adding, renaming, describing.

A brand's name is part of its account's search text, refreshed with every save.
"""

from __future__ import annotations

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, NotFound, ValidationError
from agencia.domain.models import Brand, Product
from agencia.services.accounts.editing import apply_changes, load_for_edit, refresh_brand_search
from agencia.services.results import SaveResult


def save_brand(
    db: Database,
    actor: Actor,
    account_id: int,
    name: str,
    description: str = "",
    brand_id: int | None = None,
    version: int | None = None,
) -> SaveResult:
    """Create a brand (no `brand_id`) or edit one: an edit carries the version it started
    from, and is refused as a conflict if another workstation saved the brand meanwhile."""
    _require_name(name)
    if brand_id is not None and version is None:
        raise ValueError("an edit carries the version it started from")
    with unit_of_work(db, actor) as uow:
        account = load_for_edit(uow, account_id, None)
        if brand_id is None:
            brand = Brand(account_id=account.id, name=name.strip(), description=description)
            uow.session.add(brand)
            uow.session.flush()
            uow.audit(
                ChangeKind.BRAND,
                brand.id,
                AuditAction.CREATE,
                {"name": [None, brand.name]},
                account_id=account.id,
                summary=brand.name,
            )
        else:
            found = uow.session.get(Brand, brand_id)
            if found is None or found.account_id != account.id:
                raise NotFound("brand.not_found", id=brand_id)
            if found.version != version:
                raise Conflict("record.stale")
            brand = found
            changes = apply_changes(brand, {"name": name.strip(), "description": description})
            if changes:
                uow.audit(
                    ChangeKind.BRAND,
                    brand.id,
                    AuditAction.UPDATE,
                    changes,
                    account_id=account.id,
                    summary=brand.name,
                )
        uow.session.flush()
        refresh_brand_search(uow, account)
        return SaveResult(brand.id, brand.version)


def _require_name(name: str) -> None:
    """A brand or product needs a name of at most 160 characters."""
    errors: v.FieldErrors = {}
    v.required(errors, "name", name, 160)
    if errors:
        raise ValidationError(errors)


def add_product(
    db: Database, actor: Actor, brand_id: int, name: str, description: str = ""
) -> SaveResult:
    _require_name(name)
    with unit_of_work(db, actor) as uow:
        brand = uow.session.get(Brand, brand_id)
        if brand is None:
            raise NotFound("brand.not_found", id=brand_id)
        load_for_edit(uow, brand.account_id, None)
        product = Product(brand_id=brand.id, name=name.strip(), description=description)
        uow.session.add(product)
        uow.session.flush()
        uow.audit(
            ChangeKind.PRODUCT,
            product.id,
            AuditAction.CREATE,
            {"name": [None, product.name]},
            account_id=brand.account_id,
            summary=f"{brand.name} · {product.name}",
        )
        return SaveResult(product.id, product.version)


def update_product(
    db: Database, actor: Actor, product_id: int, name: str, description: str, version: int
) -> SaveResult:
    """Rename a product or change its description, from the version the person saw
    (refused as a conflict if another workstation saved it meanwhile)."""
    _require_name(name)
    with unit_of_work(db, actor) as uow:
        product = uow.session.get(Product, product_id)
        if product is None:
            raise NotFound("product.not_found", id=product_id)
        if product.version != version:
            raise Conflict("record.stale")
        brand = uow.session.get(Brand, product.brand_id)
        if brand is None:
            raise NotFound("brand.not_found", id=product.brand_id)
        load_for_edit(uow, brand.account_id, None)
        changes = apply_changes(product, {"name": name.strip(), "description": description})
        if changes:
            uow.audit(
                ChangeKind.PRODUCT,
                product.id,
                AuditAction.UPDATE,
                changes,
                account_id=brand.account_id,
                summary=f"{brand.name} · {product.name}",
            )
        uow.session.flush()
        return SaveResult(product.id, product.version)
