"""Property tests: any text a person can type within Lato's coverage — long, empty,
markup-like, accented — renders without error and without losing a word."""

from __future__ import annotations

import os
import re
from datetime import date, timedelta

from deck_pdf import flat, outside_the_margins, text
from deck_samples import AGENCY, MADE_ON
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agencia.decks import (
    DeckOptions,
    render_agency,
    render_approvals,
    render_brief,
    render_campaign,
)
from agencia.decks.content import (
    CampaignContent,
    CaseStudy,
    ClientRef,
    CredentialsContent,
    Decision,
    Kpi,
    Milestone,
    NextStep,
    Person,
    PlanLine,
    TeamNode,
)
from agencia.domain.briefs import FIELD_NAMES

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZñÑáéíóúÁÉÍÓÚüÜçÇ"
INSIDE = LETTERS + "0123456789¿¡€&<>'\"%$@#/=;:,.!?()[]{}"
# Modest by default (each example renders whole decks); AGENCIA_DECK_EXAMPLES=500 to hunt.
SETTINGS = settings(
    max_examples=int(os.environ.get("AGENCIA_DECK_EXAMPLES", "10")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# A word starts with a letter (a line that starts "1. " or "- " is a list: its marker is
# not text to find) and is at most 16 characters, so that it never has to be broken.
word = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(LETTERS),
    st.text(alphabet=INSIDE, max_size=15),
)


@st.composite
def prose(draw: st.DrawFn, max_words: int = 60) -> str:
    """Words joined by spaces, line breaks and blank lines; sometimes markup-like tags,
    sometimes list lines; often empty."""
    words = draw(st.lists(word, max_size=max_words))
    out = []
    for w in words:
        sep = draw(st.sampled_from([" "] * 8 + ["\n", "\n\n", "\n- ", " <b>", "</i> ", " &amp; "]))
        out.append(sep + w)
    return "".join(out).strip()


short = prose(max_words=6)
named = st.builds(lambda w, rest: f"{w} {rest}".strip(), word, short)  # never empty
money = st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False)
day = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31))
sha = st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)


@st.composite
def plan_line(draw: st.DrawFn) -> PlanLine:
    starts = draw(st.none() | day)
    ends = None if starts is None else starts + timedelta(days=draw(st.integers(0, 120)))
    return PlanLine(draw(short), draw(prose(max_words=20)), draw(money), starts, ends)


# A person's name, title and role are one line each: the services refuse a line break in
# them (domain/validation.SINGLE_LINE_FIELDS), so no deck is ever given one.
one_line = short.map(lambda text: " ".join(text.split()))
person = st.builds(Person, name=one_line, role=one_line, title=one_line, part=short)
step = st.builds(NextStep, description=short, owner=short, due=st.none() | day)
kpi = st.builds(Kpi, name=short, target=short, achieved=short)


@st.composite
def campaign(draw: st.DrawFn) -> CampaignContent:
    brief = {name: draw(prose()) for name in FIELD_NAMES}
    return CampaignContent(
        agency=AGENCY,
        made_on=MADE_ON,
        client=draw(short),
        client_logo=None,
        brand=draw(short),
        brand_logo=None,
        campaign=draw(prose(max_words=12)),
        code=draw(short),
        kind=draw(short),
        status=draw(short),
        locale="es_ES",
        currency="EUR",
        budget=draw(money),
        starts=draw(st.none() | day),
        deadline=draw(st.none() | day),
        brief_number=draw(st.none() | st.integers(1, 40)),
        brief=brief,
        approach=draw(prose()),
        proposal_summary=draw(prose()),
        plan=tuple(draw(st.lists(plan_line(), max_size=8))),
        milestones=tuple(
            draw(st.lists(st.builds(Milestone, name=short, on=day, done=st.booleans()), max_size=5))
        ),
        team=tuple(draw(st.lists(person, max_size=9))),
        decisions=tuple(
            draw(
                st.lists(
                    st.builds(
                        Decision,
                        stage=short,
                        subject=short,
                        decision=short,
                        who=short,
                        on_behalf_of=short,
                        decided_on=day,
                        channel=short,
                        comment=prose(max_words=30),
                        document_sha256=sha,
                        superseded=st.booleans(),
                    ),
                    max_size=6,
                )
            )
        ),
        next_steps=tuple(
            draw(
                st.lists(
                    st.builds(NextStep, description=short, owner=short, due=st.none() | day),
                    max_size=5,
                )
            )
        ),
        version=draw(short),
    )


def words_of(*texts: str) -> set[str]:
    """The words to look for: separated by white space, with a letter or digit in them."""
    return {w for t in texts for w in t.split() if re.search(r"\w", w)}


def missing(found: str, *texts: str) -> set[str]:
    """Words not in the deck's text; a word broken over two lines in a narrow table cell
    counts as found when it is whole once the white space is taken out."""
    squeezed = re.sub(r"\s+", "", found)
    return {w for w in words_of(*texts) if w not in found and w not in squeezed}


