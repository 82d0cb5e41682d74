"""The accounts services on SQLite and PostgreSQL: search, lists, edits and their trail."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from factories import Agency, add_account, audit_events, small_agency
from sql_statements import statements

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import AccountStatus, AuditAction, Channel, ContactRole
from agencia.domain.errors import Conflict, DomainError, PermissionDenied, ValidationError
from agencia.services.accounts import queries as svc
from agencia.services.accounts.account_edit import (
    AccountInput,
    create_account,
    input_from_detail,
    set_account_active,
    update_account,
)
from agencia.services.accounts.brands import add_product, save_brand, update_product
from agencia.services.accounts.contacts import ContactInput, save_contact, set_contact_active
from agencia.services.accounts.queries import AccountQuery
from agencia.services.accounts.tax_ids import tax_id_duplicates
from agencia.services.agency.hierarchy import hierarchy, reassign_account


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def _version(agency: Agency, key: str = "coca") -> int:
    return svc.get_account(agency.db, SYSTEM, agency.accounts[key]).version


def names(agency: Agency, ids: list[int]) -> list[str]:
    by_id = {v: k for k, v in agency.accounts.items()}
    return [by_id[i] for i in ids if i in by_id]


# -- search ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Coca-Cola", ["coca"]),
        ("coca cola", ["coca"]),
        ("cocacola", ["coca"]),
        ("COCA", ["coca"]),
        ("L'Oréal", ["loreal"]),
        ("l'oreal", ["loreal"]),
        ("loreal", ["loreal"]),
        ("oréal españa", ["loreal"]),
        ("AT&T", ["att"]),
        ("at&t comunicaciones", ["att"]),
        ("garcia", ["garcia"]),
        ("GARCÍA hermanos", ["garcia"]),
        ("sevi", ["garcia"]),  # a prefix of the city
        ("B86561412", ["coca"]),  # the tax ID
        ("zero", ["coca"]),  # a brand
        ("\"'*()&-", []),  # punctuation only: no word to look for, nothing found
        ("nadie", []),
    ],
)
def test_search_quotes_words_and_ignores_accents(
    agency: Agency, typed: str, expected: list[str]
) -> None:
    ids = svc.search_account_ids(agency.db, agency.admin, AccountQuery(text=typed))
    assert names(agency, ids) == expected


def test_filters_are_applied_in_sql(agency: Agency) -> None:
    db, admin = agency.db, agency.admin
    by = lambda **kw: names(agency, svc.search_account_ids(db, admin, AccountQuery(**kw)))  # noqa: E731
    assert by(status=AccountStatus.PAUSED) == ["loreal"]
    assert by(group_id=agency.groups["servicios"]) == ["andino"]
    assert by(executive_id=agency.staff["laura"]) == ["att"]
    assert by(sector="Bebidas") == ["garcia", "coca"]
    assert by(sector="Bebidas", text="coca") == ["coca"]
    alvaro = agency.actor("alvaro")
    mine = names(agency, svc.search_account_ids(db, alvaro, AccountQuery(mine=True)))
    assert sorted(mine) == ["coca", "garcia", "loreal"]


@pytest.mark.parametrize("sort", svc.SORTS)
def test_every_sort_runs_and_descending_reverses_it(agency: Agency, sort: str) -> None:
    up = svc.search_account_ids(agency.db, agency.admin, AccountQuery(sort=sort))
    down = svc.search_account_ids(agency.db, agency.admin, AccountQuery(sort=sort, descending=True))
    assert sorted(up) == sorted(agency.accounts.values())
    assert down == up[::-1]  # ties broken by id, also reversed


def test_name_sort_ignores_accents_and_case(agency: Agency) -> None:
    ids = svc.search_account_ids(agency.db, agency.admin, AccountQuery(sort="name"))
    assert names(agency, ids) == ["att", "andino", "garcia", "coca", "loreal"]
    ids = svc.search_account_ids(
        agency.db, agency.admin, AccountQuery(sort="name", descending=True)
    )
    assert names(agency, ids) == ["loreal", "coca", "garcia", "andino", "att"]


def test_rows_come_in_the_order_asked_and_only_visible(agency: Agency) -> None:
    ids = list(agency.accounts.values())[::-1]
    rows = svc.account_rows(agency.db, agency.admin, ids)
    assert [r.id for r in rows] == ids
    trainee = agency.actor("pablo")  # on Coca-Cola's team only
    rows = svc.account_rows(agency.db, trainee, ids)
    assert [r.id for r in rows] == [agency.accounts["coca"]]
    assert svc.account_rows(agency.db, trainee, []) == []


@pytest.mark.parametrize(
    "query",
    [
        AccountQuery(),
        AccountQuery(sort="group", descending=True),
        AccountQuery(sort="lead_executive"),
        AccountQuery(text="co", sort="city", descending=True),
        AccountQuery(group_id=0, sort="status"),
    ],
)
def test_the_whole_list_is_one_query_in_display_order(agency: Agency, query: AccountQuery) -> None:
    if query.group_id == 0:
        query = replace(query, group_id=agency.groups["consumo"])
    lucia = agency.actor("lucia")
    expected = svc.account_rows(agency.db, lucia, svc.search_account_ids(agency.db, lucia, query))
    with statements(agency.db.reader, leave_out=()) as seen:
        rows = svc.list_accounts(agency.db, lucia, query)
    assert rows == expected and rows
    assert len([s for s in seen if s.upper().startswith("SELECT")]) == 1


def test_account_options_for_pickers(agency: Agency) -> None:
    found = svc.account_options(agency.db, agency.admin, "co", 10)
    assert [o.label for o in found] == ["AT&T", "Coca-Cola"]  # "comunicaciones", "coca"
    found = svc.account_options(agency.db, agency.admin, "", 2)
    assert len(found) == 2
    found = svc.account_options(agency.db, agency.admin, "coca", 10, agency.accounts["coca"])
    assert found == []


# -- export ----------------------------------------------------------------------------


def test_export_writes_excel_friendly_csv(agency: Agency, tmp_path: Path) -> None:
    db = agency.db
    add_account(db, '=HYPERLINK("x")', group_id=agency.groups["consumo"], city="Bilbao")
    target = tmp_path / "cuentas.csv"
    count = svc.export_accounts_csv(
        db,
        agency.admin,
        AccountQuery(sort="name"),
        target,
        delimiter=";",
        headers=[
            "Nombre",
            "Razón social",
            "NIF",
            "Estado",
            "Sector",
            "Grupo",
            "Ejecutivo",
            "Ciudad",
            "País",
        ],
        status_labels={"active": "Activa", "paused": "En pausa", "prospect": "Prospecto"},
    )
    assert count == 6
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents right
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:4] == ["Nombre", "Razón social", "NIF", "Estado"]
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["L'Oréal"][3] == "En pausa"
    assert by_name["AT&T"][2] == "ACD010101AB1"
    assert by_name["Coca-Cola"][6] == "Álvaro García Rubio"
    assert '\'=HYPERLINK("x")' in by_name  # a formula is written as text
    assert not list(tmp_path.glob("*.part"))


def test_export_to_an_unwritable_place_says_so(agency: Agency, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "cuentas.csv"
    with pytest.raises(DomainError) as refused:
        svc.export_accounts_csv(agency.db, agency.admin, AccountQuery(), target)
    assert refused.value.code == "db.write_failed"
    assert not target.exists()


# -- creating and editing: every write leaves its trail -------------------------------


def test_create_account_audits_the_fields_it_set(agency: Agency) -> None:
    db = agency.db
    lucia = agency.actor("lucia")
    result = create_account(
        db, lucia, AccountInput(trade_name="  Moda Ágora ", sector="Retail", city="Madrid")
    )
    events = audit_events(db, "account", result.id)
    assert [e.action for e in events] == [AuditAction.CREATE]
    event = events[0]
    assert event.staff_id == agency.staff["lucia"]
    assert event.account_id == result.id
    assert event.changes["trade_name"] == [None, "Moda Ágora"]
    assert event.changes["sector"] == [None, "Retail"]
    assert event.changes["group_id"] == [None, agency.groups["consumo"]]
    detail = svc.get_account(db, lucia, result.id)
    assert detail.trade_name == "Moda Ágora"
    assert detail.lead_executive_id == agency.staff["lucia"]  # the creator leads it


def test_update_audits_only_what_changed_as_old_and_new(agency: Agency) -> None:
    db, alvaro = agency.db, agency.actor("alvaro")
    account_id = agency.accounts["coca"]
    detail = svc.get_account(db, alvaro, account_id)
    before = len(audit_events(db, "account", account_id))
    changed = replace(
        input_from_detail(detail), phone="+34 91 000 00 00", status=AccountStatus.PAUSED
    )
    result = update_account(db, alvaro, account_id, changed, detail.version)
    assert result.version == detail.version + 1
    events = audit_events(db, "account", account_id)
    assert len(events) == before + 1
    assert events[-1].action == AuditAction.UPDATE
    assert events[-1].changes == {
        "phone": ["", "+34 91 000 00 00"],
        "status": ["active", "paused"],
    }
    history = svc.get_account(db, alvaro, account_id).history
    assert history[0].changes == events[-1].changes  # newest first, as the page shows it
    assert history[0].who == "Álvaro García Rubio"


def test_saving_the_same_values_changes_nothing(agency: Agency) -> None:
    db, alvaro = agency.db, agency.actor("alvaro")
    account_id = agency.accounts["loreal"]
    detail = svc.get_account(db, alvaro, account_id)
    before = len(audit_events(db))
    result = update_account(db, alvaro, account_id, input_from_detail(detail), detail.version)
    assert result.version == detail.version
    assert len(audit_events(db)) == before


def test_undo_is_an_audited_edit_back_to_the_old_values(agency: Agency) -> None:
    db, alvaro = agency.db, agency.actor("alvaro")
    account_id = agency.accounts["coca"]
    detail = svc.get_account(db, alvaro, account_id)
    previous = input_from_detail(detail)
    edited = update_account(
        db, alvaro, account_id, replace(previous, city="Barcelona"), detail.version
    )
    update_account(db, alvaro, account_id, previous, edited.version)
    assert svc.get_account(db, alvaro, account_id).city == "Madrid"
    changes = [e.changes for e in audit_events(db, "account", account_id)][-2:]
    assert changes == [{"city": ["Madrid", "Barcelona"]}, {"city": ["Barcelona", "Madrid"]}]


def test_a_stale_version_is_a_conflict_and_writes_nothing(agency: Agency) -> None:
    db, alvaro = agency.db, agency.actor("alvaro")
    account_id = agency.accounts["coca"]
    detail = svc.get_account(db, alvaro, account_id)
    update_account(
        db, alvaro, account_id, replace(input_from_detail(detail), city="Bilbao"), detail.version
    )
    before = len(audit_events(db))
    with pytest.raises(Conflict):
        update_account(
            db, alvaro, account_id, replace(input_from_detail(detail), city="Cádiz"), detail.version
        )
    assert svc.get_account(db, alvaro, account_id).city == "Bilbao"
    assert len(audit_events(db)) == before


def test_bad_input_gives_field_errors_and_writes_nothing(agency: Agency) -> None:
    db, lucia = agency.db, agency.actor("lucia")
    before_ids = svc.search_account_ids(db, SYSTEM, AccountQuery())
    before_events = len(audit_events(db))
    with pytest.raises(ValidationError) as refused:
        create_account(
            db, lucia, AccountInput(trade_name=" ", email="no-es-correo", currency="euros")
        )
    assert refused.value.field_errors == {
        "trade_name": ("field.required", {}),
        "email": ("field.email", {}),
        "currency": ("field.currency", {}),
    }
    assert "Nombre comercial: Este campo es obligatorio" in str(refused.value)
    with pytest.raises(ValidationError) as refused:  # found only inside the transaction
        create_account(db, SYSTEM, AccountInput(trade_name="Huérfana", parent_id=999_999))
    assert refused.value.field_errors["parent_id"][0] == "account.not_found"
    assert svc.search_account_ids(db, SYSTEM, AccountQuery()) == before_ids
    assert len(audit_events(db)) == before_events


def test_an_account_is_not_its_own_parent(agency: Agency) -> None:
    db = agency.db
    account_id = agency.accounts["coca"]
    detail = svc.get_account(db, SYSTEM, account_id)
    with pytest.raises(ValidationError) as refused:
        update_account(
            db,
            SYSTEM,
            account_id,
            replace(input_from_detail(detail), parent_id=account_id),
            detail.version,
        )
    assert refused.value.field_errors == {"parent_id": ("field.parent_self", {})}


def test_parent_and_subsidiaries(agency: Agency) -> None:
    db = agency.db
    child = add_account(
        db,
        "Coca-Cola Zero Sugar",
        parent_id=agency.accounts["coca"],
        group_id=agency.groups["consumo"],
    )
    parent = svc.get_account(db, SYSTEM, agency.accounts["coca"])
    assert parent.subsidiaries == ((child, "Coca-Cola Zero Sugar"),)
    assert svc.get_account(db, SYSTEM, child).parent_name == "Coca-Cola"


def test_parent_and_subsidiaries_only_as_far_as_the_person_sees(agency: Agency) -> None:
    """Banco Andino (Servicios) owns a Gran Consumo account: each director sees the link
    only from their own side, and no name from the other group."""
    db = agency.db
    andino = agency.accounts["andino"]
    filial = add_account(db, "Filial Andina", parent_id=andino, group_id=agency.groups["consumo"])
    seen_by_lucia = svc.get_account(db, agency.actor("lucia"), filial)
    assert seen_by_lucia.parent_id == andino  # kept, so that saving her edits keeps it
    assert seen_by_lucia.parent_name == ""
    assert svc.get_account(db, agency.actor("andres"), andino).subsidiaries == ()
    assert svc.get_account(db, SYSTEM, andino).subsidiaries == ((filial, "Filial Andina"),)
    assert svc.get_account(db, SYSTEM, filial).parent_name == "Banco Andino"


def test_a_parent_the_person_cannot_see_is_refused(agency: Agency) -> None:
    db, lucia = agency.db, agency.actor("lucia")
    andino = agency.accounts["andino"]
    detail = svc.get_account(db, lucia, agency.accounts["coca"])
    before = len(audit_events(db))
    with pytest.raises(ValidationError) as refused:
        update_account(
            db,
            lucia,
            detail.id,
            replace(input_from_detail(detail), parent_id=andino),
            detail.version,
        )
    assert refused.value.field_errors == {"parent_id": ("account.not_found", {"id": andino})}
    with pytest.raises(ValidationError) as refused:
        create_account(db, lucia, AccountInput(trade_name="Nueva", parent_id=andino))
    assert refused.value.field_errors["parent_id"][0] == "account.not_found"
    assert len(audit_events(db)) == before
    # a parent someone else chose stays when she edits the rest
    filial = add_account(db, "Filial Andina", parent_id=andino, group_id=agency.groups["consumo"])
    mine = svc.get_account(db, lucia, filial)
    update_account(db, lucia, filial, replace(input_from_detail(mine), city="Lima"), mine.version)
    assert svc.get_account(db, SYSTEM, filial).parent_id == andino


def test_a_subsidiary_cannot_become_the_parent(agency: Agency) -> None:
    """A → B → C: neither B nor C may become A's parent (the chain would go round)."""
    db, lucia = agency.db, agency.actor("lucia")
    a = agency.accounts["coca"]
    consumo = agency.groups["consumo"]
    b = add_account(db, "Coca-Cola Zero Sugar", parent_id=a, group_id=consumo)
    c = add_account(db, "Coca-Cola Light", parent_id=b, group_id=consumo)
    detail = svc.get_account(db, lucia, a)
    for descendant in (b, c):
        with pytest.raises(ValidationError) as refused:
            update_account(
                db,
                lucia,
                a,
                replace(input_from_detail(detail), parent_id=descendant),
                detail.version,
            )
        assert refused.value.field_errors == {"parent_id": ("field.parent_cycle", {})}
    sibling = svc.get_account(db, lucia, agency.accounts["garcia"])
    update_account(  # an account outside the chain is a fine parent
        db, lucia, sibling.id, replace(input_from_detail(sibling), parent_id=c), sibling.version
    )
    assert svc.get_account(db, lucia, sibling.id).parent_name == "Coca-Cola Light"


