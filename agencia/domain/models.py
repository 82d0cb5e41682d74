"""The mapped classes of the accounts area and the agency's team.

Relationships are `lazy="raise"`: services load what they need explicitly, so a
forgotten eager load fails in the tests instead of in front of a user.

Only these core classes load here: the first page of accounts needs nothing else, and
each area's models (campaign_models, service_models, ...) load with the area's services.
Whoever needs the whole schema (Alembic, merging accounts, exporting everything) imports
agencia.db.metadata, which loads every model module.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from agencia.domain.changes import ChangeKind
from agencia.domain.enums import (
    AccountStatus,
    AssignmentRole,
    AuditAction,
    Channel,
    ContactRole,
    Department,
    Role,
    TitleGender,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored in UTC and always handed back time-zone aware (SQLite forgets)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _enum(kind: type[enum.Enum], length: int = 32) -> SAEnum:
    return SAEnum(
        kind,
        native_enum=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    """The mapped classes' base: one naming convention, so constraints are named alike on
    SQLite and PostgreSQL and migrations can find them."""

    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """Optimistic locking: a save over someone else's newer save raises StaleDataError."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class Agency(Versioned, Base):
    """The agency's profile and policy; one row. Edited by an administrator only."""

    __tablename__ = "agency"
    __change_kind__ = ChangeKind.AGENCY
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    legal_name: Mapped[str] = mapped_column(String(200), default="")
    tax_id: Mapped[str] = mapped_column(String(32), default="")
    locale: Mapped[str] = mapped_column(String(16), default="es_ES")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    about: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    primary_color: Mapped[str] = mapped_column(String(7), default="#1B4F9C")
    secondary_color: Mapped[str] = mapped_column(String(7), default="#E8663D")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # What the credentials deck says of the agency: a line under its name, what it offers
    # (one service a line), how it works with an account (steps in order, each a
    # {"title", "text"}), and the deck's type family (one of those shipped in resources/fonts).
    tagline: Mapped[str] = mapped_column(String(200), default="")
    services: Mapped[str] = mapped_column(Text, default="")
    process: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    deck_font: Mapped[str] = mapped_column(String(40), default="Lato")
    # The same texts in English, for English decks ("" where not written yet: the deck says
    # so before it is made), and the Spanish the agency writes (Spanish.SPAIN or LATAM).
    tagline_en: Mapped[str] = mapped_column(String(200), default="", server_default="")
    about_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    services_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    process_en: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    spanish: Mapped[str] = mapped_column(String(8), default="spain", server_default="spain")
    # Internal approval: a supervisor approves budgets up to the first threshold, a manager
    # up to the second, a director any amount.
    approval_threshold: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal(50000))
    manager_approval_threshold: Mapped[Decimal] = mapped_column(
        Numeric(14, 2), default=Decimal(150000)
    )
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # an IANA name (Europe/Madrid) for the deadlines and moments shown; "" is the machine's
    time_zone: Mapped[str] = mapped_column(String(64), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ExchangeRate(Versioned, Base):
    """What one unit of a currency is worth in the agency's currency from a day on, kept by
    the administrator: a budget in MXN is compared with thresholds in EUR through the rate
    in force on the campaign's date. A rate is never deleted (the trail shows which one an
    approval level came from); a later one supersedes it."""

    __tablename__ = "exchange_rates"
    __change_kind__ = ChangeKind.AGENCY
    __mapper_args__ = {"version_id_col": Versioned.version}
    __table_args__ = (UniqueConstraint("currency", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal] = mapped_column(Numeric(18, 8))
    valid_from: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AccountGroup(Versioned, Base):
    """Accounts grouped under a director."""

    __tablename__ = "account_groups"
    __change_kind__ = ChangeKind.GROUP
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    director_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", use_alter=True), index=True
    )

    director: Mapped[Staff | None] = relationship(foreign_keys=[director_id], lazy="raise")


class Staff(Versioned, Base):
    """A person of the agency's account team (or its administrator)."""

    __tablename__ = "staff"
    __change_kind__ = ChangeKind.STAFF
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(160))
    name_key: Mapped[str] = mapped_column(String(200), index=True, default="")
    role: Mapped[Role] = mapped_column(_enum(Role))
    title: Mapped[str] = mapped_column(String(120), default="")
    # the grammatical gender of the default title (Directora / Director de cuentas)
    title_gender: Mapped[TitleGender] = mapped_column(
        _enum(TitleGender, 16), default=TitleGender.MASCULINE, server_default="masculine"
    )
    department: Mapped[Department] = mapped_column(
        _enum(Department, 120), default=Department.ACCOUNTS
    )
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    extension: Mapped[str] = mapped_column(String(10), default="", server_default="")
    # an IANA name (America/Mexico_City); "" means the agency's
    time_zone: Mapped[str] = mapped_column(String(64), default="", server_default="")
    reports_to_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("account_groups.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    reports_to: Mapped[Staff | None] = relationship(
        remote_side=[id], foreign_keys=[reports_to_id], lazy="raise"
    )
    group: Mapped[AccountGroup | None] = relationship(foreign_keys=[group_id], lazy="raise")


class User(Versioned, Base):
    """A sign-in: login and argon2 hash, tied to one person."""

    __tablename__ = "users"
    __change_kind__ = ChangeKind.USER
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # set by a password reset: the next sign-in asks for a new password first
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    last_sign_in: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    staff: Mapped[Staff] = relationship(lazy="raise")


