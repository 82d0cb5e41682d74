"""The A4 documents as the command line (and any window) asks for them: the acta of a
meeting, the contrabrief, and the brief to print and sign. Each is drawn from one read
of the data, in the client's language unless the caller chooses.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.decks.brief_a4 import build_brief_a4
from agencia.decks.contrabrief import build_contrabrief
from agencia.decks.paper_content import ContrabriefContent
from agencia.domain.actor import Actor
from agencia.domain.models import Account, Agency
from agencia.services.campaigns.meeting_acta import render_acta
from agencia.services.campaigns.queries import load_detail
from agencia.services.decks.build import LANGUAGES, deck_language
from agencia.services.decks.campaign_content import campaign_content
from agencia.services.decks.gather import agency_profile, load_agency
from agencia.services.decks.language import speaks_latam
from agencia.services.drawable import refuse_undrawable

PaperKind = Literal["meeting", "contrabrief", "brief"]
PAPER_KINDS: tuple[PaperKind, ...] = get_args(PaperKind)


def contrabrief_content(
    db: Database, actor: Actor, campaign_id: int, lang: str, today: date | None = None
) -> tuple[ContrabriefContent, bool]:
    """The contrabrief as the client reads it, for whoever may see the campaign, and
    whether it speaks Latin America's Spanish."""
    with unit_of_work(db, actor, write=False) as uow:
        detail = load_detail(uow, campaign_id)
        agency: Agency = load_agency(uow)
        account = uow.session.get(Account, detail.row.account_id)
        assert account is not None
        answer = detail.contrabrief
        content = ContrabriefContent(
            agency=agency_profile(agency, lang),
            made_on=today or date.today(),
            client=account.trade_name,
            client_logo=account.logo,
            brand=detail.row.brand or "",
            campaign=detail.row.name,
            code=detail.row.code,
            locale=account.locale or agency.locale,
            brief_number=answer.brief_number if answer is not None else None,
            understanding=answer.understanding if answer is not None else "",
            questions=answer.questions if answer is not None else "",
            approach=answer.approach if answer is not None else "",
            author=answer.author if answer is not None else "",
        )
        return content, lang == "es" and speaks_latam(agency, account)


def build_paper(
    db: Database,
    actor: Actor,
    kind: PaperKind,
    target_id: int,
    lang: str | None = None,
    *,
    today: date | None = None,
) -> bytes:
    """The PDF of one A4 document: `meeting` (target: the meeting), `contrabrief` or
    `brief` (target: the campaign). `lang` None: the client's language."""
    if kind not in PAPER_KINDS:
        raise ValueError(f"unknown document {kind!r}; one of {', '.join(PAPER_KINDS)}")
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"documents speak {', '.join(LANGUAGES)}, not {lang!r}")
    if kind == "meeting":
        return render_acta(db, actor, target_id, lang, today)
    lang = lang or deck_language(db, actor, "brief", target_id)
    if kind == "brief":
        content = campaign_content(db, actor, target_id, lang=lang, today=today)
        refuse_undrawable(content)
        return build_brief_a4(content, lang)
    answer, latam = contrabrief_content(db, actor, target_id, lang, today)
    refuse_undrawable(answer)
    return build_contrabrief(answer, lang, latam=latam)
