"""The campaigns area's commands: `campaigns list`, `campaign show` and `campaign add`.

Money and dates follow the agency's locale; a campaign shows in full: its details, its
latest brief field by field and its approval history, newest first.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from typing import IO, TYPE_CHECKING, Any

from agencia.cli import formats, words
from agencia.cli.accounts import acting_on_account
from agencia.cli.errors import EXIT_OK
from agencia.cli.formats import write_field
from agencia.cli.parser import Parser, record_id
from agencia.cli.session import acting_unseen_as_missing, agency_locale, agency_zone
from agencia.cli.words import t
from agencia.domain import messages
from agencia.domain.enums import ApprovalStage, CampaignStatus

if TYPE_CHECKING:
    from agencia.db.database import Database
    from agencia.domain.actor import Actor
    from agencia.services.campaigns.views import ApprovalView, CampaignDetail, CampaignRow

_STATUS_VALUES = tuple(s.value for s in CampaignStatus)


def register(commands: Any, common: Parser) -> None:
    """`campaigns list`, `campaign show ID` and `campaign add`."""
    campaigns = commands.add_parser(
        "campaigns",
        parents=[common],
        help="lists of campaigns",
        description="Lists of campaigns.",
    )
    campaigns_commands = campaigns.add_subparsers(
        dest="campaigns_command", metavar="ACTION", required=True, parser_class=Parser
    )
    listing = campaigns_commands.add_parser(
        "list",
        parents=[common],
        help="list the campaigns the user may see",
        description="List the campaigns of the accounts the user may see, sorted by deadline "
        "(campaigns without one last), then by name. Search looks in the campaign's name "
        "and code, its account and its brand, ignoring accents, case and punctuation.",
        epilog="Statuses, in the order of a campaign's life: " + ", ".join(_STATUS_VALUES) + ".",
    )
    listing.add_argument(
        "--account",
        metavar="ID",
        type=record_id,
        help="only this account's campaigns (an account that does not exist or that the "
        "user may not see fails, exit 1)",
    )
    listing.add_argument(
        "--status",
        metavar="STATUS",
        choices=_STATUS_VALUES,
        help="only campaigns in this status (see the list below)",
    )
    listing.add_argument(
        "--mine",
        action="store_true",
        help="only campaigns the user owns or whose account team they are on",
    )
    listing.add_argument("--search", metavar="TEXT", default="", help="words to search for")
    listing.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (default, for people), csv (UTF-8, with a header row) or json: a list "
        "of objects with id, code, name, account, account_id, brand, brand_id, status, kind, "
        "budget (a decimal string), currency, start_date, deadline (YYYY-MM-DD or null), "
        "owner, owner_id, may_be_shown",
    )
    listing.set_defaults(handler=list_campaigns)

    campaign = commands.add_parser(
        "campaign",
        parents=[common],
        help="one campaign",
        description="One campaign.",
    )
    campaign_commands = campaign.add_subparsers(
        dest="campaign_command", metavar="ACTION", required=True, parser_class=Parser
    )
    show = campaign_commands.add_parser(
        "show",
        parents=[common],
        help="show a campaign: details, latest brief, approval history",
        description="Show a campaign: its details, its latest brief in full, and its approval "
        "history, newest first (stage and version, decision, who decided or which client "
        "contact, when, channel, the SHA-256 of the document decided on, comment, on whose "
        "behalf). Money and dates follow the agency's locale. A campaign that does not exist "
        "or that the user may not see fails (exit 1).",
    )
    show.add_argument("id", metavar="ID", type=record_id, help="the campaign's ID")
    show.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default) or json: the list's fields plus products, required_approver, "
        "brief (the latest version, every field), brief_versions, proposal_versions, "
        "approvals (newest first) and results",
    )
    show.set_defaults(handler=show_campaign)
    add = campaign_commands.add_parser(
        "add",
        parents=[common],
        help="add a campaign; prints its ID",
        description="Add a campaign (in brief) to an account as the user, with the same "
        "permissions as in the window. Prints the new campaign's ID.",
    )
    add.add_argument("--account", metavar="ID", type=record_id, required=True)
    add.add_argument("--name", metavar="NAME", required=True)
    add.add_argument(
        "--owner", metavar="STAFF_ID", type=record_id, help="who leads it (default: the user)"
    )
    add.add_argument(
        "--budget", metavar="AMOUNT", default="0", help="e.g. 48500.50 (the account's currency)"
    )
    add.add_argument(
        "--format", choices=("text", "json"), default="text", help='text (the ID) or {"id": N}'
    )
    add.set_defaults(handler=add_campaign)
    from agencia.cli import meetings  # the actas: `meetings list`

    meetings.register(commands, common)


def list_campaigns(args: argparse.Namespace) -> int:
    from agencia.services.campaigns import queries

    query = queries.CampaignQuery(
        text=args.search or "",
        status=CampaignStatus(args.status) if args.status else None,
        account_id=args.account,
        mine=args.mine,
    )

    def work(db: Database, actor: Actor) -> tuple[list[CampaignRow], str]:
        return queries.list_campaigns(db, actor, query), agency_locale(db)

    rows, locale = acting_on_account(  # beside the window
        args, work, account=args.account, read_only=True
    )
    out = sys.stdout if args.format in ("csv", "json") else formats.for_people(sys.stdout)
    if args.format == "json":
        formats.write_json(out, [r.as_json() for r in rows])
    elif args.format == "csv":
        formats.write_csv(out, (_csv_record(r) for r in rows), _CSV_COLUMNS)
    else:
        _write_table(out, rows, locale)
    return EXIT_OK


def add_campaign(args: argparse.Namespace) -> int:
    from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign

    data = CampaignInput(
        account_id=args.account, name=args.name, owner_id=args.owner, budget=args.budget
    )
    new_id = acting_on_account(
        args, lambda db, actor: create_campaign(db, actor, data).id, account=args.account
    )
    formats.write_new_id(args.format, new_id)
    return EXIT_OK


def show_campaign(args: argparse.Namespace) -> int:
    from agencia.services.campaigns.queries import get_campaign

    def work(db: Database, actor: Actor) -> tuple[CampaignDetail, str, str]:
        return get_campaign(db, actor, args.id), agency_locale(db), agency_zone(db)

    detail, locale, zone = acting_unseen_as_missing(args, work, read_only=True)  # beside the window
    if args.format == "json":
        formats.write_json(sys.stdout, detail.as_json())
    else:
        _write_campaign(formats.for_people(sys.stdout), detail, locale, zone)
    return EXIT_OK


# --- the list --------------------------------------------------------------------------

_CSV_COLUMNS = (
    "id", "code", "name", "account", "account_id", "brand", "brand_id", "kind", "status",
    "budget", "currency", "start_date", "deadline", "owner", "owner_id", "may_be_shown",
)  # fmt: skip


def _csv_record(row: CampaignRow) -> dict[str, Any]:
    record = row.as_json()
    record["may_be_shown"] = "true" if row.may_be_shown else "false"
    return record


# (header key, shrinkable, right-aligned) in display order
_TABLE_COLUMNS = (
    ("id", False, True),
    ("campaign", True, False),
    ("account", True, False),
    ("brand", True, False),
    ("status", True, False),
    ("budget", False, True),
    ("deadline", False, False),
    ("owner", True, False),
)


def _cells(row: CampaignRow, locale: str) -> list[str]:
    return [
        str(row.id),
        row.name,
        row.account,
        row.brand,
        words.campaign_status_label(row.status.value),
        formats.money(row.budget, row.currency, locale),
        formats.day(row.deadline, locale),
        row.owner,
    ]


def _write_table(out: IO[str], rows: Sequence[CampaignRow], locale: str) -> None:
    if not rows:
        out.write(t("c_none") + "\n")
        return
    formats.write_grid(
        out,
        [t(key) for key, _, _ in _TABLE_COLUMNS],
        [_cells(r, locale) for r in rows],
        [s for _, s, _ in _TABLE_COLUMNS],
        [r for _, _, r in _TABLE_COLUMNS],
    )
    out.write((t("c_count_one") if len(rows) == 1 else t("c_count", n=len(rows))) + "\n")


# --- one campaign ----------------------------------------------------------------------


def _write_campaign(out: IO[str], d: CampaignDetail, locale: str = "es_ES", zone: str = "") -> None:
    row = d.row

    def field(key: str, value: str) -> None:
        if value:
            write_field(out, t(key), value)

    title = f"{row.name}  [{row.id}]"
    out.write(title + "\n" + "═" * len(title) + "\n")
    field("code", row.code)
    field("account", f"{row.account} [{row.account_id}]")
    field("brand", row.brand)
    field("products", ", ".join(name for _, name in d.products))
    field("kind", words.campaign_kind_label(row.kind.value))
    field("status", words.campaign_status_label(row.status.value))
    field("owner", row.owner)
    field("budget", formats.money(row.budget, row.currency, locale))
    field("start", formats.day(row.start_date, locale))
    field("deadline", formats.day(row.deadline, locale))
    field("approver", t("approver_level", role=words.role_label(d.required_role.value)))
    field("may_be_shown", t("yes") if row.may_be_shown else t("no"))
    field("created", formats.when(d.created_at, locale, zone))
    _write_brief(out, d, locale, zone)
    _write_approvals(out, d.approvals, locale, zone)
    if d.results_story or d.results_kpis:
        out.write(f"\n{t('results')}\n")
        if d.results_story:
            write_field(out, t("summary"), d.results_story)
        for k in d.results_kpis:
            out.write(f"  • {t('kpi_result', name=k.name, target=k.target, achieved=k.achieved)}\n")


def _write_brief(out: IO[str], d: CampaignDetail, locale: str, zone: str = "") -> None:
    from agencia.domain.briefs import BRIEF_FIELDS

    brief = d.latest_brief
    if brief is None:
        out.write(f"\nBrief\n  {t('no_brief')}\n")
        return
    out.write(f"\n{t('brief_title', number=brief.number, count=len(d.briefs))}\n")
    write_field(out, t("template"), words.campaign_kind_label(brief.template.value))
    write_field(
        out,
        t("author"),
        ", ".join(p for p in (brief.author, formats.when(brief.created_at, locale, zone)) if p),
    )
    decision = words.decision_label(brief.decision.value) if brief.decision else t("pending")
    write_field(out, t("brief_decision"), decision)
    if brief.note:
        write_field(out, t("version_note"), brief.note)
    out.write("  " + "─" * (formats.LABEL_WIDTH + 20) + "\n")
    english = words.english()
    for name, es, en in BRIEF_FIELDS:
        value = brief.fields.get(name)
        if value is None or value == "":
            text = t("none_yet")
        elif name == "budget":
            text = formats.money(value, d.row.currency, locale)
        elif isinstance(value, date):
            text = formats.day(value, locale)
        else:
            text = str(value)
        write_field(out, en if english else es, text)


def _write_approvals(
    out: IO[str], approvals: Sequence[ApprovalView], locale: str, zone: str = ""
) -> None:
    out.write(f"\n{t('approvals')} ({t('newest_first')})\n")
    if not approvals:
        out.write(f"  {t('no_approvals')}\n")

    def field(key: str, value: str) -> None:
        if value:
            write_field(out, t(key), value, indent=6)

    for a in approvals:
        title = messages.render(
            f"timeline.{a.stage.value}_decision",
            {"number": a.subject_number, "decision": words.decision_label(a.decision.value)},
        )
        out.write(f"  • {title}" + (f" ({t('superseded')})" if a.superseded else "") + "\n")
        if a.contact:  # the client decided; someone of the agency recorded it
            field("client_contact", a.contact)
            field("recorded_by", a.decided_by)
            field("on_behalf_of", a.on_behalf_of)
            day, at = formats.day(a.decided_on, locale), formats.when(a.at, locale, zone)
            field("when", t("recorded_at", day=day, at=at))
        else:
            field("decided_by", a.decided_by)
            field("on_behalf_of", a.on_behalf_of)
            field("when", formats.when(a.at, locale, zone))
        if a.stage is ApprovalStage.INTERNAL and a.required_role:
            field("required", words.role_label(a.required_role))
        field("channel", words.channel_label(a.channel.value) if a.channel else "")
        field("document", a.document_sha256)
        if a.proof is not None:
            field("proof", a.proof.name)
            field("proof_sha", a.proof.sha256)
        field("comment", a.comment)
