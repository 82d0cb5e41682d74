"""A save refused because another workstation saved the record first: the form keeps what
the person typed, shows both versions field by field, and the person chooses — keep what
is saved (the form reloads), keep mine (saved over the new version), or go on editing.

Two workstations are two `Operations` (each its own sessions) on one database."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from campaign_world import Cast, build_cast, new_campaign, version
from factories import Agency, small_agency
from gui_support import make_context, type_text
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import Actor
from agencia.domain.enums import MediaChannel
from agencia.services.accounts.account_edit import input_from_detail, update_account
from agencia.services.accounts.brands import add_product, save_brand, update_product
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.accounts.queries import get_account
from agencia.services.campaigns.campaign_edit import update_campaign
from agencia.services.campaigns.contrabrief import ContrabriefInput, save_contrabrief
from agencia.services.campaigns.media_plan import PlanLineInput, save_plan
from agencia.services.campaigns.queries import get_campaign
from agencia.services.results import Option
from agencia.ui.accounts.account_form import AccountFormDialog, FormOptions
from agencia.ui.accounts.brand_forms import BrandDialog, ProductDialog
from agencia.ui.accounts.contact_form import ContactFormDialog
from agencia.ui.campaigns.campaign_form import CampaignFormDialog
from agencia.ui.campaigns.contrabrief_tab import ContrabriefTab
from agencia.ui.campaigns.media_plan_model import DESCRIPTION
from agencia.ui.campaigns.media_plan_tab import MediaPlanTab
from agencia.ui.ops import Operations
from agencia.ui.widgets.conflict import ConflictDialog
from agencia.ui.widgets.form_dialog import FormDialog


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def workstation(db: Database, actor: Actor) -> Operations:
    return Operations(db, actor, synchronous=True)


def shown(qtbot: QtBot, dialog: FormDialog) -> FormDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def differing(view: ConflictDialog) -> dict[str, tuple[str, str]]:
    return {r.label: (r.mine, r.theirs) for r in view.differing()}


def conflict_of(dialog: FormDialog) -> ConflictDialog:
    view = dialog.conflict
    assert isinstance(view, ConflictDialog)
    assert view.isVisible()
    return view


# -- forms ----------------------------------------------------------------------------------


def test_an_account_conflict_shows_both_and_keep_mine_saves(qtbot: QtBot, agency: Agency) -> None:
    coca = agency.accounts["coca"]
    alvaro, admin = agency.actor("alvaro"), agency.admin
    here, there = workstation(agency.db, alvaro), workstation(agency.db, admin)
    detail = get_account(agency.db, alvaro, coca)
    dialog = shown(qtbot, AccountFormDialog(here, alvaro, FormOptions(), detail))
    assert isinstance(dialog, AccountFormDialog)

    # meanwhile, at another desk: the city and the phone change
    there.write(
        update_account,
        coca,
        replace(input_from_detail(detail), city="Cádiz", phone="956 000 000"),
        detail.version,
    )
    dialog.city.clear()
    type_text(dialog.city, "Sevilla")
    type_text(dialog.notes, "Llamar antes de las 10.")
    dialog.save()

    assert dialog.isVisible()  # nothing typed is lost
    assert dialog.city.text() == "Sevilla"
    assert dialog.banner.text().startswith("Otra persona ha modificado este registro")
    view = conflict_of(dialog)
    rows = differing(view)
    assert rows["Ciudad"] == ("Sevilla", "Cádiz")
    assert rows["Teléfono"] == ("", "956 000 000")
    assert rows["Notas"] == ("Llamar antes de las 10.", "")
    assert "Nombre comercial" not in rows  # the same on both sides
    assert get_account(agency.db, admin, coca).city == "Cádiz"

    view.keep_mine.click()  # saved again, over the version saved now
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = get_account(agency.db, admin, coca)
    assert (saved.city, saved.notes) == ("Sevilla", "Llamar antes de las 10.")


def test_a_contact_conflict_keep_theirs_reloads_the_form(qtbot: QtBot, agency: Agency) -> None:
    coca = agency.accounts["coca"]
    alvaro, admin = agency.actor("alvaro"), agency.admin
    contact = save_contact(agency.db, admin, coca, ContactInput(full_name="Rosa Vidal"))
    here, there = workstation(agency.db, alvaro), workstation(agency.db, admin)
    account = get_account(agency.db, alvaro, coca)
    view_of = next(c for c in account.contacts if c.id == contact.id)
    dialog = shown(
        qtbot,
        ContactFormDialog(here, coca, account.trade_name, account.brands, view_of),
    )
    assert isinstance(dialog, ContactFormDialog)
    there.write(
        save_contact,
        coca,
        ContactInput(full_name="Rosa Vidal", position="Directora de Marketing"),
        contact.id,
        view_of.version,
    )
    type_text(dialog.position, "Compras")
    dialog.save()
    view = conflict_of(dialog)
    assert differing(view) == {"Cargo": ("Compras", "Directora de Marketing")}

    view.keep_theirs.click()  # the form now holds what is saved, and may be saved again
    assert dialog.isVisible()
    assert dialog.position.text() == "Directora de Marketing"
    assert not dialog.has_unsaved_changes()
    type_text(dialog.mobile, "600 111 222")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = next(c for c in get_account(agency.db, admin, coca).contacts if c.id == contact.id)
    assert (saved.position, saved.mobile) == ("Directora de Marketing", "600 111 222")


def test_a_brand_conflict_go_on_editing_then_keep_mine(qtbot: QtBot, agency: Agency) -> None:
    garcia = agency.accounts["garcia"]
    alvaro, admin = agency.actor("alvaro"), agency.admin
    brand_id = save_brand(agency.db, admin, garcia, "Alhambra", "", None, None).id
    here, there = workstation(agency.db, alvaro), workstation(agency.db, admin)
    brand = get_account(agency.db, alvaro, garcia).brands[0]
    dialog = shown(qtbot, BrandDialog(here, garcia, brand))
    assert isinstance(dialog, BrandDialog)
    there.write(save_brand, garcia, "Alhambra Reserva", "Cerveza", brand_id, brand.version)
    type_text(dialog.description, "La de siempre")
    dialog.save()
    view = conflict_of(dialog)
    assert differing(view) == {
        "Nombre": ("Alhambra", "Alhambra Reserva"),
        "Descripción": ("La de siempre", "Cerveza"),
    }

    view.go_on.click()  # back to the form, the text as typed
    assert dialog.isVisible() and dialog.conflict is None
    assert dialog.description.toPlainText() == "La de siempre"
    type_text(dialog.description, " (1925)")
    dialog.save()  # still over the old version: the conflict is shown again
    view = conflict_of(dialog)
    view.keep_mine.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = get_account(agency.db, admin, garcia).brands[0]
    assert (saved.name, saved.description) == ("Alhambra", "La de siempre (1925)")


def test_a_product_conflict_shows_both(qtbot: QtBot, agency: Agency) -> None:
    garcia = agency.accounts["garcia"]
    alvaro, admin = agency.actor("alvaro"), agency.admin
    brand_id = save_brand(agency.db, admin, garcia, "Alhambra", "", None, None).id
    product_id = add_product(agency.db, admin, brand_id, "Tercio", "").id
    here = workstation(agency.db, alvaro)
    brand = get_account(agency.db, alvaro, garcia).brands[0]
    product = brand.products[0]
    dialog = shown(qtbot, ProductDialog(here, brand, product, account_id=garcia))
    assert isinstance(dialog, ProductDialog)
    update_product(agency.db, admin, product_id, "Tercio 33 cl", "", product.version)
    dialog.name.end(False)
    type_text(dialog.name, " retornable")
    dialog.save()
    view = conflict_of(dialog)
    assert differing(view) == {"Nombre": ("Tercio retornable", "Tercio 33 cl")}
    view.keep_mine.click()
    assert get_account(agency.db, admin, garcia).brands[0].products[0].name == "Tercio retornable"


def test_a_campaign_conflict_shows_both_and_keep_mine_saves(qtbot: QtBot, cast: Cast) -> None:
    cid = new_campaign(cast)
    executive, supervisor = cast.actor("executive"), cast.actor("supervisor")
    here, there = workstation(cast.db, executive), workstation(cast.db, supervisor)
    detail = get_campaign(cast.db, executive, cid)
    row = detail.row
    dialog = shown(
        qtbot,
        CampaignFormDialog(
            here,
            executive,
            QLocale("es_ES"),
            [Option(row.account_id, row.account)],
            detail=detail,
        ),
    )
    assert isinstance(dialog, CampaignFormDialog)
    theirs = replace(dialog.collect(), budget=Decimal("45000"), name="Lanzamiento otoño")
    there.write(update_campaign, cid, theirs, detail.version)
    dialog.name.clear()
    type_text(dialog.name, "Lanzamiento verano")
    dialog.save()
    view = conflict_of(dialog)
    rows = differing(view)
    assert rows["Nombre"] == ("Lanzamiento verano", "Lanzamiento otoño")
    assert rows["Presupuesto"][1].startswith("45.000,00")
    assert set(rows) == {"Nombre", "Presupuesto"}

    view.keep_mine.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = get_campaign(cast.db, executive, cid).row
    assert (saved.name, saved.budget) == ("Lanzamiento verano", Decimal("40000.00"))


def test_a_form_that_edits_nothing_saved_keeps_the_plain_message(
    qtbot: QtBot, agency: Agency
) -> None:
    """A new record has no "theirs": the base dialog's hooks say so (None)."""
    dialog = BrandDialog(workstation(agency.db, agency.admin), agency.accounts["coca"])
    qtbot.addWidget(dialog)
    assert dialog.read_current() is None


