"""The satisfaction area's commands: `surveys list|show|copy|questionnaire|import`,
`improvements list|task`, `report satisfaction` and `accounts health` (also `satisfaction
health`; `--history` the health kept day by day, `--record` keeps today's).

`report satisfaction --format csv` writes one row per dimension with `dimension`,
`score`, `expectation`, `gap`, `weighted_gap`, `responses`, `answers` and `points` (the
scale the figures are read on), then `paired_score`, `paired_expectation` and
`paired_answers`: the gap is perceived − expected of the answers that hold both, while
`score` and `expectation` are the means of every answer given, so the paired means are
the ones the gap is the difference of; `--format pdf` the client-ready report (in the account's
language). `accounts health --format json` gives each account's
`account_id`, `account`, `score`, `band`, `weights` (factor → whole per cent, adding up
to 100 as the window's) and `reasons`
(sentences in the reader's language).
"""

from __future__ import annotations

import argparse
import io
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agencia.cli import formats
from agencia.cli.accounts import acting_on_account, acting_on_contact
from agencia.cli.coordination import acting_on_campaign
from agencia.cli.errors import EXIT_OK
from agencia.cli.parser import Parser, action, noun, record_id
from agencia.cli.session import acting
from agencia.cli.words import english
from agencia.domain.errors import DomainError

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from agencia.db.database import Database
    from agencia.domain.account_health import FactorPart
    from agencia.domain.actor import Actor
    from agencia.services.results import SaveResult

_TEXT = {
    "imported": ("{n} respuestas importadas.", "{n} responses imported."),
    "imported_one": ("1 respuesta importada.", "1 response imported."),
    "imported_none": ("Ninguna respuesta importada.", "No responses imported."),
    # rows that are responses already kept (`survey_import`): skipped, said after
    "skipped": (
        "{n} ya estaban importadas: no se cuentan dos veces.",
        "{n} were already imported: they are not counted twice.",
    ),
    "skipped_one": (
        "1 ya estaba importada: no se cuenta dos veces.",
        "1 was already imported: it is not counted twice.",
    ),
    "none": ("Nada que mostrar.", "Nothing to show."),
    "not_pdf": ("no es un archivo PDF", "it is not a PDF file"),  # «No se pudo leer el PDF (…)»
    "recorded": ("Salud de {n} cuentas guardada.", "Health of {n} accounts kept."),
    "recorded_one": ("Salud de 1 cuenta guardada.", "Health of 1 account kept."),
    "history": (
        ("id", "cuenta", "fecha", "salud", "estado", "satisfacción", "motivos"),
        ("id", "account", "date", "health", "band", "satisfaction", "reasons"),
    ),
    "templates": (
        ("id", "encuesta", "revisión", "escala", "dimensiones", "preguntas", "respuestas"),
        ("id", "survey", "revision", "scale", "dimensions", "questions", "responses"),
    ),
    "health": (
        ("id", "cuenta", "salud", "estado", "motivos"),
        ("id", "account", "health", "band", "reasons"),
    ),
    "actions": (
        ("id", "cuenta", "dimensión", "acción", "responsable", "vence", "estado", "brecha"),
        ("id", "account", "dimension", "action", "owner", "due", "status", "gap"),
    ),
}
REPORT_COLUMNS = (
    "dimension",
    "score",
    "expectation",
    "gap",
    "weighted_gap",
    "responses",
    "answers",
    "points",
    "paired_score",
    "paired_expectation",
    "paired_answers",
)


def _t(key: str, **params: Any) -> Any:
    es, en = _TEXT[key]
    value = en if english() else es
    return value.format(**params) if isinstance(value, str) else value


def _grid(headers: list[str], cells: list[list[str]]) -> None:
    """A table that fits the terminal: the id on the right, the words give way."""
    out = formats.for_people(sys.stdout)
    if not cells:
        out.write(_t("none") + "\n")
        return
    shrinkable = [False] + [True] * (len(headers) - 1)
    right = [True] + [False] * (len(headers) - 1)
    formats.write_grid(out, headers, cells, shrinkable, right)


