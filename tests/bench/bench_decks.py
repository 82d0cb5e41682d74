"""Benchmark: a campaign deck of 25 slides, next to plain ReportLab writing the same text.

Run: `.venv/bin/python tests/bench/bench_decks.py [--repeat N]`. Prints the median wall
time of each deck and the median CPU time of this process (what a loaded machine does not
inflate; the load average is printed too), the aim being the 25-slide campaign deck well
under 300 ms, and the ratio of the designed deck to a plain platypus document holding the
same words on the same 16:9 pages in the same embedded fonts. Never part of the test run
(no timed assertions in tests).
"""

from __future__ import annotations

import argparse
import io
import os
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


def timed(fn: Callable[[], bytes], repeat: int) -> tuple[float, bytes, float]:
    """The median wall time, the result, and the median CPU time of this process."""
    samples, cpu, result = [], [], b""
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        samples.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(samples), result, statistics.median(cpu)


AIM_S = 0.300
SLIDES = 25


def deck_of(slides: int) -> CampaignContent:
    """The sample campaign made long enough for a deck of at least `slides` slides."""
    options = DeckOptions()
    for copies in range(4, 12):
        content = long_campaign(copies)
        if pages(render_campaign(content, options)) >= slides:
            return content
    return content


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
    start = time.perf_counter()
    render_campaign(CAMPAIGN, options)  # the first: fonts read and parsed, once per process
    first_s = time.perf_counter() - start
    content = deck_of(SLIDES)

    deck_s, deck, deck_cpu = timed(lambda: render_campaign(content, options), args.repeat)
    plain_s, plain, _ = timed(lambda: plain_reportlab(content), args.repeat)
    print(f"load average                  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"campaign deck (long)          {deck_s * 1000:8.1f} ms  cpu {deck_cpu * 1000:6.1f} ms"
        f"  ({pages(deck)} slides, {len(deck) / 1024:.0f} KiB)   aim < {AIM_S * 1000:.0f} ms"
    )
    print(f"the first in a process       {first_s * 1000:8.1f} ms  (reads the fonts once)")
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
        s, pdf, cpu = timed(fn, args.repeat)
        print(f"{label:<30}{s * 1000:8.1f} ms  cpu {cpu * 1000:6.1f} ms  ({pages(pdf)} slides)")
    if deck_cpu >= AIM_S or pages(deck) < SLIDES:
        print(f"over the aim: a campaign deck of {SLIDES}+ slides must take under 300 ms")


if __name__ == "__main__":
    main()