def test_moving_an_account_to_another_group_checks_its_lead(agency: Agency) -> None:
    """An administrator moves Coca-Cola to Servicios without touching its lead: Álvaro is
    of Gran Consumo, so the move is refused (a director reassigns it first)."""
    db, admin = agency.db, agency.admin
    detail = svc.get_account(db, admin, agency.accounts["coca"])
    moved = replace(input_from_detail(detail), group_id=agency.groups["servicios"])
    with pytest.raises(ValidationError) as refused:
        update_account(db, admin, detail.id, moved, detail.version)
    assert refused.value.field_errors["lead_executive_id"][0] == "reassign.other_group"
    assert svc.get_account(db, admin, detail.id).group_id == agency.groups["consumo"]
    # an account nobody leads moves freely
    free = add_account(db, "Sin ejecutivo", group_id=agency.groups["consumo"])
    loose = svc.get_account(db, admin, free)
    update_account(
        db, admin, free, replace(input_from_detail(loose), group_id=moved.group_id), loose.version
    )
    assert svc.get_account(db, admin, free).group == "Servicios y Tecnología"


def test_a_new_brand_does_not_make_an_open_account_form_stale(agency: Agency) -> None:
    """A brand feeds the account's search text, but is not an edit of the account: the
    form opened before it (or the undo of the last edit) still saves."""
    db, alvaro = agency.db, agency.actor("alvaro")
    account_id = agency.accounts["coca"]
    detail = svc.get_account(db, alvaro, account_id)
    save_brand(db, alvaro, account_id, "Sprite")
    aquarius = save_brand(db, alvaro, account_id, "Aquarius")
    save_brand(db, alvaro, account_id, "Aquarius Zero", brand_id=aquarius.id, version=1)
    assert svc.get_account(db, alvaro, account_id).version == detail.version
    update_account(
        db, alvaro, account_id, replace(input_from_detail(detail), city="Bilbao"), detail.version
    )
    for typed in ("sprite", "aquarius zero"):
        found = svc.search_account_ids(db, alvaro, AccountQuery(text=typed))
        assert found == [account_id]