def register(commands: Any, common: Parser) -> None:
    """`surveys`, `improvements`, `report satisfaction` and `accounts health`."""
    surveys = noun(commands, common, "surveys", "satisfaction survey templates and responses")
    listing = action(surveys, common, "list", "the survey templates in use", list_)
    listing.add_argument("--format", choices=("table", "json"), default="table")
    show = action(surveys, common, "show", "a template: its scale, dimensions, questions", show_)
    show.add_argument("id", metavar="ID", type=record_id)
    show.add_argument("--format", choices=("text", "json"), default="text")
    copy = action(surveys, common, "copy", "copy a template to edit; prints its ID", copy_)
    copy.add_argument("id", metavar="ID", type=record_id)
    copy.add_argument("name", metavar="NAME")
    form = action(surveys, common, "questionnaire", "a contact's fillable PDF questionnaire", form_)
    form.add_argument("id", metavar="ID", type=record_id)
    form.add_argument("--contact", type=record_id, required=True, metavar="ID")
    form.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    import_ = action(
        surveys,
        common,
        "import",
        "import responses: a CSV file (all rows or none) or a returned PDF questionnaire",
        import_csv,
    )
    import_.add_argument("file", metavar="FILE.csv|FILE.pdf", type=Path)
    import_.add_argument("--date", type=date.fromisoformat, metavar="DATE",
                         help="when a PDF was answered (default: today)")  # fmt: skip
    import_.add_argument("--contact", type=record_id, metavar="ID",
                         help="refuse a PDF that is not this contact's")  # fmt: skip
    actions = noun(commands, common, "improvements", "improvement actions")
    acts = action(actions, common, "list", "improvement actions, the earliest due first", acts_)
    acts.add_argument("--account", type=record_id, metavar="ID")
    acts.add_argument("--open", action="store_true", help="only the open ones")
    task = action(actions, common, "task", "make an action a task of a campaign; prints its ID",
                   task_)  # fmt: skip
    task.add_argument("id", metavar="ID", type=record_id)
    task.add_argument("--campaign", type=record_id, required=True, metavar="CAMPAIGN_ID")
    report = noun(commands, common, "report", "reports")
    sat = action(report, common, "satisfaction", "satisfaction per dimension, with gaps", report_)
    sat.add_argument("--account", type=record_id, metavar="ID", help="only this account")
    sat.add_argument(
        "--group", type=record_id, metavar="ID", help="only the accounts of this group"
    )
    sat.add_argument(
        "--from",
        dest="start",
        type=date.fromisoformat,
        metavar="DATE",
        help="answers from this date (YYYY-MM-DD, included)",
    )
    sat.add_argument(
        "--to",
        dest="end",
        type=date.fromisoformat,
        metavar="DATE",
        help="answers up to this date (YYYY-MM-DD, included)",
    )
    sat.add_argument("--format", choices=("csv", "pdf"), required=True)
    sat.add_argument("--out", type=Path, required=True, metavar="FILE")
    accounts = noun(commands, common, "accounts", "lists of accounts")
    satisfaction = noun(commands, common, "satisfaction", "client satisfaction and account health")
    for place in (accounts, satisfaction):
        health = action(place, common, "health", "each account's health, at risk first", health_)
        health.add_argument("--format", choices=("table", "csv", "json"), default="table")
        health.add_argument("--history", action="store_true",
                            help="the health kept day by day, oldest first")  # fmt: skip
        health.add_argument("--record", action="store_true",
                            help="keep today's health of every account you see")  # fmt: skip
        health.add_argument("--account", type=record_id, metavar="ID")
        health.add_argument("--from", dest="start", type=date.fromisoformat, metavar="DATE")
        health.add_argument("--to", dest="end", type=date.fromisoformat, metavar="DATE")


def list_(args: argparse.Namespace) -> int:
    from agencia.services.satisfaction.templates import list_templates

    rows = acting(args, list_templates, read_only=True)
    if args.format == "json":
        formats.write_json(
            sys.stdout,
            [
                {
                    "id": t.id,
                    "name": t.name,
                    "revision": t.revision,
                    "points": t.points,
                    "shipped": t.shipped or None,
                    "dimensions": len(t.dimensions),
                    "questions": t.question_count,
                    "responses": t.responses,
                }
                for t in rows
            ],
        )
        return EXIT_OK
    grid = [
        [
            str(t.id),
            t.name,
            str(t.revision),
            f"1–{t.points}",
            str(len(t.dimensions)),
            str(t.question_count),
            str(t.responses),
        ]
        for t in rows
    ]
    _grid(list(_t("templates")), grid)
    return EXIT_OK


