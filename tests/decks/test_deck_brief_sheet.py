"""The brief sheet's head (the band with the campaign's name, the row of its facts) takes
the room it needs: whatever is typed, nothing is drawn past the page's margins and no
word is lost."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from deck_pdf import flat, outside_the_margins, reader, text, text_runs
from deck_samples import CAMPAIGN

from agencia.decks import DeckOptions, render_brief

# The example the property test found: a campaign name of many lines and facts too long
# for one row (the second row, the deadline, fell into the footer).
FOUND = replace(
    CAMPAIGN,
    client="DÑ",
    client_logo=None,
    brand="Rá6 R</i> ÚuGuKB'ipq",
    brand_logo=None,
    campaign="Í0gG34 üW¿%]%ñ4\n\na</i> a\nsnó\n- ÁNaN\n\nHÉA HZ!bQ!S O\n\néTRUE a\nú¿%J!3",
    code="</i> aTRUE mj[K0J4{¡B",
    kind="V3F)Ó}a)C{$ qNone ÇKH:>¡ÓbÉOs",
    status="&amp; Ú U a a55á4>ÇM/;1u aÇ[BS4JEv amW&",
    budget=Decimal("371.12"),
    starts=date(2024, 1, 1),
    deadline=date(2024, 1, 1),
    brief_number=None,
    brief_budget=None,
    brief_deadline=None,
    brief={
        "brand": "RFALSE K; a",
        "mandatories": "H2U@ <b>t% S, R2éÚá${ &amp; Qa L</i> Q4",
        "budget": "a K=w P D7.:óoYP SwJ[DGúR{nsüm'oj aUÇ</i> Ec z &amp; PÚ aÜj P1/0 "
        "Y@SFIEMorÍoxÍ$ou",
        "deadline": "</i> O ÜPvoÉVé?ÜMjc/u",
    },
)

# A campaign name of twelve lines: at the slide title's size it runs off the page.
TALL = replace(CAMPAIGN, campaign="\n\n".join(f"Palabra{i:02d}" for i in range(12)))


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("content", [FOUND, TALL], ids=["facts-in-two-rows", "tall-name"])
def test_the_brief_sheets_head_stays_inside_the_margins(content: object, lang: str) -> None:
    pdf = render_brief(content, DeckOptions(lang=lang))  # type: ignore[arg-type]
    assert outside_the_margins(pdf) == []
    found = flat(text(pdf))
    words = [content.campaign, content.code, content.kind, content.status]  # type: ignore[attr-defined]
    words += content.brief.values()  # type: ignore[attr-defined]
    for value in words:
        for w in value.split():
            assert w in found, w
    deadline = "1 Jan 2024" if lang == "en" else "1 ene 2024"
    assert content is not FOUND or deadline in found


def test_a_fact_row_that_wraps_moves_the_fields_down_not_into_the_footer() -> None:
    """Facts in two rows on an otherwise short brief: still one page, the fields under
    the second row."""
    content = replace(
        CAMPAIGN,
        kind="Lanzamiento de producto nuevo con activación en punto de venta",
        status="Pendiente de la aprobación del director de marketing del cliente",
        brief={"objectives": "Vender un 10 % más en primavera."},
    )
    pdf = render_brief(content, DeckOptions())
    assert outside_the_margins(pdf) == []
    assert len(reader(pdf).pages) == 1
    runs = text_runs(pdf)[0]
    (fact,) = [y for _x, y, _w, _s, line in runs if line.startswith("5 may 2025")]
    (field,) = [y for _x, y, _w, size, line in runs if line.startswith("OBJETIVOS")]
    assert field < fact - 20  # under the facts' rule, not over the second row