def test_the_page_reads_in_six_statements_its_reach_from_its_team(agency: Agency) -> None:
    """The account page's read (`services/accounts/account_page.py`): the account with its
    group's and lead's names, its team (which also says how it relates to the person),
    the accounts it names, brands with products, contacts with their brands, the trail.
    It was twelve ORM statements, Python-bound on the reader beside the window."""
    marta = agency.actor("marta")
    with statements(agency.db.reader) as seen:
        detail = svc.get_account(agency.db, marta, agency.accounts["coca"])
    assert detail.group == "Gran Consumo" and detail.lead_executive == "Álvaro García Rubio"
    assert detail.can_edit
    assert len(seen) == 6, seen
    assert len([s for s in seen if "account_groups" in s]) == 1
    # no statement of its own for the reach: the team read answers it
    assert not [s for s in seen if s.startswith("SELECT account_assignments.id")]
    assert not [s for s in seen if s.startswith("SELECT staff.full_name")]


def test_the_page_refuses_and_offers_editing_as_the_access_rules_say(agency: Agency) -> None:
    """The page's own reach (from its team) against `access.require` on the same rows,
    for every person of the agency and every account."""
    from agencia.db.uow import unit_of_work
    from agencia.domain.models import Account
    from agencia.domain.permissions import Action, allowed
    from agencia.services.accounts import access

    db = agency.db
    checked = 0
    for who in agency.staff:
        actor = agency.actor(who)
        for account_id in agency.accounts.values():
            with unit_of_work(db, actor, write=False) as uow:
                account = uow.session.get(Account, account_id)
                assert account is not None
                try:
                    reach = access.require(uow, Action.SEE_ACCOUNTS, account)
                    expected: bool | None = allowed(actor.role, Action.EDIT_ACCOUNT, reach)
                except PermissionDenied:
                    expected = None
            try:
                got: bool | None = svc.get_account(db, actor, account_id).can_edit
            except PermissionDenied as refused:
                assert refused.code == "account.not_visible"
                got = None
            assert got == expected, (who, account_id)
            checked += 1
    assert checked > 20