def show_(args: argparse.Namespace) -> int:
    from agencia.domain.survey_scales import point_words
    from agencia.services.satisfaction.templates import get_template

    view = acting(args, lambda db, actor: get_template(db, actor, args.id), read_only=True)
    lang = "en" if english() else "es"
    words = point_words(view.points, view.wording, lang)
    if args.format == "json":
        formats.write_json(
            sys.stdout,
            {
                "id": view.id,
                "name": view.name,
                "revision": view.revision,
                "retired": view.retired,
                "points": view.points,
                "scale": [{"point": i + 1, "label": w} for i, w in enumerate(words)],
                "dimensions": [d.to_json() for d in view.dimensions],
            },
        )
        return EXIT_OK
    out = formats.for_people(sys.stdout)
    out.write(f"{view.name} (#{view.id}, rev. {view.revision})\n")
    out.write("  " + " · ".join(f"{i + 1} {w or ''}".strip() for i, w in enumerate(words)) + "\n")
    for n, dimension in enumerate(view.dimensions, 1):
        out.write(f"{n}. {dimension.name}\n")
        for m, question in enumerate(dimension.questions, 1):
            out.write(f"   {n}.{m} {question}\n")
    return EXIT_OK


def copy_(args: argparse.Namespace) -> int:
    from agencia.services.satisfaction.templates import copy_template

    result = acting(args, lambda db, actor: copy_template(db, actor, args.id, args.name))
    formats.write_new_id("text", result.id)
    return EXIT_OK


def form_(args: argparse.Namespace) -> int:
    from agencia.services.files import write_atomically
    from agencia.services.satisfaction.questionnaire import questionnaire_pdf

    pdf = acting_on_contact(
        args,
        lambda db, actor: questionnaire_pdf(db, actor, args.id, args.contact),
        contact=args.contact,
        read_only=True,
    )
    write_atomically(args.out, pdf)
    return EXIT_OK


_PDF = b"%PDF-"  # how every PDF begins


@contextmanager
def _pypdf_quiet() -> Iterator[None]:
    """pypdf logs what it could not read («EOF marker not found»); with no logging set up,
    Python prints that on stderr, before the app's own line («No se pudo leer el PDF…»)
    that says the same to people. Its records stop at its logger while a form is read."""
    import logging

    logger = logging.getLogger("pypdf")
    held, before = logging.NullHandler(), logger.propagate
    logger.addHandler(held)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(held)
        logger.propagate = before


def import_csv(args: argparse.Namespace) -> int:
    from agencia.services.satisfaction.survey_import import import_csv as run_import

    if args.file.suffix.lower() == ".pdf":
        from agencia.services.satisfaction.questionnaire import import_questionnaire

        data = args.file.read_bytes()
        day = args.date or date.today()

        def work(db: Database, actor: Actor) -> SaveResult:
            if _PDF not in data[:1024]:  # where readers look for it
                raise DomainError("questionnaire.unreadable", detail=_t("not_pdf"))
            with _pypdf_quiet():
                return import_questionnaire(db, actor, data, day, args.contact)

        result = acting_on_contact(args, work, contact=args.contact)  # the contact first
        formats.write_new_id("text", result.id)
        return EXIT_OK
    text = args.file.read_text(encoding="utf-8-sig")
    done = acting(args, lambda db, actor: run_import(db, actor, text))
    line = _counted("imported", len(done.ids))
    if done.skipped:
        line += " " + _counted("skipped", done.skipped)
    formats.for_people(sys.stdout).write(line + "\n")
    return EXIT_OK


def _counted(key: str, n: int) -> str:
    """`key`'s sentence for `n`: its own for 1 (`key_one`) and, where it has one, for
    none (`key_none`), as the other counts of the command line say them."""
    if n == 0 and f"{key}_none" in _TEXT:
        return str(_t(f"{key}_none"))
    return str(_t(f"{key}_one") if n == 1 else _t(key, n=n))


