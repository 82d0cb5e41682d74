"""The renderer's small parts: colours, text blocks, formatting and layout arithmetic."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agencia.decks.cards import balanced_columns
from agencia.decks.charts import axis_top
from agencia.decks.content import AgencyProfile
from agencia.decks.formats import Fmt
from agencia.decks.labels import _LABELS, label
from agencia.decks.layout import bullet_budgets, split_rows
from agencia.decks.text import Block, blocks, markup, sha_groups
from agencia.decks.theme import INK, LIGHT, WHITE, Theme, contrast, darken_for, normalise_hex
from agencia.domain.text import initials, monogram

hex_colour = st.integers(0, 0xFFFFFF).map(lambda n: f"#{n:06X}")


@settings(max_examples=200)
@given(hex_colour, hex_colour)
def test_every_text_colour_reads_on_its_background(primary: str, secondary: str) -> None:
    th = Theme.of(AgencyProfile(name="A", primary_color=primary, secondary_color=secondary))
    assert contrast(th.primary_text, WHITE) >= 4.5
    assert contrast(th.secondary_text, WHITE) >= 4.5
    assert contrast(th.on_cover, th.cover) >= 4.5
    assert contrast(darken_for(th.primary, LIGHT), LIGHT) >= 4.5


def test_a_colour_that_reads_is_kept_and_a_light_one_darkened() -> None:
    assert darken_for("#1B4F9C") == "#1B4F9C"
    darker = darken_for("#FFD400")
    assert darker != "#FFD400" and contrast(darker, WHITE) >= 4.5
    assert normalise_hex("fd0", "#000000") == "#FFDD00"
    assert normalise_hex("amarillo", "#1B4F9C") == "#1B4F9C"
    yellow = Theme.of(AgencyProfile(name="A", primary_color="#FFD400"))
    assert yellow.cover == "#FFD400" and yellow.on_cover == INK  # ink on the yellow itself


def test_blocks_paragraphs_and_bullets() -> None:
    typed = "Primera línea\nsegunda línea\n\n- uno\n• dos\n  continúa\n3) tres\n\nFin"
    assert blocks(typed) == [
        Block("Primera línea\nsegunda línea"),
        Block("uno", bullet=True),
        Block("dos\ncontinúa", bullet=True),
        Block("tres", bullet=True),
        Block("Fin"),
    ]
    assert blocks("") == [] and blocks("   \n\n ") == []
    assert blocks("-5 % de coste") == [Block("-5 % de coste")]  # a minus, not a bullet


def test_markup_escapes_and_keeps_line_breaks() -> None:
    assert markup("M&M's <b>\nsegunda") == "M&amp;M's &lt;b&gt;<br/>segunda"
    assert markup("a\x00b\x07c\r\nd") == "abc<br/>d"


def test_a_figure_keeps_its_unit_on_its_line() -> None:
    """ "55 %" typed with a plain space never breaks into "55" and "%" on two lines."""
    assert markup("del 40 % al 55 % y 3 €") == "del 40\u00a0% al 55\u00a0% y 3\u00a0€"
    assert markup("100 personas") == "100 personas"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Carmen Sáez Molina", "CS"),  # first name and first surname
        ("Diego Martín Ibáñez", "DM"),
        ("Elena Ejecutiva", "EE"),
        ("María José Ruiz", "MR"),  # a compound first name and one surname
        ("María José Ruiz García", "MR"),
        ("José Luis Gómez de la Serna", "JG"),
        ("María del Carmen Ruiz de la Fuente", "MR"),  # particles are not names
        ("Lucía Fernández-Ortega Vidal", "LF"),  # a hyphenated surname is one
        ("Íñigo", "ÍÑ"),
        ("", "?"),
    ],
)
def test_initials_of_spanish_names(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_a_company_monogram_takes_its_first_two_words() -> None:
    assert monogram("Kola-Sierra Refrescos") == "KR"
    assert monogram("Perfumerías Olmo") == "PO"
    assert monogram("Grupo Alimentario de Peñalara") == "GA"


def test_initials_and_fingerprints() -> None:
    digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    lines = sha_groups(digest)
    assert lines[0] == "9f86d081 884c7d65" and len(lines) == 4
    assert "".join(lines).replace(" ", "") == digest


def test_money_and_dates_with_babel() -> None:
    es = Fmt("es_ES", "es", "EUR")
    assert es.money(Decimal("1250000")).replace("\xa0", " ") == "1.250.000 €"
    assert es.money(Decimal("48500.5")).replace("\xa0", " ") == "48.500,50 €"
    assert es.date(date(2025, 3, 4)) == "4 mar 2025"  # one format in every deck
    assert Fmt("es_CO", "es", "COP").date(date(2025, 3, 4)) == "4 mar 2025"
    en = Fmt("en_GB", "en", "GBP")
    assert en.money(Decimal("250000")) == "£250,000"
    assert en.date(date(2025, 3, 4)) == "4 Mar 2025"
    assert Fmt("xx_YY", "es", "EUR").money(1).replace("\xa0", " ") == "1 €"  # unknown locale


@pytest.mark.parametrize(
    ("client", "lang", "money", "day"),
    [
        ("es_ES", "es", "62.400 €", "4 mar 2025"),
        ("es_ES", "en", "€62,400", "4 Mar 2025"),  # never "62.400 €" in English
        ("es_MX", "es", "EUR 62,400", "4 mar 2025"),
        ("es_MX", "en", "€62,400", "Mar 4, 2025"),
        ("es_AR", "es", "EUR 62.400", "4 mar 2025"),
        ("es_CO", "es", "EUR 62.400", "4 mar 2025"),
        ("en_US", "en", "€62,400", "Mar 4, 2025"),
        ("en_US", "es", "EUR 62,400", "4 mar 2025"),
        ("en_GB", "en", "€62,400", "4 Mar 2025"),
        ("en_GB", "es", "62.400 €", "4 mar 2025"),
    ],
)
def test_numbers_and_dates_follow_the_deck_language_and_the_clients_country(
    client: str, lang: str, money: str, day: str
) -> None:
    fmt = Fmt(client, lang, "EUR")
    assert fmt.money(Decimal(62400)).replace("\xa0", " ") == money
    assert fmt.date(date(2025, 3, 4)) == day


def test_money_in_the_clients_currency_as_its_country_writes_it() -> None:
    assert Fmt("es_MX", "es", "MXN").money(Decimal("2400000")) == "$2,400,000"
    assert Fmt("es_AR", "es", "ARS").money(Decimal("1500.5")) == "$1.500,50"
    assert Fmt("es_CO", "es", "COP").money(Decimal(90000000)) == "$90.000.000"
    assert Fmt("en_US", "en", "USD").money(Decimal(1250)) == "$1,250"
    assert Fmt("es_MX", "en", "MXN").money(Decimal(816000)) == "MX$816,000"


def test_a_typed_figure_is_written_as_the_reader_writes_numbers() -> None:
    english = Fmt("es_ES", "en", "EUR", typed_in="es_ES")
    assert english.figure("13,5 %") == "13.5%"
    assert english.figure("9,4 M usuarios únicos") == "9.4 M usuarios únicos"
    assert english.figure("2.400.000 visitas") == "2,400,000 visitas"
    assert english.figure("< 1,80 €") == "< €1.80"
    spanish = Fmt("es_ES", "es", "EUR", typed_in="es_ES")
    assert spanish.figure("13,5 %") == "13,5 %"  # as typed: the reader writes the same
    assert Fmt("es_MX", "es", "MXN", typed_in="es_ES").figure("1.500 tiendas") == "1,500 tiendas"


def test_labels_exist_in_both_languages() -> None:
    for key, (es, en) in _LABELS.items():
        assert es and en, key
    assert label("cont", "es", title="Calendario") == "Calendario (cont.)"
    assert label("confidential_for", "en", client="Zeta") == "Confidential — prepared for Zeta"


@pytest.mark.parametrize(
    ("n", "columns"), [(1, 3), (2, 2), (3, 3), (4, 4), (5, 3), (6, 3), (7, 4), (9, 3), (10, 4)]
)
def test_cards_fill_their_last_row(n: int, columns: int) -> None:
    assert balanced_columns(n) == columns


def test_bullets_per_slide_are_shared_between_columns() -> None:
    assert bullet_budgets([4, 2]) == [6, 6]
    assert sum(bullet_budgets([4, 3])) <= 6
    assert bullet_budgets([0, 9]) == [6, 6]
    assert sum(bullet_budgets([10, 1, 1])) <= 6


@given(st.lists(st.floats(10, 120), min_size=1, max_size=60))
def test_rows_are_spread_evenly_and_never_overflow(heights: list[float]) -> None:
    pages = split_rows(heights, 300, 340)
    assert [i for page in pages for i in page] == list(range(len(heights)))
    for k, page in enumerate(pages):
        if len(page) > 1:
            assert sum(heights[i] for i in page) <= (300 if k == 0 else 340) + 0.01


@given(st.floats(0, 1e9))
def test_value_axes_start_at_zero_and_reach_the_largest(top: float) -> None:
    high, step = axis_top(top)
    assert high >= top and step > 0 and high / step <= 11


def test_a_column_that_starts_too_low_continues_on_the_next_slide() -> None:
    """Under a tall row of figures the first slide may hold not even two lines: the text
    starts on the next slide, whole and drawable (never forced in, never clipped)."""
    import io

    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    from agencia.decks.layout import paginate
    from agencia.decks.styles import Styles

    styles = Styles(Theme.of(AgencyProfile(name="A")))
    paragraph = Paragraph("palabra " * 200, styles.body)
    pages = paginate([paragraph], 400, lambda i: 20 if i == 0 else 300)
    assert pages[0] == [] and all(pages[1:])
    canvas = Canvas(io.BytesIO())
    for page in pages:
        assert sum(p.height for p in page) <= 300
        for placed in page:
            placed.flowable.drawOn(canvas, 0, 0)


def test_a_timeline_that_fits_at_its_tightest_is_never_split() -> None:
    """Rows a little roomier on one slide only as far as the slide holds them: ten rows,
    two of them two-line labels, that fit at their plain height stay on one slide (the
    demo's Peñalara Natura timeline had come out as six rows, then four on "(cont.)")."""
    from deck_samples import CAMPAIGN

    from agencia.decks.campaign import campaign_ctx
    from agencia.decks.timeline import Row, timeline_slides

    ctx = campaign_ctx(CAMPAIGN, "es")
    day = date(2026, 9, 14)
    long = "Proponer tres creadores de cocina saludable y enviar el estudio"
    rows = [Row(f"Canal {n}", "", day, date(2026, 10, 20)) for n in range(8)]
    rows += [Row(long, "", day, day, milestone=True), Row(long, "", day, day, milestone=True)]
    assert len(timeline_slides(ctx, "Calendario", rows, day)) == 1


def test_the_org_chart_and_a_case_picture_count_as_a_slides_content() -> None:
    """How full a slide is comes from the layout: the credentials' org chart and a case's
    key visual are content too (the team slide had measured as empty, 0 %)."""
    from deck_samples import CREDENTIALS

    from agencia.decks.build import make_ctx
    from agencia.decks.credentials import case_slides, team

    c = CREDENTIALS
    a = c.agency
    ctx = make_ctx(
        a,
        lang="es",
        locale=a.locale,
        currency=a.currency,
        client="",
        version="",
        made_on=c.made_on,
    )
    org = team(ctx, c)
    assert org and all((s.fill or 0) > 0.3 for s in org), [s.fill for s in org]
    pictured = next(case for case in c.cases if case.key_visual)
    first = case_slides(ctx, pictured)[0]
    assert (first.fill or 0) > 0.4, first.fill