@SETTINGS
@given(campaign())
def test_a_campaign_deck_never_loses_a_word(c: CampaignContent) -> None:
    # Every section, the internal review's included: nothing typed may vanish.
    pdf = render_campaign(c, DeckOptions(include_internal=True))
    assert outside_the_margins(pdf) == []
    found = flat(text(pdf))
    shown = [c.brief[f] for f in ("objectives", "product", "kpis", "target_audience", "market")]
    shown += [c.brief[f] for f in ("insight", "key_message", "mandatories", "channels")]
    shown += [c.approach, c.proposal_summary, c.campaign, c.client, c.brand]
    for line in c.plan:
        shown += [line.channel, line.description]
    for p in c.team:
        shown += [p.name, p.role, p.title, p.part]
    for d in c.decisions:
        shown += [d.stage, d.subject, d.decision, d.who, d.comment]
    for n in c.next_steps:
        shown += [n.description, n.owner]
    for m in c.milestones:
        shown.append(m.name)
    assert missing(found, *shown) == set()


@SETTINGS
@given(campaign())
def test_the_brief_sheet_and_approval_record_never_lose_a_word(c: CampaignContent) -> None:
    brief = render_brief(c, DeckOptions(lang="en"))
    assert outside_the_margins(brief) == []
    sheet = flat(text(brief))
    assert missing(sheet, *c.brief.values(), c.campaign, c.client, c.brand) == set()
    approvals = render_approvals(c, DeckOptions())
    assert outside_the_margins(approvals) == []
    record = flat(text(approvals))
    shown = [c.campaign]
    for d in c.decisions:
        shown += [d.stage, d.subject, d.decision, d.who, d.on_behalf_of, d.channel, d.comment]
    assert missing(record, *shown) == set()
    squeezed = re.sub(r"\s+", "", record)
    assert all(d.document_sha256 in squeezed for d in c.decisions)


@st.composite
def tree(draw: st.DrawFn, depth: int = 0) -> TeamNode:
    reports = () if depth >= 3 else tuple(draw(st.lists(tree(depth + 1), max_size=4 - depth)))
    return TeamNode(draw(person), reports)


@st.composite
def credentials(draw: st.DrawFn) -> CredentialsContent:
    agency = AGENCY.__class__(
        name=draw(short) or "Agencia",
        tagline=draw(short),
        about=draw(prose(max_words=120)),
        services=tuple(draw(st.lists(short, max_size=10))),
        process=tuple(draw(st.lists(st.tuples(short, prose(max_words=40)), max_size=6))),
        address=draw(short),
        email=draw(short),
        primary_color=draw(st.sampled_from(["#1B4F9C", "#FFD400", "#000000", "nonsense"])),
        secondary_color=draw(st.sampled_from(["#E8663D", "#FFFFFF", "#00AA00"])),
    )
    cases = st.builds(
        CaseStudy,
        client=short,
        brand=short,
        campaign=short,
        year=st.none() | st.integers(2000, 2030),
        challenge=prose(),
        idea=prose(),
        story=prose(),
        results=st.lists(st.builds(Kpi, name=short, target=short, achieved=short), max_size=6).map(
            tuple
        ),
    )
    return CredentialsContent(
        agency=agency,
        made_on=MADE_ON,
        prepared_for=draw(short),
        team=tuple(draw(st.lists(tree(), max_size=2))),
        clients=tuple(draw(st.lists(st.builds(ClientRef, name=named, sector=short), max_size=14))),
        cases=tuple(draw(st.lists(cases, max_size=3))),
        version=draw(short),
    )


def _people(nodes: tuple[TeamNode, ...]) -> list[str]:
    out = []
    for n in nodes:
        out += [n.person.name, n.person.role, n.person.title]
        out += _people(n.reports)
    return out


@SETTINGS
@given(credentials())
def test_an_agency_deck_never_loses_a_word(c: CredentialsContent) -> None:
    pdf = render_agency(c, DeckOptions())
    assert outside_the_margins(pdf) == []
    found = flat(text(pdf))
    a = c.agency
    shown = [a.name, a.tagline, a.about, *a.services, a.address, a.email, c.prepared_for]
    for step, what in a.process:
        shown += [step, what]
    shown += _people(c.team)
    for ref in c.clients:
        shown += [ref.name, ref.sector]
    for case in c.cases:
        shown += [case.client, case.brand, case.campaign, case.challenge, case.idea, case.story]
        for k in case.results:
            shown += [k.name, k.target, k.achieved]
    assert missing(found, *shown) == set()


def test_a_field_of_one_character_and_of_thousands() -> None:
    long = " ".join(["¿Año? ¡Pingüino! Ñandú 1.250 € <b>&amp;"] * 400)
    from dataclasses import replace

    from deck_samples import CAMPAIGN

    content = replace(CAMPAIGN, brief={"objectives": "x", "market": long}, approach=long)
    found = flat(text(render_campaign(content, DeckOptions())))
    assert missing(found, long, "x") == set()
    assert "Año? ¡Pingüino! Ñandú" in found