def test_the_page_names_only_the_related_accounts_the_person_sees(agency: Agency) -> None:
    db, admin, lucia = agency.db, agency.admin, agency.actor("lucia")
    consumo, servicios = agency.groups["consumo"], agency.groups["servicios"]
    parent = add_account(db, "Matriz Andina", group_id=servicios)
    ours = add_account(db, "Filial Consumo", group_id=consumo, parent_id=parent)
    theirs = add_account(
        db, "Coca-Cola Andina", group_id=servicios, parent_id=parent, tax_id="B86561412"
    )
    seen_by_admin = svc.get_account(db, admin, parent)
    assert seen_by_admin.subsidiaries == ((theirs, "Coca-Cola Andina"), (ours, "Filial Consumo"))
    assert svc.get_account(db, admin, agency.accounts["coca"]).same_tax_id == (
        (theirs, "Coca-Cola Andina"),
    )
    assert svc.get_account(db, admin, ours).parent_name == "Matriz Andina"
    # Lucía (Gran Consumo) sees her group's accounts, not Servicios' beside them
    assert svc.get_account(db, lucia, agency.accounts["coca"]).same_tax_id == ()
    page = svc.get_account(db, lucia, ours)
    assert page.parent_id == parent and page.parent_name == ""


def test_the_warm_read_reads_one_page_the_person_sees_and_writes_nothing(
    agency: Agency,
) -> None:
    from agencia.services.accounts.account_page import warm_account_page

    lucia = agency.actor("lucia")
    with statements(agency.db.reader, agency.db.writer) as seen:
        warmed = warm_account_page(agency.db, lucia)
    assert warmed is not None
    assert svc.get_account(agency.db, lucia, warmed).group == "Gran Consumo"
    assert all(s.startswith("SELECT") for s in seen), seen
    assert len(seen) == 1 + 6  # which account, then the page's own six