def task_(args: argparse.Namespace) -> int:
    """A task of the campaign made of the action: an action or a campaign the person may
    not see reads as a missing one («No existe…», exit 1), never «not your group» or
    «another account's», which would tell them it exists."""
    from agencia.domain.errors import NotFound
    from agencia.services.satisfaction.improvement_tasks import task_from_improvement
    from agencia.services.satisfaction.improvements import list_actions

    def work(db: Database, actor: Actor) -> SaveResult:
        if all(a.id != args.id for a in list_actions(db, actor)):  # the ones they see
            raise NotFound("improvement.not_found", id=args.id)
        return task_from_improvement(db, actor, args.id, args.campaign)

    result = acting_on_campaign(args, work, campaign=args.campaign)
    formats.write_new_id("text", result.id)
    return EXIT_OK


def _gap(value: float | None, locale: str) -> str:
    """A gap as the window writes it: signed, two decimals, the agency's region's."""
    return "" if value is None else formats.decimal(value, locale, "+0.00;-0.00")


def acts_(args: argparse.Namespace) -> int:
    """The actions, their dates and gaps written as the other tables write them (15 jul
    2026, -2,00: `formats`), not ISO dates and Python's decimals."""
    from agencia.cli.session import agency_locale
    from agencia.domain.labels import label
    from agencia.services.satisfaction.improvements import list_actions

    def work(db: Database, actor: Actor) -> tuple[Any, str]:
        found = list_actions(db, actor, account_id=args.account, open_only=args.open)
        return found, agency_locale(db)

    rows, locale = acting_on_account(args, work, account=args.account, read_only=True)
    grid = [
        [
            str(r.id),
            r.account,
            r.dimension,
            r.title,
            r.owner,
            formats.day(r.due_on, locale),
            label(r.status),
            f"{_gap(r.opened_gap, locale)} → {_gap(r.latest_gap, locale)}".rstrip(" →"),
        ]
        for r in rows
    ]
    _grid(list(_t("actions")), grid)
    return EXIT_OK


def report_rows(found: Any, paired: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """One row per dimension; `paired` (`results.paired_in`): the means of the answers
    the gap is made of, per dimension."""

    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, 2)

    pairs = paired or {}
    return [
        {
            "dimension": d.dimension,
            "score": rounded(d.score),
            "expectation": rounded(d.expectation),
            "gap": rounded(d.gap),
            "weighted_gap": rounded(d.weighted_gap),
            "responses": d.responses,
            "answers": d.answers,
            "points": found.points,
            "paired_score": rounded(p.score) if (p := pairs.get(d.dimension)) else None,
            "paired_expectation": rounded(p.expectation) if p else None,
            "paired_answers": p.answers if p else 0,
        }
        for d in found.dimensions
    ]


def report_(args: argparse.Namespace) -> int:
    from agencia.services.files import write_atomically
    from agencia.services.satisfaction.results import Scope

    scope = Scope(account_id=args.account, group_id=args.group, start=args.start, end=args.end)
    if args.format == "pdf":
        from agencia.services.satisfaction.report import satisfaction_pdf

        pdf = acting_on_account(
            args,
            lambda db, actor: satisfaction_pdf(db, actor, scope),
            account=args.account,
            read_only=True,
        )
        write_atomically(args.out, pdf)
        return EXIT_OK
    found, paired = acting_on_account(
        args, lambda db, actor: _results(db, actor, scope), account=args.account, read_only=True
    )
    buffer = io.StringIO()
    formats.write_csv(buffer, report_rows(found, paired), REPORT_COLUMNS)
    write_atomically(args.out, buffer.getvalue().encode("utf-8"))
    return EXIT_OK


def _results(db: Any, actor: Any, scope: Any) -> Any:
    """The results of `scope` and its paired means (`paired_in`; an unknown account is
    refused: «No existe la cuenta 999»,
    one not seen too, as `satisfaction_results` does), its dimensions named in the
    report's language as the PDF names them: the account's, else the agency's (an
    English client's CSV says «Empathy», never «Empatía»)."""
    from sqlalchemy import select

    from agencia.db.uow import unit_of_work
    from agencia.domain.errors import NotFound
    from agencia.domain.models import Account, Agency
    from agencia.domain.permissions import Action
    from agencia.services.accounts.access import require
    from agencia.services.satisfaction.results import paired_in

    with unit_of_work(db, actor, write=False) as uow:
        locale = uow.session.scalar(select(Agency.locale).order_by(Agency.id).limit(1)) or ""
        if scope.account_id is not None:
            account = uow.session.get(Account, scope.account_id)
            if account is None:
                raise NotFound("account.not_found", id=scope.account_id)
            require(uow, Action.SEE_ACCOUNTS, account)
            locale = account.locale or locale
        return paired_in(uow, scope, "en" if locale.startswith("en") else None)


