"""The decks area's command: `deck agency|campaign|brief|approvals`, client decks as PDF,
and `deck meeting|contrabrief`, the A4 documents (the brief too with `--paper a4`).

A deck is asked of the same service the window asks, so both make the same PDF; it is
written whole or not at all.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from agencia.cli.errors import EXIT_OK
from agencia.cli.parser import Parser, record_id
from agencia.cli.session import acting_user, open_db
from agencia.cli.words import t
from agencia.services.unseen import unseen_as_missing

_EPILOG = (
    "The deck is written to a temporary file beside FILE.pdf and renamed once whole: a "
    "failure (a missing or unseen record, a folder that cannot be written) leaves no file "
    "behind and exits 1. On success it prints the path, the page count and the PDF's SHA-256."
)


def register(commands: Any, common: Parser) -> None:
    """`deck agency|campaign|brief|approvals`: the client decks as PDF files."""
    from agencia.decks.content import AGENCY_SECTIONS, CAMPAIGN_SECTIONS

    deck = commands.add_parser(
        "deck",
        parents=[common],
        help="client decks as PDF: the agency's credentials, a campaign's presentation, "
        "its brief sheet, its approval record, its contrabrief, a meeting's acta",
        description="Client-ready decks (16:9 PDF) and documents (A4 portrait: a meeting's "
        "acta, the contrabrief, the brief to sign) made from the data in Agencia. Each "
        "speaks the client's language unless --lang says otherwise.",
        epilog=_EPILOG,
    )
    kinds = deck.add_subparsers(
        dest="deck_kind", metavar="KIND", required=True, parser_class=Parser
    )

    def options(parser: argparse.ArgumentParser, sections: tuple[str, ...]) -> None:
        parser.add_argument(
            "--out",
            metavar="FILE.pdf",
            required=True,
            help="the PDF to write (replaced if it exists)",
        )
        parser.add_argument(
            "--lang",
            choices=("es", "en"),
            default=None,
            help="the deck's language: es (Spanish) or en (English); default: the "
            "client's, else the agency's",
        )
        if sections:
            parser.add_argument(
                "--sections",
                metavar="A,B,C",
                type=_sections_of(sections),
                default=None,
                help="only these sections, comma-separated (default: all but approvals, "
                "each left out when it has no data): " + ",".join(sections),
            )
        parser.set_defaults(handler=write_deck, sections=None, internal=False, paper="slides")

    agency = kinds.add_parser(
        "agency",
        parents=[common],
        help="the agency's credentials deck",
        description="The agency's credentials: cover, who we are, services, how we work, "
        "the team, clients, case studies, contact. Only accounts and campaigns marked "
        "may-be-shown appear as clients and cases.",
        epilog=_EPILOG,
    )
    agency.add_argument(
        "--for",
        dest="for_account",
        metavar="ACCOUNT_ID",
        type=record_id,
        default=None,
        help="prepare it for this prospect or client: its name on the cover and in the "
        "footer, its language by default",
    )
    options(agency, AGENCY_SECTIONS)

    for kind, label, description, sections in (
        (
            "campaign",
            "a campaign's presentation",
            "A campaign's presentation to its client: cover, challenge and objectives, "
            "audience, strategy, channels and media plan, timeline, budget, results, team "
            "and next steps (the approvals only with --internal or --sections).",
            CAMPAIGN_SECTIONS,
        ),
        (
            "brief",
            "a campaign's brief on one page",
            "The campaign's latest brief as a one-page 16:9 sheet, or with --paper a4 on A4 "
            "portrait to print and sign (signature boxes for the client and the agency).",
            (),
        ),
        (
            "contrabrief",
            "a campaign's contrabrief (A4)",
            "The agency's answer to the brief on A4 portrait: what we understand, our "
            "questions, how we propose to solve it, and the brief version it answers.",
            (),
        ),
        (
            "approvals",
            "a campaign's approval record",
            "The campaign's approval record: who decided what, when, on which document "
            "(its SHA-256).",
            (),
        ),
    ):
        parser = kinds.add_parser(
            kind,
            parents=[common],
            help=label,
            description=description
            + " A campaign that does not exist or that the user may not see fails (exit 1).",
            epilog=_EPILOG,
        )
        parser.add_argument(
            "id",
            metavar="ID" if kind == "campaign" else "CAMPAIGN_ID",
            type=record_id,
            help="the campaign's ID",
        )
        options(parser, sections)
        if kind == "brief":
            parser.add_argument(
                "--paper",
                choices=("slides", "a4"),
                default="slides",
                help="slides (default: 16:9, one page) or a4 (portrait, to print and sign)",
            )
        if kind == "campaign":
            parser.add_argument(
                "--internal",
                action="store_true",
                help="include the internal review's decisions and comments (not for the "
                "client: every page is then marked internal)",
            )

    meeting = kinds.add_parser(
        "meeting",
        parents=[common],
        help="a meeting's acta (A4)",
        description="A meeting's report (acta) on A4 portrait: the agency and the client, "
        "date and place, the attendees on both sides, the agreements and the next steps "
        "with their owners and dates. `agencia meetings list` shows the IDs. A meeting "
        "that does not exist or whose campaign the user may not see fails (exit 1). The "
        "file is written only; the acta kept with the campaign and sent to the client is "
        "the one «Enviar al cliente…» draws in the window.",
        epilog=_EPILOG,
    )
    meeting.add_argument("id", metavar="MEETING_ID", type=record_id, help="the meeting's ID")
    options(meeting, ())


def _sections_of(known: tuple[str, ...]) -> Callable[[str], frozenset[str]]:
    """--sections a,b,c: known names only (a usage error names the others)."""

    def parse(text: str) -> frozenset[str]:
        names = [n.strip() for n in text.split(",") if n.strip()]
        unknown = [n for n in names if n not in known]
        if unknown or not names:
            raise argparse.ArgumentTypeError(
                f"unknown section {', '.join(unknown)}; choose among {','.join(known)}"
                if unknown
                else f"no section named; choose among {','.join(known)}"
            )
        return frozenset(names)

    return parse


def write_deck(args: argparse.Namespace) -> int:
    """Write one deck whole or not at all: the temporary file is made first (an unwritable
    folder fails before any work) and renamed only once the PDF is in it and on disk."""
    import hashlib
    from pathlib import Path

    from agencia.services.decks.build import DeckOptions, build_deck
    from agencia.services.decks.documents import build_paper
    from agencia.services.decks.language import english_warning
    from agencia.services.files import atomic_output

    kind = args.deck_kind
    target = args.for_account if kind == "agency" else args.id
    options = DeckOptions(
        lang=args.lang or "", sections=args.sections, include_internal=args.internal
    )
    path = Path(args.out).expanduser().absolute()
    with atomic_output(path) as out:
        db = open_db(args, read_only=True)  # a deck only reads: beside the window
        try:
            actor = acting_user(db, args)
            # an unseen account or campaign: «No existe…» — an acta's, «No existe el acta N»
            asked = {"code": "meeting.not_found", "id": target} if kind == "meeting" else {}
            with unseen_as_missing(**asked):
                if kind in ("meeting", "contrabrief") or args.paper == "a4":
                    pdf = build_paper(db, actor, kind, target, args.lang)
                else:
                    pdf = build_deck(db, actor, kind, target, options)
                    if warning := english_warning(db, actor, kind, target, args.lang):
                        print(warning, file=sys.stderr)  # made: say what is Spanish
        finally:
            db.close()
        out.write(pdf)
    pages = _page_count(pdf)
    print(
        t(
            "deck_written_one" if pages == 1 else "deck_written",
            path=path,
            pages=pages,
            sha256=hashlib.sha256(pdf).hexdigest(),
        )
    )
    return EXIT_OK


def _page_count(pdf: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()