def test_a_duplicate_tax_id_is_a_warning_not_a_refusal(agency: Agency) -> None:
    db, lucia = agency.db, agency.actor("lucia")
    result = create_account(
        db, lucia, AccountInput(trade_name="Coca-Cola Iberia", tax_id="b-86561412")
    )
    assert result.warnings == (
        ("account.tax_id_duplicate", {"name": "Coca-Cola", "id": agency.accounts["coca"]}),
    )
    assert tax_id_duplicates(db, lucia, "B 86561412") != []
    assert tax_id_duplicates(db, lucia, "B86561412", result.id) == [
        (agency.accounts["coca"], "Coca-Cola")
    ]
    assert svc.get_account(db, lucia, result.id).same_tax_id == (
        (agency.accounts["coca"], "Coca-Cola"),
    )


def test_deactivate_and_reactivate_are_audited(agency: Agency) -> None:
    db, alvaro = agency.db, agency.actor("alvaro")
    account_id = agency.accounts["garcia"]
    version = svc.get_account(db, alvaro, account_id).version
    version = set_account_active(db, alvaro, account_id, False, version).version
    assert svc.get_account(db, alvaro, account_id).status is AccountStatus.INACTIVE
    set_account_active(db, alvaro, account_id, True, version)
    events = audit_events(db, "account", account_id)[-2:]
    assert [e.action for e in events] == [AuditAction.DEACTIVATE, AuditAction.REACTIVATE]
    assert events[0].changes == {"status": ["prospect", "inactive"]}
    assert events[1].changes == {"status": ["inactive", "active"]}


