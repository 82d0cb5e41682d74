"""`agencia contact add|edit` (also spelt `contacts`) on a SQLite file: a contact with the
channels' details (fax, postal address, preferred hours), checked as the form checks them,
shown by `account show`; an edit changes only what it names (the service is tested on both
databases)."""

from __future__ import annotations

import json

import pytest
from cli_desk import Desk, as_alvaro
from cli_support import one_line, run


def test_contacts_add_and_edit_with_the_channels_details(
    capsys: pytest.CaptureFixture[str], desk: Desk
) -> None:
    madrid = str(desk.accounts["madrid"])
    status, _out, err = run(
        capsys, "contact", "add", madrid, "Rosa Vidal", "--hours", "mañanas", *as_alvaro(desk)
    )
    assert status == 1 and "09:00-14:00" in one_line(err)
    status, out, err = run(
        capsys, "contact", "add", madrid, "Rosa Vidal", "--fax", "+34 91 555 12 12",
        "--address", "Calle de Serrano 12, 28001 Madrid", "--hours", "9:30-14:00",
        "--channel", "fax", "--format", "json", *as_alvaro(desk),
    )  # fmt: skip
    assert (status, err) == (0, "")
    rosa = json.loads(out)["id"]
    status, out, err = run(capsys, "contact", "edit", str(rosa), "--hours", "16:00-19:00",
                           *as_alvaro(desk))  # fmt: skip
    assert (status, err, out.strip()) == (0, "", str(rosa))
    status, out, _ = run(capsys, "account", "show", madrid, "--format", "json", *as_alvaro(desk))
    (shown,) = [c for c in json.loads(out)["contacts"] if c["id"] == rosa]
    assert shown["fax"] == "+34 91 555 12 12" and shown["preferred_hours"] == "16:00-19:00"
    assert shown["postal_address"] == "Calle de Serrano 12, 28001 Madrid"
    status, text, _ = run(capsys, "account", "show", madrid, *as_alvaro(desk))
    assert "fax +34 91 555 12 12" in text and "16:00-19:00" in text and "Serrano 12" in text
    status, _out, err = run(capsys, "contact", "edit", "999999", "--fax", "1", *as_alvaro(desk))
    assert status == 1 and "999999" in one_line(err)
    status, out, err = run(capsys, "contacts", "edit", str(rosa), "--position", "Compras",
                           *as_alvaro(desk))  # fmt: skip
    assert (status, err, out.strip()) == (0, "", str(rosa))  # the first spelling still works


def test_one_contact_noun_holds_both_areas_actions() -> None:
    """The accounts area's `add|edit` and the data area's `export|erase` share `contact`."""
    import argparse

    from agencia.cli.parser import build_parser

    (commands,) = [a for a in build_parser()._actions if a.dest == "command"]
    assert isinstance(commands.choices, dict)
    contact = commands.choices["contact"]
    assert commands.choices["contacts"] is contact
    (actions,) = [a for a in contact._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(actions.choices) == {"add", "edit", "export", "erase"}
