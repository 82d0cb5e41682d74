"""The account page's «Contactos» and «Equipo» tabs on the real main window and the demo
agency, at 1280×800 and 1024×700: a contact's name and job title read beside the e-mail
(they were cut to eight letters while the e-mail showed whole), the team's names, parts
and roles show whole, and each person's role agrees with her title («Directora de
cuentas», not «Director de cuentas» for Lucía)."""

from __future__ import annotations

from pathlib import Path

import pytest
from accounts_fit_support import everyones_accounts, shown_cut, shown_widths
from test_screens_fit import (  # the same window, demo and measures as every area's fit
    SIZES,
    _demo_file,  # noqa: F401  (a fixture)
    assert_fits,
    demo_db,  # noqa: F401  (a fixture)
    grab,
    open_window,  # noqa: F401  (a fixture)
    pump,
    settled,
)

pytestmark = pytest.mark.gui

ACCOUNT = "Aceites La Almazara"  # the reviewer's: two contacts, a team of four


def open_account(window, ops):  # type: ignore[no-untyped-def]
    """The reviewer's account opened from everyone's list: its detail view."""
    accounts = everyones_accounts(window, ops)
    model = accounts.model
    rows = {model.record(r).name: model.record_id(r) for r in range(model.rowCount())}
    accounts.list_view.select_account(rows[ACCOUNT])
    pump(ops)
    return accounts.detail_view


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_contacts_name_and_title_read_beside_the_email(  # type: ignore[no-untyped-def]
    open_window,  # noqa: F811  (the fixture)
    size,
    tmp_path: Path,
) -> None:
    window, ops = open_window(size)
    detail = open_account(window, ops)
    detail.tabs.setCurrentIndex(2)
    pump(ops, 0.3)
    contacts = detail.contacts_tab.contacts
    grab(window, tmp_path, f"contacts-{size[0]}")
    assert_fits(contacts, [0, 1, 6, 7], "contacts (name, title, e-mail, phone)", whole=[0, 7])
    readable = contacts.fontMetrics().averageCharWidth() * 16  # not «Catalina Sol…»

    def balanced() -> None:
        shown = {title: (width, wanted) for title, width, wanted in shown_widths(contacts)}
        name, title = shown["Nombre"], shown["Cargo"]
        assert name[0] >= name[1], shown  # a name whole
        assert title[0] >= min(title[1], readable), shown  # a title not cut short
        # no column keeps more than it wants while another is cut below its want
        cut = [t for t, (w, want) in shown.items() if w < want]
        spare = [t for t, (w, want) in shown.items() if w > want + 1]
        assert not (cut and spare), shown

    settled(balanced)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_team_shows_names_parts_and_roles_whole(  # type: ignore[no-untyped-def]
    open_window,  # noqa: F811  (the fixture)
    size,
    tmp_path: Path,
) -> None:
    window, ops = open_window(size)
    detail = open_account(window, ops)
    detail.tabs.setCurrentIndex(3)
    pump(ops, 0.3)
    team = detail.team
    grab(window, tmp_path, f"team-{size[0]}")
    assert_fits(team, [0, 1, 2], "team (name, part, role)", whole=[0, 1, 2])

    def nothing_cut() -> None:
        assert not shown_cut(team), shown_widths(team)

    settled(nothing_cut)
    model = detail.team_model
    roles = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert roles["Lucía Fernández Ortega"] == "Directora de cuentas"  # as she is everywhere
    assert roles["Marta Peña Lozano"] == "Supervisora de cuentas"


def test_the_teams_role_agrees_with_the_persons_title(qapp) -> None:  # type: ignore[no-untyped-def]
    from agencia.domain.enums import AssignmentRole, Role, TitleGender
    from agencia.services.accounts.views import TeamMember
    from agencia.ui.accounts.detail_models import TeamModel

    model = TeamModel()
    model.set_team(
        [
            TeamMember(
                1,
                "Lucía",
                Role.ACCOUNT_DIRECTOR,
                "Directora de cuentas",
                AssignmentRole.DIRECTOR,
                TitleGender.FEMININE,
            ),
            TeamMember(2, "Pablo", Role.ACCOUNT_EXECUTIVE, "", AssignmentRole.LEAD_EXECUTIVE),
        ]
    )
    assert model.index(0, 2).data() == "Directora de cuentas"
    assert model.index(1, 2).data() == "Ejecutivo de cuenta"