# -- contacts, brands, products -----------------------------------------------------------


def test_contacts_are_saved_with_their_brands_and_audited(agency: Agency) -> None:
    db, alvaro = agency.db, agency.actor("alvaro")
    account_id = agency.accounts["coca"]
    data = ContactInput(
        full_name="Adrián Parra García",
        position="Director de Publicidad",
        contact_role=ContactRole.ADVERTISING_DIRECTOR,
        email="adrian@coca-cola.es",
        preferred_channel=Channel.PHONE,
        decision_maker=True,
        brand_ids=(agency.brands["coca"],),
    )
    created = save_contact(db, alvaro, account_id, data)
    edited = save_contact(
        db,
        alvaro,
        account_id,
        replace(
            data, brand_ids=(agency.brands["coca"], agency.brands["fanta"]), mobile="600 000 000"
        ),
        created.id,
        created.version,
    )
    contact = svc.get_account(db, alvaro, account_id).contacts[0]
    assert contact.brands == ("Coca-Cola Zero", "Fanta")
    assert contact.decision_maker and contact.preferred_channel is Channel.PHONE
    events = audit_events(db, "contact", created.id)
    assert [e.action for e in events] == [AuditAction.CREATE, AuditAction.UPDATE]
    assert events[0].changes["contact_role"] == [None, "advertising_director"]
    assert events[1].changes == {
        "mobile": ["", "600 000 000"],
        "brands": [["Coca-Cola Zero"], ["Coca-Cola Zero", "Fanta"]],
    }
    set_contact_active(db, alvaro, created.id, False)
    assert audit_events(db, "contact", created.id)[-1].changes == {"active": [True, False]}
    assert edited.version > created.version


def test_a_contact_with_another_accounts_brand_is_refused_whole(agency: Agency) -> None:
    db = agency.db
    other_brand = save_brand(db, SYSTEM, agency.accounts["andino"], "Andino Joven").id
    before = len(audit_events(db))
    with pytest.raises(ValidationError) as refused:
        save_contact(
            db,
            SYSTEM,
            agency.accounts["coca"],
            ContactInput(full_name="Sin Marca", brand_ids=(other_brand,)),
        )
    assert "brand_ids" in refused.value.field_errors
    assert svc.get_account(db, SYSTEM, agency.accounts["coca"]).contacts == ()
    assert len(audit_events(db)) == before


def test_contact_field_errors(agency: Agency) -> None:
    with pytest.raises(ValidationError) as refused:
        save_contact(
            agency.db,
            SYSTEM,
            agency.accounts["coca"],
            ContactInput(full_name="", email="@", phone="abc"),
        )
    assert set(refused.value.field_errors) == {"full_name", "email", "phone"}


def test_brands_and_products_are_audited_and_searchable(agency: Agency) -> None:
    db, alvaro = agency.db, agency.actor("alvaro")
    account_id = agency.accounts["garcia"]
    brand = save_brand(db, alvaro, account_id, "Alhambra Reserva", "Cerveza premium")
    save_brand(db, alvaro, account_id, "Alhambra 1925", "Cerveza premium", brand.id, brand.version)
    product = add_product(db, alvaro, brand.id, "Tercio")
    update_product(db, alvaro, product.id, "Tercio 33 cl", "Botella", product.version)
    detail = svc.get_account(db, alvaro, account_id)
    assert [(b.name, [p.name for p in b.products]) for b in detail.brands] == [
        ("Alhambra 1925", ["Tercio 33 cl"])
    ]
    assert [e.changes for e in audit_events(db, "brand", brand.id)] == [
        {"name": [None, "Alhambra Reserva"]},
        {"name": ["Alhambra Reserva", "Alhambra 1925"]},
    ]
    assert [e.changes for e in audit_events(db, "product", product.id)] == [
        {"name": [None, "Tercio"]},
        {"name": ["Tercio", "Tercio 33 cl"], "description": ["", "Botella"]},
    ]
    ids = svc.search_account_ids(db, alvaro, AccountQuery(text="alhambra 1925"))
    assert ids == [account_id]
    with pytest.raises(ValidationError):
        update_product(db, alvaro, product.id, "  ", "", product.version + 1)