def _reason(code: str, params: dict[str, Any], lang: str) -> str:
    """A reason in the reader's language, its decimals as they write them (0,6 / 0.6)."""
    from agencia.domain.messages import render

    local = {
        k: (f"{v:.1f}" if lang == "en" else f"{v:.1f}".replace(".", ","))
        if isinstance(v, float)
        else v
        for k, v in params.items()
    }
    return render(code, local, lang)


def _weights(factors: Sequence[FactorPart]) -> dict[str, int]:
    """Each factor's weight as the window shows it: whole per cents adding up to 100
    (`whole_weights`; each rounded alone, 46.2 + 23.1 + 30.8 read 100.1)."""
    from agencia.domain.account_health import whole_weights

    return {f.factor.value: w for f, w in zip(factors, whole_weights(factors), strict=True)}


def health_(args: argparse.Namespace) -> int:
    from agencia.domain.labels import label
    from agencia.services.satisfaction.health import account_health

    if args.record:
        from agencia.services.satisfaction.health_history import record_health

        recorded = acting(args, record_health)
        print(_counted("recorded", recorded))
        return EXIT_OK
    if args.history:
        return history_(args)
    rows = acting_on_account(args, account_health, account=args.account, read_only=True)
    if args.account is not None:
        rows = [r for r in rows if r.account_id == args.account]
    lang = "en" if english() else "es"
    records: list[dict[str, Any]] = [
        {
            "account_id": r.account_id,
            "account": r.account,
            "score": r.health.score,
            "band": r.health.band.value if r.health.band else None,
            "weights": _weights(r.health.factors),
            "reasons": [_reason(code, params, lang) for code, params in r.health.reasons],
        }
        for r in rows
    ]
    if args.format == "json":
        formats.write_json(sys.stdout, records)
    elif args.format == "csv":
        flat = [
            {
                **r,
                "weights": "; ".join(f"{k} {v}%" for k, v in r["weights"].items()),
                "reasons": "; ".join(r["reasons"]),
            }
            for r in records
        ]
        formats.write_csv(
            sys.stdout, flat, ("account_id", "account", "score", "band", "weights", "reasons")
        )
    else:
        grid = [
            [
                str(r.account_id),
                r.account,
                "" if r.health.score is None else str(r.health.score),
                label(r.health.band, lang) if r.health.band else "",
                "; ".join(_reason(c, p, lang) for c, p in r.health.reasons),
            ]
            for r in rows
        ]
        _grid(list(_t("health")), grid)
    return EXIT_OK


def history_(args: argparse.Namespace) -> int:
    """`--history`: the kept days of each account (or one), oldest first."""
    from functools import partial

    from agencia.domain.labels import label
    from agencia.services.satisfaction.health_history import health_history

    points = acting_on_account(
        args,
        partial(health_history, account_id=args.account, start=args.start, end=args.end),
        account=args.account,
        read_only=True,
    )
    lang = "en" if english() else "es"
    records: list[dict[str, Any]] = [
        {
            "account_id": p.account_id,
            "account": p.account,
            "date": p.on.isoformat(),
            "score": p.score,
            "band": p.band.value if p.band else None,
            "satisfaction": p.satisfaction,
            "reasons": [_reason(code, params, lang) for code, params in p.reasons],
        }
        for p in points
    ]
    if args.format == "json":
        formats.write_json(sys.stdout, records)
    elif args.format == "csv":
        flat = [{**r, "reasons": "; ".join(r["reasons"])} for r in records]
        columns = ("account_id", "account", "date", "score", "band", "satisfaction", "reasons")
        formats.write_csv(sys.stdout, flat, columns)
    else:
        grid = [
            [
                str(p.account_id),
                p.account,
                p.on.isoformat(),
                "" if p.score is None else str(p.score),
                label(p.band, lang) if p.band else "",
                "" if p.satisfaction is None else _reason_number(p.satisfaction, lang),
                "; ".join(_reason(c, q, lang) for c, q in p.reasons),
            ]
            for p in points
        ]
        _grid(list(_t("history")), grid)
    return EXIT_OK


def _reason_number(value: float, lang: str) -> str:
    text = f"{value:.1f}"
    return text if lang == "en" else text.replace(".", ",")
