"""The account page's read: one account with its brands, contacts, team, trail and the
accounts it names (parent, subsidiaries, the same tax ID), in six plain statements.

It was twelve ORM statements with eager loaders: ~50 ms of Python per page for ~4 ms of
SQL on the large demo (building aliases of `Staff`, the loaders' cache keys, the
identity map), and on the reader pool beside the window that Python took the
interpreter's lock from the GUI thread. Here the statements are Core selects built once
(per kind of person asking: the visibility filter names them) and rows go straight into
the read models. What the person may see is the same rule as everywhere
(`access.visible_clause`); how the account relates to them is `access.relation`'s rule,
answered from the team this read fetches anyway rather than with a statement of its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import (
    BindParameter,
    Label,
    Select,
    Table,
    bindparam,
    literal_column,
    select,
    union_all,
)

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.enums import Role
from agencia.domain.errors import NotFound, PermissionDenied
from agencia.domain.models import (
    Account,
    AccountAssignment,
    AccountGroup,
    AuditEvent,
    Brand,
    Contact,
    Product,
    Staff,
    contact_brands,
)
from agencia.domain.permissions import Action, Scope, allowed
from agencia.services.accounts import access
from agencia.services.accounts.views import (
    AccountDetail,
    BrandView,
    ContactView,
    HistoryEntry,
    ProductView,
    TeamMember,
)

HISTORY_LIMIT = 200  # the newest entries of the account's trail on its page
PART_ORDER = {
    p: n
    for n, p in enumerate(["director", "supervisor", "lead_executive", "executive", "assistant"])
}

_accounts = cast(Table, Account.__table__)
_lead = cast(Table, Staff.__table__).alias("lead")
_who = cast(Table, Staff.__table__).alias("who")
_account_id: BindParameter[int] = bindparam("account_id")

_ACCOUNT = (
    select(
        Account.id,
        Account.trade_name,
        Account.legal_name,
        Account.tax_id,
        Account.parent_id,
        Account.sector,
        Account.status,
        Account.group_id,
        AccountGroup.name,
        Account.lead_executive_id,
        _lead.c.full_name,
        Account.locale,
        Account.currency,
        Account.may_be_shown,
        Account.website,
        Account.phone,
        Account.email,
        Account.address,
        Account.city,
        Account.country,
        Account.time_zone,
        Account.spanish,
        Account.notes,
        Account.version,
        Account.created_at,
        Account.updated_at,
        Account.logo,
    )
    .select_from(_accounts)
    .outerjoin(AccountGroup, AccountGroup.id == Account.group_id)
    .outerjoin(_lead, _lead.c.id == Account.lead_executive_id)
    .where(Account.id == _account_id)
)

_TEAM = (
    select(
        AccountAssignment.staff_id,
        Staff.full_name,
        Staff.role,
        Staff.title,
        AccountAssignment.role,
        Staff.title_gender,
    )
    .join(Staff, Staff.id == AccountAssignment.staff_id)
    .where(AccountAssignment.account_id == _account_id)
)

# a brand without products comes once, with NULLs for the product
_BRANDS = (
    select(
        Brand.id,
        Brand.name,
        Brand.description,
        Brand.active,
        Brand.version,
        Brand.logo,
        Product.id,
        Product.name,
        Product.description,
        Product.active,
        Product.version,
    )
    .outerjoin(Product, Product.brand_id == Brand.id)
    .where(Brand.account_id == _account_id)
    .order_by(Brand.name, Brand.id, Product.name, Product.id)
)

# what a contact's view takes straight from the contact, in the order the page reads it
_CONTACT_COLUMNS = (
    Contact.id,
    Contact.account_id,
    Contact.full_name,
    Contact.position,
    Contact.contact_role,
    Contact.email,
    Contact.phone,
    Contact.mobile,
    Contact.preferred_channel,
    Contact.decision_maker,
    Contact.active,
    Contact.notes,
    Contact.version,
    Contact.fax,
    Contact.postal_address,
    Contact.preferred_hours,
)
_CONTACT_FIELDS = tuple(c.key for c in _CONTACT_COLUMNS)

# a contact once per brand it is about (once with NULLs when about none)
_brand_of_contact = cast(Table, Brand.__table__).alias("about")
_CONTACTS = (
    select(*_CONTACT_COLUMNS, _brand_of_contact.c.id, _brand_of_contact.c.name)
    .outerjoin(contact_brands, contact_brands.c.contact_id == Contact.id)
    .outerjoin(_brand_of_contact, _brand_of_contact.c.id == contact_brands.c.brand_id)
    .where(Contact.account_id == _account_id)
    .order_by(Contact.full_name, Contact.id, _brand_of_contact.c.name, _brand_of_contact.c.id)
)

_HISTORY = (
    select(
        AuditEvent.at,
        _who.c.full_name,
        AuditEvent.login,
        AuditEvent.entity,
        AuditEvent.entity_id,
        AuditEvent.action,
        AuditEvent.summary,
        AuditEvent.changes,
    )
    .outerjoin(_who, _who.c.id == AuditEvent.staff_id)
    .where(AuditEvent.account_id == _account_id)
    .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    .limit(HISTORY_LIMIT)
)


@lru_cache(maxsize=16)
def _related(role: Role, staff_id: int | None, group_id: int | None) -> Select[Any]:
    """The accounts the page names — its parent ("p"), its subsidiaries ("s") and those
    with the same tax ID ("t") — that this kind of person may see, in one statement.
    Built once per (role, person, group): the visibility filter carries their ids."""
    actor = Actor(None, staff_id, "", "", role, group_id)
    visible = access.visible_clause(actor, few=True)

    def part(kind: str, *where: Any) -> Select[Any]:
        # the kind written into the SQL, not bound: a server types no bare parameter
        label: Label[str] = literal_column(f"'{kind}'").label("kind")
        return select(label, Account.id, Account.trade_name, Account.name_key).where(
            *where, visible
        )

    merged = union_all(
        part("p", Account.id == bindparam("parent_id")),
        part("s", Account.parent_id == _account_id),
        part(
            "t",
            Account.tax_id == bindparam("tax_id"),
            Account.id != _account_id,
            Account.tax_id != "",
        ),
    ).subquery()
    return select(merged.c.kind, merged.c.id, merged.c.trade_name).order_by(
        merged.c.name_key, merged.c.id
    )


def get_account(db: Database, actor: Actor, account_id: int) -> AccountDetail:
    """The account page; NotFound, or PermissionDenied when `actor` may not see it."""
    with unit_of_work(db, actor, write=False) as uow:
        return load_detail(uow, account_id)


def load_detail(uow: UnitOfWork, account_id: int) -> AccountDetail:
    run = uow.session.connection().execute
    key = {"account_id": account_id}
    a = run(_ACCOUNT, key).first()
    if a is None:
        raise NotFound("account.not_found", id=account_id)
    team_rows = run(_TEAM, key).all()
    actor = uow.actor
    reach = _reach(actor, a.lead_executive_id, a.group_id, {r[0] for r in team_rows})
    if not allowed(actor.role, Action.SEE_ACCOUNTS, reach):
        raise PermissionDenied("account.not_visible", id=account_id)
    related = run(
        _related(actor.role, actor.staff_id, actor.group_id),
        {"account_id": account_id, "parent_id": a.parent_id, "tax_id": a.tax_id},
    ).all()
    named: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for kind, other_id, name in related:
        named[kind].append((other_id, name))
    parent = named["p"]
    return AccountDetail(
        id=a.id,
        trade_name=a.trade_name,
        legal_name=a.legal_name,
        tax_id=a.tax_id,
        parent_id=a.parent_id,
        parent_name=parent[0][1] if parent else "",
        sector=a.sector,
        status=a.status,
        group_id=a.group_id,
        group=a[8] or "",
        lead_executive_id=a.lead_executive_id,
        lead_executive=a[10] or "",
        locale=a.locale,
        currency=a.currency,
        may_be_shown=a.may_be_shown,
        website=a.website,
        phone=a.phone,
        email=a.email,
        address=a.address,
        city=a.city,
        country=a.country,
        time_zone=a.time_zone,
        spanish=a.spanish,
        notes=a.notes,
        version=a.version,
        created_at=a.created_at,
        updated_at=a.updated_at,
        brands=_brands(run(_BRANDS, key)),
        contacts=_contacts(run(_CONTACTS, key)),
        team=_team(team_rows),
        history=tuple(
            HistoryEntry(
                at=r[0],
                who=r[1] or r[2],
                entity=r[3],
                entity_id=r[4],
                action=r[5],
                summary=r[6],
                changes=dict(r[7] or {}),
            )
            for r in run(_HISTORY, key)
        ),
        subsidiaries=tuple(named["s"]),
        same_tax_id=tuple(named["t"]),
        can_edit=allowed(actor.role, Action.EDIT_ACCOUNT, reach),
        logo=a.logo,
    )


def _reach(actor: Actor, lead_id: int | None, group_id: int | None, team: set[int]) -> Scope:
    """`access.relation` for the person asking, from rows already read: ASSIGNED when
    they lead the account or are on its team, GROUP when it is in their group."""
    if actor.staff_id is not None and (lead_id == actor.staff_id or actor.staff_id in team):
        return Scope.ASSIGNED
    if actor.group_id is not None and group_id == actor.group_id:
        return Scope.GROUP
    return Scope.ALL


def _team(rows: Any) -> tuple[TeamMember, ...]:
    members = (
        TeamMember(staff_id=r[0], name=r[1], role=r[2], title=r[3], part=r[4], title_gender=r[5])
        for r in rows
    )
    return tuple(sorted(members, key=lambda t: (PART_ORDER.get(t.part.value, 9), t.name)))


def _grouped(rows: Iterable[Any], split: int) -> Iterable[tuple[Any, list[Any]]]:
    """Rows of records outer-joined to their parts, in the rows' order: each record once
    (the columns before `split` of its first row), with the part (the columns from
    `split` on) of each of its rows that has one."""
    found: dict[Any, tuple[Any, list[Any]]] = {}
    for r in rows:
        record = found.get(r[0])
        if record is None:
            record = found[r[0]] = (r[:split], [])
        if r[split] is not None:
            record[1].append(r[split:])
    return found.values()


def _brands(rows: Iterable[Any]) -> tuple[BrandView, ...]:
    return tuple(
        BrandView(
            id=b[0],
            name=b[1],
            description=b[2],
            active=b[3],
            version=b[4],
            logo=b[5],
            products=tuple(
                ProductView(id=p[0], name=p[1], description=p[2], active=p[3], version=p[4])
                for p in products
            ),
        )
        for b, products in _grouped(rows, 6)
    )


def _contacts(rows: Iterable[Any]) -> tuple[ContactView, ...]:
    split = len(_CONTACT_FIELDS)
    return tuple(_contact(c, about) for c, about in _grouped(rows, split))


def _contact(values: Sequence[Any], about: Iterable[Sequence[Any]]) -> ContactView:
    """The one builder of a contact's view, from the page's rows and from a loaded
    contact alike: its own fields in `_CONTACT_FIELDS`' order, its brands as (id, name)."""
    brands = list(about)
    return ContactView(
        **dict(zip(_CONTACT_FIELDS, values, strict=True)),
        brand_ids=tuple(b[0] for b in brands),
        brands=tuple(b[1] for b in brands),
    )


def contact_view(c: Contact) -> ContactView:
    """A loaded contact (its brands with it) as the page shows it."""
    own = [getattr(c, field) for field in _CONTACT_FIELDS]
    return _contact(own, [(b.id, b.name) for b in c.brands])


def warm_account_page(db: Database, actor: Actor) -> int | None:
    """Read one account's page as `get_account` does and throw it away, so that the
    first page a person opens costs what the next ones do: SQLAlchemy compiles each
    statement the first time (and builds the person's `_related`), the file's pages
    come into the cache. Asked at idle by the accounts area; writes nothing. The account
    read, or None when the person sees none (or it went meanwhile)."""
    with unit_of_work(db, actor, write=False) as uow:
        first_part = access.visible_parts(actor)[0]  # off its own index, no sort
        account_id = uow.session.scalar(select(Account.id).where(first_part).limit(1))
        if account_id is None:
            return None
        try:
            load_detail(uow, account_id)
        except (NotFound, PermissionDenied):
            return None
    return int(account_id)