def test_brand_product_and_contact_edits_never_overwrite_anothers(agency: Agency) -> None:
    """Two workstations edit the same record: the second save, made from the version it
    opened, is refused as a conflict instead of silently overwriting the first."""
    db, alvaro = agency.db, agency.actor("alvaro")
    account_id = agency.accounts["garcia"]
    brand = save_brand(db, alvaro, account_id, "Alhambra")
    product = add_product(db, alvaro, brand.id, "Tercio")
    contact = save_contact(db, alvaro, account_id, ContactInput(full_name="Ana Ruiz"))
    save_brand(db, alvaro, account_id, "Alhambra (A)", "", brand.id, brand.version)
    update_product(db, alvaro, product.id, "Tercio (A)", "", product.version)
    save_contact(
        db, alvaro, account_id, ContactInput(full_name="Ana (A)"), contact.id, contact.version
    )
    for stale in (
        lambda: save_brand(db, alvaro, account_id, "Alhambra (B)", "", brand.id, brand.version),
        lambda: update_product(db, alvaro, product.id, "Tercio (B)", "", product.version),
        lambda: save_contact(
            db, alvaro, account_id, ContactInput(full_name="Ana (B)"), contact.id, contact.version
        ),
    ):
        with pytest.raises(Conflict):
            stale()
    for without_version in (
        lambda: save_brand(db, alvaro, account_id, "Alhambra (C)", "", brand.id),
        lambda: save_contact(db, alvaro, account_id, ContactInput(full_name="C"), contact.id),
    ):
        with pytest.raises(ValueError):
            without_version()
    detail = svc.get_account(db, alvaro, account_id)
    assert [b.name for b in detail.brands] == ["Alhambra (A)"]
    assert [p.name for p in detail.brands[0].products] == ["Tercio (A)"]
    assert [c.full_name for c in detail.contacts] == ["Ana (A)"]


# -- the team --------------------------------------------------------------------------------


def test_hierarchy_lists_bosses_before_their_people(agency: Agency) -> None:
    people = hierarchy(agency.db, agency.actor("lucia"))
    order = [p.id for p in people]
    for person in people:
        if person.reports_to_id is not None:
            assert order.index(person.reports_to_id) < order.index(person.id)
    alvaro = next(p for p in people if p.id == agency.staff["alvaro"])
    assert [a.name for a in alvaro.accounts] == ["Cervezas García", "Coca-Cola", "L'Oréal"]
    raul = next(p for p in people if p.id == agency.staff["raul"])
    assert raul.accounts == ()  # Banco Andino is not Lucía's to see
    assert next(p for p in people if p.id == agency.staff["lucia"]).group == "Gran Consumo"


def test_reassign_moves_the_lead_and_is_audited(agency: Agency) -> None:
    db, lucia = agency.db, agency.actor("lucia")
    account_id = agency.accounts["coca"]
    version = svc.get_account(db, lucia, account_id).version
    reassign_account(db, lucia, account_id, agency.staff["laura"], version)
    detail = svc.get_account(db, lucia, account_id)
    assert detail.lead_executive_id == agency.staff["laura"]
    parts = {t.staff_id: t.part.value for t in detail.team}
    assert parts[agency.staff["laura"]] == "lead_executive"
    assert parts[agency.staff["alvaro"]] == "executive"
    event = audit_events(db, "account", account_id)[-1]
    assert event.action == AuditAction.REASSIGN
    assert event.changes == {"lead_executive": ["Álvaro García Rubio", "Laura Velázquez Gil"]}
    laura = next(p for p in hierarchy(db, lucia) if p.id == agency.staff["laura"])
    assert "Coca-Cola" in [a.name for a in laura.accounts]