contact_brands = Table(
    "contact_brands",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("brand_id", ForeignKey("brands.id", ondelete="CASCADE"), primary_key=True),
)


class Account(Versioned, Base):
    """A client company: in advertising, an account *is* a client."""

    __tablename__ = "accounts"
    __change_kind__ = ChangeKind.ACCOUNT
    __mapper_args__ = {"version_id_col": Versioned.version}
    __table_args__ = (Index("ix_accounts_group_name", "group_id", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    trade_name: Mapped[str] = mapped_column(String(200))
    legal_name: Mapped[str] = mapped_column(String(200), default="")
    tax_id: Mapped[str] = mapped_column(String(32), default="", index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    sector: Mapped[str] = mapped_column(String(80), default="", index=True)
    status: Mapped[AccountStatus] = mapped_column(
        _enum(AccountStatus), default=AccountStatus.ACTIVE, index=True
    )
    group_id: Mapped[int | None] = mapped_column(ForeignKey("account_groups.id"), index=True)
    lead_executive_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    locale: Mapped[str] = mapped_column(String(16), default="")
    currency: Mapped[str] = mapped_column(String(3), default="")
    may_be_shown: Mapped[bool] = mapped_column(Boolean, default=False)
    website: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="ES")
    # an IANA name (America/Mexico_City) for its deadlines and meetings; "" is the agency's
    time_zone: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # the Spanish its decks speak (Spanish.SPAIN or LATAM); "" its country's, else the agency's
    spanish: Mapped[str] = mapped_column(String(8), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    name_key: Mapped[str] = mapped_column(String(200), index=True, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    parent: Mapped[Account | None] = relationship(remote_side=[id], lazy="raise")
    group: Mapped[AccountGroup | None] = relationship(lazy="raise")
    lead_executive: Mapped[Staff | None] = relationship(lazy="raise")
    brands: Mapped[list[Brand]] = relationship(
        back_populates="account", lazy="raise", order_by="Brand.name"
    )
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="account", lazy="raise", order_by="Contact.full_name"
    )
    assignments: Mapped[list[AccountAssignment]] = relationship(
        back_populates="account", lazy="raise", cascade="all, delete-orphan"
    )


class AccountAssignment(Base):
    """One person's part on one account's team."""

    __tablename__ = "account_assignments"
    __change_kind__ = ChangeKind.ACCOUNT
    __change_id__ = "account_id"
    __table_args__ = (
        UniqueConstraint("account_id", "staff_id"),
        # a person's accounts off the index alone (a director is on 33,000): migration 0015
        Index("ix_account_assignments_staff_account", "staff_id", "account_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    role: Mapped[AssignmentRole] = mapped_column(_enum(AssignmentRole))
    since: Mapped[date] = mapped_column(Date, default=date.today)

    account: Mapped[Account] = relationship(back_populates="assignments", lazy="raise")
    staff: Mapped[Staff] = relationship(lazy="raise")


class Brand(Versioned, Base):
    """A brand of an account; contacts and campaigns refer to it."""

    __tablename__ = "brands"
    __change_kind__ = ChangeKind.BRAND
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    description: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    account: Mapped[Account] = relationship(back_populates="brands", lazy="raise")
    products: Mapped[list[Product]] = relationship(
        back_populates="brand", lazy="raise", order_by="Product.name"
    )


class Product(Versioned, Base):
    """A product of a brand, which a campaign may name."""

    __tablename__ = "products"
    __change_kind__ = ChangeKind.PRODUCT
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brands.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    brand: Mapped[Brand] = relationship(back_populates="products", lazy="raise")


class Contact(Versioned, Base):
    """The client's counterpart: who we talk to at the account, and about which brands."""

    __tablename__ = "contacts"
    __change_kind__ = ChangeKind.CONTACT
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(160))
    position: Mapped[str] = mapped_column(String(160), default="")
    contact_role: Mapped[ContactRole] = mapped_column(_enum(ContactRole), default=ContactRole.OTHER)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    mobile: Mapped[str] = mapped_column(String(40), default="")
    preferred_channel: Mapped[Channel] = mapped_column(_enum(Channel), default=Channel.EMAIL)
    # What letters, couriers and faxes need, and when the client likes to be called
    # ("09:00-14:00", in the account's time zone; `domain/contact_hours.py`). Migration 0017.
    fax: Mapped[str] = mapped_column(String(40), default="", server_default="")
    postal_address: Mapped[str] = mapped_column(String(400), default="", server_default="")
    preferred_hours: Mapped[str] = mapped_column(String(40), default="", server_default="")
    decision_maker: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    account: Mapped[Account] = relationship(back_populates="contacts", lazy="raise")
    brands: Mapped[list[Brand]] = relationship(secondary=contact_brands, lazy="raise")


class AuditEvent(Base):
    """The trail: who changed what, when, and which fields (old → new)."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_entity", "entity", "entity_id"),
        Index("ix_audit_events_account", "account_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    login: Mapped[str] = mapped_column(String(80), default="")
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    account_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[AuditAction] = mapped_column(_enum(AuditAction))
    summary: Mapped[str] = mapped_column(String(300), default="")
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
