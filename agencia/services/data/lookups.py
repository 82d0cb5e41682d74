"""Finding what a row names — an account by its tax ID or name, a person by name or
e-mail, a group by name — and the record a row would repeat.

An import reads the names once, at its start and inside its own transaction, into an
`Index` kept in memory; every record the import writes is noted in it, so that a row may
name a record an earlier row of the same file created. A query a row (100,000 of them)
would otherwise be asked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from sqlalchemy import select

from agencia.db.uow import UnitOfWork
from agencia.domain import validation as v
from agencia.domain.models import Account, AccountGroup, Brand, Contact, Product, Staff
from agencia.domain.text import fold
from agencia.domain.text import sort_key as _sort_key

# A row's name is keyed several times (its duplicate, the batch's check, the note of it):
# folded once.
sort_key = lru_cache(maxsize=4096)(_sort_key)


class Ambiguous(Exception):
    """More than one record answers to what the cell says."""


def _one(ids: Iterable[int]) -> int | None:
    found = set(ids)
    if len(found) > 1:
        raise Ambiguous
    return next(iter(found), None)


def _lower(text: str | None) -> str:
    return (text or "").strip().lower()


class _Keys:
    """Ids under each key (a key may name several records)."""

    def __init__(self) -> None:
        self._ids: defaultdict[str, list[int]] = defaultdict(list)

    def add(self, key: str, record_id: int) -> None:
        if key and record_id not in self._ids[key]:
            self._ids[key].append(record_id)

    def remove(self, key: str, record_id: int) -> None:
        if record_id in self._ids.get(key, ()):
            self._ids[key].remove(record_id)

    def get(self, key: str) -> list[int]:
        return self._ids.get(key, []) if key else []


class Index:
    """The names an import's rows are looked up by; `note_*` adds what the import wrote."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._tax, self._name, self._legal = _Keys(), _Keys(), _Keys()
        self._accounts: dict[int, tuple[str, str, str]] = {}
        self._staff_name, self._staff_email = _Keys(), _Keys()
        self._groups = _Keys()
        self._contacts: dict[int, tuple[_Keys, _Keys]] = {}
        self._brands: dict[int, _Keys] = {}
        self._products: dict[int, _Keys] = {}
        self._vendors: tuple[_Keys, _Keys] | None = None
        s = uow.session
        rows = s.execute(select(Account.id, Account.tax_id, Account.trade_name, Account.legal_name))
        for account_id, tax_id, trade_name, legal_name in rows:
            self.note_account(account_id, tax_id or "", trade_name, legal_name or "")
        for staff_id, name, email in s.execute(select(Staff.id, Staff.full_name, Staff.email)):
            self.note_staff(staff_id, name, email or "")
        for group_id, name in s.execute(select(AccountGroup.id, AccountGroup.name)):
            self._groups.add(fold(name.strip()), group_id)

    # --- accounts ------------------------------------------------------------------------

    def note_account(self, account_id: int, tax_id: str, trade_name: str, legal_name: str) -> None:
        """An account as it is now (an update replaces the keys it had)."""
        old = self._accounts.get(account_id)
        if old is not None:
            self._tax.remove(old[0], account_id)
            self._name.remove(old[1], account_id)
            self._legal.remove(old[2], account_id)
        keys = (v.normalise_tax_id(tax_id), sort_key(trade_name), _lower(legal_name))
        self._accounts[account_id] = keys
        self._tax.add(keys[0], account_id)
        self._name.add(keys[1], account_id)
        self._legal.add(keys[2], account_id)

    def account(self, text: str) -> int | None:
        """An account by its tax ID, else by its trade or legal name (accents and case aside)."""
        found = self._tax.get(v.normalise_tax_id(text))
        if found:
            return _one(found)
        return _one(self._name.get(sort_key(text)) or self._legal.get(_lower(text)))

    def duplicate_account(self, tax_id: str, trade_name: str) -> int | None:
        """The account a new one would repeat: the same tax ID, or without one the same name."""
        normalised = v.normalise_tax_id(tax_id)
        found = self._tax.get(normalised) if normalised else self._name.get(sort_key(trade_name))
        return min(found, default=None)

    # --- people and groups ---------------------------------------------------------------

    def note_staff(self, staff_id: int, name: str, email: str) -> None:
        self._staff_name.add(sort_key(name), staff_id)
        self._staff_email.add(_lower(email), staff_id)

    def staff(self, text: str) -> int | None:
        """A person by e-mail or by name."""
        return _one([*self._staff_email.get(_lower(text)), *self._staff_name.get(sort_key(text))])

    def duplicate_staff(self, name: str, email: str) -> int | None:
        found = [*self._staff_name.get(sort_key(name)), *self._staff_email.get(_lower(email))]
        return min(found, default=None)

    def group(self, text: str) -> int | None:
        return min(self._groups.get(fold(text.strip())), default=None)

    # --- an account's contacts and brands, read the first time a row names the account ------

    def _contacts_of(self, account_id: int) -> tuple[_Keys, _Keys]:
        if account_id not in self._contacts:
            names, emails = _Keys(), _Keys()
            stmt = select(Contact.id, Contact.full_name, Contact.email).where(
                Contact.account_id == account_id
            )
            for contact_id, name, email in self._uow.session.execute(stmt):
                names.add(_lower(name), contact_id)
                emails.add(_lower(email), contact_id)
            self._contacts[account_id] = (names, emails)
        return self._contacts[account_id]

    def note_contact(self, account_id: int, contact_id: int, name: str, email: str) -> None:
        names, emails = self._contacts_of(account_id)
        names.add(_lower(name), contact_id)
        emails.add(_lower(email), contact_id)

    def duplicate_contact(self, account_id: int, name: str, email: str) -> int | None:
        names, emails = self._contacts_of(account_id)
        return min([*names.get(_lower(name)), *emails.get(_lower(email))], default=None)

    def _brands_of(self, account_id: int) -> _Keys:
        if account_id not in self._brands:
            keys = _Keys()
            stmt = select(Brand.id, Brand.name).where(Brand.account_id == account_id)
            for brand_id, name in self._uow.session.execute(stmt):
                keys.add(_lower(name), brand_id)
            self._brands[account_id] = keys
        return self._brands[account_id]

    def note_brand(self, account_id: int, brand_id: int, name: str) -> None:
        self._brands_of(account_id).add(_lower(name), brand_id)

    def brand(self, account_id: int, name: str) -> int | None:
        return min(self._brands_of(account_id).get(_lower(name)), default=None)

    def _products_of(self, brand_id: int) -> _Keys:
        if brand_id not in self._products:
            keys = _Keys()
            stmt = select(Product.id, Product.name).where(Product.brand_id == brand_id)
            for product_id, name in self._uow.session.execute(stmt):
                keys.add(_lower(name), product_id)
            self._products[brand_id] = keys
        return self._products[brand_id]

    def note_product(self, brand_id: int, product_id: int, name: str) -> None:
        self._products_of(brand_id).add(_lower(name), product_id)

    def product(self, brand_id: int, name: str) -> int | None:
        return min(self._products_of(brand_id).get(_lower(name)), default=None)

    # --- the coordination area's vendors, read the first time a row asks -------------------

    def _vendors_known(self) -> tuple[_Keys, _Keys]:
        if self._vendors is None:
            from agencia.domain.coordination_models import Vendor

            taxes, names = _Keys(), _Keys()
            for vendor_id, tax_id, name in self._uow.session.execute(
                select(Vendor.id, Vendor.tax_id, Vendor.name)
            ):
                taxes.add(v.normalise_tax_id(tax_id or ""), vendor_id)
                names.add(sort_key(name), vendor_id)
            self._vendors = (taxes, names)
        return self._vendors

    def note_vendor(self, vendor_id: int, tax_id: str, name: str) -> None:
        taxes, names = self._vendors_known()
        taxes.add(v.normalise_tax_id(tax_id), vendor_id)
        names.add(sort_key(name), vendor_id)

    def duplicate_vendor(self, tax_id: str, name: str) -> int | None:
        """The vendor a new one would repeat: the same tax ID, or without one the same name."""
        taxes, names = self._vendors_known()
        normalised = v.normalise_tax_id(tax_id)
        return min(taxes.get(normalised) if normalised else names.get(sort_key(name)), default=None)