def test_a_stale_reassignment_is_a_conflict_and_writes_nothing(agency: Agency) -> None:
    """The director drags Coca-Cola from the tree she loaded; meanwhile someone else has
    given it to Laura: her drag must not quietly undo that."""
    db, lucia = agency.db, agency.actor("lucia")
    account_id = agency.accounts["coca"]
    seen = next(p for p in hierarchy(db, lucia) if p.id == agency.staff["alvaro"])
    version = next(a.version for a in seen.accounts if a.id == account_id)
    reassign_account(db, lucia, account_id, agency.staff["laura"], version)
    before = len(audit_events(db))
    with pytest.raises(Conflict):
        reassign_account(db, lucia, account_id, agency.staff["marta"], version)
    assert svc.get_account(db, lucia, account_id).lead_executive_id == agency.staff["laura"]
    assert len(audit_events(db)) == before


@pytest.mark.parametrize("who", ["irene", "baja"])
def test_reassign_only_to_an_active_executive(agency: Agency, who: str) -> None:
    before = len(audit_events(agency.db))
    with pytest.raises(ValidationError) as refused:
        reassign_account(
            agency.db,
            agency.actor("lucia"),
            agency.accounts["coca"],
            agency.staff[who],
            _version(agency),
        )
    assert refused.value.field_errors["staff_id"][0] == "reassign.wrong_role"
    assert len(audit_events(agency.db)) == before


# -- who leads an account: a reassignment is a director's decision ---------------------


def test_an_executive_cannot_hand_an_account_to_someone_else_by_editing_it(
    agency: Agency,
) -> None:
    db, alvaro = agency.db, agency.actor("alvaro")
    detail = svc.get_account(db, alvaro, agency.accounts["coca"])
    before = len(audit_events(db))
    with pytest.raises(PermissionDenied):
        update_account(
            db,
            alvaro,
            detail.id,
            replace(input_from_detail(detail), lead_executive_id=agency.staff["laura"]),
            detail.version,
        )
    assert svc.get_account(db, alvaro, detail.id).lead_executive_id == agency.staff["alvaro"]
    assert len(audit_events(db)) == before


def test_a_director_changes_the_lead_only_within_the_group(agency: Agency) -> None:
    db, lucia = agency.db, agency.actor("lucia")
    detail = svc.get_account(db, lucia, agency.accounts["coca"])
    with pytest.raises(ValidationError) as refused:
        update_account(
            db,
            lucia,
            detail.id,
            replace(input_from_detail(detail), lead_executive_id=agency.staff["raul"]),
            detail.version,
        )
    assert refused.value.field_errors["lead_executive_id"][0] == "reassign.other_group"
    update_account(
        db,
        lucia,
        detail.id,
        replace(input_from_detail(detail), lead_executive_id=agency.staff["laura"]),
        detail.version,
    )
    assert svc.get_account(db, lucia, detail.id).lead_executive_id == agency.staff["laura"]


def test_reassign_to_nobody_is_a_field_error(agency: Agency) -> None:
    with pytest.raises(ValidationError) as refused:
        reassign_account(
            agency.db, agency.actor("lucia"), agency.accounts["coca"], 999_999, _version(agency)
        )
    assert refused.value.field_errors == {"staff_id": ("staff.not_found", {"id": 999_999})}


def test_reassign_refuses_an_executive_of_another_group(agency: Agency) -> None:
    with pytest.raises(ValidationError) as refused:
        reassign_account(
            agency.db,
            agency.actor("lucia"),
            agency.accounts["coca"],
            agency.staff["raul"],
            _version(agency),
        )
    assert refused.value.field_errors["staff_id"][0] == "reassign.other_group"


def test_a_new_account_led_by_someone_else_needs_a_director(agency: Agency) -> None:
    db = agency.db
    with pytest.raises(PermissionDenied):
        create_account(
            db,
            agency.actor("alvaro"),
            AccountInput(trade_name="Nueva", lead_executive_id=agency.staff["laura"]),
        )
    made = create_account(
        db,
        agency.actor("lucia"),
        AccountInput(trade_name="Nueva", lead_executive_id=agency.staff["laura"]),
    )
    assert svc.get_account(db, agency.actor("lucia"), made.id).lead_executive == (
        "Laura Velázquez Gil"
    )


def test_a_duplicate_in_a_group_one_cannot_see_is_warned_without_its_name(
    agency: Agency,
) -> None:
    db, alvaro, raul = agency.db, agency.actor("alvaro"), agency.actor("raul")
    coca = svc.get_account(db, alvaro, agency.accounts["coca"])
    assert tax_id_duplicates(db, raul, coca.tax_id) == []
    made = create_account(db, raul, AccountInput(trade_name="Copia", tax_id=coca.tax_id))
    assert made.warnings == (("account.tax_id_duplicate_hidden", {}),)
    assert svc.get_account(db, raul, made.id).same_tax_id == ()
