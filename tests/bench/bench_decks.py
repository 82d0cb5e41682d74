"""Benchmark: a campaign deck of 20+ slides, next to plain ReportLab writing the same text.

Run: `.venv/bin/python tests/bench/bench_decks.py [--repeat N]`. Prints the median time of
each deck (the aim: the campaign deck under 1.5 s) and the ratio of the designed deck to a
plain platypus document holding the same words on the same 16:9 pages in the same
embedded fonts. Never part of the test run (no timed assertions in tests).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "decks"))

from deck_samples import CAMPAIGN, CREDENTIALS, long_campaign

from agencia.decks import (
    DeckOptions,
    render_agency,
    render_approvals,
    render_brief,
    render_campaign,
)
from agencia.decks.content import CampaignContent
from agencia.decks.fonts import REGULAR, register_fonts
from agencia.decks.text import markup


def timed(fn: Callable[[], bytes], repeat: int) -> tuple[float, bytes]:
    samples, result = [], b""
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


def campaign_words(c: CampaignContent) -> list[str]:
    """Every text the campaign deck shows, as plain paragraphs."""
    texts = [c.campaign, c.client, c.brand, c.kind, c.code, *c.brief.values()]
    texts += [c.approach, c.proposal_summary]
    for line in c.plan:
        texts += [line.channel, line.description, str(line.amount)]
    for p in c.team:
        texts += [p.name, p.role, p.part]
    for d in c.decisions:
        texts += [d.decided_on.isoformat(), d.stage, d.subject, d.decision, d.who, d.comment]
    for n in c.next_steps:
        texts += [n.description, n.owner]
    return [t for t in texts if t]


def plain_reportlab(c: CampaignContent) -> bytes:
    """The same words in a plain platypus flow: no layout, no charts, no cards."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=(960, 540), invariant=1, initialFontName=REGULAR)
    style = ParagraphStyle("plain", fontName=REGULAR, fontSize=15, leading=18.75)
    doc.build([Paragraph(markup(t), style) for t in campaign_words(c)])
    return buffer.getvalue()


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    options = DeckOptions()
    content = long_campaign()
    start = time.perf_counter()
    render_campaign(content, options)  # the first: fonts read and parsed, once per process
    first_s = time.perf_counter() - start

    deck_s, deck = timed(lambda: render_campaign(content, options), args.repeat)
    plain_s, plain = timed(lambda: plain_reportlab(content), args.repeat)
    print(
        f"campaign deck (long)          {deck_s * 1000:8.1f} ms  ({pages(deck)} slides, "
        f"{len(deck) / 1024:.0f} KiB)   aim < 1500 ms"
    )
    print(f"the same, first in a process  {first_s * 1000:8.1f} ms  (reads the fonts once)")
    print(
        f"plain ReportLab, same words   {plain_s * 1000:8.1f} ms  ({pages(plain)} pages, "
        f"{len(plain) / 1024:.0f} KiB)"
    )
    print(f"ratio designed / plain        {deck_s / plain_s:8.2f} ×")
    for label, fn in (
        ("campaign deck (sample)", lambda: render_campaign(CAMPAIGN, options)),
        ("credentials deck", lambda: render_agency(CREDENTIALS, options)),
        ("brief sheet", lambda: render_brief(CAMPAIGN, options)),
        ("approval record", lambda: render_approvals(content, options)),
    ):
        s, pdf = timed(fn, args.repeat)
        print(f"{label:<30}{s * 1000:8.1f} ms  ({pages(pdf)} slides)")
    if deck_s >= 1.5 or pages(deck) < 20:
        print("over the aim: a campaign deck of 20+ slides must take under 1.5 s")


if __name__ == "__main__":
    main()