# -- the campaign's document tabs -----------------------------------------------------------


def test_the_contrabrief_compares_both_and_keeps_mine(qtbot: QtBot, cast: Cast) -> None:
    cid = new_campaign(cast)
    executive, supervisor = cast.actor("executive"), cast.actor("supervisor")
    save_contrabrief(cast.db, executive, cid, ContrabriefInput("Entendido", "", ""), None)
    ctx, _recorder = make_context(cast.db, executive)
    tab = ContrabriefTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_detail(get_campaign(cast.db, executive, cid))
    stored = get_campaign(cast.db, supervisor, cid).contrabrief
    assert stored is not None
    there = workstation(cast.db, supervisor)
    there.write(
        save_contrabrief, cid, ContrabriefInput("Lo de ella", "¿Fechas?", ""), stored.version
    )
    tab.approach.setPlainText("Sampling en gimnasios.")
    tab.save()
    assert tab.notice.kind == "warning"
    assert tab.notice.buttons()[0].text() == "Comparar"
    tab.notice.buttons()[0].click()
    view = tab.dialog
    assert isinstance(view, ConflictDialog) and view.isVisible()
    assert differing(view) == {
        "Lo que entendimos": ("Entendido", "Lo de ella"),
        "Preguntas al cliente": ("", "¿Fechas?"),
        "Enfoque propuesto": ("Sampling en gimnasios.", ""),
    }
    assert tab.approach.toPlainText() == "Sampling en gimnasios."  # still there
    view.keep_mine.click()
    saved = get_campaign(cast.db, executive, cid).contrabrief
    assert saved is not None
    assert (saved.understanding, saved.approach) == ("Entendido", "Sampling en gimnasios.")
    assert not tab.has_unsaved_changes()


def test_the_media_plan_compares_both_and_keeps_theirs(qtbot: QtBot, cast: Cast) -> None:
    cid = new_campaign(cast)
    executive, supervisor = cast.actor("executive"), cast.actor("supervisor")
    ctx, _recorder = make_context(cast.db, executive)
    tab = MediaPlanTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_detail(get_campaign(cast.db, executive, cid))
    tab.add_line()
    assert tab.model.setData(tab.model.index(0, DESCRIPTION), "La mía")
    there = workstation(cast.db, supervisor)
    there.write(
        save_plan,
        cid,
        [PlanLineInput(MediaChannel.PRESS, "La suya", Decimal("100"))],
        version(cast, cid),
    )
    tab.save()
    assert tab.notice.kind == "warning"
    compare = next(b for b in tab.notice.buttons() if b.text() == "Comparar")
    compare.click()
    view = tab.dialog
    assert isinstance(view, ConflictDialog)
    [(label, (mine, theirs))] = differing(view).items()
    assert label == "Línea 1"
    assert "La mía" in mine and "La suya" in theirs and "100,00" in theirs
    view.keep_theirs.click()
    assert tab.model.index(0, DESCRIPTION).data() == "La suya"
    assert not tab.has_unsaved_changes()
